import { describe, expect, it } from 'vitest';
import { renderNote, TemplateError } from '../../../src/compose/render.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-files.js';
import { NOTE_KINDS, type NoteKind } from '../../../src/model/types.js';

/** A template set where every kind renders `text`, for testing the renderer itself. */
function setOf(text: string, partials: Record<string, string> = {}): TemplateSet {
  const notes = Object.fromEntries(NOTE_KINDS.map((kind) => [kind, { name: `test/${kind}.hbs`, text }]));
  return {
    notes: notes as Record<NoteKind, { name: string; text: string }>,
    partials: Object.fromEntries(Object.entries(partials).map(([name, t]) => [name, { name: `test/${name}.hbs`, text: t }])),
  };
}

describe('renderNote', () => {
  it('splits the subject line from the body and tidies blank runs and trailing spaces', () => {
    const set = setOf('Subject: Hi {{name}}\n\nDear {{name}},   \n\n\n\n{{#if extra}}x{{/if}}\n\nBye\n');
    expect(renderNote(set, 'thank-you', { name: 'Priya', extra: null })).toEqual({
      subject: 'Hi Priya',
      body: 'Dear Priya,\n\nBye',
    });
  });

  it('treats a missing field as an error naming the template, never as an empty string', () => {
    const set = setOf('Subject: s\n\nDear {{to.name}} at {{company}}');
    expect(() => renderNote(set, 'follow-up', { to: { name: 'Priya' } })).toThrow(TemplateError);
    expect(() => renderNote(set, 'follow-up', { to: { name: 'Priya' } })).toThrow(/^test\/follow-up\.hbs: "company" not defined/);
  });

  it('also refuses a missing field tested by #if, #unless or eq, where Handlebars itself stays quiet', () => {
    expect(() => renderNote(setOf('Subject: s\n\n{{#if detial}}x{{/if}}'), 'thank-you', { detail: null })).toThrow(
      /\{\{#if\}\} tests a field that is not defined/,
    );
    expect(() => renderNote(setOf('Subject: s\n\n{{#unless nope}}x{{/unless}}'), 'thank-you', {})).toThrow(TemplateError);
    expect(() => renderNote(setOf('Subject: s\n\n{{#if (eq nope 1)}}x{{/if}}'), 'thank-you', {})).toThrow(TemplateError);
  });

  it('reads a field named like no helper as the field, and refuses a helper nobody registered', () => {
    expect(
      renderNote(setOf('Subject: {{role}}\n\n{{slowly phone}}'), 'thank-you', { role: 'Engineer', phone: '555 0100' }).subject,
    ).toBe('Engineer');
    expect(() => renderNote(setOf('Subject: s\n\n{{shout role}}'), 'thank-you', { role: 'Engineer' })).toThrow(
      /^test\/thank-you\.hbs: You specified knownHelpersOnly, but used the unknown helper shout/,
    );
  });

  it('prints text the user typed as typed: braces and markup are data, not template source', () => {
    const set = setOf('Subject: {{role}}\n\nAbout {{list topics}}.');
    const topics = ['the {{mustache}} syntax', 'escaping <b>&</b> in "HTML"', '{{> signature}}'];
    const out = renderNote(set, 'thank-you', { role: 'Dev {{role}}', topics });
    expect(out.subject).toBe('Dev {{role}}');
    expect(out.body).toBe('About the {{mustache}} syntax, escaping <b>&</b> in "HTML" and {{> signature}}.');
  });

  it('has helpers for lists, reading a number aloud and quoting an earlier note', () => {
    const set = setOf('Subject: s\n\n{{list xs}} / {{slowly phone}}\n\n{{quote earlier}}');
    const out = renderNote(set, 'thank-you', { xs: ['a', 'b', 'c'], phone: '+1 555 0100', earlier: 'Dear Sam,\n\nThanks.' });
    expect(out.body).toBe('a, b and c / +1 555 0100\n\n> Dear Sam,\n>\n> Thanks.');
    expect(() => renderNote(set, 'thank-you', { xs: 'a', phone: '1', earlier: '' })).toThrow(/\{\{list\}\} needs a list/);
  });

  it('uses partials from the set and requires the subject line', () => {
    const set = setOf('Subject: s\n\nBody\n{{> sig}}', { sig: '-- {{name}}' });
    expect(renderNote(set, 'voicemail', { name: 'Jo' }).body).toBe('Body\n-- Jo');
    expect(() => renderNote(setOf('Hello'), 'voicemail', {})).toThrow(/must start with "Subject: \.\.\."/);
  });

  it('compiles each template once per set', () => {
    const set = setOf('Subject: s\n\n{{n}}');
    const first = renderNote(set, 'thank-you', { n: 1 });
    const again = renderNote(set, 'thank-you', { n: 2 });
    expect([first.body, again.body]).toEqual(['1', '2']);
  });

  it('finds a subject line at the top of every packaged template', () => {
    for (const kind of NOTE_KINDS) expect(loadTemplates().notes[kind].text).toMatch(/^Subject: /);
  });
});

// Our own words follow the user's English: a candidate in London whose notes say "organization"
// or "program" (a schedule) sends a note that looks written by someone else. Every note of every
// kind, in every tone, written and called, rendered in British English (FOLLOWUP_COACH_DIALECT,
// src/checklist/dialect.ts), and in American English, is read by the checklist's own spelling
// check in that English: no finding. The panel's names, company and topics are known words, as
// they are to the checklist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import type { DialectName } from '../../../src/checklist/dialect.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import type { DateStyle } from '../../../src/model/dates.js';
import { TONES, type Interview } from '../../../src/model/types.js';
import { buildTestWorker } from '../checklist/worker-build.js';
import { otherSpellings } from '../../../src/compose/spellings.js';
import { ownWords, pharmacistPanel } from './every-state.js';

const { composeNotes } = createComposer(loadTemplates());
const STYLES: Readonly<Record<'British' | 'American', DateStyle>> = {
  British: { locale: 'en-GB', today: null, dialect: 'British' },
  American: { locale: 'en-US', today: null, dialect: 'American' },
};
const NAMES = ['Ann Lee', 'Bo Chen', 'Cy Dunn', 'Di Eve', 'Ed Fox'];

const checkers = new Map<DialectName, SpellChecker>();
beforeAll(async () => {
  const workerUrl = await buildTestWorker();
  for (const dialect of ['British', 'American'] as const) checkers.set(dialect, startSpellChecker({ workerUrl, dialect }));
  await Promise.all([...checkers.values()].map((checker) => checker.ready));
}, 60_000);
afterAll(async () => {
  await Promise.all([...checkers.values()].map((checker) => checker.close()));
});

/** Every note's own words, subject line first, for a panel in `tone`, and the contact request. */
function* textsOf(
  dialect: 'British' | 'American',
): Generator<{ readonly label: string; readonly text: string; readonly interview: Interview; readonly to: string }> {
  for (const tone of TONES)
    for (const by of ['email', 'phone'] as const) {
      const panel = pharmacistPanel(NAMES, by, () => ({ topics: ['the weekend rota for the aseptic unit'] }), {
        strength: 'my five years on the wards',
      });
      for (const { kind, to, own, subject } of ownWords(panel, by, tone, STYLES[dialect]))
        yield { label: `${tone} ${kind} to ${to}`, text: `Subject: ${subject}\n\n${own}`, interview: panel, to };
      // The request for the address of someone who gave none, to the recruiter.
      const asking: Interview = {
        ...panel,
        tone,
        recruiter: { name: 'Dana Kim', email: 'dana@northmoor.example' },
        interviewers: panel.interviewers.map((person, i) =>
          i === 0 ? { ...person, email: undefined, phone: undefined } : person,
        ),
      };
      // Asked of someone on the panel, the request is a line of their thank-you (partials/address-ask.hbs).
      const second = panel.interviewers[1]!;
      const carrying: Interview = { ...asking, recruiter: { name: second.name, email: second.email ?? 'p1@northmoor.example' } };
      for (const note of composeNotes(carrying, 'thank-you', { dateStyle: STYLES[dialect] }))
        yield {
          label: `${tone} thank-you to ${note.to}, asking`,
          text: `Subject: ${note.subject}\n\n${note.body}`,
          interview: carrying,
          to: note.to,
        };
      for (const note of composeNotes(asking, 'contact-request', { dateStyle: STYLES[dialect] }))
        yield {
          label: `${tone} contact-request to ${note.to}`,
          text: `Subject: ${note.subject}\n\n${note.body}`,
          interview: asking,
          to: note.to,
        };
    }
}

describe('the spellings table', () => {
  it('gives each English its own forms, and Canadian its mix', () => {
    expect(otherSpellings('British')).toContain('favor');
    expect(otherSpellings('American')).toContain('favour');
    expect(otherSpellings('Canadian')).toEqual(expect.arrayContaining(['favor', 'center', 'organisation', 'programme']));
  });
});

describe.each(['British', 'American'] as const)('every note in %s English', (dialect) => {
  it('has no spelling finding from the spelling check in that English', async () => {
    const checker = checkers.get(dialect)!;
    const others = otherSpellings(dialect);
    // Each line once (the panel's notes share most of their lines across states), with where it is from.
    const lines = new Map<string, string>();
    const known = new Set<string>();
    for (const { label, text, interview, to } of textsOf(dialect)) {
      for (const word of knownWordsFor({ interview, to })) known.add(word);
      for (const line of text.split('\n')) if (line.trim() !== '' && !lines.has(line)) lines.set(line, label);
    }
    const found: string[] = [];
    const all = [...lines];
    for (let at = 0; at < all.length; at += 100) {
      const chunk = all.slice(at, at + 100);
      const findings = await checker.lint(chunk.map(([line]) => line).join('\n\n'), [...known]);
      for (const finding of findings.filter((f) => f.rule === 'spelling')) {
        const [line, label] = chunk[(finding.line - 1) / 2]!;
        found.push(`${label}: "${finding.excerpt}" in "${line}"`);
      }
    }
    // Harper takes either form of many ("organization" and "favour" pass in both Englishes):
    // the other English's form of a word our templates spell by the user's is a finding too.
    for (const [line, label] of all)
      for (const word of others) if (new RegExp(`\\b${word}\\b`, 'i').test(line)) found.push(`${label}: "${word}" in "${line}"`);
    expect(found).toEqual([]);
  }, 60_000);
});

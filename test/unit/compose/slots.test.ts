// What the candidate types goes into a noun-phrase slot that reads right for any noun phrase,
// singular or plural ("my six years on a telemetry floor", "calm under pressure"): the strength
// and the addition are never the subject of a verb that must agree with them (a modal or a past
// tense reads right for both), and the detail ends the sentence that says the two talked about it.
// (Topics always follow a preposition: "our discussion of {{list to.topics}} is" agrees with
// "discussion".) The strength, which may be a gerund clause, is never the object of a verb.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEMPLATES = join(import.meta.dirname, '../../../templates');
const files = [
  ...readdirSync(TEMPLATES).filter((f) => f.endsWith('.hbs')),
  ...readdirSync(join(TEMPLATES, 'partials')).map((f) => `partials/${f}`),
];
const SLOTS = ['strength', 'to.addition'];

describe('noun-phrase slots in the templates', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(TEMPLATES, file), 'utf8');
    for (const slot of SLOTS) {
      const agreeing = new RegExp(
        `\\{\\{${slot.replace(/[.[\]]/g, '\\$&')}\\}\\} (is|are|was|were|has|have|does|do|suits|fits|matters)\\b`,
      );
      expect({ slot, agreeing: agreeing.exec(text)?.[0] ?? null }).toEqual({ slot, agreeing: null });
    }
    // The strength ends its sentence. Agreement: "my nine years on the line" is plural, "calm under
    // pressure" is neither ("I hope my nine years ... stays with you" read wrong to the person it
    // went to). And a strength with a comma of its own ("my eight years on step-down, four of them
    // as relief charge nurse") needs a closing comma in mid-sentence, while a list ("patience,
    // empathy and speed") must not get one: at the end of the sentence neither question arises.
    for (const slot of text.matchAll(/\{\{strength\}\}(\s*\S*)/g)) {
      expect({ file, after: slot[1] }).toEqual({ file, after: expect.stringMatching(/^\./) });
    }
    // The strength is as often a gerund clause ("turning messy research into clear flows") as a noun
    // phrase, and a gerund does not read as the object of "bring", "offer" or "remember" ("I would
    // bring turning ... to the role"): the strength is what "is" names, or follows a colon.
    for (const slot of text.matchAll(/(\S+) \{\{strength\}\}/g)) {
      expect({ file, before: slot[1] }).toEqual({ file, before: expect.stringMatching(/^(is|\S+:)$/) });
    }
    // The detail is what the two talked about ("how we both ...", "something more personal: ..."):
    // it follows "about" or "discuss" and ends its sentence, since what follows a colon runs to the stop.
    for (const slot of text.matchAll(/(\S+) \{\{to\.detail\}\}/g)) {
      // What the note says next, past the end of an {{#if to.detail}} with or without its {{else}}.
      const rest = text.slice(slot.index + slot[0].length).replace(/^(\{\{else\}\}[^{]*)?\{\{\/if\}\}/, '');
      expect({ file, before: slot[1], after: rest.slice(0, 1) }).toEqual({
        file,
        before: expect.stringMatching(/^(about|discuss(ed)?)$/),
        after: '.',
      });
    }
    // A day in a sentence ends its clause or runs on into it ("I last called on November 30 about
    // the role"): the comma an American date with its year then needs after the year ("November
    // 30, 2026, about") is the renderer's to add (render.ts), since only the day knows its year.
    for (const slot of text.matchAll(/\{\{(interviewDay|decisionDay|prior\.sentOn|earlierCall|meetingDays)\}\}/g)) {
      // What follows, past any block tags such as the {{/if}} that ends an optional clause.
      const rest = text.slice(slot.index + slot[0].length).replace(/^(\{\{[#/~]?(if|else|\/if)[^}]*\}\})+/, '');
      expect({ file, day: slot[1], next: rest.slice(0, 1) }).toEqual({
        file,
        day: slot[1],
        next: expect.stringMatching(/^[,.;?:\n ]$/),
      });
    }
  });
});

describe('words the templates never use', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(TEMPLATES, file), 'utf8');
    // "Let us keep in touch." reads like a translation: "I hope we keep in touch" says it plainly.
    expect({ file, found: /\bLet us\b/.exec(text)?.[0] ?? null }).toEqual({ file, found: null });
    // Thanks for "my interview" thanks them for something of the candidate's: thank them for seeing or interviewing you.
    expect({ file, found: /\bthanks?\b[^.]*\bfor my (\{\{role\}\} )?interview\b/i.exec(text)?.[0] ?? null }).toEqual({
      file,
      found: null,
    });
    // "Respectfully," is an American letter's sign-off to an official, stiff to anyone else.
    expect({ file, found: /^Respectfully,$/m.exec(text)?.[0] ?? null }).toEqual({ file, found: null });
  });
});

// What a phrase list's pattern cannot match without is tested as the list reads the text
// (phrase-list.ts's PhraseNeed), and third-party leaves out the broad shapes whose start a note
// lacks (behalf-structure.ts's BEHALF_STRUCTURE_NEEDS), tone-judgement a duty failed without the
// failing (scorn-treatment.ts's SCORN_TREATMENT_NEEDS).
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { PhraseList, PhraseNeed } from '../../../src/checklist/phrase-list.js';
import { BEHALF_STRUCTURE, BEHALF_STRUCTURE_NEEDS } from '../../../src/checklist/rules/behalf-structure.js';
import { SCORN_TREATMENT, SCORN_TREATMENT_NEEDS } from '../../../src/checklist/rules/scorn-treatment.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { scornWarnings } from '../../../src/checklist/rules/tone-judgement.js';

describe('PhraseNeed', () => {
  it('finds what the list finds, in either case and on text whose lower case is longer', () => {
    const need = new PhraseNeed(String.raw`\bI\s+had\s+asked`);
    const list = new PhraseList([String.raw`\bI\s+had\s+asked\s+my\s+aunt`]);
    const cases = [
      ['So I HAD ASKED my aunt.', 'I HAD ASKED my aunt'],
      ['\u0130stanbul: I had asked my aunt.', 'I had asked my aunt'],
    ] as const;
    for (const [text, phrase] of cases) {
      expect(need.test(text)).toBe(true);
      expect(list.matches(text).map((match) => match[0])).toEqual([phrase]);
    }
    expect(need.test('I had a chance to ask.')).toBe(false);
  });
});

describe('behalf-structure: what each shape needs', () => {
  it('is the start the shape is written from, or nothing', () => {
    expect(BEHALF_STRUCTURE_NEEDS).toHaveLength(BEHALF_STRUCTURE.length);
    BEHALF_STRUCTURE.forEach((pattern, at) => {
      const need = BEHALF_STRUCTURE_NEEDS[at];
      if (need !== null && need !== undefined) expect(pattern.startsWith(need)).toBe(true);
    });
    expect(BEHALF_STRUCTURE_NEEDS.filter((need) => need !== null)).toHaveLength(3);
  });

  it('still finds each shape where its start is there', () => {
    const found = (text: string) => thirdParty(parseDraft(text), {}).map((hit) => hit.severity ?? 'error');
    expect(found('My professor is happy to phone the panel and vouch for me.')).toEqual(['warning']);
    expect(found("I've asked the chair of my residents' association to write in support.")).toEqual(['warning']);
    expect(found('My past work is on my site, and I will find a time that suits you.')).toEqual([]);
  });
});

describe('scorn-treatment: what a duty failed needs', () => {
  it('is the failing itself, found inside every match of the shape', () => {
    const needs = SCORN_TREATMENT_NEEDS.filter((need) => need !== null);
    expect(needs).toHaveLength(1);
    const failed = new RegExp(needs[0]!, 'i');
    const shape = new RegExp(SCORN_TREATMENT[0]!, 'i');
    for (const sentence of ["It was clear the panel hadn't read my CV.", 'They never even opened my portfolio.']) {
      expect(shape.test(sentence)).toBe(true);
      expect(failed.test(shape.exec(sentence)![0])).toBe(true);
    }
  });

  it('leaves the shape to the broad tier where the failing is there, and out where it is not', () => {
    expect(scornWarnings("It was clear the panel hadn't read my CV before we started.").length).toBe(1);
    expect(scornWarnings('I hope you have read my portfolio by now, and I had a lovely time.')).toEqual([]);
  });
});

// cliche (cliche-phrases.ts): each family of stock phrases, and the plainer way each message
// offers. Sentences written for this test. "Checking in case" checks whether something is so: its
// "in" opens "in case", and the stock "checking in" is not there.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { CLICHE_PLAINER, CLICHE_PLAINER_SPOKEN } from '../../../src/checklist/messages.js';
import { clicheCheck } from '../../../src/checklist/rules/cliche.js';
import { CLICHES } from '../../../src/checklist/rules/cliche-phrases.js';

const found = (text: string) => clicheCheck(parseDraft(text), {}).map((hit) => text.slice(hit.start, hit.end));

describe('cliche: the stock phrases, by family', () => {
  it.each([
    ['Just checking in.', ['Just checking in']],
    ["I'm checking in about my application.", ["I'm checking in"]],
    ['I wanted to touch base and circle back on the role.', ['wanted to touch base', 'circle back']],
    ['Bumping this to the top of your inbox.', ['Bumping this', 'to the top of your inbox']],
    ['I hope this email finds you well.', ['hope this email finds you well']],
    ['I am a self-starter who thinks outside the box.', ['a self-starter', 'thinks outside the box']],
  ])('finds %j', (text, phrases) => expect(found(text)).toEqual(phrases));

  it.each([
    "I'm checking in case there's news on the stage manager job.",
    'Just checking in case you missed my note last week.',
    'I spent the morning checking in thirty vendor sets at the dock.',
    'Our weekly check-in on Mondays sounds useful.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe('cliche: every message offers a plainer way to say it', () => {
  it('gives each family a written and a spoken wording, each with an example', () => {
    for (const family of CLICHES) {
      expect(CLICHE_PLAINER[family.plainer]).toMatch(/e\.g\. "[^"]+"/);
      expect(CLICHE_PLAINER_SPOKEN[family.plainer]).toMatch(/e\.g\. "[^"]+"/);
    }
  });

  it('puts the plainer way in the message of a find', () => {
    const [hit] = clicheCheck(parseDraft('Just circling back on my application.'), {});
    expect(hit?.message).toBe(
      `"Just circling back" is a stock phrase that makes a note sound automatic, the kind a reader skims past. ${CLICHE_PLAINER.askNews}`,
    );
  });
});

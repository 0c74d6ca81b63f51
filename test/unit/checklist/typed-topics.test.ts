// A topic is typed once and quoted in every note (thank-you, follow-up, not-selected,
// stay-in-touch): its names and terms are known words, its ordinary words are not, so a slip in
// one ("food cost targts") is reported wherever it is quoted instead of being taken as a word.
import { describe, expect, it } from 'vitest';
import { knownWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { composeNotes } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import type { Interview, NoteKind } from '../../../src/model/types.js';
import { brasaFile } from '../../helpers/brasa.js';
import { spellCheckerForFile } from './worker-build.js';

/** The line cook's interview of the trial run, with the topics as he typed them. */
function brasa(kwameTopics: readonly string[]): Interview {
  const file = brasaFile({
    'Chef Aoife Ní Bhriain': { topics: ['the wood-fired grill station', 'mise en place for a 200-cover Saturday'] },
    'Kwame Mensah-Bonsu': { topics: kwameTopics, detail: 'he trained at Ballymaloe' },
    'Lin Yu': { greeting: 'Yu', topics: ['the laminated dough program'] },
  });
  const result = parseInterviewText(JSON.stringify(file), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.interview;
}

const toKwame = (interview: Interview, kind: NoteKind): CheckContext => ({ interview, kind, to: 'Kwame Mensah-Bonsu' });

describe('knownWordsFor: the names and terms of what the candidate typed, not its ordinary words', () => {
  const known = new Set(
    knownWordsFor(toKwame(brasa(['food cost targts for the new menu', 'the Toast POS and the KDS']), 'thank-you')),
  );

  it('leaves out the ordinary words of a topic, a slip among them', () => {
    for (const word of ['targts', 'food', 'menu', 'laminated', 'dough', 'trained']) expect(known.has(word)).toBe(false);
    const typed = typedWordsFor(toKwame(brasa(['food cost targts for the new menu']), 'thank-you'));
    expect(typed.has('targts')).toBe(true);
    expect(typed.has('kwame')).toBe(false);
  });

  it('keeps the names, brands and acronyms typed in topics and details, and the people', () => {
    for (const word of ['Toast', 'POS', 'KDS', 'Ballymaloe', "Ballymaloe's", '200-cover', 'Kwame', 'Mensah-Bonsu', 'Bonsu', 'Yu'])
      expect(known.has(word)).toBe(true);
  });
});

describe('spelling: a slip typed in a topic is reported in every note that quotes it', () => {
  const spellChecker = spellCheckerForFile();
  const misspelt = async (interview: Interview, kind: NoteKind) => {
    const [note] = composeNotes(interview, kind, { to: 'Kwame Mensah-Bonsu' });
    if (!note) throw new Error(`no ${kind} note to Kwame`);
    const text = `Subject: ${note.subject}\n\n${note.body}`;
    const context = toKwame(interview, kind);
    const findings = await spellChecker().lint(text, knownWordsFor(context), { typed: typedWordsFor(context) });
    return findings.filter((finding) => finding.rule === 'spelling').map((finding) => finding.excerpt);
  };

  it.each(['thank-you', 'follow-up', 'stay-in-touch'] as const)('"targts" in the %s note', async (kind) => {
    expect(await misspelt(brasa(['food cost targts for the new menu']), kind)).toEqual(['targts']);
  });

  it('passes the same notes once the topic is spelt right, trade terms and brands included', async () => {
    // Harper offers "romeo", "bruise", "tile", "panto", "extruded" and "boings" for these, one or two edits away.
    const interview = brasa([
      'food cost targets for the new menu',
      'a brunoise for the romesco',
      'tuile, panko and the extruder',
      'upselling the tasting menu',
      'bowings for the string trio',
      // Harper offers "turnings", a letter longer, beside "tuning".
      'booking church and concert-hall tunings',
    ]);
    for (const kind of ['thank-you', 'follow-up', 'stay-in-touch'] as const) expect(await misspelt(interview, kind)).toEqual([]);
  });
});

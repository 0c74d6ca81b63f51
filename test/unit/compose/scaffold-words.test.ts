// "I was also glad we got to talk about ... I would also be glad to share more on ...": two
// sentences of one note leaning on the same pair of stock words read as a form letter. Over every
// note kind and tone of the interview files, no pair of these words stands in two sentences of
// one note.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeNotes, kindsFor } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { NOTE_KINDS, TONES, type Interview } from '../../../src/model/types.js';

const FILES = [
  'acme',
  'agency',
  'ashcombe',
  'brasa',
  'design',
  'finance',
  'granite-ridge',
  'harbor-logistics',
  'hollowbrook',
  'hollowbrook-round-2',
  'kestrel-games',
  'lumen-health',
  'northwind-bank',
  'nursing',
  'ostrander-via',
  'st-brigids',
  'van-der-berg',
  'van-der-berg-via',
];

/** The stock words a thank-you leans on; a name or a topic is the reader's own and may recur. */
const SCAFFOLD = ['also', 'glad', 'too', 'pleasure', 'enjoyed', 'happy', 'grateful', 'appreciated', 'especially'];

function fixture(name: string): Interview {
  const text = readFileSync(resolve(import.meta.dirname, `../../fixtures/interviews/${name}.json`), 'utf8');
  const result = parseInterviewText(text, { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
  if (!result.ok) throw new Error(`${name}.json does not parse`);
  return result.interview;
}

/** Pairs of stock words that stand together in more than one sentence of `body`. */
function repeatedScaffolds(body: string, typed: readonly string[] = []): string[] {
  // What the candidate typed (topics, details, additions) is theirs, not the template's.
  let text = body.toLowerCase();
  for (const phrase of typed) text = text.split(phrase.toLowerCase()).join(' ');
  const seen = new Map<string, number>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const words = new Set(sentence.match(/[a-z']+/g) ?? []);
    const present = SCAFFOLD.filter((word) => words.has(word));
    for (let i = 0; i < present.length; i += 1)
      for (let j = i + 1; j < present.length; j += 1) {
        const pair = `${present[i]}+${present[j]}`;
        seen.set(pair, (seen.get(pair) ?? 0) + 1);
      }
  }
  return [...seen].filter(([, count]) => count > 1).map(([pair]) => pair);
}

it('finds the pair the trial found', () => {
  expect(repeatedScaffolds('I was also glad we got to talk about it. I would also be glad to share more on the egg.')).toEqual([
    'also+glad',
  ]);
  expect(repeatedScaffolds('I was glad we talked. I would also like to send it.')).toEqual([]);
});

const typedOf = (interview: Interview): string[] =>
  interview.interviewers.flatMap((person) => [
    ...person.topics,
    ...(person.detail === undefined ? [] : [person.detail]),
    ...(person.addition === undefined ? [] : [person.addition]),
  ]);

describe.each(FILES)('%s', (name) => {
  const interview = fixture(name);
  it.each(TONES)('no note leans twice on one pair of stock words (%s)', (tone) => {
    const found: string[] = [];
    for (const kind of NOTE_KINDS) {
      if (!kindsFor(interview).includes(kind) && kind !== 'stay-in-touch') continue;
      for (const company of [interview.company, 'Acme Robotics', 'Brasa', 'Lumen Health', 'Kestrel Games']) {
        const shown = { ...interview, company, tone };
        for (const note of composeNotes(shown, kind)) {
          const pairs = repeatedScaffolds(note.body, typedOf(shown));
          if (pairs.length > 0) found.push(`${kind} to ${note.to} at ${company}: ${pairs.join(', ')}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

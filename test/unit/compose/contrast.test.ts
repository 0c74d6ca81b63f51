// A contrast word ("Even so", "Still,", "All the same", "But", "nonetheless") answers the sentence
// before it: after "I understand I was not selected", "Even so, thank you for meeting me" reads
// right; after "Thank you for telling me yourself" it contrasts a thank-you with a thank-you. This
// renders every kind in every tone for panels of five (so every phrasing of every paragraph is
// used), written and called, with each person in turn as the one who told the outcome, and fails
// on a sentence with a contrast word whose previous sentence states nothing it could contrast
// with: a negative ("not", "n't", "no longer") or a disappointment.
import { describe, expect, it } from 'vitest';
import { createComposer } from '../../../src/compose/compose.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { TONES, type Interview, type Interviewer, type NoteKind } from '../../../src/model/types.js';
import { messageOf } from './note-parts.js';

const { composeNotes } = createComposer(loadTemplates());

/** A contrast that opens its sentence, or one set inside it ("Thank you even so for ..."). */
const CONTRAST =
  /^(even so|still,|all the same|but|yet|however|nonetheless|nevertheless)\b|\b(even so|all the same|nonetheless|nevertheless)\b/i;

/** What a contrast can answer: bad news, said as a negative or as the disappointment it is. */
const NEGATIVE = /\b(not|no longer|never)\b|n't\b|\bdisappoint\w*|\bhoped for a different\b/i;

const NAMES = ['Philippa Carrington-Smythe', 'Dev Patel', 'Ruth Donoghue', 'Siobhan Murphy', 'Joost Visser'];

function panel(by: 'email' | 'phone'): Interview {
  return {
    id: 'ashcombe-academy-head-of-geography',
    candidate: { name: 'Oliver Whitfield-Hayes', email: 'oliver@example.co.uk', phone: '+44 7700 900123' },
    company: 'Ashcombe Academy',
    role: 'Head of Geography',
    date: '2026-11-25',
    format: 'onsite',
    timeframe: { text: 'by the end of next week', date: '2026-12-04' },
    status: 'not-selected',
    sent: [],
    interviewers: NAMES.map(
      (name, i): Interviewer => ({
        name,
        title: 'Governor',
        ...(by === 'phone'
          ? { phone: '+44 7700 900200', medium: 'phone' }
          : { email: `p${i}@ashcombe.example`, medium: 'email' }),
        topics: ['the new GCSE fieldwork requirements'],
      }),
    ),
  };
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const KINDS: readonly NoteKind[] = ['not-selected', 'voicemail', 'stay-in-touch'];

const cases = TONES.flatMap((tone) => (['email', 'phone'] as const).map((by) => [`${tone}, ${by}`, tone, by] as const));

describe('a contrast word follows what it contrasts with', () => {
  it('reads the contrast and what it answers as they are meant', () => {
    expect(CONTRAST.test('Even so, thank you for meeting me;')).toBe(true);
    expect(CONTRAST.test('Thank you even so for our talk.')).toBe(true);
    expect(CONTRAST.test('I still admire the work at Ashcombe Academy.')).toBe(false);
    expect(NEGATIVE.test('I have learned that I was not selected for the Head of Geography role.')).toBe(true);
    expect(NEGATIVE.test('Thank you for being in touch about the Head of Geography role, and for telling me yourself.')).toBe(
      false,
    );
  });

  it.each(cases)('%s', (_, tone, by) => {
    const problems: string[] = [];
    for (const teller of [undefined, ...NAMES]) {
      const interview: Interview = { ...panel(by), tone, toldBy: teller };
      for (const kind of KINDS) {
        if (kind === 'voicemail' && by === 'email') continue;
        for (const note of composeNotes(interview, kind)) {
          const sentences = sentencesOf(messageOf(note, interview.candidate));
          sentences.forEach((sentence, i) => {
            if (i === 0 || !CONTRAST.test(sentence)) return;
            const before = sentences[i - 1]!;
            if (!NEGATIVE.test(before))
              problems.push(`${kind} to ${note.to} (told by ${teller ?? 'nobody'}): "${before}" / "${sentence}"`);
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

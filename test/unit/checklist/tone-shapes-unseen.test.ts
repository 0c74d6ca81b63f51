// Issue #13, item 1 ("Generalise, do not list"), a third hand-written set: one sentence for each
// shape added to the structural tiers after corpus-dev-6 (scorn of the reader's side as behind
// the times, mock assurance, a consequence laid on them, what they could easily have done; a
// demand with a deadline, guilt; a thing had made, left or handed over; a go-between who will
// come, drive over or ring), each written for this file and not taken from a corpus, and near
// misses that must pass: waiting for their date, a referee's address, thanks for a coffee, a
// reference offered, the application's own papers on their way, capitals that name exams.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { parseDraft } from '../../../src/checklist/draft.js';

const RULES = new Set(['tone-scathing', 'tone-impatient', 'gimmick', 'third-party']);
const found = (text: string) =>
  checkNote(parseDraft(text), {})
    .filter((finding) => RULES.has(finding.rule))
    .map((finding) => [finding.rule, finding.excerpt]);

/** A sentence, the rule it breaks, and the words the finding shows. */
const BAD: readonly (readonly [string, string, string])[] = [
  [
    "I'd be glad to help the practice catch up; most clinics stopped using paper charts a decade ago.",
    'tone-scathing',
    'help the practice catch up',
  ],
  ['It was good to learn that somebody is finally looking at the loading bay.', 'tone-scathing', 'somebody is finally looking'],
  ['Better three years late than never, I suppose.', 'tone-scathing', 'three years late than never'],
  ["I'm sure whoever wrote the handbook meant well.", 'tone-scathing', "I'm sure whoever wrote the handbook meant well"],
  [
    "I'm sure the new signage will look fine from across the car park.",
    'tone-scathing',
    "I'm sure the new signage will look fine from across",
  ],
  ["I'm sure the guests never notice the chipped plates.", 'tone-scathing', "I'm sure the guests never notice"],
  [
    'Your rota changes weekly, which I suppose is why half the kitchen quit in the spring.',
    'tone-scathing',
    'which I suppose is why',
  ],
  [
    'No wonder the phones at the front desk are always backed up.',
    'tone-scathing',
    'No wonder the phones at the front desk are always backed up',
  ],
  [
    'A firm your size could easily have bought a proper scheduling tool like everyone else.',
    'tone-scathing',
    'could easily have bought a proper scheduling tool like every…',
  ],
  ['If you ever want, I can show you some proper joinery.', 'tone-scathing', 'show you some proper joinery'],
  [
    'I could have diagnosed that fault with a cheap multimeter.',
    'tone-scathing',
    'I could have diagnosed that fault with a cheap',
  ],
  ['I did think the workshop would have more than one working lathe.', 'tone-scathing', 'I did think the workshop would have'],
  ['Thanks for the news, a fortnight later than you promised.', 'tone-scathing', 'later than you promised'],
  [
    "I'm not sure I'd have lasted long in that basement anyway.",
    'tone-scathing',
    "I'm not sure I'd have lasted long in that basement anyway",
  ],
  [
    "I'd be happy to bring the filing up to the standard of the rest of the office.",
    'tone-scathing',
    'bring the filing up to the standard',
  ],
  [
    'My apprentices did this sort of layout in their first year.',
    'tone-scathing',
    'My apprentices did this sort of layout in their first year',
  ],
  [
    'Not every practice can modernise as quickly as the one I trained at.',
    'tone-scathing',
    'Not every practice can modernise as quickly',
  ],
  ['Please forward the contract today.', 'tone-impatient', 'Please forward the contract today'],
  ['So reply by the end of the day, if you would.', 'tone-impatient', 'So reply by the end of the day'],
  ["I need the panel's answer by tomorrow.", 'tone-impatient', 'answer by tomorrow'],
  ["I shouldn't have to chase this.", 'tone-impatient', "I shouldn't have to chase"],
  ["I'd expect a firm of your standing to reply within two days.", 'tone-impatient', 'within two days'],
  ['I hope that sacrifice is taken into account when you decide.', 'tone-impatient', 'hope that sacrifice is taken into account'],
  ["I'd love to hear something well before Friday.", 'tone-impatient', 'hear something well before Friday'],
  [
    "I've had a set of coasters engraved for your reception.",
    'gimmick',
    "I've had a set of coasters engraved for your reception",
  ],
  ['The hamper is on its way to your office now.', 'gimmick', 'hamper is on its way'],
  ["I'd like you to have my old chisel set for the workshop.", 'gimmick', "I'd like you to have my old chisel set"],
  ['I left a crate of apples by the yard gate for you and the crew.', 'gimmick', 'left a crate of apples'],
  ["To say thanks, I've baked the front desk a lemon drizzle.", 'gimmick', "I've baked the front desk a lemon drizzle"],
  ["I'll come in on Sunday and repaint the waiting room, no charge, just to show you I mean business.", 'gimmick', 'no charge'],
  [
    "My old foreman, Pete, said he'd drive over on Friday and tell you about my welding.",
    'third-party',
    "My old foreman, Pete, said he'd drive over on Friday and tel…",
  ],
  [
    'My aunt promised me she will come to the salon and speak to you about me.',
    'third-party',
    'My aunt promised me she will come',
  ],
  [
    'My tutor at the college, Dr. Amara Osei, knows your lab well and has offered to come over and talk to you about my project.',
    'third-party',
    'My tutor at the college, Dr. Amara Osei, knows your lab well…',
  ],
  [
    "She has written me a lovely reference and said she'd ring you tomorrow to tell you herself.",
    'third-party',
    "She has written me a lovely reference and said she'd ring yo…",
  ],
  // Guilt, and no free gift: "for nothing" after "was" is in vain.
  [
    "I'd hate to think the wait was for nothing, since I turned down another post.",
    'tone-impatient',
    'hate to think the wait was for nothing',
  ],
];

const GOOD: readonly string[] = [
  // A lack counted, a favour made light of, a slot's label, exams in capitals.
  "I noticed you're short of hands on Saturdays, and I'm free then.",
  'I can drop the forms round to the depot for you, no bother.',
  'Thank you for walking me through the (CLIENT NAME) account.',
  'I passed FAM and ALTAM in the spring.',
  'I am happy to wait until the 14th.',
  'My referee Jane can be reached at jane@example.com.',
  'Thank you for the coffee.',
  "If you need a reference, my former manager said she'd be glad to take your call.",
  "I'd love to catch up when the season is over.",
  "I'd be glad to help the team catch up on the backlog of orders.",
  "I'm sure you'll find the right person for the role.",
  "I'm glad we finally got to meet in person.",
  'No wonder your customers keep coming back.',
  'I could easily have spent another hour in the workshop.',
  'Please send me the address when you have a moment.',
  'I need to leave by five today, so the morning slot suits me.',
  'I hope my flexibility on start dates helps with planning.',
  'You said you would decide by the 11th, and that works for me.',
  "I've attached my portfolio; a printed copy is on its way to your office.",
  "I'd like you to have my references before Friday.",
  'I left a copy of my certificates at the reception desk for you.',
  'It was a relief to hear the new wing is open.',
  'Thank you for meeting me; I know your week is full, and no lime I know of is as good as yours.',
  'The shop was short two people that day and still ran smoothly.',
  "I'd be happy to do a trial shift at no charge.",
  'I passed CFA and FRM last year.',
  'I thought I would have more to say, but you covered it all.',
];

describe('tone, gimmick and third-party shapes on sentences written for them', () => {
  it.each(BAD)('%s', (text, rule, excerpt) => {
    expect(found(text)).toEqual([[rule, excerpt]]);
  });
  it.each(GOOD)('leaves "%s" alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

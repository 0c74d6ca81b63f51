// Issue #13, item 1 ("Generalise, do not list"): the scorn frames added after corpus-dev-8
// (src/checklist/rules/scorn-frames.ts: hope that wears their failure, an understated failing, a
// rhetorical question about their ways, irony about what was expected, their pace or losses
// mocked, neglect insinuated, a parallel aside, a rival held up, "whoever finally"), each tried on
// sentences written for this file and not taken from a corpus, and polite sentences close to them
// that must pass.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { parseDraft } from '../../../src/checklist/draft.js';

const scathing = (text: string) =>
  checkNote(parseDraft(`Dear Ines,\n\n${text}\n\nBest,\nRui`), {})
    .filter((finding) => finding.rule === 'tone-scathing')
    .map((finding) => finding.excerpt);

const BAD: readonly string[] = [
  'I saw the shift lead post went up again; I hope the hiring goes better the third time.',
  'I hope the sponge you had me taste was just having an off day.',
  'I do hope your next apprentice cares half as much about the ovens as I did.',
  "Returning calls isn't exactly the depot's strong point, I know.",
  "Paperwork was never your team's forte, as you said yourself.",
  'Is there anything at Harlow Mechanical that gets signed off on time?',
  'Is the decision stuck in the chiller too?',
  'I suppose I should not be surprised that the offer letters are late as well.',
  'The tour was a lot tidier than I had been led to expect.',
  "I'd hate to think that's how the clinic trains its new nurses.",
  "I'm sure the committee will get there in their own sweet time.",
  'Things there seem to move at the pace of the slowest form.',
  'I have attached my CV again in case the first went the way of your rota.',
  'It only took me six voicemails to hear back about the second interview.',
  "I'm sure your clients are endlessly patient with you.",
  'Presumably no one there reads the careers inbox before March.',
  'I know how hard it is to get hold of anyone at the yard.',
  'The boiler rooms are still a mess, as, apparently, is the schedule.',
  'I have joined the Lindqvist agency, who seem to have no trouble valuing an interpreter.',
  'Credit to whoever finally fixed the booking link.',
];

const GOOD: readonly string[] = [
  'I hope the new oven works better than the old one did for you.',
  'I hope the rest of the week goes well, and that the second shop opens on time.',
  'I hope I did justice to the question about the second shift.',
  'Keeping a calm kitchen is clearly your strongest suit, and I learned from watching it.',
  'Is there anything else I can send before the panel meets?',
  'Is the decision still expected by the 12th?',
  "I shouldn't have rushed my answer about the compressor, and I'd like to add to it here.",
  'The day was as well organised as I had been told it would be.',
  "I'd hate to think my answer about night shifts came across as reluctance.",
  'I know you will take your time to choose well, and I am happy to wait.',
  'I went the long way round the harbour to see the new ice plant.',
  'It only took me a day to read the whole handbook, and I enjoyed it.',
  'Thank you for being so patient with my questions about the rota.',
  'I gather the team has not used the new capnograph yet, so I would be glad to help.',
  'Is the decision still on track for Friday, as well?',
  'Is the hiring for the second site happening this winter too?',
  'I know how hard it is to find time in a week like yours.',
  'As you said, the schedule is the hardest part of the job.',
  'They seem to have no trouble filling the early shifts, which surprised me.',
  'Thank you to whoever made the coffee for the panel.',
];

describe('scorn frames on sentences written for them', () => {
  it.each(BAD)('%s', (text) => {
    expect(scathing(text)).toHaveLength(1);
  });
  it.each(GOOD)('leaves "%s" alone', (text) => {
    expect(scathing(text)).toEqual([]);
  });
});

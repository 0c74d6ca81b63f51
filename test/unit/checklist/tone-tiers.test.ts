// Issue #13, point 2: the tone rules' broad tier. Words of the right kind aimed at the right
// target within one sentence report a warning that quotes them; the sure shapes keep their
// severity. Each sentence here is written from the word classes (rules/scorn-lexicon.ts), not
// from a corpus draft; each near miss says something close about the writer, kindly, or in
// the reader's own timeframe.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { pressureWarnings } from '../../../src/checklist/rules/pressure-signals.js';
import { scoredHits } from '../../../src/checklist/rules/scorn-scorer.js';
import { scornWarnings } from '../../../src/checklist/rules/tone-judgement.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const quoted = (find: (prose: string) => readonly { start: number; end: number }[], text: string) =>
  find(parseDraft(text).prose).map((hit) => text.slice(hit.start, hit.end));
/** The broad tiers as tone.ts joins them on one sentence: the shapes first, else the scorer's score. */
const broad = (prose: string) => {
  const shapes = scornWarnings(prose);
  return shapes.length > 0 ? shapes : scoredHits(prose);
};

describe('scorn: a judgement of the reader’s side, by the kind of its words (the scorer)', () => {
  it.each([
    // A judgement said of a target through a linking verb
    ['The panel seemed inattentive for most of the hour.', 'panel seemed inattentive'],
    ['Your receptionist was curt with everyone in the waiting room.', 'receptionist was curt'],
    ['Honestly, the tour felt perfunctory.', 'Honestly, the tour felt perfunctory'],
    ['The whole assessment centre was haphazard from the start.', 'assessment centre was haphazard'],
    // Before a target noun
    ['I sat through a slapdash presentation about benefits.', 'slapdash presentation'],
    ['Whoever you hire will have to put up with a clueless manager.', 'clueless manager'],
    // A noun of a sham, after an article
    ['That afternoon was an utter pantomime.', 'afternoon was an utter pantomime'],
    ['I sat through a debacle of an interview.', 'debacle of an interview'],
    // A denied virtue: "not the warmest", "hardly welcoming", "less than professional"
    ['Your recruiter was not the warmest person I have met.', 'warmest person'],
    ['The reception desk was hardly welcoming.', 'reception desk was hardly welcoming'],
    ['The feedback call was less than professional.', 'call was less than professional'],
    // Dismissal, by the reader's side or suffered by the writer
    ['The panel waved away my question about staffing.', 'waved away'],
    ['The head chef talked over me twice.', 'talked over'],
    ['I was completely ignored after the tasting.', 'I was completely ignored'],
    ["The manager didn't listen to a word I said.", "manager didn't listen"],
    ['The interviewer yawned while I presented.', 'interviewer yawned'],
    // Sarcasm and scare quotes
    ['Clearly your team is very organised.', 'Clearly your team is very organised'],
    ['I enjoyed your "process" immensely.', 'your "process"'],
  ])('warns on %j', (text, phrase) => {
    expect(quoted(broad, text)).toEqual([phrase]);
    expect(toneScathing(parseDraft(text), {}).map((hit) => hit.severity)).toEqual(['warning']);
  });

  it.each([
    // Negation turns a judgement into praise
    'Your recruiter was not unkind, just very busy.',
    'The panel was not rude at all, and I felt at ease.',
    "The day wasn't a waste in any way; I learned a lot.",
    // The writer's own slip, or an apology
    'That was careless of me, and I am sorry.',
    'I was disorganised in the first ten minutes.',
    'I gave a rushed presentation, which I regret.',
    // Sympathy, and a former employer
    'The training at my last hospital was chaotic, so I rebuilt it.',
    // A hard part of the day without blame
    'The case study was tough, and I appreciated the hints.',
    'The kitchen was hot and loud, which I loved.',
    'Thank you for the cold drink on such a hot day.',
    'We were interrupted by a fire alarm, which the team handled calmly.',
    'Your team is obviously very organised, which I admire.',
    'I quoted "five whys" from your handbook in my answer.',
    'The offer dated 3 May is attached.',
  ])('leaves %j alone', (text) => {
    expect(quoted(broad, text)).toEqual([]);
    expect(toneScathing(parseDraft(text), {})).toEqual([]);
  });

  it.each([['I know the day was chaotic with the inspection going on.', 'the day was chaotic']])(
    'softens a sure shape said in sympathy, %j, to a warning',
    (text, phrase) => {
      expect(quoted(scornWarnings, text)).toEqual([]);
      const hits = toneScathing(parseDraft(text), {});
      expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.severity])).toEqual([[phrase, 'warning']]);
    },
  );

  it.each([
    'My answer on the rota question was sloppy, and I have written a better one below.',
    'My notes from the interview were a mess, so here is a tidier summary.',
  ])('drops a sure shape whose target is only the complement of the writer’s own thing: %j', (text) => {
    expect(toneScathing(parseDraft(text), {})).toEqual([]);
  });

  it('keeps the sure shapes at the rule’s severity and says a sentence once', () => {
    const text = 'Your process was a farce and the panel seemed inattentive.';
    const hits = toneScathing(parseDraft(text), {});
    expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.severity])).toEqual([['Your process was a farce', undefined]]);
  });
});

describe('scorn without a word of judgement: the devices, as sentence shapes', () => {
  it.each([
    ["Frankly, I've had warmer welcomes at the DMV.", 'had warmer welcomes at the'],
    ['Did anyone on the panel actually read my application?', 'Did anyone on the panel actually read my application?'],
    ["It's a shame the interviewers couldn't find ten minutes to look at my portfolio.", "a shame the interviewers couldn't"],
    ['For a company that claims to put people first, you have a funny way of showing it.', 'For a company that claims'],
    [
      'Next time, perhaps someone could check the room is booked before inviting candidates.',
      'Next time, perhaps someone could check',
    ],
    ["I won't be recommending your clinic to anyone.", "won't be recommending your"],
    ['Your manager spent most of the interview talking about himself.', 'talking about himself'],
    ['The questions seemed designed to trip people up rather than find out what they could do.', 'trip people up'],
    ['I expected a conversation, not an interrogation.', 'expected a conversation, not an interrogation'],
    ['Apparently my twelve years on the floor didn’t count for much.', 'didn’t count for much'],
    ['Nobody introduced themselves, which says a lot.', 'Nobody introduced'],
    ['Thanks for making me feel so unwelcome.', 'making me feel so unwelcome'],
    ['It was clear from the first minute that the decision had already been made.', 'decision had already been made'],
    ['The trial shift was basically free labour.', 'was basically free labour'],
    ['I was kept waiting for fifty minutes without so much as a glass of water.', 'without so much as a glass'],
    ['The person who interviewed me didn’t seem to know what the job involved.', 'person who interviewed me didn’t seem'],
    ['Perhaps your HR department could learn some manners.', 'your HR department could learn some manners'],
    [
      "It's hard to believe a hospital of your size can't manage a simple schedule.",
      "hard to believe a hospital of your size can't",
    ],
    ['I found the whole experience rather insulting.', 'experience rather insulting'],
    ['I was told the role was senior, which clearly it isn’t.', 'which clearly it isn’t'],
    [
      "I've seen student projects better organised than your onboarding.",
      "I've seen student projects better organised than your",
    ],
    ['Honestly, I’m relieved I didn’t get it.', 'relieved I didn’t get it'],
    ['The interview was an hour of being talked at.', 'being talked at'],
    ['Not exactly a warm welcome.', 'warm welcome'],
  ])('warns on %j', (text, phrase) => {
    expect(quoted(broad, text)).toEqual([phrase]);
    expect(toneScathing(parseDraft(text), {}).map((hit) => hit.severity)).toEqual(['warning']);
  });

  it.each([
    'I have had better interviews at other places, but none as friendly as yours.',
    'Did you get a chance to look at the portfolio I sent?',
    "It's a shame I couldn't stay for the team lunch.",
    'For a practice that has grown so fast, the team felt remarkably close.',
    'Next time I would prepare more examples from the ward.',
    'Maybe next time you could show me the tissue culture suite.',
    'I would not hesitate to recommend your clinic to anyone.',
    "I can't recommend the course you mentioned highly enough.",
    'The head chef talked about his time in Lyon, which I loved.',
    'I expected a formal panel, not a relaxed chat, and it was a pleasant surprise.',
    'You treated me like one of the team from the first minute.',
    'You made me feel so welcome.',
    'My years on the floor count for a lot on a busy unit.',
    'I can see why the team loves working here.',
    'I did unpaid work experience at a vet surgery as a student.',
    'Nobody could have been kinder than your receptionist.',
    'I found the whole day really useful.',
    "I didn't know much about sous vide before, and your demo helped.",
    'The recruiter didn’t know the parking code either, which made us both laugh.',
    'Your team could use some help on weekends, and I am free then.',
    "I wouldn't want to work anywhere else after seeing the unit.",
    "I've worked in kitchens busier than yours, and I loved the calm.",
    'With respect to the start date, I can begin on the 4th.',
    "I'm glad I didn't get lost on the way in.",
    'It was telling how much the patients trusted the team, in the best way.',
    'I can only imagine how busy the run-up to Christmas is.',
    'She left without so much as a fuss, which was typical of her.',
    'It is hard to believe a year has passed since I qualified.',
    "I was surprised that the team doesn't close at lunch, which is great for patients.",
  ])('leaves %j alone', (text) => {
    expect(toneScathing(parseDraft(text), {})).toEqual([]);
  });
});

describe('pressure: deadlines, demands, leverage, guilt and chasing aimed at the reader', () => {
  it.each([
    ['If you could confirm an outcome within three working days, that would help.', 'within three working days'],
    ['A yes or no before next Tuesday would be appreciated.', 'before next Tuesday'],
    ['I require clarity on the timeline.', 'I require clarity'],
    ['I am weighing other opportunities at the moment.', 'weighing other opportunities'],
    ['Two other clinics are keen to move quickly.', 'other clinics are keen'],
    ['I may have to look elsewhere.', 'look elsewhere'],
    ['I drove four hours each way, only to be ignored.', 'only to be ignored'],
    ['A reply is basic courtesy.', 'basic courtesy'],
    ["I'm chasing this once more.", 'chasing this once more'],
    ['This is the fourth voicemail I have left.', 'fourth voicemail'],
    ['Still no word on the role.', 'still no word'],
    ['No one has got back to me since the trial shift.', 'No one has got back'],
    ['I was expecting to have an answer by now.', 'expecting to have an answer by now'],
    ['It has now been over three weeks.', 'It has now been over three weeks'],
    ["I gave up a paid shift to attend, so please don't let it be for nothing.", 'I gave up a paid shift to attend'],
    ["I can't keep ringing the office.", "can't keep ringing"],
    ['I think I deserve an answer.', 'I think I deserve an answer'],
    ['I have waited three weeks now.', 'I have waited three weeks'],
  ])('warns on %j', (text, phrase) => {
    expect(quoted(pressureWarnings, text).map((hit) => hit.toLowerCase())).toEqual([phrase.toLowerCase()]);
    expect(toneImpatient(parseDraft(text), {}).length).toBe(1);
  });

  it.each([
    // The writer's own undertaking
    'I will send my certificates by Friday.',
    "I'm available for a call until Thursday afternoon.",
    "I'd be glad to confirm references by Monday.",
    // The reader's own timeframe
    "I'm following up within the timeframe you gave me.",
    'I look forward to hearing from you next week as planned.',
    'Since you hoped to decide by Friday, I will wait for your news then.',
    // Withdrawing, news of one's own life, thanks repeated
    'I have accepted another offer, and I wanted to thank you for your time.',
    'Thank you again for your time.',
    'I must say I enjoyed the tour.',
    'There is no rush at all; whenever suits you.',
    "I've been waiting for a role like this for years.",
    'I need to know more about the rota before I start.',
  ])('leaves %j alone', (text) => {
    expect(quoted(pressureWarnings, text)).toEqual([]);
    expect(toneImpatient(parseDraft(text), {})).toEqual([]);
  });
});

describe('the broad tier on long input', () => {
  it('stays linear on a megabyte with no sentence end', () => {
    const line = 'the panel was not the warmest and your recruiter ignored my note by Friday again '.repeat(13_000);
    for (const find of [scornWarnings, pressureWarnings]) {
      const started = performance.now();
      find(line);
      // A backtracking pattern takes minutes here, a linear one well under a second; the bound
      // is the one tone-generalised.test.ts allows on a machine shared by other suites.
      expect(performance.now() - started).toBeLessThan(LINEAR_MS);
    }
  });
});

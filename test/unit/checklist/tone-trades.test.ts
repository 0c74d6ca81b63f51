// Tone by what is said about whom, on sentences from many trades: contempt, sarcasm and
// accusation aimed at the reader, their process or their questions; demands, deadlines and
// guilt aimed at the reader. Each catch has a near miss that says something close, kindly.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { Hit, RuleCheck } from '../../../src/checklist/types.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const found = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).map((hit: Hit) => text.slice(hit.start, hit.end));

describe('tone-scathing: contempt without stock phrases', () => {
  it.each([
    // Nursing: the panel had not prepared
    ["The panel clearly hadn't read my resume before we started.", "The panel clearly hadn't read"],
    ['No one on the committee had even opened my portfolio.', 'No one on the committee had even opened'],
    // Software and engineering: contempt for the exercise's author
    ['Whoever wrote that exercise has never shipped anything.', 'Whoever wrote that exercise has never shipped'],
    ['Whoever designed the site test should try it themselves.', 'Whoever designed the site test should try it'],
    // Hospitality: the way people are treated
    ['Keeping us in the lobby for an hour was a strange way to treat people.', 'a strange way to treat'],
    ['Is this how your firm treats every applicant?', 'Is this how your firm treats'],
    ['Three rounds for a part-time till job is a waste of people’s time.', 'waste of people’s time'],
    // Sarcasm about the scorecard and the process
    ["I'm sure the scorecard was very thorough.", "I'm sure the scorecard was very thorough"],
    ['I am sure the teaching observation was all very objective.', 'I am sure the teaching observation was all very objective'],
    ["I'm sure it makes sense to someone in your head office.", 'makes sense to someone'],
    ["I'm sure you had your reasons.", "I'm sure you had your reasons"],
    ['Hope the next candidate enjoys it as much as I did.', 'Hope the next candidate'],
    ['Good luck to the poor soul you hire for the night shift.', 'Good luck to the poor soul'],
    // Retail, accounting, law: the questions and the accusation
    ['Your questions were canned and irrelevant to the role.', 'Your questions were canned'],
    ['The case study was frankly beneath me.', 'The case study was frankly beneath me'],
    ['Your recruiter misled me about the hours.', 'Your recruiter misled me'],
    ['You strung me along for six weeks.', 'You strung me along'],
    ['The partners obviously have never run a closing.', 'The partners obviously have never run'],
    [
      'The interviewer seemed more interested in his phone than my answers.',
      'The interviewer seemed more interested in his phone',
    ],
    ['Clearly ten years on the floor counts for nothing at your hospital.', 'counts for nothing at your'],
  ])('flags %j', (text, phrase) => expect(found(toneScathing, text)).toEqual([phrase]));

  it.each([
    "I realise the panel hadn't had time to read my resume, so I have attached it again.",
    'Whoever wrote that exercise chose a great problem; I enjoyed it.',
    'I tried a strange way to plate the dessert, and the chef laughed kindly.',
    'Is this how your firm runs its pro bono clinic? I would love to know more.',
    "I'm sure you are very busy this week, so there is no rush.",
    "I'm sure the team will make the right choice.",
    'I hope the next step is a shadow shift; I would enjoy it.',
    'I hope the next round goes as well as this one.',
    'Your questions about the month-end close were thoughtful.',
    'Your recruiter told me about the hours, which suit me well.',
    'The partners have run closings for decades, and it showed.',
    'Waiting on a busy ward wastes nobody’s time when it is explained.',
    'The interviewer was more interested in my lesson plans than my grades, which I liked.',
    'A missed dose counts for a lot on a cardiac unit.',
  ])('leaves %j alone', (text) => expect(found(toneScathing, text)).toEqual([]));
});

describe('tone-impatient: demands, deadlines and guilt', () => {
  it.each([
    ['I need an answer by Friday.', 'I need an answer'],
    ["I've turned down another offer for this.", "I've turned down another offer"],
    ['I already declined two other interviews to wait for you.', 'I already declined two other interviews'],
    ["Please don't leave me hanging.", "don't leave me hanging"],
    ['Your office has kept me in the dark since the interview.', 'Your office has kept me in the dark'],
    ['I expect to hear back this week.', 'I expect to hear'],
    ["I'll assume it's a no if I hear nothing by then.", "I'll assume it's a no"],
    ['I will take your silence as a no.', 'take your silence as'],
    ["I'll assume you are no longer interested.", "I'll assume you are no longer interested"],
    ['I need you to tell me where I stand.', 'I need you to tell me'],
    ['Your team needs to make a decision soon.', 'Your team needs to make a'],
    ['Please send me an answer on Tuesday at the latest.', 'send me an answer on Tuesday at the latest'],
    ['My deadline is Thursday, so please decide.', 'My deadline is Thursday'],
    ["I've been checking my inbox every hour.", "I've been checking my inbox"],
    ['My family is counting on this job.', 'My family is counting on this'],
    ['It has been two weeks since we spoke and I still have no answer.', 'It has been two weeks since we'],
    ["It's been over a week now and nothing.", 'over a week now and'],
  ])('flags %j', (text, phrase) => expect(found(toneImpatient, text)[0]).toBe(phrase));

  it.each([
    "I'll assume the start date is flexible unless you say otherwise.",
    "I'll assume it's fine to bring my own knives to the trial shift.",
    'I declined the soup at lunch, which was a mistake; it smelled wonderful.',
    'I turned down the volume on the radio during the call.',
    'I never leave a patient hanging on a call bell.',
    'The deadline for the tax filings was tight, and we met it.',
    'I have been checking my lesson plans against your curriculum map.',
    'I look forward to hearing from you.',
    'I can start on the 5th at the latest.',
    'The firm needs to hire a paralegal, and I would love to be that person.',
    'It has been two weeks since I finished my last placement, so I can start soon.',
  ])('leaves %j alone', (text) => expect(found(toneImpatient, text)).toEqual([]));
});

describe('tone rules on long input', () => {
  it('stay linear on a long line that nearly matches everywhere', () => {
    const line = `${'you the panel clearly had never '.repeat(4000)}.`;
    const started = performance.now();
    toneScathing(parseDraft(line), {});
    toneImpatient(parseDraft(`${"I'll assume that it's ".repeat(4000)}.`), {});
    // Not a timing test of the machine: a backtracking pattern takes minutes here, a linear one milliseconds.
    expect(performance.now() - started).toBeLessThan(LINEAR_MS);
  });
});

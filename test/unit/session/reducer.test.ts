import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/model/dates.js';
import {
  EMPTY_ANSWERS,
  createReducer,
  fieldAt,
  firstMissing,
  initialState,
  type SessionAction,
  type SessionState,
} from '../../../src/session/index.js';
import { STEP_CONTEXT as context } from '../../support/fake-world.js';

const reduce = createReducer(context);
const run = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(reduce, state);
const answer = (value: string | readonly string[]): SessionAction => ({ type: 'answer', value });
const back: SessionAction = { type: 'back' };

const about = [answer('Jordan Lee'), answer('jordan@example.com'), answer('+1 555 0100'), answer(''), answer('')];
const interview = [
  answer('Acme Robotics'),
  answer('Senior Backend Engineer'),
  answer('yesterday'),
  answer('onsite'),
  answer('first-names'),
  answer(''),
];
const priya = [
  answer('Priya Raghunathan'),
  answer('Priya'),
  answer('Engineering Manager'),
  answer('priya@acme.example'),
  answer(''),
  answer('email'),
  answer(['moving telemetry ingestion to Kafka', 'how on-call works']),
  answer(''),
  answer(''),
];
/** After the timeframe and the outcome: the strength to remember and the tone. */
const closing = [answer(''), answer('warm')];

describe('the session reducer', () => {
  it('walks every step in the table order, up to the review', () => {
    const steps: string[] = [];
    let state = initialState();
    for (const action of [
      ...about,
      ...interview,
      ...priya,
      { type: 'interviewers-done' } as const,
      answer('by the end of next week'),
      answer('no'),
      ...closing,
    ]) {
      steps.push(`${state.position.step}#${state.position.index}`);
      state = reduce(state, action);
      expect(state.error).toBeNull();
    }
    expect(steps).toEqual([
      'candidate.name#0',
      'candidate.email#0',
      'candidate.phone#0',
      'candidate.signature#0',
      'candidate.resume#0',
      'interview.company#0',
      'interview.role#0',
      'interview.date#0',
      'interview.format#0',
      'interview.formality#0',
      'interview.recruiter-name#0',
      'interviewer.name#0',
      'interviewer.greeting#0',
      'interviewer.title#0',
      'interviewer.email#0',
      'interviewer.phone#0',
      'interviewer.medium#0',
      'interviewer.topics#0',
      'interviewer.detail#0',
      'interviewer.addition#0',
      'interviewers#0',
      'next.timeframe#0',
      'next.not-selected#0',
      'next.strength#0',
      'next.tone#0',
    ]);
    // Accepting the greeting as prefilled keeps it derived: a corrected name corrects it too.
    expect(state.answers.interviewers[0]?.greeting).toBe('');
    expect(state.position.step).toBe('review');
    expect(state.answers.date).toBe('2026-11-24');
    expect(state.answers.timeframeDate).toBe('2026-12-04');
    expect(state.answers.interviewers[0]?.topics).toEqual(['moving telemetry ingestion to Kafka', 'how on-call works']);
    expect(firstMissing(state.answers, context)).toBeNull();
  });

  it("asks for the recruiter's e-mail and phone only once there is a recruiter", () => {
    const state = run(initialState(), ...about, ...interview.slice(0, 5), answer('Dana Kim'));
    expect(state.position.step).toBe('interview.recruiter-email');
    const phone = run(state, answer('dana.kim@acme.example'));
    expect(phone.position.step).toBe('interview.recruiter-phone');
    expect(run(phone, answer('')).position.step).toBe('interview.via');
    expect(run(state, answer(''), answer('')).position.step).toBe('interviewer.name');
    expect(run(initialState(), ...about, ...interview.slice(0, 5), answer('')).position.step).toBe('interviewer.name');
  });

  it("keeps the recruiter's phone, refuses one that is not a number, and saves it with the recruiter", () => {
    const phone = run(initialState(), ...about, ...interview.slice(0, 5), answer('Dana Kim'), answer(''));
    expect(run(phone, answer('call me')).error).not.toBeNull();
    const given = run(phone, answer('+1 555 0199'));
    expect([given.error, given.answers.recruiterPhone, given.position.step]).toEqual([null, '+1 555 0199', 'interviewer.name']);
  });

  it('asks whether the notes go through the recruiter once she has an address, and keeps the answer', () => {
    const asked = run(
      initialState(),
      ...about,
      ...interview.slice(0, 5),
      answer('Dana Kim'),
      answer('dana.kim@acme.example'),
      answer(''),
    );
    expect(fieldAt(asked.position)!.read(asked.answers, 0)).toBe('none');
    const through = run(asked, answer('thank-you'));
    expect(through.position.step).toBe('interviewer.name');
    expect([through.answers.viaName, through.answers.viaNotes]).toEqual(['Dana Kim', 'thank-you']);
    expect(run(asked, answer('none')).answers.viaName).toBe('');
    expect(run(asked, answer('maybe')).error).toBe('Choose one of the options with the arrow keys and press Enter.');
  });

  it('refuses an unusable answer with what to type, and keeps the step', () => {
    const state = run(initialState(), answer('Jordan Lee'), answer('jordan at example'));
    expect(state.position.step).toBe('candidate.email');
    expect(state.error).toBe('That does not look like an e-mail address: type it as name@company.com, with no spaces.');
    expect(run(state, answer('jordan@example.com')).error).toBeNull();
    expect(run(initialState(), answer('   ')).error).toBe(
      'Type the person\'s name as it appears on their business card or LinkedIn, e.g. "Priya Raghunathan".',
    );
  });

  it('refuses dates it cannot read and days still to come', () => {
    const atDate = run(initialState(), ...about, ...interview.slice(0, 2));
    // The model's readers say what is wrong with the day typed.
    expect(run(atDate, answer('someday')).error).toBe(
      '"someday" is not a day the coach can read. Type "today", "yesterday", a weekday such as "Monday", or a date such as "2026-11-24" or "24 Nov".',
    );
    expect(run(atDate, answer('2026-12-01')).error).toBe(
      'Tuesday, December 1, 2026 is still ahead. Type the day the interview took place; the coach writes the notes after it.',
    );
    // Before they have loaded, only ISO days are read (src/commands/session-deps.ts), and the
    // step table says what to type.
    const early = createReducer({ ...context, understandDate: (text) => parseIsoDate(text.trim()), dateProblem: undefined });
    expect(early(atDate, answer('someday')).error).toBe(
      'Type today, yesterday, a weekday such as tuesday, or a date like 2026-11-24.',
    );
    expect(early(atDate, answer('2026-12-01')).error).toBe('That date is in the future: type the day the interview took place.');
  });

  it('needs at least one topic per interviewer', () => {
    const atTopics = run(initialState(), ...about, ...interview, ...priya.slice(0, 6));
    expect(atTopics.position.step).toBe('interviewer.topics');
    expect(run(atTopics, answer([' ', ''])).error).toBe(
      'Add at least one topic you discussed with this person: it is what makes the note theirs.',
    );
  });

  it('goes back one step with Esc and keeps every answer', () => {
    const atRole = run(initialState(), ...about, answer('Acme Robotics'));
    const backAtCompany = run(atRole, back);
    expect(backAtCompany.position.step).toBe('interview.company');
    expect(fieldAt(backAtCompany.position)!.read(backAtCompany.answers, 0)).toBe('Acme Robotics');
    const backTwice = run(backAtCompany, back, back);
    expect(backTwice.position.step).toBe('candidate.signature');
    expect(backTwice.answers.company).toBe('Acme Robotics');
    expect(run(initialState(), back).position.step).toBe('candidate.name');
  });

  it('from the first question of a new interviewer, Esc returns to the list and drops the blank entry', () => {
    const atList = run(initialState(), ...about, ...interview, ...priya);
    expect(atList.position.step).toBe('interviewers');
    const adding = run(atList, { type: 'add-interviewer' });
    expect(adding.position).toEqual({ step: 'interviewer.name', index: 1 });
    const cancelled = run(adding, back);
    expect(cancelled.position.step).toBe('interviewers');
    expect(cancelled.answers.interviewers.map((p) => p.name)).toEqual(['Priya Raghunathan']);
    expect(run(atList, back).position.step).toBe('interview.recruiter-name');
  });

  it('adds, edits and removes interviewers from the list', () => {
    const atList = run(initialState(), ...about, ...interview, ...priya);
    const two = run(
      atList,
      { type: 'add-interviewer' },
      answer('Sam Ortiz'),
      answer('Sam'),
      answer('Staff Engineer'),
      answer(''),
      answer('+1 555 0101'),
      answer('phone'),
      answer(["the robot fleet's OTA update pipeline"]),
      answer(''),
      answer(''),
    );
    expect(two.position.step).toBe('interviewers');
    expect(two.answers.interviewers.map((p) => p.name)).toEqual(['Priya Raghunathan', 'Sam Ortiz']);

    const editing = run(two, { type: 'edit-interviewer', index: 1 });
    expect(editing.position).toEqual({ step: 'interviewer.name', index: 1 });
    const renamed = run(editing, answer('Samuel Ortiz'));
    expect(renamed.position).toEqual({ step: 'interviewer.greeting', index: 1 });
    expect(renamed.answers.interviewers[1]?.name).toBe('Samuel Ortiz');
    expect(renamed.answers.interviewers[1]?.phone).toBe('+1 555 0101');

    // A greeting the candidate typed follows the name when the name is corrected later.
    const misspelt = run(two, { type: 'edit-interviewer', index: 1 }, answer('Sam Ortis'), answer('Mr Ortis'));
    expect(misspelt.answers.interviewers[1]?.greeting).toBe('Mr Ortis');
    const corrected = run(misspelt, { type: 'edit-interviewer', index: 1 }, answer('Sam Ortiz'));
    expect(corrected.answers.interviewers[1]).toMatchObject({ name: 'Sam Ortiz', greeting: 'Mr Ortiz' });

    const removed = run(two, { type: 'remove-interviewer', index: 0 });
    expect(removed.answers.interviewers.map((p) => p.name)).toEqual(['Sam Ortiz']);
    const none = run(removed, { type: 'remove-interviewer', index: 0 }, { type: 'interviewers-done' });
    expect(none.position.step).toBe('interviewers');
    expect(none.error).toBe('Add at least one interviewer: every person you met gets a note of their own.');
  });

  it('from the review, changes one answer and comes straight back; the date moves the timeframe', () => {
    const atReview = run(
      initialState(),
      ...about,
      ...interview,
      ...priya,
      { type: 'interviewers-done' },
      answer('by the end of next week'),
      answer('no'),
      ...closing,
    );
    const changing = run(atReview, { type: 'change', to: { step: 'interview.date', index: 0 } });
    expect(changing.position.step).toBe('interview.date');
    const changed = run(changing, answer('2026-11-20'));
    expect(changed.position.step).toBe('review');
    expect(changed.answers.date).toBe('2026-11-20');
    // Friday the 20th: the end of next week is Friday the 27th.
    expect(changed.answers.timeframeDate).toBe('2026-11-27');
    const escaped = run(atReview, { type: 'change', to: { step: 'interview.role', index: 0 } }, back);
    expect(escaped.position.step).toBe('review');
    expect(escaped.answers.role).toBe('Senior Backend Engineer');
  });

  it('from the review, edits the interviewer list and returns to the review when done', () => {
    const atReview = run(
      initialState(),
      ...about,
      ...interview,
      ...priya,
      { type: 'interviewers-done' },
      answer(''),
      answer('yes'),
      answer('Priya'),
      ...closing,
    );
    expect(atReview.position.step).toBe('review');
    expect(atReview.answers.toldBy).toBe('Priya Raghunathan');
    const list = run(atReview, { type: 'change', to: { step: 'interviewers', index: 0 } });
    const edited = run(list, { type: 'edit-interviewer', index: 0 }, answer('Priya R.'), answer('Priya'), answer('Director'));
    expect(edited.position.step).toBe('interviewer.email');
    const done = run(
      edited,
      answer('priya@acme.example'),
      answer(''),
      answer('email'),
      answer(['how on-call works']),
      answer(''),
      answer(''),
      { type: 'interviewers-done' },
    );
    expect(done.position.step).toBe('review');
    expect(done.answers.interviewers[0]).toMatchObject({ name: 'Priya R.', title: 'Director', topics: ['how on-call works'] });
  });

  it('asks who told you only after a no, and takes a full name or a greeting name', () => {
    const atOutcome = run(initialState(), ...about, ...interview, ...priya, { type: 'interviewers-done' }, answer(''));
    expect(run(atOutcome, answer('no')).position.step).toBe('next.strength');
    const asking = run(atOutcome, answer('yes'));
    expect(asking.position.step).toBe('next.told-by');
    expect(run(asking, answer('Sam')).error).toBe(
      'Nobody called "Sam" is in this interview: type Priya Raghunathan, or leave it empty.',
    );
    expect(run(asking, answer('priya raghunathan')).answers.toldBy).toBe('Priya Raghunathan');
    expect(run(asking, answer('')).answers.toldBy).toBe('');
  });

  it('"Who told you?" knows a titled, accented person by given name, surname or title and surname, as --to does', () => {
    const mai = [
      answer('Dr. Mai Hoang'),
      answer(''),
      answer('Pharmacy Manager'),
      answer('mai.hoang@stbrigids.example'),
      answer(''),
      answer('email'),
      answer(['the night dispensing rota']),
      answer(''),
      answer(''),
    ];
    const seun = mai.map((step, index) => (index === 0 ? answer('Oluwaseun Adébáyọ̀') : step));
    const atOutcome = run(
      initialState(),
      ...about,
      ...interview,
      ...priya,
      { type: 'add-interviewer' },
      ...mai,
      { type: 'add-interviewer' },
      ...seun,
      { type: 'interviewers-done' },
      answer(''),
    );
    const asking = run(atOutcome, answer('yes'));
    expect(asking.position.step).toBe('next.told-by');
    // Before one matcher, only "Dr. Hoang" (her derived greeting) or her whole name was taken.
    for (const typed of ['Mai', 'Hoang', 'Dr. Hoang', 'dr mai hoang'])
      expect(run(asking, answer(typed)).answers.toldBy, typed).toBe('Dr. Mai Hoang');
    for (const typed of ['Oluwaseun', 'Adebayo', 'adébáyọ̀'])
      expect(run(asking, answer(typed)).answers.toldBy, typed).toBe('Oluwaseun Adébáyọ̀');
    expect(run(asking, answer('Dr.')).error).toBe(
      'Nobody called "Dr." is in this interview: type one of Priya Raghunathan, Dr. Mai Hoang, Oluwaseun Adébáyọ̀, or leave it empty.',
    );
  });

  it('"Who told you?" refuses a word two people share, and names both', () => {
    const kim = priya.map((step, index) => (index === 0 ? answer('Priya Kim') : index === 1 ? answer('') : step));
    const atOutcome = run(
      initialState(),
      ...about,
      ...interview,
      ...priya,
      { type: 'add-interviewer' },
      ...kim,
      { type: 'interviewers-done' },
      answer(''),
    );
    expect(run(atOutcome, answer('yes'), answer('priya')).error).toBe(
      '"priya" fits both Priya Raghunathan and Priya Kim: type more of the name, or leave it empty.',
    );
  });

  it('prefills the greeting from the name and the formality, and keeps one the candidate typed', () => {
    const atGreeting = run(initialState(), ...about, ...interview, answer('Dr. Amara Okonkwo'));
    expect(fieldAt(atGreeting.position)!.read(atGreeting.answers, 0)).toBe('Dr. Okonkwo');
    const typed = run(atGreeting, answer('Amara'));
    expect(typed.answers.interviewers[0]?.greeting).toBe('Amara');
    const formal = run(initialState(), ...about, ...interview.slice(0, 4), answer('titles'), answer(''), answer('Rajesh Iyer'));
    expect(fieldAt(formal.position)!.read(formal.answers, 0)).toBe('Rajesh Iyer');
  });

  it('strips control characters and escape sequences from what is typed', () => {
    const state = run(initialState(), answer('Jo\u001b[31mrdan\u0007 \u0000Lee\u001b]0;pwned\u0007'));
    expect(state.answers.candidate.name).toBe('Jordan Lee');
  });

  it('names the first missing answer, so an incomplete draft never reaches the review', () => {
    expect(firstMissing(EMPTY_ANSWERS, context)).toEqual({ step: 'candidate.name', index: 0 });
    const noTopics = run(initialState(), ...about, ...interview, ...priya.slice(0, 6));
    expect(firstMissing(noTopics.answers, context)).toEqual({ step: 'interviewers', index: 0 });
  });
});

// The session core without either front end: home, resume, the save at the review and the
// moves between them, as states and the commands each step asks for.
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../src/model/types.js';
import {
  REVIEW,
  answersOf,
  createGuide,
  draftOf,
  initialState,
  nothingToSave,
  loadingState,
  stopOutcome,
  sectionSummary,
  type GuideEvent,
  type GuideState,
  type Opening,
  type Step,
} from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { STEP_CONTEXT as context } from '../../support/fake-world.js';

const step = createGuide(context);
const ACME = sampleInterview();
const CANDIDATE = ACME.candidate;

function opening(overrides: Partial<Opening['loaded']> = {}): Opening {
  return { loaded: { candidate: null, interviews: [], draft: null, notices: [], ...overrides }, due: [] };
}

/** Takes every event in turn; returns the last step. */
function run(state: GuideState, ...events: GuideEvent[]): Step {
  let last: Step = { state, commands: [] };
  for (const event of events) last = step(last.state, event);
  return last;
}

const opened = (overrides: Partial<Opening['loaded']> = {}) =>
  run(loadingState(), { type: 'opened', opening: opening(overrides) });

describe('opening and resuming', () => {
  it('starts with the questions, the saved candidate filled in, and saves no draft until an answer is given', () => {
    const { state, commands } = opened({ candidate: CANDIDATE, notices: ['The store was damaged.'] });
    expect(state.screen).toBe('questions');
    expect(state.session.answers.candidate.name).toBe('Jordan Lee');
    expect(state.log).toEqual(['The store was damaged.']);
    // The profile's own details are not an answer: stopping here leaves no draft to offer.
    expect(commands).toEqual([]);
    expect(nothingToSave(state)).toBe(true);
    const next = run(state, { type: 'session', action: { type: 'answer', value: 'Jordan Lee' } });
    expect(next.commands).toContainEqual({ type: 'save-draft', draft: draftOf(next.state.session, null) });
    expect(nothingToSave(next.state)).toBe(false);
  });

  it('opens on the home with saved interviews, and saves nothing there', () => {
    const { state, commands } = opened({ interviews: [ACME] });
    expect(state.screen).toBe('home');
    expect(commands).toEqual([]);
  });

  it('offers a draft with answers; resuming continues it on the saved interview it belongs to', () => {
    const draft = draftOf(initialState(answersOf(ACME), { step: 'next.timeframe', index: 0 }), ACME.id);
    const offered = opened({ interviews: [{ ...ACME, candidate: { ...CANDIDATE, name: 'J. Lee' } }], draft });
    expect(offered.state.screen).toBe('resume');
    const { state } = run(offered.state, { type: 'resume', yes: true });
    expect(state.screen).toBe('questions');
    expect(state.session.position).toEqual({ step: 'next.timeframe', index: 0 });
    expect(state.interviewId).toBe(ACME.id);
    expect(state.openedCandidate?.name).toBe('J. Lee');
  });

  it('declining the draft clears it and goes home (or to the questions with nothing saved)', () => {
    const draft = draftOf(initialState(answersOf(ACME), { step: 'next.timeframe', index: 0 }));
    const home = run(opened({ interviews: [ACME], draft }).state, { type: 'resume', yes: false });
    expect(home.state.screen).toBe('home');
    expect(home.commands).toEqual([{ type: 'clear-draft' }]);
    const fresh = run(opened({ draft }).state, { type: 'resume', yes: false });
    expect(fresh.state.screen).toBe('questions');
    expect(fresh.commands[0]).toEqual({ type: 'clear-draft' });
    expect(fresh.state.session.answers.company).toBe('');
  });
});

describe('the home', () => {
  const home = () => opened({ interviews: [ACME], candidate: CANDIDATE }).state;

  it('opens a saved interview at its review and saves it in place, without touching the saved candidate', () => {
    const { state, commands } = run(home(), { type: 'home', choice: { kind: 'notes', interview: ACME } });
    expect(state.screen).toBe('questions');
    expect(state.session.position).toEqual(REVIEW);
    expect(state.stage).toBe('saving');
    expect(state.purpose).toBe('review');
    expect(commands.map((c) => c.type)).toEqual(['save-draft', 'save-interview']);
    expect(commands[1]).toMatchObject({ type: 'save-interview', known: ACME.id, round: false, interview: { id: ACME.id } });
  });

  it('an older interview brings its older candidate: reading its notes never saves that one over the profile', () => {
    const older: Interview = { ...ACME, candidate: { ...CANDIDATE, phone: '+1 555 0199' } };
    const { commands } = run(home(), { type: 'home', choice: { kind: 'follow-up', interview: older } });
    expect(commands.some((c) => c.type === 'save-candidate')).toBe(false);
  });

  // A trial: "Start a new interview", then Esc on "Your name" (twice) stayed on the question,
  // under a key bar saying "Esc back"; only Ctrl-C left it.
  it('Esc on the first question of a new interview goes back to the home, writing nothing', () => {
    const back = run(home(), { type: 'home', choice: { kind: 'new' } }, { type: 'session', action: { type: 'back' } });
    expect(back.state.screen).toBe('home');
    expect(back.commands).toEqual([]);
    // And on from there as before: a new interview starts on the first question.
    expect(run(back.state, { type: 'home', choice: { kind: 'new' } }).state.session.position).toEqual({
      step: 'candidate.name',
      index: 0,
    });
  });

  it('Esc on the first question stays once an answer was given, or with no home to go to', () => {
    const answered = run(
      home(),
      { type: 'home', choice: { kind: 'new' } },
      { type: 'session', action: { type: 'answer', value: 'Jordan Lee' } },
      { type: 'session', action: { type: 'back' } },
    );
    expect(answered.state.session.position.step).toBe('candidate.name');
    expect(run(answered.state, { type: 'session', action: { type: 'back' } }).state.screen).toBe('questions');
    const first = run(opened({ candidate: CANDIDATE }).state, { type: 'session', action: { type: 'back' } });
    expect(first.state.screen).toBe('questions');
  });

  it('the follow-up due shows the follow-up notes', () => {
    expect(run(home(), { type: 'home', choice: { kind: 'follow-up', interview: ACME } }).state.purpose).toBe('follow-up');
  });

  it('prep and news come back home; recorded news replaces the interview and says what is next', () => {
    expect(run(home(), { type: 'home', choice: { kind: 'prep' } }, { type: 'back-home' }).state.screen).toBe('home');
    const news = { type: 'outcome', status: 'offer', toldBy: 'Dana Kim' } as const;
    const asked = run(home(), { type: 'home', choice: { kind: 'news', interview: ACME } }, { type: 'news', news });
    expect(asked.state.screen).toBe('news');
    expect(asked.commands).toEqual([{ type: 'record-news', interview: ACME, news, interviews: [ACME] }]);
    const changed = { ...ACME, status: 'offer' as const };
    const { state } = run(asked.state, { type: 'news-recorded', interview: changed, news, next: 'Nothing is due.', due: [] });
    expect(state.screen).toBe('home');
    expect(state.store.interviews).toEqual([changed]);
    expect(state.log.at(-1)).toContain('Nothing is due.');
    // What the session says when it ends: the news is saved.
    expect(state.recorded).toEqual(['an offer for Acme Robotics']);
  });
});

describe('the questions', () => {
  it('leaves a recap of a section left forwards, and saves the candidate once, when it is complete', () => {
    const start = opened().state;
    const about = run(
      start,
      { type: 'session', action: { type: 'answer', value: 'Jordan Lee' } },
      { type: 'session', action: { type: 'answer', value: 'jordan@example.com' } },
      { type: 'session', action: { type: 'answer', value: '+1 555 0100' } },
      { type: 'session', action: { type: 'answer', value: '' } },
    );
    expect(about.commands.map((c) => c.type)).toEqual(['save-draft']);
    const left = run(about.state, { type: 'session', action: { type: 'answer', value: '' } });
    expect(left.state.log).toEqual([sectionSummary('about', left.state.session.answers, context.dateStyle)]);
    expect(left.commands).toEqual([
      { type: 'save-draft', draft: draftOf(left.state.session, null) },
      { type: 'save-candidate', candidate: { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' } },
    ]);
    const next = run(left.state, { type: 'session', action: { type: 'answer', value: 'Acme Robotics' } });
    expect(next.commands.map((c) => c.type)).toEqual(['save-draft']);

    // Back into the section and out again (Esc, then Enter): the recap is on screen already.
    const again = run(
      next.state,
      { type: 'session', action: { type: 'back' } },
      { type: 'session', action: { type: 'back' } },
      { type: 'session', action: { type: 'answer', value: '' } },
    );
    expect(again.state.session.position.step).toBe('interview.company');
    expect(again.state.log).toEqual(left.state.log);
    // Out again with another answer: the new recap says so.
    const changed = run(
      again.state,
      { type: 'session', action: { type: 'back' } },
      { type: 'session', action: { type: 'back' } },
      { type: 'session', action: { type: 'back' } },
      { type: 'session', action: { type: 'answer', value: '+1 555 0199' } },
      { type: 'session', action: { type: 'answer', value: '' } },
      { type: 'session', action: { type: 'answer', value: '' } },
    );
    expect(changed.state.log).toEqual([...left.state.log, '✓ About you: Jordan Lee, jordan@example.com, +1 555 0199']);
  });
});

describe('the save at the review', () => {
  /** A new interview whose answers are complete, one answer short of the review. */
  const lastQuestion = () => {
    const answers = { ...answersOf(ACME), tone: '' as const };
    return run(opened({ interviews: [] }).state, {
      type: 'session',
      action: { type: 'restore', state: initialState(answers, { step: 'next.tone', index: 0 }) },
    }).state;
  };
  const reachReview = () => run(lastQuestion(), { type: 'session', action: { type: 'answer', value: 'warm' } });

  it('a new interview asks the store whether it is a next round before the first save', () => {
    const { state, commands } = reachReview();
    expect(state.stage).toBe('checking-round');
    expect(commands.at(-1)).toMatchObject({ type: 'check-round', interview: { id: ACME.id, tone: 'warm' } });
    // The recap of the section just left holds its last answer too.
    expect(state.log).toEqual([sectionSummary('next', state.session.answers, context.dateStyle)]);
    expect(state.log[0]).toContain('warm notes');
  });

  it('asks the round question when it may be, and saves as the next round on yes', () => {
    const asking = run(reachReview().state, { type: 'round-known', later: true });
    expect(asking.state.stage).toBe('ask-round');
    expect(asking.commands).toEqual([]);
    const { state, commands } = run(asking.state, { type: 'round', yes: true });
    expect(state.stage).toBe('saving');
    expect(commands).toEqual([expect.objectContaining({ type: 'save-interview', known: null, round: true })]);
  });

  it('saves at once when it cannot be a next round, then shows the review', () => {
    const saving = run(reachReview().state, { type: 'round-known', later: false });
    expect(saving.commands).toEqual([expect.objectContaining({ type: 'save-interview', known: null, round: false })]);
    const stored = { ...ACME, id: `${ACME.id}-2` };
    const { state, commands } = run(saving.state, { type: 'interview-saved', stored, questions: [] });
    expect(state.stage).toBe('ready');
    expect(state.interviewId).toBe(stored.id);
    expect(state.saved).toBe(stored);
    // The draft now belongs to the stored interview.
    expect(commands).toEqual([{ type: 'save-draft', draft: draftOf(state.session, stored.id) }]);
  });

  it('a failed save says why and can be tried again', () => {
    const saving = run(reachReview().state, { type: 'round-known', later: false });
    const failed = run(saving.state, { type: 'interview-not-saved', why: 'the disk is full' });
    expect(failed.state.stage).toBe('failed');
    expect(failed.state.failure).toBe('the disk is full');
    // A draft saved meanwhile does not clear why the interview is not.
    expect(run(failed.state, { type: 'saved' }).state.failure).toBe('the disk is full');
    expect(run(failed.state, { type: 'retry-save' }).commands).toEqual([
      expect.objectContaining({ type: 'save-interview', known: null }),
    ]);
  });

  it('a changed answer saves again in place, and asks about each hand edit in question', () => {
    const edit = { kind: 'thank-you' as const, to: 'Sam Ortiz', subject: 'Thanks', body: 'Hi Sam', at: '2026-11-25T09:00:00Z' };
    const stored = { ...ACME, edits: [edit] };
    const ready = run(
      reachReview().state,
      { type: 'round-known', later: false },
      { type: 'interview-saved', stored, questions: [] },
    ).state;
    expect(run(ready, { type: 'change', to: { step: 'interview.role', index: 0 } }).state.session.returnTo).toBe('review');
    const resaved = run(
      ready,
      { type: 'change-answers' },
      { type: 'change', to: { step: 'interview.role', index: 0 } },
      { type: 'session', action: { type: 'answer', value: 'Principal Engineer' } },
    );
    expect(resaved.state.stage).toBe('saving');
    expect(resaved.commands.at(-1)).toMatchObject({ type: 'save-interview', known: ACME.id, round: false });
    const fresh = { ...edit, body: 'Hi Sam, new' };
    const question = {
      edit,
      fresh: { kind: 'thank-you' as const, to: 'Sam Ortiz', subject: 'Thanks', body: fresh.body, attachments: [] },
    };
    const asking = run(resaved.state, { type: 'interview-saved', stored, questions: [question] });
    expect(asking.state.stage).toBe('keep-edit');
    const dropping = run(asking.state, { type: 'keep-edit', keep: false });
    expect(dropping.commands).toEqual([{ type: 'drop-edit', interview: { ...stored, edits: [] }, edit }]);
    // A second key while that is saved answers nothing.
    expect(run(dropping.state, { type: 'keep-edit', keep: true }).state).toBe(dropping.state);
    const done = run(dropping.state, { type: 'edit-dropped', stored: { ...stored, edits: [] } });
    expect(done.state.stage).toBe('ready');
    expect(done.state.asked).toBe(1);
    expect(done.state.saved?.edits).toEqual([]);
  });

  it('returns to the note of the person whose name was changed, under the new name', () => {
    // A trial: `a` on note 2, the person's name fixed, and the review came back on note 1.
    const ready = run(
      reachReview().state,
      { type: 'round-known', later: false },
      { type: 'interview-saved', stored: ACME, questions: [] },
    ).state;
    const sam = { kind: 'thank-you' as const, to: 'Sam Ortiz' };
    const changing = run(ready, { type: 'change-answers', at: sam }).state;
    expect(changing.reviewAt).toEqual(sam);
    const interviewers = ACME.interviewers.map((person) =>
      person.name === 'Sam Ortiz' ? { ...person, name: 'Samuel Ortiz' } : person,
    );
    const back = run(
      { ...changing, stage: 'saving' },
      { type: 'interview-saved', stored: { ...ACME, interviewers }, questions: [] },
    );
    expect(back.state.reviewAt).toEqual({ kind: 'thank-you', to: 'Samuel Ortiz' });
    // Someone else's change leaves the note as it was.
    const other = run({ ...changing, stage: 'saving' }, { type: 'interview-saved', stored: ACME, questions: [] });
    expect(other.state.reviewAt).toEqual(sam);
  });

  it('finishing clears the draft before the session is done', () => {
    const ready = run(
      reachReview().state,
      { type: 'round-known', later: false },
      { type: 'interview-saved', stored: ACME, questions: [] },
    ).state;
    const finishing = run(ready, { type: 'finish' });
    expect(finishing.commands).toEqual([{ type: 'finish', interviewId: ready.interviewId }]);
    const done = run(finishing.state, { type: 'finished', next: ['thank-you to Sam Ortiz: due today, call today'] }).state;
    expect(done.screen).toBe('done');
    expect(done.nextSteps).toEqual(['thank-you to Sam Ortiz: due today, call today']);
  });
});

describe('a review opened from the home', () => {
  const home = () => opened({ interviews: [ACME], candidate: CANDIDATE }).state;
  /** The saved interview's notes, opened from the home and shown once it is saved again. */
  const notes = (choice: 'notes' | 'follow-up' = 'notes') =>
    run(
      home(),
      { type: 'home', choice: { kind: choice, interview: ACME } },
      { type: 'interview-saved', stored: ACME, questions: [] },
    ).state;
  const back: GuideEvent = { type: 'session', action: { type: 'back' } };

  it('goes back to the home on Esc, reading the store again and clearing the draft written while it was open', () => {
    for (const choice of ['notes', 'follow-up'] as const) {
      const review = notes(choice);
      expect(review.stage).toBe('ready');
      const leaving = run(review, back);
      expect(leaving.state.screen).toBe('loading');
      expect(leaving.commands).toEqual([{ type: 'clear-draft' }, { type: 'reload-home' }]);
      // A note marked sent on the review: the home says what is due from the store as it is now.
      const sent = {
        ...ACME,
        sent: [{ kind: 'thank-you' as const, to: 'Priya Raghunathan', at: '2026-11-25T09:30:00Z', method: 'clipboard' as const }],
      };
      const store = { candidate: CANDIDATE, interviews: [sent], due: [] };
      const { state, commands } = run(leaving.state, { type: 'home-loaded', store });
      expect(state.screen).toBe('home');
      expect(state.store).toEqual(store);
      expect(commands).toEqual([]);
      expect(state.interviewId).toBeNull();
      expect(state.reviewFrom).toBe('questions');
      expect(state.session.position.step).toBe('candidate.name');
      expect(stopOutcome(state)).toEqual({ kind: 'nothing' });
    }
  });

  it('leaves nothing of the interview behind: a new one from that home starts empty and saves as new', () => {
    const atHome = run(notes(), back, { type: 'home-loaded', store: null }).state;
    // The store could not be read again: the home shows what the session had.
    expect(atHome.store.interviews).toEqual([ACME]);
    const fresh = run(atHome, { type: 'home', choice: { kind: 'new' } });
    expect(fresh.state.session.answers.company).toBe('');
    expect(fresh.state.session.answers.candidate.name).toBe('Jordan Lee');
    expect(fresh.commands).toEqual([]);
    expect(nothingToSave(fresh.state)).toBe(true);
    expect(fresh.state.stage).toBe('idle');
    // Its review, once reached, is the questions': Esc there goes back to the last question.
    const answers = { ...answersOf(ACME), company: 'Lumen Health', tone: '' as const };
    const reached = run(
      fresh.state,
      { type: 'session', action: { type: 'restore', state: initialState(answers, { step: 'next.tone', index: 0 }) } },
      { type: 'session', action: { type: 'answer', value: 'warm' } },
      { type: 'round-known', later: false },
    );
    expect(reached.commands.at(-1)).toMatchObject({ type: 'save-interview', known: null });
    const stored = { ...ACME, id: 'lumen-health-senior-backend-engineer', company: 'Lumen Health' };
    const review = run(reached.state, { type: 'interview-saved', stored, questions: [] }).state;
    expect(run(review, back).state.session.position).toEqual({ step: 'next.tone', index: 0 });
  });

  it('still goes home after an answer was changed on it', () => {
    const changed = run(
      notes(),
      { type: 'change-answers' },
      { type: 'change', to: { step: 'interview.role', index: 0 } },
      { type: 'session', action: { type: 'answer', value: 'Principal Engineer' } },
      { type: 'interview-saved', stored: { ...ACME, role: 'Principal Engineer' }, questions: [] },
    ).state;
    expect(changed.stage).toBe('ready');
    expect(run(changed, back).commands).toEqual([{ type: 'clear-draft' }, { type: 'reload-home' }]);
    // Esc on the question being changed goes back to the review, not home.
    const asking = run(changed, { type: 'change-answers' }, { type: 'change', to: { step: 'interview.role', index: 0 } });
    expect(run(asking.state, back).state.session.position).toEqual(REVIEW);
  });

  it('a resumed draft that stood on the review goes back to its last question', () => {
    const draft = draftOf(initialState(answersOf(ACME), REVIEW), ACME.id);
    const review = run(
      opened({ interviews: [ACME], draft }).state,
      { type: 'resume', yes: true },
      { type: 'interview-saved', stored: ACME, questions: [] },
    ).state;
    expect(review.reviewFrom).toBe('questions');
    expect(run(review, back).state.session.position).toEqual({ step: 'next.tone', index: 0 });
  });
});

describe('Ctrl-C', () => {
  const home = () => opened({ interviews: [ACME], candidate: CANDIDATE }).state;
  const review = () =>
    run(
      home(),
      { type: 'home', choice: { kind: 'notes', interview: ACME } },
      { type: 'interview-saved', stored: ACME, questions: [] },
    ).state;

  it('on the review of an interview saved whole leaves no draft: nothing is unfinished', () => {
    expect(stopOutcome(review())).toEqual({ kind: 'saved', interviewId: ACME.id });
    // Picking the answer to change changes none yet.
    expect(stopOutcome(run(review(), { type: 'change-answers' }).state)).toEqual({ kind: 'saved', interviewId: ACME.id });
  });

  it('keeps the draft while its answers are not saved: a change under way, a save not done or failed', () => {
    const changing = run(
      review(),
      { type: 'change-answers' },
      { type: 'change', to: { step: 'interview.role', index: 0 } },
    ).state;
    expect(stopOutcome(changing)).toEqual({ kind: 'draft', draft: draftOf(changing.session, ACME.id) });
    const saving = run(changing, { type: 'session', action: { type: 'answer', value: 'Principal Engineer' } }).state;
    expect(saving.stage).toBe('saving');
    expect(stopOutcome(saving).kind).toBe('draft');
    const failed = run(saving, { type: 'interview-not-saved', why: 'the disk is full' }).state;
    expect(stopOutcome(failed)).toEqual({ kind: 'draft', draft: draftOf(failed.session, ACME.id) });
  });

  it('keeps the draft of a new interview whose questions are not all answered', () => {
    const started = run(
      home(),
      { type: 'home', choice: { kind: 'new' } },
      { type: 'session', action: { type: 'answer', value: 'Jordan Lee' } },
    );
    expect(stopOutcome(started.state)).toEqual({ kind: 'draft', draft: draftOf(started.state.session, null) });
    expect(stopOutcome(home())).toEqual({ kind: 'nothing' });
  });
});

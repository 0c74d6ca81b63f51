import { describe, expect, it } from 'vitest';
import {
  answersOf,
  createReducer,
  draftHasAnswers,
  draftOf,
  firstMissing,
  initialState,
  interviewOf,
  readDraft,
  stateOf,
} from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { STEP_CONTEXT as context } from '../../support/fake-world.js';

const reduce = createReducer(context);

describe('drafts', () => {
  it('round-trips through JSON to the same state, mid-interviewer', () => {
    let state = initialState();
    for (const value of [
      'Zoë',
      'zoe@example.com',
      '+44 20 7946 0000',
      '',
      '',
      '王伟 Labs',
      'Engineer',
      'today',
      'video',
      'first-names',
      '',
      'José Nguyễn',
      'Dr. Nguyễn',
    ])
      state = reduce(state, { type: 'answer', value });
    expect(state.position).toEqual({ step: 'interviewer.title', index: 0 });
    expect(state.answers.interviewers[0]?.greeting).toBe('Dr. Nguyễn');
    const saved = JSON.parse(JSON.stringify(draftOf(state, null))) as unknown;
    const draft = readDraft(saved);
    expect(draft).not.toBeNull();
    expect(stateOf(draft!)).toEqual(state);
    expect(draftHasAnswers(draft!)).toBe(true);
  });

  it('keeps the return to the review and the saved interview id', () => {
    const state = {
      ...initialState(answersOf(sampleInterview()), { step: 'interview.role', index: 0 }),
      returnTo: 'review' as const,
    };
    const draft = readDraft(JSON.parse(JSON.stringify(draftOf(state, 'acme-robotics-senior-backend-engineer'))))!;
    expect(draft.returnTo).toBe('review');
    expect(draft.interviewId).toBe('acme-robotics-senior-backend-engineer');
    expect(stateOf(draft)).toEqual(state);
  });

  it('ignores what is not a draft of this version', () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft({ version: 2, answers: {}, position: { step: 'review', index: 0 } })).toBeNull();
    expect(readDraft({ version: 1, answers: {}, position: { step: 'nowhere', index: 0 } })).toBeNull();
    expect(readDraft({ version: 1, answers: {}, position: { step: 'interviewer.name', index: 3 } })).toBeNull();
  });

  it('fills unreadable fields with empty answers instead of trusting them', () => {
    const draft = readDraft({
      version: 1,
      answers: {
        company: 42,
        format: 'carrier pigeon',
        tone: 'loud',
        interviewers: [{ name: 'Sam', topics: ['ota', 7], greeting: 3 }],
      },
      position: { step: 'interviewers', index: 0 },
    })!;
    expect(draft.answers.company).toBe('');
    expect(draft.answers.format).toBe('');
    expect(draft.answers.tone).toBe('');
    expect(draft.answers.interviewers).toEqual([
      { name: 'Sam', title: '', email: '', phone: '', medium: '', topics: ['ota'], detail: '', greeting: '', addition: '' },
    ]);
    // An answer typed in the first section is offered for resume; the saved details prefilled there are not.
    const aboutOnly = readDraft({
      version: 1,
      answers: { candidate: { name: 'Jo' } },
      position: { step: 'candidate.name', index: 0 },
    })!;
    expect(draftHasAnswers(aboutOnly)).toBe(true);
    expect(draftHasAnswers(aboutOnly, { name: 'Jo', email: '', phone: '' })).toBe(false);
  });

  it('refuses a draft with a control character in any text', () => {
    expect(readDraft({ version: 1, answers: { company: 'Acme\u001b[2J' }, position: { step: 'company', index: 0 } })).toBeNull();
  });
});

describe('answers and interviews', () => {
  it('a saved interview becomes complete answers and back, unchanged', () => {
    const interview = sampleInterview();
    const answers = answersOf(interview);
    expect(firstMissing(answers, context)).toBeNull();
    expect(interviewOf(answers, { id: interview.id, sent: interview.sent })).toEqual(JSON.parse(JSON.stringify(interview)));
  });

  it('no timeframe and "not the final choice" become null and not-selected', () => {
    const answers = { ...answersOf(sampleInterview()), timeframeText: '', timeframeDate: null, notSelected: 'yes' as const };
    const interview = interviewOf(answers, { id: 'x' });
    expect(interview.timeframe).toBeNull();
    expect(interview.status).toBe('not-selected');
  });
});

describe('notes in the editor', () => {
  it('reads the subject and body back, and keeps the subject when the header was deleted', async () => {
    const { editableText, readEditedText } = await import('../../../src/session/index.js');
    const text = editableText({ subject: 'Thank you: Staff Engineer interview', body: 'Dear Sam,\n\nThanks.' });
    expect(text).toBe('Subject: Thank you: Staff Engineer interview\n\nDear Sam,\n\nThanks.\n');
    expect(readEditedText(text.replace('Thanks.', 'Thank you for the tour.\u001b[2J'), 'x')).toEqual({
      subject: 'Thank you: Staff Engineer interview',
      body: 'Dear Sam,\n\nThank you for the tour.',
    });
    expect(readEditedText('Dear Sam,\r\n\r\nThanks.\r\n', 'Kept subject')).toEqual({
      subject: 'Kept subject',
      body: 'Dear Sam,\n\nThanks.',
    });
  });
});

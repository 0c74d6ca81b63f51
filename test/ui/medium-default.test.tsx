// "How did they reach you?" starts on the phone when only a number was entered: in the step
// table, in line mode (the default it offers) and in the Ink app (Enter takes it).
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { askField } from '../../src/line/ask-field.js';
import type { Prompter } from '../../src/line/prompter.js';
import {
  answersOf,
  choiceStart,
  createReducer,
  draftOf,
  fieldAt,
  initialState,
  type Answers,
  type ChoiceField,
} from '../../src/session/index.js';
import { App } from '../../src/ui/app.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

const MEDIUM = fieldAt({ step: 'interviewer.medium', index: 0 }) as ChoiceField;

/** The sample's answers with Sam's medium not answered yet, and his e-mail and phone as given. */
function samUnanswered(email: string, phone: string): Answers {
  const answers = answersOf(sampleInterview());
  const [priya, sam] = answers.interviewers;
  return { ...answers, interviewers: [priya!, { ...sam!, email, phone, medium: '' }] };
}

describe('the medium question', () => {
  it.each([
    ['', '+1 555 0101', 'phone'],
    ['sam@acme.example', '+1 555 0101', ''],
    ['', '', ''],
  ])('with e-mail %j and phone %j starts on %j', (email, phone, start) => {
    expect(choiceStart(MEDIUM, samUnanswered(email, phone), 1)).toBe(start);
  });

  it('keeps an answer already given', () => {
    const answers = samUnanswered('', '+1 555 0101');
    const sam = { ...answers.interviewers[1]!, medium: 'email' as const };
    expect(choiceStart(MEDIUM, { ...answers, interviewers: [answers.interviewers[0]!, sam] }, 1)).toBe('email');
  });

  it('line mode offers the phone as the default', async () => {
    const defaults: Array<string | undefined> = [];
    const prompter = {
      choose: async (_message: string, _options: unknown, initial?: string) => {
        defaults.push(initial);
        return initial ?? 'email';
      },
      print: () => undefined,
    } as unknown as Prompter;
    const state = initialState(samUnanswered('', '+1 555 0101'), { step: 'interviewer.medium', index: 1 });
    const context = worldDeps(emptyWorld()).stepContext();
    const action = await askField(MEDIUM, state, { prompter, reduce: createReducer(context), session: context });
    expect(defaults).toEqual(['phone']);
    expect(action).toEqual({ type: 'answer', value: 'phone' });
  });

  it('in the Ink app, Enter on the question takes the phone', async () => {
    const answers = samUnanswered('', '+1 555 0101');
    const world = emptyWorld({ draft: draftOf(initialState(answers, { step: 'interviewer.medium', index: 1 })) });
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Pick up where you left off?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'How did they reach you?');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, 'Review your notes from the meeting');
    const draft = world.draft as { answers: Answers };
    expect(draft.answers.interviewers[1]?.medium).toBe('phone');
    app.unmount();
  });
});

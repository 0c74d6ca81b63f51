// One question of the step table under its section header ("2/5 The interview · Priya").
import {
  fieldAt,
  sectionOf,
  sessionMessages,
  type SessionAction,
  type SessionContext,
  type SessionState,
} from '../session/index.js';
import { SectionHeader } from './components/section-header.js';
import { steps } from './messages.js';
import { Question } from './steps/question.js';

const SECTION_COUNT = 5;
const NUMBERS = { about: 1, interview: 2, interviewers: 3, next: 4, review: 5 } as const;

export interface QuestionScreenProps {
  readonly state: SessionState;
  readonly context: SessionContext;
  readonly rows: number;
  readonly isActive: boolean;
  readonly dispatch: (action: SessionAction) => void;
}

export function QuestionScreen({ state, context, rows, isActive, dispatch }: QuestionScreenProps) {
  const section = sectionOf(state.position);
  const person = fieldAt(state.position)?.perInterviewer
    ? state.answers.interviewers[state.position.index]?.name || steps.newInterviewer(state.position.index + 1)
    : undefined;
  const header = (
    <SectionHeader number={NUMBERS[section]} total={SECTION_COUNT} section={sessionMessages.sections[section]} detail={person} />
  );
  return <Question state={state} context={context} header={header} rows={rows} isActive={isActive} dispatch={dispatch} />;
}

// Deleting a saved interview from the home: which one (each saved interview, its round named
// when its application has several), then a question that defaults to keeping it. Pure: both
// front ends list these choices and ask this question; the guide deletes through SessionDeps.
import { applications, roundOf, stemOf } from '../model/rounds.js';
import type { Interview } from '../model/types.js';
import type { Choice } from './fields.js';
import { deleteMessages as m } from './home-messages.js';

/** The interview as the delete choices and messages name it. */
export function deleteLabel(interview: Interview, interviews: readonly Interview[]): string {
  const rounds = applications(interviews).find((group) => stemOf(group[0]!) === stemOf(interview));
  const round = rounds !== undefined && rounds.length > 1 ? roundOf(interview) : undefined;
  return m.label(interview.company, interview.role, round, interview.id);
}

export function deleteChoices(interviews: readonly Interview[]): readonly Choice[] {
  return interviews.map((interview) => ({ value: interview.id, label: deleteLabel(interview, interviews) }));
}

/** The yes-or-no question, no first: nothing brings a deleted interview back. */
export function deleteConfirmation(interview: Interview, interviews: readonly Interview[]) {
  return {
    question: m.confirm(deleteLabel(interview, interviews)),
    options: [
      { value: 'no', label: m.no },
      { value: 'yes', label: m.yes },
    ] as const satisfies readonly Choice[],
  };
}

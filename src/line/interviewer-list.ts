// The interviewer list between people: who is on it so far, then add, edit, remove or move on.
// The same actions the Ink list view dispatches.
import type { InterviewerAnswers, SessionAction, SessionState } from '../session/index.js';
import { messages } from './messages.js';
import { BACK, type Option, type Prompter } from './prompter.js';

function reach(person: InterviewerAnswers): string {
  if (person.email !== '') return messages.reachEmail(person.email);
  if (person.phone !== '') return messages.reachPhone(person.phone);
  return messages.reachNone;
}

export async function askInterviewerList(state: SessionState, prompter: Prompter): Promise<SessionAction> {
  const people = state.answers.interviewers;
  prompter.print(messages.interviewersTitle(people.length));
  for (const person of people) prompter.print(messages.interviewerLine(person.name, person.title, reach(person)));
  const options: Option<string>[] = [
    { value: 'done', label: messages.interviewersDone },
    { value: 'add', label: messages.addInterviewer },
    ...people.map((p, i) => ({ value: `edit:${i}`, label: messages.editInterviewer(p.name) })),
    ...people.map((p, i) => ({ value: `remove:${i}`, label: messages.removeInterviewer(p.name) })),
  ];
  const picked = await prompter.choose(messages.interviewersAction, options, 'done');
  if (picked === BACK) return { type: 'back' };
  if (picked === 'done') return { type: 'interviewers-done' };
  if (picked === 'add') return { type: 'add-interviewer' };
  const [verb, at] = picked.split(':');
  const index = Number(at);
  return verb === 'edit' ? { type: 'edit-interviewer', index } : { type: 'remove-interviewer', index };
}

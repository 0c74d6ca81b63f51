// After a changed answer, line by line: the hand-edited note on screen, both texts, and whether
// to keep the edit (the default) or take the new text. The session core (src/session/
// keep-edit.ts) says which edit is asked and what the answer leads to, as it does for Ink.
import { kindLabel } from '../model/note-kinds.js';
import { editAsked, editableText, type GuideEvent, type GuideState } from '../session/index.js';
import { reviewMessages } from '../session/review/index.js';
import type { Prompter } from './prompter.js';

const { line: words } = reviewMessages;

const OPTIONS = [
  { value: 'keep' as const, label: words.keepEditKeep },
  { value: 'new' as const, label: words.keepEditNew },
];

/** Asks about the edit in question; the answer, as the event for the guide. */
export async function askKeepEdit(state: GuideState, prompter: Prompter): Promise<GuideEvent> {
  const asked = editAsked(state);
  if (asked === null) throw new Error(`no hand edit is in question while the review is ${state.stage}`);
  const { edit, fresh } = asked.question;
  prompter.print(`\n${words.keepEditTitle(kindLabel(edit.kind), edit.to)}`);
  prompter.print(words.keepEditYours);
  // Each with its subject line: a corrected role may change that alone.
  prompter.print(editableText(edit).replace(/\n+$/, ''));
  prompter.print(words.keepEditFresh);
  prompter.print(editableText(fresh).replace(/\n+$/, ''));
  return { type: 'keep-edit', keep: (await prompter.choose(words.keepEditQuestion, OPTIONS, 'keep', false)) !== 'new' };
}

// After a changed answer, line by line: each hand-edited note the new answers write differently,
// both texts, and whether to keep the edit (the default) or take the new text.
import type { Interview, NoteEdit } from '../model/types.js';
import { withoutEdits, type EditInQuestion } from '../session/index.js';
import { kindNames, messages } from './messages.js';
import type { Prompter } from './prompter.js';

export interface KeepEditsDeps {
  readonly prompter: Prompter;
  /** The edits of `previous` whose notes read differently under `stored`'s answers. */
  readonly editsToAsk: (previous: Interview, stored: Interview) => Promise<readonly EditInQuestion[]>;
  readonly saveInterview: (interview: Interview, options: { readonly replace: boolean }) => Promise<Interview>;
}

/** Asks about every edit in question; returns the interview as stored after the answers. */
export async function askAboutEdits(previous: Interview, stored: Interview, deps: KeepEditsDeps): Promise<Interview> {
  const { prompter } = deps;
  const questions = await deps.editsToAsk(previous, stored);
  const dropped: NoteEdit[] = [];
  for (const { edit, fresh } of questions) {
    prompter.print(`\n${messages.keepEditTitle(kindNames[edit.kind], edit.to)}`);
    prompter.print(messages.keepEditYours);
    prompter.print(edit.body.replace(/\n+$/, ''));
    prompter.print(messages.keepEditFresh);
    prompter.print(fresh.body.replace(/\n+$/, ''));
    const options = [
      { value: 'keep' as const, label: messages.keepEditKeep },
      { value: 'new' as const, label: messages.keepEditNew },
    ];
    if ((await prompter.choose(messages.keepEditQuestion, options, 'keep', false)) === 'new') dropped.push(edit);
  }
  if (dropped.length === 0) return stored;
  return deps.saveInterview({ ...stored, edits: withoutEdits(stored.edits ?? [], dropped) }, { replace: true });
}

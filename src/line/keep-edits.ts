// After a changed answer, line by line: each hand-edited note the new answers write differently,
// both texts, and whether to keep the edit (the default) or take the new text. The review core
// (src/session/review/keep-edits.ts) keeps the answers and says which edits go.
import { kindLabel } from '../model/note-kinds.js';
import type { Interview } from '../model/types.js';
import type { EditInQuestion } from '../session/index.js';
import { afterKeepEdits, answerEdit, editAsked, reviewMessages, startKeepEdits } from '../session/review/index.js';
import type { Prompter } from './prompter.js';

const { line: words } = reviewMessages;

export interface KeepEditsDeps {
  readonly prompter: Prompter;
  /** The edits of `previous` whose notes read differently under `stored`'s answers. */
  readonly editsToAsk: (previous: Interview, stored: Interview) => Promise<readonly EditInQuestion[]>;
  readonly saveInterview: (interview: Interview, options: { readonly replace: boolean }) => Promise<Interview>;
}

/** Asks about every edit in question; returns the interview as stored after the answers. */
export async function askAboutEdits(previous: Interview, stored: Interview, deps: KeepEditsDeps): Promise<Interview> {
  const { prompter } = deps;
  let state = startKeepEdits(await deps.editsToAsk(previous, stored));
  const options = [
    { value: 'keep' as const, label: words.keepEditKeep },
    { value: 'new' as const, label: words.keepEditNew },
  ];
  for (let asked = editAsked(state); asked; asked = editAsked(state)) {
    const { edit, fresh } = asked;
    prompter.print(`\n${words.keepEditTitle(kindLabel(edit.kind), edit.to)}`);
    prompter.print(words.keepEditYours);
    prompter.print(edit.body.replace(/\n+$/, ''));
    prompter.print(words.keepEditFresh);
    prompter.print(fresh.body.replace(/\n+$/, ''));
    state = answerEdit(state, (await prompter.choose(words.keepEditQuestion, options, 'keep', false)) !== 'new');
  }
  const changed = afterKeepEdits(state, stored);
  return changed === null ? stored : deps.saveInterview(changed, { replace: true });
}

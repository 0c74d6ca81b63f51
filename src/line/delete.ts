// Deleting a saved interview from the line mode's home: which one, as numbered choices ("<" goes
// back to home), then a yes-or-no question that defaults to no. Returns the interview to delete,
// or null when nothing is to be deleted; the session core deletes it.
import type { Interview } from '../model/types.js';
import { deleteChoices, deleteConfirmation, deleteMessages } from '../session/index.js';
import { BACK, type Prompter } from './prompter.js';

export async function askDelete(interviews: readonly Interview[], prompter: Prompter): Promise<Interview | null> {
  const picked = await prompter.choose(deleteMessages.which, deleteChoices(interviews), interviews[0]?.id);
  const interview = picked === BACK ? undefined : interviews.find((saved) => saved.id === picked);
  if (interview === undefined) return null;
  return (await prompter.confirm(deleteConfirmation(interview, interviews).question, false)) ? interview : null;
}

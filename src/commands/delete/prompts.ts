// delete on a terminal: asked with @inquirer/confirm (loaded only here), default no, since
// nothing brings a deleted interview back; Ctrl-C cancels cleanly and deletes nothing.
import { CancelledError } from '../../cli/errors.js';
import { deleteMessages as m } from './messages.js';

export type Confirm = (config: { message: string; default?: boolean }) => Promise<boolean>;

export async function askToDelete(company: string, role: string, id: string, confirm?: Confirm): Promise<boolean> {
  const ask = confirm ?? (await import('@inquirer/confirm')).default;
  try {
    return await ask({ message: m.question(company, role, id), default: false });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError(m.cancelled);
    throw error;
  }
}

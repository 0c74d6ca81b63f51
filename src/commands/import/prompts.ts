// import on a terminal: a file for a role already saved may be the next round of that
// application. Asked with @inquirer/confirm (loaded only here); Ctrl-C cancels cleanly.
import { CancelledError } from '../../cli/errors.js';
import { importMessages as m } from './messages.js';

export type Confirm = (config: { message: string; default?: boolean }) => Promise<boolean>;

export async function askIfNextRound(company: string, role: string, confirm?: Confirm): Promise<boolean> {
  const ask = confirm ?? (await import('@inquirer/confirm')).default;
  try {
    return await ask({ message: m.roundQuestion(company, role), default: true });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError(m.cancelled);
    throw error;
  }
}

// import on a terminal: a file for a role already saved may be the next round of that
// application. Asked with @inquirer/confirm (loaded only here); Ctrl-C cancels cleanly.
import type { CommandContext } from './context.js';
import { CancelledError } from './errors.js';
import { roundMessages as m } from './round-messages.js';

export type Confirm = (config: { message: string; default?: boolean }) => Promise<boolean>;

export async function askIfNextRound(
  _context: CommandContext,
  company: string,
  role: string,
  confirm?: Confirm,
): Promise<boolean> {
  const ask = confirm ?? (await import('@inquirer/confirm')).default;
  try {
    return await ask({ message: m.question(company, role), default: true });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError(m.cancelled);
    throw error;
  }
}

// import's one question (src/commands/import/prompts.ts): the words it asks with, the answer it
// passes on, and Ctrl-C as a clean cancel. The prompt is handed in, as @inquirer/confirm would be.
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/cli/errors.js';
import { askIfNextRound, type Confirm } from '../../../src/commands/import/prompts.js';

describe('askIfNextRound', () => {
  it('asks whether the file is the next round of the saved role, yes by default, and passes the answer on', async () => {
    const asked: { message: string; default?: boolean }[] = [];
    const confirm: Confirm = async (config) => {
      asked.push(config);
      return false;
    };
    await expect(askIfNextRound('Acme Robotics', 'Backend Engineer', confirm)).resolves.toBe(false);
    expect(asked).toEqual([
      {
        message: 'Acme Robotics, Backend Engineer is already saved. Is this a later interview (a new round) for the same role?',
        default: true,
      },
    ]);
  });

  it('turns Ctrl-C (ExitPromptError) into a cancel that says nothing was saved', async () => {
    const confirm: Confirm = async () => {
      throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    };
    const outcome = askIfNextRound('Acme Robotics', 'Backend Engineer', confirm);
    await expect(outcome).rejects.toBeInstanceOf(CancelledError);
    await expect(outcome).rejects.toThrow('Cancelled: nothing was saved.');
  });

  it('lets any other failure through as it is', async () => {
    const confirm: Confirm = async () => {
      throw new Error('stdin closed');
    };
    await expect(askIfNextRound('Acme Robotics', 'Backend Engineer', confirm)).rejects.toThrow('stdin closed');
  });
});

// `followup-coach delete ID`: removes a saved interview for good, after asking on a terminal
// (elsewhere only with --yes, since nobody is there to ask). The store removes it in one locked,
// atomic write, so an interrupted delete leaves the store as it was or without that interview,
// never half-written (src/store/atomic-write.ts).
import { dirname } from 'node:path';
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { CliError, EXIT, UsageError } from '../../cli/errors.js';
import { roundsOfApplication } from '../../model/rounds.js';
import { calendarHas } from '../../store/calendar-state.js';
import { openStore } from '../../store/index.js';
import { lockSession } from '../session-lock.js';
import { findInterview } from '../shared/find-interview.js';
import { printNotices } from '../shared/notices.js';
import { DELETE_HELP } from './help.js';
import { deleteMessages as m } from './messages.js';
import { askToDelete, type Confirm } from './prompts.js';

const SPEC = { name: 'delete', options: { yes: { type: 'boolean' } }, positionals: ['ID'] } as const;

/** `confirm`: the question on a terminal (tests pass their own). */
export async function run(context: CommandContext, confirm?: Confirm): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(DELETE_HELP);
    return EXIT.ok;
  }
  const store = openStore({ env: context.env, now: context.now });
  try {
    const interview = await findInterview(store, args.positionals[0]!);
    const { id } = interview;
    if (args.values.yes !== true) {
      if (!context.interactive) throw new UsageError(m.needsYes(id), m.needsYesTry(id));
      if (!(await askToDelete(interview.company, interview.role, id, confirm))) {
        context.stdout.write(`${m.kept(id)}\n`);
        return EXIT.ok;
      }
    }
    await deleteUnlessOpen(store, id);
    const others = roundsOfApplication(await store.interviews(), interview)
      .filter((round) => round.id !== id)
      .map((round) => round.id);
    const lines = [m.deleted(id)];
    if (others.length > 0) lines.push(m.otherRounds(others));
    if (calendarHas(store.path, id)) lines.push(m.reminders);
    context.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

/** An unfinished session of this interview that is open right now would save it again: refused. */
async function deleteUnlessOpen(store: ReturnType<typeof openStore>, id: string): Promise<void> {
  const draft = await store.draft();
  const drafted = typeof draft === 'object' && draft !== null && (draft as { interviewId?: unknown }).interviewId === id;
  if (!drafted) {
    await store.deleteInterview(id);
    return;
  }
  const lock = await lockSession(dirname(store.path));
  try {
    if (!lock.held()) throw new CliError(m.sessionOpen(id), m.sessionOpenTry);
    await store.deleteInterview(id);
  } finally {
    await lock.release();
  }
}

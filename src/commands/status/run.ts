// `followup-coach status ID OUTCOME`: what happened (waiting, offer, not-selected, closed), when,
// and who said so. The schedule follows: after a no, the thanks for the news and later a
// stay-in-touch note; after an offer or a close, nothing more is chased.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT, UsageError } from '../../cli/errors.js';
import { formatDay } from '../../model/dates.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { withOutcome } from '../../model/outcome.js';
import { latestRounds, stemOf } from '../../model/rounds.js';
import { openStore } from '../../store/index.js';
import { parseDay } from '../shared/day-arg.js';
import { findInterview } from '../shared/find-interview.js';
import { nextSummary } from '../shared/next-summary.js';
import { printNotices } from '../shared/notices.js';
import { parseStatus, personNamed } from './args.js';
import { STATUS_HELP } from './help.js';
import { statusMessages as m } from './messages.js';

const SPEC = {
  name: 'status',
  options: { 'told-by': { type: 'string' }, on: { type: 'string' }, json: { type: 'boolean' } },
  positionals: ['ID', 'OUTCOME'],
} as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(STATUS_HELP);
    return EXIT.ok;
  }
  const [id, typed] = args.positionals as [string, string];
  const status = parseStatus(typed, id);
  const store = openStore({ env: context.env, now: context.now });
  try {
    const now = context.now();
    const style = dateStyleFor(context.env, now);
    const asked = await findInterview(store, id);
    // An outcome is the application's: it goes on its latest round, which the schedule follows.
    const saved = latestRounds(await store.interviews()).find((latest) => stemOf(latest) === stemOf(asked)) ?? asked;
    const toldByTyped = args.values['told-by'];
    if (status === 'waiting' && toldByTyped !== undefined) throw new UsageError(m.toldByWithout, m.toldByTry(id));
    const day = parseDay(args.values.on, saved, now, style);
    const toldBy = toldByTyped === undefined ? undefined : personNamed(toldByTyped, saved);
    const changed = await store.updateInterview(saved.id, (interview) => withOutcome(interview, status, day, toldBy));
    const next = nextSummary(changed, now, calendarFor(context.env), style, await store.interviews());
    if (args.values.json) {
      const row = {
        id: changed.id,
        status: changed.status,
        statusOn: changed.statusOn ?? null,
        toldBy: changed.toldBy ?? null,
        ...next.json,
      };
      context.stdout.write(`${JSON.stringify(row, null, 2)}\n`);
    } else {
      context.stdout.write(`${m.recorded(changed.id, status, formatDay(day, style), changed.toldBy)}\n${next.line}\n`);
    }
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

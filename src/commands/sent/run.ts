// `followup-coach sent ID --kind KIND --to NAME [--on DATE]`: a note that went out without the
// tool (a call, a mail written by hand) goes into the sent log, so the schedule moves on as if
// it had been copied from here.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT, UsageError } from '../../cli/errors.js';
import { pickRecipients, recipientsOf } from '../../compose/recipients.js';
import { formatDay } from '../../model/dates.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { sentOutside } from '../../model/outcome.js';
import { addSent } from '../../store/data.js';
import { openStore } from '../../store/index.js';
import { instantOf, parseDay } from '../shared/day-arg.js';
import { findInterview } from '../shared/find-interview.js';
import { parseKind } from '../shared/kind-arg.js';
import { nextSummary } from '../shared/next-summary.js';
import { printNotices } from '../shared/notices.js';
import { SENT_HELP } from './help.js';
import { sentMessages as m } from './messages.js';

const SPEC = {
  name: 'sent',
  options: { kind: { type: 'string' }, to: { type: 'string' }, on: { type: 'string' }, json: { type: 'boolean' } },
  positionals: ['ID'],
} as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(SENT_HELP);
    return EXIT.ok;
  }
  const id = args.positionals[0]!;
  const { kind: kindTyped, to: toTyped, on } = args.values;
  if (kindTyped === undefined) throw new UsageError(m.needs('--kind'), m.needsTry(id));
  if (toTyped === undefined) throw new UsageError(m.needs('--to'), m.needsTry(id));
  const kind = parseKind(kindTyped, 'sent');
  const store = openStore({ env: context.env, now: context.now });
  try {
    const now = context.now();
    const style = dateStyleFor(context.env, now);
    const saved = await findInterview(store, id);
    const [recipient] = pickRecipients(saved, kind, recipientsOf(saved, kind), toTyped);
    const day = parseDay(on, saved, now, style);
    const entry = sentOutside(kind, recipient!.name, instantOf(day, now));
    const changed = await store.updateInterview(saved.id, (interview) => addSent(interview, entry));
    const next = nextSummary(changed, now, calendarFor(context.env), style);
    if (args.values.json) {
      context.stdout.write(`${JSON.stringify({ id: changed.id, recorded: entry, ...next.json }, null, 2)}\n`);
    } else {
      context.stdout.write(`${m.recorded(kind, entry.to, formatDay(day, style))}\n${next.line}\n`);
    }
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

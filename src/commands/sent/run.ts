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
import { dayOf } from '../../model/sent-log.js';
import type { SentEntry } from '../../model/types.js';
import { addSent } from '../../store/data.js';
import { openStore } from '../../store/index.js';
import { instantOf, parseDay } from '../shared/day-arg.js';
import { findInterview } from '../shared/find-interview.js';
import { parseKind } from '../shared/kind-arg.js';
import { nextSummary } from '../shared/next-summary.js';
import { printNotices } from '../shared/notices.js';
import { alreadySent } from './already.js';
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
    // A call (to someone who reached you by phone) was made, not sent: said so.
    const spoken = recipient!.by === 'phone';
    const entry = sentOutside(kind, recipient!.name, instantOf(day, now));
    let already: SentEntry | undefined;
    // Looked up inside the change, against the log as saved, so two runs at once record it once.
    const changed = await store.updateInterview(saved.id, (interview) => {
      already = alreadySent(interview, kind, entry.to, day);
      return already ? interview : addSent(interview, entry);
    });
    const next = nextSummary(changed, now, calendarFor(context.env), style, await store.interviews());
    if (args.values.json) {
      const row = already ? { id: changed.id, recorded: null, alreadyRecorded: already } : { id: changed.id, recorded: entry };
      context.stdout.write(`${JSON.stringify({ ...row, ...next.json }, null, 2)}\n`);
    } else {
      const line = already
        ? m.alreadyRecorded(kind, spoken, entry.to, formatDay(dayOf(already.at), style))
        : m.recorded(kind, spoken, entry.to, formatDay(day, style));
      context.stdout.write(`${line}\n${next.line}\n`);
    }
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

// `followup-coach calendar [ID]`: every step still to take as an all-day event in an .ics file,
// for one saved interview or all of them. Writing the file also records what each event says,
// so the next file raises SEQUENCE for the events that changed (src/store/calendar-state.ts).
import { resolve } from 'node:path';
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { CliError, EXIT, UsageError } from '../../cli/errors.js';
import { calendarFile } from '../../deliver/calendar-file.js';
import { formatDay } from '../../model/dates.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { roundsOfApplication } from '../../model/rounds.js';
import { calendarHasLiveEvents } from '../../store/calendar-state.js';
import { openStore } from '../../store/index.js';
import { showLine } from '../../cli/terminal-text.js';
import { describeOutput } from '../../store/output-error.js';
import { findInterview } from '../shared/find-interview.js';
import { printNotices } from '../shared/notices.js';
import { CALENDAR_HELP } from './help.js';
import { calendarCommandMessages as m } from './messages.js';

const SPEC = { name: 'calendar', options: { out: { type: 'string' }, json: { type: 'boolean' } }, positionals: ['ID?'] } as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(CALENDAR_HELP);
    return EXIT.ok;
  }
  const { out, json } = args.values;
  if (out !== undefined && !/\.ics$/i.test(out)) throw new UsageError(m.notIcs(out), m.notIcsTry);
  const store = openStore({ env: context.env, now: context.now });
  try {
    const id = args.positionals[0];
    // Every round goes in: an earlier round may still owe a thank-you (src/model/round-schedule.ts).
    const saved = await store.interviews();
    const interviews = id === undefined ? saved : roundsOfApplication(saved, await findInterview(store, id));
    // With nothing saved, a file is still worth writing when it cancels reminders of deleted interviews.
    if (interviews.length === 0 && (id !== undefined || !calendarHasLiveEvents(store.path)))
      throw new CliError(m.nothingSaved, m.nothingSavedTry);
    const now = context.now();
    const style = dateStyleFor(context.env, now);
    const path = out === undefined ? null : resolve(out);
    // The next file counts its changes from the last one a calendar may have imported: one written
    // with --out or printed into a file, never the --json list or the text shown on a terminal.
    const record = path !== null || (!json && context.stdout.isTTY !== true);
    const { events, cancelled, text } = await calendarFile(
      store.path,
      interviews,
      now,
      path,
      calendarFor(context.env),
      style,
      record,
      path === null ? undefined : describeOutput(path, { flag: '--out', takes: 'file', example: 'follow-ups.ics' }),
      id === undefined,
    );
    if (json) {
      const rows = events.map(({ uid, interviewId, kind, to, date, sequence, summary, command }) => ({
        uid,
        id: interviewId,
        kind,
        to,
        date,
        sequence,
        summary,
        command,
      }));
      const gone = cancelled.map(({ uid, date, sequence, summary }) => ({ uid, date, sequence, summary }));
      context.stdout.write(`${JSON.stringify({ file: path, events: rows, cancelled: gone }, null, 2)}\n`);
    } else if (path === null) {
      context.stdout.write(text);
    } else {
      const lines = [
        m.wrote(events.length, showLine(path), cancelled.length),
        ...events.map((event) => m.event(formatDay(event.date, style), event.summary)),
      ];
      // With nothing due, the first line has said what the cancelled ones are.
      if (cancelled.length > 0 && events.length > 0) lines.push(m.cancelled(cancelled.length));
      if (events.length > 0 || cancelled.length > 0) lines.push(m.importHint);
      context.stdout.write(`${lines.join('\n')}\n`);
    }
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

// `followup-coach list`: every saved application with what is due next and when, across its
// rounds (src/model/round-schedule.ts), most urgent first.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT } from '../../cli/errors.js';
import { showText } from '../../cli/terminal-text.js';
import { widthFor, wrapText } from '../../cli/wrap-lines.js';
import { commandFor } from '../../deliver/calendar-events.js';
import { type DateStyle, formatDay, todayOf } from '../../model/dates.js';
import { describeStep } from '../../model/due.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { applicationSchedules, stepsDueBeside, stepWith } from '../../model/round-schedule.js';
import { roundOf } from '../../model/rounds.js';
import type { Interview } from '../../model/types.js';
import { openStore } from '../../store/index.js';
import { printNotices } from '../shared/notices.js';
import { outputColumns } from '../shared/report-width.js';
import { LIST_HELP } from './help.js';
import { listMessages as m } from './messages.js';

const SPEC = { name: 'list', options: { json: { type: 'boolean' } }, positionals: [] } as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(LIST_HELP);
    return EXIT.ok;
  }
  const store = openStore({ env: context.env, now: context.now });
  try {
    const now = context.now();
    const calendar = calendarFor(context.env);
    const style = dateStyleFor(context.env, now);
    // One entry per application, under its latest round's id; what is due spans its rounds.
    const schedules = applicationSchedules(await store.interviews(), now, calendar, style);
    const today = todayOf(now);
    if (args.values.json) {
      const rows = schedules.map(({ rounds, next, items }) => {
        const interview = rounds.at(-1)!;
        return {
          id: interview.id,
          company: interview.company,
          role: interview.role,
          date: interview.date,
          status: interview.status,
          ...(interview.toldBy === undefined ? {} : { toldBy: interview.toldBy }),
          ...(interview.statusOn === undefined ? {} : { statusOn: interview.statusOn }),
          rounds: rounds.map((round) => ({ id: round.id, round: roundOf(round), date: round.date })),
          next:
            next === null
              ? null
              : {
                  id: next.interview.id,
                  round: next.round,
                  kind: next.kind,
                  to: next.to,
                  // The go-between these notes are sent through, when they are.
                  ...(next.via === undefined ? {} : { via: next.via }),
                  notBefore: next.notBefore,
                  recommended: next.recommended,
                  by: next.by,
                  state: next.state,
                  text: describeStep(stepWith(next, items), today, style, next.round),
                  why: next.why,
                },
          // What else is due now, each step as `next` says its own: nothing actionable hides behind it.
          alsoDue:
            next === null
              ? []
              : stepsDueBeside(next, items).map((step) => ({
                  id: step[0]!.interview.id,
                  round: step[0]!.round,
                  kind: step[0]!.kind,
                  to: step.flatMap((item) => item.to),
                  by: step[0]!.by,
                  state: step[0]!.state,
                  text: describeStep(step, today, style, step[0]!.round),
                })),
        };
      });
      context.stdout.write(showText(`${JSON.stringify(rows, null, 2)}\n`));
      return EXIT.ok;
    }
    if (schedules.length === 0) {
      context.stdout.write(m.empty);
      return EXIT.ok;
    }
    const blocks = schedules.map(({ rounds, next, done, items }) => {
      const interview = rounds.at(-1)!;
      return [
        interview.id,
        `  ${interview.company}, ${interview.role} · ${interviewed(rounds, style)}${statusText(interview, style)}`,
        `  ${next === null ? (done ?? '') : m.next(describeStep(stepWith(next, items), today, style, next.round))}`,
        ...(next?.dropped === undefined ? [] : [`  ${next.dropped}`]),
        // The footer's `regen ID` is the latest round's: a note an earlier round owes says its own.
        ...(next !== null && next.interview !== interview ? [`  ${commandFor(next.interview.id, next.kind, next.to[0]!)}`] : []),
        ...(next === null
          ? []
          : stepsDueBeside(next, items).map((step) => `  ${m.alsoDue(describeStep(step, today, style, step[0]!.round))}`)),
      ].join('\n');
    });
    // Laid out to the terminal's width (80 off a terminal): a line is broken between words.
    const text = showText(`${blocks.join('\n\n')}\n\n${m.footer}`);
    context.stdout.write(wrapText(text, outputColumns(context), await widthFor(text)));
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

function interviewed(rounds: readonly Interview[], style: DateStyle): string {
  if (rounds.length === 1) return m.interviewed(formatDay(rounds[0]!.date, style));
  return m.rounds(rounds.map((round) => [roundOf(round), formatDay(round.date, style)] as const));
}

function statusText(interview: Interview, style: DateStyle): string {
  if (interview.status === 'waiting') return '';
  const details = [
    interview.toldBy === undefined ? null : m.toldBy(interview.toldBy),
    interview.statusOn === undefined ? null : formatDay(interview.statusOn, style),
  ].filter((d) => d !== null);
  return ` · ${m.status[interview.status]}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

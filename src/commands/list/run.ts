// `followup-coach list`: every saved interview with what is due next and when, most urgent first.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT } from '../../cli/errors.js';
import { showText } from '../../cli/terminal-text.js';
import { type DateStyle, formatDay } from '../../model/dates.js';
import { byUrgency, doneReason, nextDue } from '../../model/due.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { applications, roundOf } from '../../model/rounds.js';
import type { Interview } from '../../model/types.js';
import { openStore } from '../../store/index.js';
import { printNotices } from '../shared/notices.js';
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
    // One line per application: its latest round decides what is due; earlier rounds are listed.
    const groups = applications(await store.interviews());
    const roundsOf = new Map(groups.map((rounds) => [rounds.at(-1)!.id, rounds]));
    const interviews = byUrgency(
      [...roundsOf.values()].map((rounds) => rounds.at(-1)!),
      now,
      calendar,
      style,
    );
    if (args.values.json) {
      const rows = interviews.map((interview) => {
        const due = nextDue(interview, now, calendar, style);
        return {
          id: interview.id,
          company: interview.company,
          role: interview.role,
          date: interview.date,
          status: interview.status,
          ...(interview.toldBy === undefined ? {} : { toldBy: interview.toldBy }),
          ...(interview.statusOn === undefined ? {} : { statusOn: interview.statusOn }),
          rounds: roundsOf.get(interview.id)!.map((round) => ({ id: round.id, round: roundOf(round), date: round.date })),
          next:
            due === null
              ? null
              : {
                  kind: due.kind,
                  to: due.to,
                  notBefore: due.notBefore,
                  recommended: due.recommended,
                  by: due.by,
                  state: due.state,
                  text: due.line,
                  why: due.why,
                },
        };
      });
      context.stdout.write(showText(`${JSON.stringify(rows, null, 2)}\n`));
      return EXIT.ok;
    }
    if (interviews.length === 0) {
      context.stdout.write(m.empty);
      return EXIT.ok;
    }
    const blocks = interviews.map((interview) => {
      const due = nextDue(interview, now, calendar, style);
      return [
        interview.id,
        `  ${interview.company}, ${interview.role} · ${interviewed(roundsOf.get(interview.id)!, style)}${statusText(interview, style)}`,
        `  ${due === null ? m.nothingDue(doneReason(interview, now, calendar, style)) : m.next(due.line)}`,
      ].join('\n');
    });
    context.stdout.write(showText(`${blocks.join('\n\n')}\n\n${m.footer}`));
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

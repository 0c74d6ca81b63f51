// `followup-coach list`: every saved interview with what is due next and when, most urgent first.
import { showText } from '../cli/terminal-text.js';
import { parseCommand } from '../cli/args.js';
import { LIST_HELP } from '../cli/command-help.js';
import type { CommandContext } from '../cli/context.js';
import { byUrgency, doneReason, nextDue } from '../cli/due.js';
import { EXIT } from '../cli/errors.js';
import { listMessages as m } from '../cli/list-messages.js';
import { printNotices } from '../cli/notices.js';
import { formatDay } from '../model/dates.js';
import { calendarFor } from '../model/holidays.js';
import { openStore } from '../store/index.js';

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
    const interviews = byUrgency(await store.interviews(), now, calendar);
    if (args.values.json) {
      const rows = interviews.map((interview) => {
        const due = nextDue(interview, now, calendar);
        return {
          id: interview.id,
          company: interview.company,
          role: interview.role,
          date: interview.date,
          status: interview.status,
          next:
            due === null
              ? null
              : { kind: due.kind, to: due.to, notBefore: due.notBefore, recommended: due.recommended, by: due.by, state: due.state, text: due.line, why: due.why },
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
      const due = nextDue(interview, now, calendar);
      return [
        interview.id,
        `  ${interview.company}, ${interview.role} · interviewed ${formatDay(interview.date)}${interview.status === 'waiting' ? '' : ` · ${m.status[interview.status]}`}`,
        `  ${due === null ? m.nothingDue(doneReason(interview, now, calendar)) : m.next(due.line)}`,
      ].join('\n');
    });
    context.stdout.write(showText(`${blocks.join('\n\n')}\n\n${m.footer}`));
    return EXIT.ok;
  } finally {
    printNotices(store, context.stderr);
  }
}

// `followup-coach import FILE`: check an interview file and save it. Every problem is listed
// (field, what is wrong, the fix) and nothing is saved unless the whole file is right.
import { isDeepStrictEqual } from 'node:util';
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT, UsageError } from '../../cli/errors.js';
import { showText } from '../../cli/terminal-text.js';
import { describeNext } from '../../model/due.js';
import { dateStyleFor } from '../../model/date-style.js';
import { formatDay } from '../../model/dates.js';
import { calendarFor } from '../../model/holidays.js';
import { parseInterviewText, warningsFor } from '../../model/interview-file.js';
import { applicationSchedule } from '../../model/round-schedule.js';
import { roundOf, roundsOfApplication } from '../../model/rounds.js';
import { openStore } from '../../store/index.js';
import { asNextRound, looksLikeNextRound } from '../../store/round-placement.js';
import { printNotices } from '../shared/notices.js';
import { formatProblems } from '../shared/problems.js';
import { readInput } from '../shared/read-input.js';
import { IMPORT_HELP } from './help.js';
import { importMessages as m } from './messages.js';
import { askIfNextRound } from './prompts.js';

const SPEC = {
  name: 'import',
  options: { replace: { type: 'boolean' }, round: { type: 'boolean' } },
  positionals: ['FILE'],
} as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  const file = args.positionals[0]!;
  const text = await readInput(file, context.stdin);
  const store = openStore({ env: context.env, now: context.now });
  try {
    const saved = await store.candidate();
    const dateStyle = dateStyleFor(context.env, context.now());
    const all = await store.interviews();
    const parsed = parseInterviewText(text, {
      candidate: saved,
      saved: all.map((interview) => interview.id),
      calendar: calendarFor(context.env),
      dateStyle,
    });
    if (!parsed.ok) {
      context.stderr.write(formatProblems(file === '-' ? m.stdin : file, parsed.problems));
      return EXIT.usage;
    }
    if (args.values.round && args.values.replace) throw new UsageError(m.roundOrReplace, m.roundOrReplaceTry);
    // A file for a role already saved may be its next round: --round says so, and on a
    // terminal the user is asked.
    const laterRound = !args.values.replace && looksLikeNextRound(all, parsed.interview);
    const canAsk = file !== '-' && context.interactive;
    // A file that says `"round": 2` (or later) has answered the question itself.
    const asRound =
      args.values.round === true ||
      (laterRound && roundOf(parsed.interview) > 1) ||
      (laterRound && canAsk && (await askIfNextRound(parsed.interview.company, parsed.interview.role)));
    const incoming = asRound ? asNextRound(all, parsed.interview) : parsed.interview;
    // A later round keeps the addresses given in the earlier ones: no warning about those.
    const [stale, still] = [warningsFor(parsed.interview), warningsFor(incoming)];
    for (const warning of parsed.warnings.filter((w) => !stale.includes(w) || still.includes(w)))
      context.stderr.write(`${showText(m.warning(warning))}\n`);
    const before = await store.interview(incoming.id);
    // One write: the interview and, for a first file, the candidate are saved together or not at all.
    const interview = await store.saveInterview(incoming, {
      replace: args.values.replace ?? false,
      ...(saved === null ? { candidateIfNone: incoming.candidate } : {}),
    });
    const wanted = incoming.id;
    const headline =
      asRound && before === null
        ? m.savedRound(interview.id, interview.round ?? 1)
        : interview.id !== wanted
          ? m.savedBeside(interview.id, wanted)
          : before === null
            ? m.saved(interview.id)
            : args.values.replace
              ? m.replaced(interview.id)
              : // The same answers in another key order are the same interview (the store adds
                // fields such as statusOn where it records them, the file where it lists them).
                isDeepStrictEqual(before, interview)
                ? m.unchanged(interview.id)
                : interview.sent.length > before.sent.length
                  ? m.updated(interview.id, interview.sent.length - before.sent.length)
                  : before.timeframe?.date && interview.timeframe?.date && before.timeframe.date !== interview.timeframe.date
                    ? m.reread(
                        interview.id,
                        interview.timeframe.text,
                        formatDay(interview.timeframe.date, dateStyle),
                        formatDay(before.timeframe.date, dateStyle),
                      )
                    : m.updatedOther(interview.id);
    context.stdout.write(showText(`${headline}\n${m.what(interview.company, interview.role)}\n`));
    if (laterRound && !asRound && interview.id !== wanted) context.stdout.write(`${showText(m.roundHint(file))}\n`);
    // What the application needs next: an earlier round may still owe a thank-you.
    const rounds = roundsOfApplication(await store.interviews(), interview);
    const plan = applicationSchedule(rounds, context.now(), calendarFor(context.env), dateStyle);
    context.stdout.write(showText(`${describeNext(plan, context.now(), dateStyle)}\n`));
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

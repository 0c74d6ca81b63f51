// `followup-coach import FILE`: check an interview file and save it. Every problem is listed
// (field, what is wrong, the fix) and nothing is saved unless the whole file is right.
import { showText } from '../cli/terminal-text.js';
import { parseCommand } from '../cli/args.js';
import { IMPORT_HELP } from '../cli/command-help.js';
import type { CommandContext } from '../cli/context.js';
import { describeNext } from '../cli/due.js';
import { EXIT } from '../cli/errors.js';
import { printNotices } from '../cli/notices.js';
import { formatProblems } from '../cli/problems.js';
import { readInput } from '../cli/read-input.js';
import { calendarFor } from '../model/holidays.js';
import { parseInterviewText } from '../model/interview-file.js';
import { openStore } from '../store/index.js';
import { askIfNextRound } from '../cli/round-prompt.js';
import { roundMessages } from '../cli/round-messages.js';
import { asNextRound, looksLikeNextRound } from '../store/round-placement.js';
import { UsageError } from '../cli/errors.js';

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
    const parsed = parseInterviewText(text, { candidate: saved, calendar: calendarFor(context.env) });
    if (!parsed.ok) {
      context.stderr.write(formatProblems(file === '-' ? 'stdin' : file, parsed.problems));
      return EXIT.usage;
    }
    for (const warning of parsed.warnings) context.stderr.write(`note: ${showText(warning)}\n`);
    if (args.values.round && args.values.replace)
      throw new UsageError(roundMessages.roundOrReplace, 'followup-coach import --help');
    // A file for a role already saved may be its next round: --round says so, and on a
    // terminal the user is asked.
    const all = await store.interviews();
    const laterRound = !args.values.replace && looksLikeNextRound(all, parsed.interview);
    const canAsk = file !== '-' && context.interactive;
    const asRound =
      args.values.round === true ||
      (laterRound && canAsk && (await askIfNextRound(context, parsed.interview.company, parsed.interview.role)));
    const incoming = asRound ? asNextRound(all, parsed.interview) : parsed.interview;
    const before = await store.interview(incoming.id);
    // One write: the interview and, for a first file, the candidate are saved together or not at all.
    const interview = await store.saveInterview(incoming, {
      replace: args.values.replace ?? false,
      ...(saved === null ? { candidateIfNone: incoming.candidate } : {}),
    });
    const wanted = incoming.id;
    const headline =
      asRound && before === null
        ? roundMessages.savedRound(interview.id, interview.round ?? 1)
        : interview.id !== wanted
          ? `Saved as ${interview.id}: ${wanted} holds a different interview (--replace overwrites it).`
          : before === null
            ? `Saved ${interview.id}.`
            : args.values.replace
              ? `Replaced ${interview.id}.`
              : JSON.stringify(before) === JSON.stringify(interview)
                ? `Already saved as ${interview.id}; nothing changed.`
                : `Updated ${interview.id} with the notes the file lists as sent.`;
    context.stdout.write(showText(`${headline}\n  ${interview.company}, ${interview.role}\n`));
    if (laterRound && !asRound && interview.id !== wanted) context.stdout.write(`${showText(roundMessages.hint(file))}\n`);
    context.stdout.write(showText(`${describeNext(interview, context.now(), calendarFor(context.env))}\n`));
    return EXIT.ok;
  } finally {
    printNotices(store, context.stderr);
  }
}

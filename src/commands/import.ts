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

const SPEC = { name: 'import', options: { replace: { type: 'boolean' } }, positionals: ['FILE'] } as const;

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
    const before = await store.interview(parsed.interview.id);
    // One write: the interview and, for a first file, the candidate are saved together or not at all.
    const interview = await store.saveInterview(parsed.interview, {
      replace: args.values.replace ?? false,
      ...(saved === null ? { candidateIfNone: parsed.interview.candidate } : {}),
    });
    const wanted = parsed.interview.id;
    const headline =
      interview.id !== wanted
        ? `Saved as ${interview.id}: ${wanted} holds a different interview (--replace overwrites it).`
        : before === null
          ? `Saved ${interview.id}.`
          : args.values.replace
            ? `Replaced ${interview.id}.`
            : JSON.stringify(before) === JSON.stringify(interview)
              ? `Already saved as ${interview.id}; nothing changed.`
              : `Updated ${interview.id} with the notes the file lists as sent.`;
    context.stdout.write(showText(`${headline}\n  ${interview.company}, ${interview.role}\n${describeNext(interview, context.now(), calendarFor(context.env))}\n`));
    return EXIT.ok;
  } finally {
    printNotices(store, context.stderr);
  }
}

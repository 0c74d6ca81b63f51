// `followup-coach export ID`: the saved interview as an interview file that `import` reads back
// unchanged, on stdout or into a file.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT } from '../../cli/errors.js';
import { showLine, showText } from '../../cli/terminal-text.js';
import { formatInterviewFile } from '../../model/interview-file.js';
import { writeAllOrNothing } from '../../store/atomic-write.js';
import { describeOutput } from '../../store/output-error.js';
import { openStore } from '../../store/index.js';
import { findInterview } from '../shared/find-interview.js';
import { printNotices } from '../shared/notices.js';
import { EXPORT_HELP } from './help.js';
import { exportMessages as m } from './messages.js';

const SPEC = { name: 'export', options: { out: { type: 'string' } }, positionals: ['ID'] } as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(EXPORT_HELP);
    return EXIT.ok;
  }
  const store = openStore({ env: context.env, now: context.now });
  try {
    const text = formatInterviewFile(await findInterview(store, args.positionals[0]!));
    if (args.values.out === undefined) context.stdout.write(showText(text));
    else {
      const out = args.values.out;
      writeAllOrNothing([{ path: out, data: text }], {
        describe: describeOutput(out, { flag: '--out', takes: 'file', example: 'interview.json' }),
      });
      context.stderr.write(`${m.wrote(showLine(args.values.out))}\n`);
    }
    return EXIT.ok;
  } finally {
    printNotices(store, context);
  }
}

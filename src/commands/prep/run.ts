// `followup-coach prep`: the card of what to collect during the interview.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT } from '../../cli/errors.js';
import { widthFor, wrapText } from '../../cli/wrap-lines.js';
import { outputColumns } from '../shared/report-width.js';
import { prepCardText } from '../../session/prep-card.js';
import { PREP_HELP } from './help.js';

const SPEC = { name: 'prep', options: {}, positionals: [] } as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  if (args.help) {
    context.stdout.write(PREP_HELP);
    return EXIT.ok;
  }
  // Laid out to the terminal's width (80 off a terminal), as `list` is: a trial's 80-column
  // terminal cut the card's long items at its edge. Each item hangs under its own text.
  const card = prepCardText();
  context.stdout.write(wrapText(card, outputColumns(context), await widthFor(card)));
  return EXIT.ok;
}

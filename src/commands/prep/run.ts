// `followup-coach prep`: the card of what to collect during the interview.
import { parseCommand } from '../../cli/args.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT } from '../../cli/errors.js';
import { prepCardText } from '../../session/prep-card.js';
import { PREP_HELP } from './help.js';

const SPEC = { name: 'prep', options: {}, positionals: [] } as const;

export async function run(context: CommandContext): Promise<number> {
  const args = parseCommand(SPEC, context.argv);
  context.stdout.write(args.help ? PREP_HELP : prepCardText());
  return EXIT.ok;
}

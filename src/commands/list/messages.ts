// The words of `followup-coach list`.
import type { Status } from '../../model/types.js';

export const listMessages = {
  empty:
    'No interviews saved yet.\n' +
    'Start with the guided session:   followup-coach\n' +
    'or save an interview file:       followup-coach import FILE   (the README shows the format)\n',
  next: (line: string) => `next: ${line}`,
  /** Another step due now beside the next one. */
  alsoDue: (line: string) => `also due: ${line}`,
  status: { waiting: 'waiting', 'not-selected': 'not selected', offer: 'offer', closed: 'closed' } satisfies Record<
    Status,
    string
  >,
  interviewed: (day: string) => `interviewed ${day}`,
  rounds: (rounds: readonly (readonly [number, string])[]) =>
    `${rounds.length} rounds: ${rounds.map(([n, day]) => `round ${n} ${day}`).join(', ')}`,
  toldBy: (name: string) => `told by ${name}`,
  footer:
    'Write a note:  followup-coach regen ID   (--kind KIND, --to NAME)\n' +
    // The second command on a line of its own: it fits 80 columns, and is never broken mid-command.
    'Record news:   followup-coach status ID OUTCOME\n' +
    '           or  followup-coach sent ID --kind KIND --to NAME\n',
} as const;

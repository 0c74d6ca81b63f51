// The words of `followup-coach list`.
import type { Status } from '../model/types.js';

export const listMessages = {
  empty:
    'No interviews saved yet.\n' +
    'Start with the guided session:   followup-coach\n' +
    'or save an interview file:       followup-coach import FILE   (the README shows the format)\n',
  next: (line: string) => `next: ${line}`,
  nothingDue: (why: string) => `nothing due: ${why}`,
  status: { waiting: 'waiting', 'not-selected': 'not selected', offer: 'offer', closed: 'closed' } satisfies Record<Status, string>,
  footer: 'Write a note:  followup-coach regen ID   (--kind KIND, --to NAME)\n',
} as const;

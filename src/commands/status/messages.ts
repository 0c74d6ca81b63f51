// The words of `followup-coach status`.
import { STATUSES, type Status } from '../../model/types.js';

const STATUS_WORDS: Readonly<Record<Status, string>> = {
  waiting: 'waiting for their decision',
  offer: 'an offer',
  'not-selected': 'not selected this time',
  closed: 'closed',
};

export const statusMessages = {
  unknownStatus: (typed: string, guess: string | undefined) =>
    `"${typed}" is not an outcome.${guess ? ` Did you mean ${guess}?` : ''}`,
  statusTry: (id: string) => `followup-coach status ${id} ${STATUSES.join('|')}`,
  badName: (fix: string) => `--told-by: ${fix}`,
  toldByWithout: '--told-by says who told you the outcome, so it needs an outcome other than waiting.',
  toldByTry: (id: string) => `followup-coach status ${id} not-selected --told-by NAME`,
  recorded: (id: string, status: Status, day: string, toldBy: string | undefined) =>
    `Recorded for ${id}: ${STATUS_WORDS[status]}${status === 'waiting' ? '' : ` (${day}${toldBy ? `, told by ${toldBy}` : ''})`}.`,
} as const;

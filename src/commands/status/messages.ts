// The words of `followup-coach status`.
import { joinList } from '../../compose/words.js';
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
  unknownTeller: (typed: string, guess: string | undefined) =>
    `--told-by "${typed}" is nobody in this interview.${guess ? ` Did you mean ${guess}?` : ''}`,
  ambiguousTeller: (typed: string, names: readonly string[]) =>
    `--told-by "${typed}" fits ${names.length === 2 ? 'both ' : ''}${joinList(names)}: say which.`,
  tellersAre: (names: readonly string[]) => `--told-by with one of: ${names.join(', ')}`,
  toldByWithout: '--told-by says who told you the outcome, so it needs an outcome other than waiting.',
  toldByTry: (id: string) => `followup-coach status ${id} not-selected --told-by NAME`,
  recorded: (id: string, status: Status, day: string, toldBy: string | undefined) =>
    `Recorded for ${id}: ${STATUS_WORDS[status]}${status === 'waiting' ? '' : ` (${day}${toldBy ? `, told by ${toldBy}` : ''})`}.`,
} as const;

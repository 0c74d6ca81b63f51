// The words of `followup-coach status` and `followup-coach sent`.
import { STATUSES, type NoteKind, type Status } from '../model/types.js';
import { kindLabel } from './messages.js';

const STATUS_WORDS: Readonly<Record<Status, string>> = {
  waiting: 'waiting for their decision',
  offer: 'an offer',
  'not-selected': 'not selected this time',
  closed: 'closed',
};

export const outcomeMessages = {
  unknownStatus: (typed: string, guess: string | undefined) =>
    `"${typed}" is not an outcome.${guess ? ` Did you mean ${guess}?` : ''}`,
  statusTry: (id: string) => `followup-coach status ${id} ${STATUSES.join('|')}`,
  badDay: (flag: string, typed: string) => `${flag} "${typed}" is not a day that has passed.`,
  badDayTry: (flag: string) => `${flag} today, ${flag} yesterday, ${flag} monday or ${flag} 2026-11-30`,
  beforeInterview: (flag: string, day: string, interviewDay: string) =>
    `${flag} ${day} is before the interview (${interviewDay}).`,
  badName: (fix: string) => `--told-by: ${fix}`,
  toldByWithout: '--told-by says who told you the outcome, so it needs an outcome other than waiting.',
  toldByTry: (id: string) => `followup-coach status ${id} not-selected --told-by NAME`,
  recordedStatus: (id: string, status: Status, day: string, toldBy: string | undefined) =>
    `Recorded for ${id}: ${STATUS_WORDS[status]}${status === 'waiting' ? '' : ` (${day}${toldBy ? `, told by ${toldBy}` : ''})`}.`,
  recordedSent: (kind: NoteKind, to: string, day: string) => `Recorded: the ${kindLabel(kind)} to ${to} went out on ${day}.`,
  next: (line: string) => `Next: ${line}`,
  nothingNext: (why: string) => `Nothing more is due: ${why}`,
  sentNeeds: (flag: string) => `sent needs ${flag}: which note went out, and to whom.`,
  sentTry: (id: string) => `followup-coach sent ${id} --kind follow-up --to NAME [--on DATE]`,
} as const;

// The words of what several commands share: finding a saved interview, reading --kind and
// --on, and saying what comes next after a change.
import { KIND_LIST } from '../../model/note-kinds.js';

export const sharedMessages = {
  // --kind
  unknownKind: (kind: string, guess: string | undefined) =>
    `"${kind}" is not a kind of note.${guess ? ` Did you mean ${guess}?` : ''}`,
  kindsAre: (command: string) => `--kind with one of ${KIND_LIST}  (followup-coach ${command} --help)`,

  // Interviews and ids
  noInterviews: 'No interviews are saved yet.',
  startWith: 'save one with: followup-coach import FILE   (or run followup-coach for the guided session)',
  notFound: (id: string) => `no saved interview has the id "${id}".`,
  notFoundTry: (ids: readonly string[], guess: string | undefined) =>
    `${guess ? `did you mean ${guess}? ` : ''}Saved: ${ids.join(', ')}  (followup-coach list)`,

  // --on
  badDay: (flag: string, typed: string) => `${flag} "${typed}" is not a day that has passed.`,
  unreadableDay: (flag: string, typed: string) => `${flag} "${typed}" is not a day followup-coach can read.`,
  notARealDay: (flag: string, typed: string) => `${flag} ${typed} is not a real calendar day.`,
  badDayTry: (flag: string) => `${flag} today, ${flag} yesterday, ${flag} monday or ${flag} 2026-11-30`,
  beforeInterview: (flag: string, day: string, interviewDay: string) =>
    `${flag} ${day} is before the interview (${interviewDay}).`,

  // After a change
  next: (line: string) => `Next: ${line}`,
  /** Another step due now beside the next one, each on its own line under it. */
  alsoDue: (line: string) => `Also due: ${line}`,
} as const;

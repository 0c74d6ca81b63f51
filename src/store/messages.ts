// Everything the store says to the user, in one place. Paths go through showLine: one line each.
import { showLine } from '../cli/terminal-text.js';

export const messages = {
  corrupt: (file: string, reason: string, backup: string) =>
    `The saved data in ${showLine(file)} could not be read (${reason}).\n` +
    `  It was moved aside to ${showLine(backup)} and followup-coach started with a clean store.\n` +
    `  Your interview files are untouched; import them again, or repair the backup and move it back.`,
  corruptDraft: (backup: string) => `The unfinished draft could not be read; it was moved aside to ${showLine(backup)}.`,
  wrongShapeDraft: (backup: string) =>
    `The unfinished draft is not one this followup-coach can continue; it was moved aside to ${showLine(backup)} and the session starts fresh.`,
  badEntry: (key: string | null, file: string, reason: string, backup: string) =>
    `${key === null ? 'The saved candidate (you)' : `The saved interview "${key}"`} in ${showLine(file)} could not be used (${reason}).\n` +
    `  It was moved aside to ${showLine(backup)}; ${key === null ? 'the session asks for your details again' : 'every other interview works as before'}.\n` +
    '  Repair it and import it again as an interview file (followup-coach import FILE).',
  badEntryKept: (key: string | null, file: string, reason: string, why: string) =>
    `${key === null ? 'The saved candidate (you)' : `The saved interview "${key}"`} in ${showLine(file)} could not be used (${reason}), ` +
    `and could not be moved aside (${why}); it is skipped and left in the file.`,
  notAnObject: 'it is not an object',
  idMismatch: 'its "id" is not the key it is saved under',
  notText: 'is not text',
  notAList: 'is not a list',
  emptyList: 'is an empty list',
  notADay: 'is not a day from 1970 to 2100 (YYYY-MM-DD)',
  notAnInstant: 'is not a date and time from 1970 to 2100',
  notAChoice: (choices: readonly string[]) => `is not one of ${choices.join(', ')}`,
  notACount: (min: number, max: number) => `is not a whole number from ${min} to ${max}`,
  busy: (lock: string) => `the saved data is busy: another followup-coach holds the lock ${lock}.`,
  busyTry: (lock: string) =>
    `wait for the other command to finish and run this again. If none is running, the lock goes stale by itself within 10 seconds (or remove ${lock}).`,
  compromised: (detail: string) => `the lock on the saved data was lost while saving (${detail}).`,
  retry: 'run the command again; check with `followup-coach list` that your interview is there.',
  notFound: (id: string) => `no saved interview has the id "${id}".`,
  notFoundTry: (ids: readonly string[]) =>
    ids.length === 0
      ? 'save one first: followup-coach import FILE'
      : `one of: ${ids.join(', ')}  (followup-coach list shows them all)`,
} as const;

// The words of `followup-coach check`.
import { joinList } from '../../compose/words.js';

export const checkCommandMessages = {
  noInput: 'check needs a draft to read.',
  noInputTry: 'pass a file (followup-coach check note.txt) or pipe one (pbpaste | followup-coach check -)',
  helpTry: 'followup-coach check --help',
  notFound: (path: string) => `cannot read "${path}": no such file.`,
  isFolder: (path: string) => `"${path}" is a folder, not a draft.`,
  unreadable: (path: string, reason: string) => `cannot read "${path}": ${reason}.`,
  tooLargeTry: 'check one note at a time: save just the draft to a file and pass that',
  textTry: 'save the draft as plain text (UTF-8) and pass that file',
  stdinName: 'stdin',
  badNow: (value: string) => `--now wants a date as YYYY-MM-DD, not "${value}".`,
  fromAndProfile: '--from and --profile cannot be used together: pick where the interview comes from.',
  badInterviewFile: (path: string, problems: string) => `"${path}" is not a valid interview file:\n${problems}`,
  fileProblem: (path: string, problem: string, fix: string) => `  ${path === '' ? '' : `${path}: `}${problem} ${fix}`,
  badInterviewTry: 'fix the fields listed above (the interview file format is in the README)',
  unknownProfile: (id: string) => `no saved interview has the id "${id}".`,
  profilesAre: (ids: readonly string[]) =>
    ids.length > 0
      ? `saved: ${ids.join(', ')}  (followup-coach list)`
      : 'no interviews are saved yet (followup-coach import FILE)',
  unknownRecipient: (name: string) => `"${name}" is not in this interview.`,
  ambiguousRecipient: (name: string, names: readonly string[]) =>
    `"${name}" fits ${names.length === 2 ? 'both ' : ''}${joinList(names)}: say which.`,
  recipientsAre: (names: readonly string[]) => `--to with one of: ${names.join(', ')}`,
  spellPartial: (checked: number, total: number, budget: number) =>
    `Spelling and grammar covered ${kb(checked)} of this draft's ${kb(total)}: they read up to ${kb(budget)} of distinct text (about ${grouped(Math.round(budget / 6 / 100) * 100)} words, five times the longest note). Every other rule read all of it.`,
  spellSkipped: (reason: string) => `Spelling and grammar were not checked: ${reason}`,
  noContext:
    'Only the rules that need no context ran. Add --from FILE or --profile ID, with --to and --kind, for the full checklist.',
} as const;

function kb(chars: number): string {
  return `${grouped(Math.max(1, Math.round(chars / 1024)))} KB`;
}

/**
 * A whole number with a comma between thousands, as toLocaleString('en') writes it. Written out:
 * the first toLocaleString of a run loads ICU's number data, about 60 ms of a long draft's check.
 */
function grouped(whole: number): string {
  return String(whole).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

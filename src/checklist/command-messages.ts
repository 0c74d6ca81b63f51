// The words of `followup-coach check`.
export const CHECK_HELP = `followup-coach check: run the checklist on any follow-up draft

Usage
  followup-coach check FILE [options]
  followup-coach check - [options]     read the draft from stdin (also when stdin is piped and no FILE)

The draft may be plain text or a pasted e-mail: a "Subject:" line at the top and quoted "> "
lines are understood (quoted lines count as quoting your earlier note and are not checked).
Without --from or --profile, only the rules that need no context run.

Options
  --from FILE      the interview file the note belongs to (names, topics, dates)
  --profile ID     a saved interview instead of a file (see followup-coach list)
  --to NAME        who the note is for (an interviewer or the recruiter)
  --kind KIND      thank-you, follow-up, voicemail, contact-request, not-selected, stay-in-touch
  --now DATE       treat DATE (YYYY-MM-DD) as today for the timing rules
  --json           print {"findings":[...],"errors":N,"warnings":N}
  --no-spell       skip spelling and grammar (faster: no 2-second dictionary load)
  --config FILE    rule levels from FILE instead of checklist.json in your data folder
  --rule ID=LEVEL  set one rule to off, warning or error for this run (repeatable)
  -h, --help       this help

Drafts up to 1 MB (1,048,576 bytes) are read; a larger one is a usage error.

Exit codes: 0 no errors (warnings may remain), 1 the checklist found errors, 2 usage error.
`;

export const checkMessages = {
  noInput: 'check needs a draft to read.',
  noInputTry: 'pass a file (followup-coach check note.txt) or pipe one (pbpaste | followup-coach check -)',
  helpTry: 'followup-coach check --help',
  notFound: (path: string) => `cannot read "${path}": no such file.`,
  isFolder: (path: string) => `"${path}" is a folder, not a draft.`,
  unreadable: (path: string, reason: string) => `cannot read "${path}": ${reason}.`,
  empty: (source: string) => `${source} is empty: there is no draft to check.`,
  binary: (source: string) => `${source} looks like a binary file (it contains NUL bytes), not a text draft.`,
  notUtf8: (source: string) => `${source} is not UTF-8 text.`,
  tooLarge: (source: string, limit: number) =>
    `${source} is over the ${limit / 1024 / 1024} MB (${limit.toLocaleString('en')} bytes) that check reads, far too large to be a note.`,
  tooLargeTry: 'check one note at a time: save just the draft to a file and pass that',
  textTry: 'save the draft as plain text (UTF-8) and pass that file',
  stdinName: 'stdin',
  badNow: (value: string) => `--now wants a date as YYYY-MM-DD, not "${value}".`,
  fromAndProfile: '--from and --profile cannot be used together: pick where the interview comes from.',
  badInterviewFile: (path: string, problems: string) => `"${path}" is not a valid interview file:\n${problems}`,
  badInterviewTry: 'fix the fields listed above (the interview file format is in the README)',
  unknownProfile: (id: string) => `no saved interview has the id "${id}".`,
  profilesAre: (ids: readonly string[]) =>
    ids.length > 0
      ? `saved: ${ids.join(', ')}  (followup-coach list)`
      : 'no interviews are saved yet (followup-coach import FILE)',
  unknownRecipient: (name: string) => `"${name}" is not in this interview.`,
  recipientsAre: (names: readonly string[]) => `--to with one of: ${names.join(', ')}`,
  spellPartial: (checked: number, total: number, budget: number) =>
    `Spelling and grammar covered ${kb(checked)} of this draft's ${kb(total)}: they read up to ${kb(budget)} of distinct text (about ${(Math.round(budget / 6 / 100) * 100).toLocaleString('en')} words, five times the longest note). Every other rule read all of it.`,
  spellSkipped: (reason: string) => `Spelling and grammar were not checked: ${reason}`,
  noContext:
    'Only the rules that need no context ran. Add --from FILE or --profile ID, with --to and --kind, for the full checklist.',
  clean: 'No problems found. This note is ready to send.',
  summary: (errors: number, warnings: number, infos: number) =>
    `${[plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')].filter((part) => part !== '').join(', ')}.`,
  blocking: 'Fix the errors before sending: each one is the kind of slip that costs offers.',
  headings: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
} as const;

function kb(chars: number): string {
  return `${Math.max(1, Math.round(chars / 1024)).toLocaleString('en')} KB`;
}

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}

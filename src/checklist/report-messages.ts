// The words of the checklist's report, and of a draft it cannot read (check and regen print them).
export const checkMessages = {
  empty: (source: string) => `${source} is empty: there is no draft to check.`,
  binary: (source: string) => `${source} looks like a binary file (it contains NUL bytes), not a text draft.`,
  notUtf8: (source: string) => `${source} is not UTF-8 text.`,
  tooLarge: (source: string, limit: number) =>
    `${source} is over the ${limit / 1024 / 1024} MB (${limit.toLocaleString('en')} bytes) that check reads, far too large to be a note.`,
  clean: 'No problems found. This note is ready to send.',
  /** `places`: how many places they are at, when some place has more than one. */
  summary: (errors: number, warnings: number, infos: number, places: number | null = null) =>
    `${[plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')].filter((part) => part !== '').join(', ')}${places === null ? '' : `, at ${places} place${places === 1 ? '' : 's'} in the note`}.`,
  /** Between the rules of one place, in its heading. */
  ruleJoin: ' + ',
  /** A message under a place with more than one finding; `severity` when it is not the heading's. */
  ofRule: (rule: string, severity: string | null, message: string) =>
    `${rule}${severity === null ? '' : ` (${severity})`}: ${message}`,
  severities: { error: 'error', warning: 'warning', info: 'note' },
  blocking: 'Fix the errors before sending: each one is the kind of slip that costs offers.',
  headings: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
} as const;

function plural(count: number, word: string): string {
  return count === 0 ? '' : `${count} ${word}${count === 1 ? '' : 's'}`;
}

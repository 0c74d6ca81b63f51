// The entry point's own words (src/cli.ts): how an error and its fix are printed, an unknown
// command, and a failure nobody foresaw.
export const cliMessages = {
  problem: (message: string) => `followup-coach: ${message}\n`,
  tryThis: (what: string) => `Try: ${what}\n`,
  unknownCommand: (word: string) => `followup-coach: unknown command "${word}".\nTry: followup-coach --help\n`,
  unexpected: (detail: string) =>
    `followup-coach: something went wrong that should not have.\n${detail}\n` +
    'Your saved interviews are untouched. Please report this with the lines above.\n',
  badNow: (value: string) => `FOLLOWUP_COACH_NOW is "${value}", which is not a day the coach can read.`,
  badNowTry: 'FOLLOWUP_COACH_NOW=2027-03-31 (a date as YYYY-MM-DD), or unset it for today',
} as const;

// The `--help` of `followup-coach prep`: what it does, its flags, and an example that works as typed.

export const PREP_HELP = `followup-coach prep: what to note down during the interview

Usage
  followup-coach prep

Prints a short card: every interviewer's name and e-mail, what each asked about, when they will
decide and what comes next. Read it before you go; the guided session offers it too.

Options
  -h, --help   this help
`;

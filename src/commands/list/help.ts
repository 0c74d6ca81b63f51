// The `--help` of `followup-coach list`: what it does, its flags, and an example that works as typed.

export const LIST_HELP = `followup-coach list: saved interviews and what is due next

Usage
  followup-coach list [--json]

Most urgent first: what is due now, then what becomes due soonest. One entry per
application: its latest round's steps, and a thank-you an earlier round still owes (with its
round and the command that writes it). Lines are broken between words to fit the terminal;
into a file or a pipe, 80 columns, or COLUMNS when it is set (COLUMNS=200 for one line each).

Options
  --json       machine-readable: [{id, company, role, date, status, rounds, next}];
               next has the id and round of the interview it belongs to
  -h, --help   this help
`;

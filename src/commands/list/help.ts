// The `--help` of `followup-coach list`: what it does, its flags, and an example that works as typed.

export const LIST_HELP = `followup-coach list: saved interviews and what is due next

Usage
  followup-coach list [--json]

Most urgent first: what is due now, then what becomes due soonest.

Options
  --json       machine-readable: [{id, company, role, date, status, next}]
  -h, --help   this help
`;

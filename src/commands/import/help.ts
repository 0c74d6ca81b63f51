// The `--help` of `followup-coach import`: what it does, its flags, and an example that works as typed.

export const IMPORT_HELP = `followup-coach import FILE: check an interview file and save it

Usage
  followup-coach import FILE [--replace | --round]
  followup-coach import -          read the file from stdin

Checks the file (interview file format, version 1) and saves the interview, then says what is
due next. A file without "candidate" uses the one already saved. Nothing is saved when the file
has a problem: each one is listed with the field, what is wrong and how to fix it (exit 2).

Options
  --replace    overwrite the saved interview with the same id (keeps what was already sent)
  --round      save it as the next round of the same application (a later interview for the
               same role): id-round-2, ...; on a terminal import asks when the role is saved
  -h, --help   this help

Example
  followup-coach import acme.json
`;

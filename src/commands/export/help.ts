// The `--help` of `followup-coach export`: what it does, its flags, and an example that works as typed.

export const EXPORT_HELP = `followup-coach export ID: print a saved interview as an interview file

Usage
  followup-coach export ID [--out FILE]

Prints the interview file (JSON, format version 1) that \`import\` reads back unchanged.

Options
  --out FILE   write it to FILE instead of stdout
  -h, --help   this help

Example
  followup-coach export acme-robotics-senior-backend-engineer > acme.json
`;

// The `--help` of `followup-coach delete`: what it does, its flags, and an example that works as typed.

export const DELETE_HELP = `followup-coach delete ID: remove a saved interview

Usage
  followup-coach delete ID [--yes]

Removes the interview saved as ID, with its notes, hand edits and the record of what was sent,
and its unfinished session if one was left. It cannot be undone: \`followup-coach export ID\`
first keeps a copy that \`import\` reads back. Other rounds of the same application stay saved.
On a terminal it asks first; elsewhere (a script, a pipe) it needs --yes.

Reminders an earlier calendar file put in your calendar stay there: the next
\`followup-coach calendar --out FILE.ics\` (without an ID) marks them cancelled.

Options
  --yes        delete without asking
  -h, --help   this help

Example
  followup-coach delete acme-robotics-senior-backend-engineer
`;

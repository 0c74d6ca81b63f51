// The top-level help. Each command prints its own detailed help with `COMMAND --help`
// (src/commands/<name>/help.ts, gathered in command-help.ts).
import { KIND_LIST } from '../model/note-kinds.js';

export const TOP_HELP = `followup-coach: one personal, checked follow-up note per interviewer, on your clipboard.

Usage
  followup-coach                 guided session (offers to resume an unfinished draft)
  followup-coach regen [ID]      rebuild a note from a saved interview and copy it
  followup-coach list            saved interviews and what is due next
  followup-coach check [FILE|-]  run the checklist on any draft
  followup-coach import FILE     save an interview file
  followup-coach export ID       print a saved interview as an interview file
  followup-coach delete ID       remove a saved interview (asks first; --yes for scripts)
  followup-coach calendar [ID]   upcoming steps as reminders in an .ics file (--out FILE.ics)
  followup-coach status ID S     record the outcome: waiting, offer, not-selected, closed
  followup-coach sent ID         record a note sent outside the tool (--kind, --to, --on)
  followup-coach prep            what to collect during the interview

Guided session options
  --plain            ask line by line (screen readers, basic terminals; automatic with TERM=dumb)
  --from FILE        write the notes for an interview file without asking anything

Shared options
  --kind KIND        ${KIND_LIST}
  --to NAME          only the note for this person
  --print            write the note to stdout instead of the clipboard
  --json             machine-readable output
  --no-copy          do not touch the clipboard
  -h, --help         help for a command:  followup-coach regen --help
  -v, --version      print the version

Exit codes: 0 done, 1 the checklist found errors or the command failed, 2 usage error, 130 cancelled.
Data: saved in your config folder (FOLLOWUP_COACH_HOME overrides it). Nothing leaves this machine.
`;

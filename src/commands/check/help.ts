// The `--help` of `followup-coach check`: what it does, its flags, and what its exit codes mean.
import { KIND_LIST } from '../../model/note-kinds.js';

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
  --kind KIND      ${KIND_LIST}
  --now DATE       treat DATE (YYYY-MM-DD) as today for the timing rules
  --json           print {"findings":[...],"errors":N,"warnings":N}
  --no-spell       skip spelling and grammar (faster: no 2-second dictionary load)
  --config FILE    rule levels from FILE instead of checklist.json in your data folder
  --rule ID=LEVEL  set one rule to off, warning or error for this run (repeatable)
  -h, --help       this help

Drafts up to 1 MB (1,048,576 bytes) are read; a larger one is a usage error.

Exit codes: 0 no errors (warnings may remain), 1 the checklist found errors, 2 usage error.
`;

// The `--help` of `followup-coach sent`: what it does, its flags, and an example that works as typed.
import { KIND_LIST } from '../../model/note-kinds.js';

export const SENT_HELP = `followup-coach sent ID: record a note sent outside the tool

Usage
  followup-coach sent ID --kind KIND --to NAME [--on DATE] [--json]

For a call you made or a mail you wrote yourself (or a draft from regen --eml that you sent):
the schedule then moves on as if it had been copied from here. Two follow-ups without an answer
and it says to stop.

Options
  --kind KIND  ${KIND_LIST}
  --to NAME    who received it (a given name or surname is enough when it is unique)
  --on DATE    the day it went (today, yesterday, monday, 2026-11-30); default today
  --json       print {id, recorded, next, done}
  -h, --help   this help

Example
  followup-coach sent acme-robotics-senior-backend-engineer --kind voicemail --to Sam --on yesterday
`;

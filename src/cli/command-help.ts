// The `--help` of each command: what it does, its flags, and an example that works as typed.

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

export const LIST_HELP = `followup-coach list: saved interviews and what is due next

Usage
  followup-coach list [--json]

Most urgent first: what is due now, then what becomes due soonest.

Options
  --json       machine-readable: [{id, company, role, date, status, next}]
  -h, --help   this help
`;

export { REGEN_HELP } from '../commands/regen/help.js';

export const CALENDAR_HELP = `followup-coach calendar [ID]: every step still to take, as reminders in your calendar

Usage
  followup-coach calendar [ID] --out FILE.ics [--json]
  followup-coach calendar [ID]                 print the calendar file to stdout

One all-day event per note still to write (per interview, person and kind), on the day it is
best sent (today, for one already due), marked free so it blocks nothing, with a reminder at
09:00 the day before and the exact command that writes the note. Without ID, every saved
interview (the latest round of each application).

Importing a newer file again updates the same events instead of adding copies: each keeps its
UID, and its SEQUENCE goes up when its day moved since the last file; a step done since then
comes back marked cancelled.

Options
  --out FILE   write the calendar to FILE (.ics)
  --json       print the events as JSON: {file, events: [{uid, id, kind, to, date, sequence,
               summary, command}], cancelled: [{uid, date, sequence, summary}]}
  -h, --help   this help

Example
  followup-coach calendar --out ~/followups.ics
`;

export const STATUS_HELP = `followup-coach status ID OUTCOME: record what happened

Usage
  followup-coach status ID waiting|offer|not-selected|closed [--told-by NAME] [--on DATE] [--json]

The schedule follows the outcome: after not-selected, a note thanking them within a day and a
stay-in-touch note about three months later; after an offer or closed, nothing more is chased.
waiting undoes an outcome recorded by mistake.

Options
  --told-by NAME  who told you: an interviewer or the recruiter (first name is enough)
  --on DATE       the day you were told (today, yesterday, monday, 2026-11-30); default today
  --json          print {id, status, statusOn, toldBy, next, done}
  -h, --help      this help

Example
  followup-coach status acme-robotics-senior-backend-engineer not-selected --told-by Dana --on yesterday
`;

export const SENT_HELP = `followup-coach sent ID: record a note sent outside the tool

Usage
  followup-coach sent ID --kind KIND --to NAME [--on DATE] [--json]

For a call you made or a mail you wrote yourself (or a draft from regen --eml that you sent):
the schedule then moves on as if it had been copied from here. Two follow-ups without an answer
and it says to stop.

Options
  --kind KIND  thank-you, follow-up, voicemail, contact-request, not-selected, stay-in-touch
  --to NAME    who received it (first name is enough when it is unique)
  --on DATE    the day it went (today, yesterday, monday, 2026-11-30); default today
  --json       print {id, recorded, next, done}
  -h, --help   this help

Example
  followup-coach sent acme-robotics-senior-backend-engineer --kind voicemail --to Sam --on yesterday
`;

export const PREP_HELP = `followup-coach prep: what to note down during the interview

Usage
  followup-coach prep

Prints a short card: every interviewer's name and e-mail, what each asked about, when they will
decide and what comes next. Read it before you go; the guided session offers it too.

Options
  -h, --help   this help
`;

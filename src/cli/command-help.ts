// The `--help` of each command: what it does, its flags, and an example that works as typed.

export const IMPORT_HELP = `followup-coach import FILE: check an interview file and save it

Usage
  followup-coach import FILE [--replace]
  followup-coach import -          read the file from stdin

Checks the file (interview file format, version 1) and saves the interview, then says what is
due next. A file without "candidate" uses the one already saved. Nothing is saved when the file
has a problem: each one is listed with the field, what is wrong and how to fix it (exit 2).

Options
  --replace    overwrite the saved interview with the same id (keeps what was already sent)
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

export const REGEN_HELP = `followup-coach regen [ID]: rebuild a note from a saved interview and copy it

Usage
  followup-coach regen [ID] [--kind KIND] [--to NAME] [--print | --json | --out DIR] [--no-copy]
  followup-coach regen ID [--kind KIND] [--to NAME] --eml DIR [--open]
  followup-coach regen ID [--kind KIND] --to NAME --mailto

Without --kind, writes what is due next for that interview (and says which it chose). With
several notes (one per interviewer), copies the one for --to NAME, else the first and lists
the others. Without ID on a terminal, asks which interview, note and person.

Options
  --kind KIND  thank-you, follow-up, voicemail, contact-request, not-selected, stay-in-touch
  --to NAME    the note for this person (first name is enough when it is unique)
  --print      write the note to stdout instead of copying it
  --json       print every note as JSON: [{kind, to, subject, body}]
  --out DIR    write one file per note into DIR (thank-you-priya-raghunathan.txt)
  --eml DIR    write one unsent mail draft per note into DIR (thank-you-priya-raghunathan.eml),
               with the resume (and cover letter) attached; a follow-up also carries the
               thank-you draft left in DIR. Thunderbird and Outlook for Windows open them as
               drafts; Apple Mail does not
  --open       with --eml: open the drafts in your mail program (xdg-open, open, start)
  --mailto     print a mailto: link for a note without attachments (copies the note instead
               when the link would pass 2,000 characters)
  --no-copy    show the note but do not touch the clipboard
  --force      copy even when the checklist found errors (you have read them)
  -h, --help   this help

Before copying or printing, the checklist runs on the note (every rule but spelling, which
the guided session and \`followup-coach check\` run). Errors stop the copy unless --force;
with --print the note is printed and the exit code is 1.

Copying uses the system clipboard, else the terminal (OSC 52), else prints the note.
Only a copied note is recorded as sent; --print, --json, --out, --eml, --mailto and --no-copy
record nothing (once you have sent it: followup-coach sent ID --kind KIND --to NAME).

Examples
  followup-coach regen acme-robotics-senior-backend-engineer
  followup-coach regen acme-robotics-senior-backend-engineer --kind follow-up --to Priya
  followup-coach regen acme-robotics-senior-backend-engineer --kind thank-you --out notes/
  followup-coach regen acme-robotics-senior-backend-engineer --kind follow-up --eml drafts/ --open
`;

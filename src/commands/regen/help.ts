// `followup-coach regen --help`: what it does, its options, and what it records.
export const REGEN_HELP = `followup-coach regen [ID]: rebuild a note from a saved interview and copy it

Usage
  followup-coach regen [ID] [--kind KIND] [--to NAME] [--print | --json | --out DIR] [--no-copy] [--force]
  followup-coach regen ID [--kind KIND] [--to NAME] --eml DIR [--open]
  followup-coach regen ID [--kind KIND] --to NAME --mailto

Without --kind, writes the first note due now, for the first person still waiting for it (with
--to NAME, the first note due for that person), and says which it chose. The notes due are the
application's across its rounds, as list shows them: an earlier round's ID gives a thank-you
that round still owes, else what the later round owes now, and says so. When nothing is due
yet it says what comes next and when, and copies and records nothing (exit 1). With --kind and
several notes (one per interviewer), copies the one for --to NAME, else the first one not
sent yet, and lists the others. A note already recorded as sent is shown as it went out (the
text kept when it was copied; else as it stood that day, without later edits), with a line on
stderr saying when. Without --kind, --json and --out hand over every note due now in the
round of the first (with --to NAME, that person's): the follow-up e-mails and the follow-up
calls beside them, each with its kind and person. Without ID on a terminal, asks which
interview, note and person, and, when the checklist finds errors or calls the note early,
whether to copy or record it anyway.

Options
  --kind KIND  thank-you, follow-up, voicemail, contact-request, not-selected, stay-in-touch
  --to NAME    the note for this person: a given name, a surname or the whole name
               (one that fits two people is an error that lists them)
  --print      write the note to stdout instead of copying it
  --json       print the notes as JSON: [{kind, to, subject, body}] ([] when nothing is due):
               every note of --kind KIND; without it, every note due now, of every kind
  --out DIR    write one file per note into DIR (thank-you-priya-raghunathan.txt): the
               notes --json would print
  --eml DIR    write one unsent mail draft per note into DIR (thank-you-priya-raghunathan.eml),
               with the resume (and cover letter) attached; a follow-up also carries the
               thank-you draft left in DIR when that went to the same address (not one sent
               through a go-between). Thunderbird and Outlook for Windows open them as
               drafts; Apple Mail does not
  --open       with --eml: open the drafts in your mail program (xdg-open, open, start)
  --mailto     print a mailto: link for a note without attachments (copies the note instead
               when the link would pass 2,000 characters)
  --no-copy    show the note but do not touch the clipboard
  --force      copy even when the checklist found errors, or says the note is early
               (too-early), and record it as sent: you have read what it says
  -h, --help   this help

Before copying or printing, the checklist runs on the note (every rule but spelling, which
the guided session and \`followup-coach check\` run). Errors stop the copy unless --force;
with --print the note is printed and the exit code is 1. A note the checklist calls early is
not copied (nor recorded as sent) without --force; --print shows it and records nothing.
Picked on a terminal (no ID), regen asks instead: copy a note with errors anyway? record an
early one? Both default to no; --force answers yes.

Copying uses the system clipboard, else the terminal (OSC 52), else prints the note.
Only a copied note is recorded as sent; --print, --json, --out, --eml, --mailto and --no-copy
record nothing (once you have sent it: followup-coach sent ID --kind KIND --to NAME).

Examples
  followup-coach regen acme-robotics-senior-backend-engineer
  followup-coach regen acme-robotics-senior-backend-engineer --kind follow-up --to Priya
  followup-coach regen acme-robotics-senior-backend-engineer --kind thank-you --out notes/
  followup-coach regen acme-robotics-senior-backend-engineer --kind follow-up --eml drafts/ --open
`;

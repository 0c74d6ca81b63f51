// The `--help` of `followup-coach calendar`: what it does, its flags, and an example that works as typed.

export const CALENDAR_HELP = `followup-coach calendar [ID]: every step still to take, as reminders in your calendar

Usage
  followup-coach calendar [ID] --out FILE.ics [--json]
  followup-coach calendar [ID]                 print the calendar file to stdout

One all-day event per note still to write (per interview, person and kind), on the day it is
best sent (today, for one already due), marked free so it blocks nothing, with a reminder at
09:00 the day before (five minutes after the file is made once that has passed: never in the
past) and the exact command that writes the note. Without ID, every saved application; with
ID, its application. An application's steps span its rounds: the latest
round's, and a thank-you an earlier round still owes, each under its round.

A calendar that matches events by UID updates them from a newer file (calcurse adds copies and
lists cancelled steps as live: delete the earlier ones there first). Each event keeps its
UID, and its SEQUENCE goes up when it changed since the last file (its day, its title or its
description); a step done since then comes back marked cancelled.

Options
  --out FILE   write the calendar to FILE (.ics)
  --json       print the events as JSON: {file, events: [{uid, id, kind, to, date, sequence,
               summary, command}], cancelled: [{uid, date, sequence, summary}]}
  -h, --help   this help

Example
  followup-coach calendar --out ~/followups.ics
`;

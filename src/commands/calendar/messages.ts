// The words of `followup-coach calendar` (the events' own words are in src/deliver/messages.ts).
export const calendarCommandMessages = {
  wrote: (count: number, path: string) =>
    count === 0
      ? `Nothing is due, so ${path} has no events.`
      : `Wrote ${count} ${count === 1 ? 'reminder' : 'reminders'} to ${path}:`,
  event: (date: string, summary: string) => `  ${date}  ${summary}`,
  cancelled: (count: number) =>
    `${count} earlier ${count === 1 ? 'reminder is' : 'reminders are'} no longer due: the file marks ${count === 1 ? 'it' : 'them'} cancelled.`,
  importHint:
    'Import it into your calendar. A program that matches events by their UID updates the same events from a newer file and drops those marked cancelled; some, calcurse for one, add copies instead and list cancelled steps as live: there, delete the earlier reminders before importing a newer file.',
  nothingSaved: 'no interviews are saved yet, so there is nothing to remind you of.',
  nothingSavedTry: 'followup-coach import FILE   (or run followup-coach for the guided session)',
  notIcs: (path: string) => `--out ${path}: a calendar file should end in .ics, so calendar programs recognise it.`,
  notIcsTry: 'followup-coach calendar --out followups.ics',
} as const;

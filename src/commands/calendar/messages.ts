// The words of `followup-coach calendar` (the events' own words are in src/deliver/messages.ts).
export const calendarCommandMessages = {
  /**
   * With nothing due the file may still hold earlier reminders marked cancelled (after an offer,
   * say): it then says that, not that the file is empty.
   */
  wrote: (count: number, path: string, cancelled = 0) =>
    count > 0
      ? `Wrote ${count} ${count === 1 ? 'reminder' : 'reminders'} to ${path}:`
      : cancelled === 0
        ? `Nothing is due, so ${path} has no events.`
        : `Nothing is due now: ${path} holds only ${cancelled === 1 ? 'the earlier reminder' : `the ${cancelled} earlier reminders`}, marked cancelled.`,
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

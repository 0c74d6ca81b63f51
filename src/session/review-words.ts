// The review's words that both front ends print: its status lines and the checks only the user
// can make. Kept here, outside src/ui, so the line mode does not import an Ink file for them.
export const review = {
  heading: (n: number, total: number, kind: string, to: string) => `Note ${n} of ${total} · ${kind} to ${to}`,
  address: (address: string) => `<${address}>`,
  noAddress: (spoken: boolean) => (spoken ? '· no phone number on file' : '· no e-mail address on file'),
  subject: (subject: string) => `Subject: ${subject}`,
  noSubject: '(spoken, no subject)',
  preparing: 'Writing your notes…',
  checking: 'checking spelling…',
  clean: '✓ The checklist found nothing to fix.',
  counts: (errors: number, warnings: number, infos: number) =>
    [
      errors && `✖ ${errors} error${errors === 1 ? '' : 's'}`,
      warnings && `⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`,
      infos && `ℹ ${infos} tip${infos === 1 ? '' : 's'}`,
    ]
      .filter(Boolean)
      .join(' · '),
  scrollMore: (below: number) => `↓ ${below} more line${below === 1 ? '' : 's'}`,
  findingsTitle: 'Checklist',
  finding: (line: number, rule: string, message: string) => `line ${line} · ${rule}: ${message}`,
  edited: '(edited by you)',
  copied: (method: string, attachments: readonly string[] = []) =>
    (method === 'osc52'
      ? 'Sent to your terminal’s clipboard (OSC 52). Paste it to check; then press s once you send it.'
      : 'Copied to the clipboard. Paste it into your mail, send it, then press s to mark it sent.') +
    (attachments.length > 0 ? ` The note says it attaches ${attachments.join(', ')}: attach it before you send.` : ''),
  subjectCopied: (method: string) =>
    `Subject line ${method === 'osc52' ? 'sent to your terminal’s clipboard' : 'copied'}: paste it into the subject field, then press c for the note.`,
  noSubjectToCopy: 'A voicemail script has no subject line: c copies the script.',
  copyFailed: (why: string) =>
    `Could not copy: ${why} Select the text above with the mouse, or run followup-coach regen --print.`,
  blocked: (errors: number) =>
    `Copying is held back: fix the ${errors === 1 ? 'error' : `${errors} errors`} above (e to edit), or press o to override: copy anyway.`,
  sent: (when: string) => `Marked as sent ${when}.`,
  early:
    'The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Press s again to record it anyway.',
  alreadySent: (when: string) => `Sent ${when}.`,
  editing: (editor: string) => `Editing in ${editor}. Save and close the editor to come back.`,
  editUnchanged: 'No change made in the editor.',
  editFailed: (why: string) => `Could not open the editor: ${why}`,
  editSaved: 'Your edit is saved; the checklist ran again.',
  calendar: (path: string, count: number) =>
    count === 0
      ? `Nothing is due, so ${path} has no reminders.`
      : `${count} ${count === 1 ? 'reminder' : 'reminders'} written to ${path}: import it into your calendar.`,
  calendarFailed: (why: string) => `Could not write the reminders: ${why}`,
  editNotSaved: (why: string) => `Your edit is shown here but NOT saved (${why}); it is lost when you quit.`,
  notRecorded: (why: string) => `NOT recorded as sent (${why}). Press s again once that is fixed.`,
  scheduleTitle: 'Schedule',
  scheduleMore: (more: number) => `… ${more} more due item${more === 1 ? '' : 's'}: followup-coach list`,
} as const;

/** The checks only the user can make, confirmed once per session before the first copy. */
export const manualChecks = {
  title: 'Before your first copy, three things only you can check:',
  items: [
    'The note sounds gracious and sincere, in your own voice.',
    'You went over your own notes from the meeting.',
    'Nobody will "swing by" or check in on your behalf.',
  ],
  box: (ticked: boolean) => (ticked ? '[x]' : '[ ]'),
} as const;

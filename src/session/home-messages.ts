// The words of the home screen, the offer to resume and the save at the review: the same in the
// Ink app and the line mode, so they live with the flow they belong to.
export const home = {
  question: 'What would you like to do?',
  newInterview: 'Start a new interview',
  /** The key that starts one from anywhere on the home (the Ink app's; the line mode numbers it). */
  newKey: 'n',
  followUp: (company: string, role: string, due: string) => `Follow up: ${company}, ${role} (${due})`,
  stayInTouch: (company: string, role: string, due: string) => `Stay in touch: ${company}, ${role} (${due})`,
  /** Any other step due: "Thank-you: Acme Robotics, Data Engineer (thank-you to Priya: overdue since ...)". */
  due: (title: string, company: string, role: string, due: string) => `${title}: ${company}, ${role} (${due})`,
  owed: (company: string, role: string, round: number, due: string) => `Still owed: ${company}, ${role}, round ${round} (${due})`,
  /** The entries below name each step; this only counts them (a trial's home said each twice). */
  dueToday: (count: number) => `${count} ${count === 1 ? 'note' : 'notes'} due today, the most urgent listed first.`,
  regen: (company: string, role: string, round?: number) =>
    `Notes for ${company}, ${role}${round === undefined ? '' : `, round ${round}`}`,
} as const;

export const resume = {
  question: (what: string) => `You have an unfinished interview (${what}). Pick up where you left off?`,
  untitled: 'no company yet',
  yes: 'Resume it',
  no: 'Start over (the unfinished answers are discarded)',
} as const;

export const reviewSave = {
  failed: (why: string) => `The interview could not be saved (${why}), so its notes are not shown yet.`,
  retry: 'Try saving again',
  quit: 'Quit (your answers are in the draft)',
} as const;

/** When another followup-coach session has the unfinished draft open (src/commands/session-lock.ts). */
export const draftBusy = {
  notice:
    'Your unfinished interview is open in another followup-coach session, so this one leaves it alone: finish it there. A new interview started here is saved once you reach its review, not as a draft.',
  reason: 'your unfinished interview is open in another followup-coach session',
} as const;

/** Deleting a saved interview from the home (src/session/delete.ts). */
export const deleteMessages = {
  entry: 'Delete a saved interview',
  which: 'Which interview should be deleted?',
  label: (company: string, role: string, round: number | undefined, id: string) =>
    `${company}, ${role}${round === undefined ? '' : `, round ${round}`} (${id})`,
  confirm: (what: string) => `Delete ${what}, with its notes and the record of what was sent? This cannot be undone.`,
  yes: 'Delete it',
  no: 'Keep it',
  deleted: (what: string) => `Deleted ${what}.`,
  reminders:
    'Its reminders already in your calendar stay there: the next `followup-coach calendar --out FILE.ics` marks them cancelled.',
  failed: (what: string, why: string) => `${what} could not be deleted (${why}); it is still saved.`,
} as const;

/** What the session says is due next as it ends (SessionDeps.nextSteps). */
export const closing = {
  /** A step named with its application's company, when several applications are saved. */
  stepOf: (company: string, step: string) => `${company}: ${step}`,
  /** Ctrl-C on the review of an interview saved whole, in both modes: nothing is left to pick up. */
  stoppedSaved: (id: string, recorded: readonly string[]) =>
    `Stopped. Saved as ${id}, every answer included: its notes are on the home at the next start.${
      recorded.length === 0 ? '' : ` Also saved: ${recorded.join('; ')}.`
    }`,
} as const;

// What the line mode says beyond the questions themselves (those come from the session's own
// messages, so both modes ask exactly the same thing). Plain words and no box drawing: this
// mode is for screen readers and basic terminals.

export const messages = {
  intro: 'followup-coach, line by line. Type < and press Enter to go back one question.',
  back: '<',
  section: (title: string) => `\n== ${title} ==`,
  hint: (text: string) => `  ${text}`,
  understood: (text: string) => `  ${text}`,
  noTerminal: 'the line-by-line session needs an interactive terminal, and this input is not one.',
  noTerminalTry: 'followup-coach --from interview.json (every note with its checklist, no questions)',
  cancelled:
    'Stopped. Every answer you gave is saved (not the one you were typing): run `followup-coach --plain` to continue where you left off.',
  notSaved: (why: string) =>
    `Stopped. Your latest answers were NOT saved (${why}); the next start offers only what an earlier save kept, if anything.`,
  cannotSave: (why: string) => `cannot save: ${why}; your answers are kept in memory until you quit`,
  backChoice: '< Back',
  // The plain prompts of a dumb terminal (plain-prompter.ts).
  ask: (message: string, initial: string) => `? ${message}${initial === '' ? '' : ` [${initial}]`} `,
  askChoice: (message: string) => `? ${message}`,
  choiceLine: (n: number, label: string) => `  ${n}) ${label}`,
  askNumber: (count: number, initial: number | undefined) =>
    `  Answer (1-${count}${initial === undefined ? '' : `, Enter for ${initial}`}): `,
  notANumber: (count: number) => `Type a number from 1 to ${count}.`,
  askYesNo: (message: string, initial: boolean) => `? ${message} ${initial ? '(Y/n)' : '(y/N)'} `,
  notYesNo: 'Type y or n.',

  topicsSoFar: (topics: readonly string[]) => `  So far: ${topics.join('; ')}`,
  topic: (n: number) => `Topic ${n} (Enter on an empty line when done)`,
  keepTopics: 'Keep these topics?',
  topicsKeep: 'Keep them',
  topicsAdd: 'Add more',
  topicsReplace: 'Start the list again',

  person: (n: number, name: string) => `\n-- Interviewer ${n}${name ? `: ${name}` : ''} --`,
  interviewersTitle: (n: number) => `Interviewers (${n})`,
  interviewerLine: (n: number, name: string, title: string, reach: string) => `  ${n}. ${name}, ${title} (${reach})`,
  reachEmail: (address: string) => `e-mail ${address}`,
  reachPhone: (number: string) => `phone ${number}`,
  reachNone: 'no address yet',
  interviewersAction: 'What next?',
  addInterviewer: 'Add an interviewer',
  editInterviewer: (name: string) => `Edit ${name}`,
  removeInterviewer: (name: string) => `Remove ${name}`,
  interviewersDone: 'Done: on to next steps',
  problem: (text: string) => `  ! ${text}`,

  reviewTitle: (n: number) => `Review: ${n} ${n === 1 ? 'note' : 'notes'}`,
  noteHeading: (n: number, total: number, kind: string, to: string, address: string | undefined, spoken: boolean) =>
    `\n-- Note ${n} of ${total}: ${kind} for ${to}${address ? ` <${address}>` : ` (no ${spoken ? 'phone number' : 'e-mail address'} on file)`} --`,
  subject: (subject: string) => `Subject: ${subject}`,
  attachments: (names: readonly string[]) => `Attach: ${names.join(', ')}`,
  clean: 'Checklist: nothing to fix.',
  findingsTitle: (errors: number, warnings: number, infos: number) =>
    `Checklist: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` +
    (infos > 0 ? `, ${infos} ${infos === 1 ? 'tip' : 'tips'}` : ''),
  finding: (severity: string, rule: string, line: number, column: number, message: string) =>
    `  ${severity} ${rule} (line ${line}, column ${column}): ${message}`,
  schedule: 'Schedule:',
  scheduleLine: (text: string) => `  ${text}`,

  reviewAction: 'What next?',
  reminders: 'Write reminders for what is due into an .ics file for your calendar',
  copy: (n: number, kind: string, to: string) => `Copy note ${n} (${kind} for ${to})`,
  copySubject: (n: number) => `Copy the subject line of note ${n}`,
  subjectCopyFailed: (why: string) => `Could not copy: ${why}. Here is the subject line to copy by hand:`,
  subjectCopied: (method: string) => `Subject line copied (${method}): paste it into the subject field.`,
  edit: (n: number, editor: string) => `Edit note ${n} in ${editor}`,
  editing: (editor: string) => `Opening ${editor}. Save and close it to come back here.`,
  editFailed: (why: string) => `Could not open the editor: ${why}`,
  editUnchanged: 'No change made.',
  editSaved: 'Your edit is saved; the checklist ran again:',
  editNotSaved: (why: string) =>
    `Your edit is shown here but NOT saved (${why}); it is lost when you quit. The checklist ran again:`,
  notRecorded: (why: string) =>
    `The note was copied, but NOT recorded as sent (${why}). Copy it again once that is fixed to record it.`,
  showAgain: 'Show the notes again',
  change: 'Change an answer',
  finish: 'Finish',
  whichAnswer: 'Which answer?',
  interviewersEntry: 'The interviewers',
  overrideBlocked: (errors: number) =>
    `The checklist found ${errors} ${errors === 1 ? 'error' : 'errors'} in this note. Copy it anyway?`,
  notCopied: 'Not copied. Change the answers (or edit the note) and the checklist runs again.',
  copied: (method: string) => `Copied (${method}).`,
  copyFailed: (why: string) => `Could not copy: ${why}. Here is the note to copy by hand:`,
  markSent: 'Mark it as sent (recorded with the time)?',
  markSentEarly:
    'The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Mark it as sent anyway?',
  manualConfirm: 'Are all three true?',
  manualLater: 'Not copied yet: copy it again once all three are true.',
  marked: 'Marked as sent.',
  alreadySent: (when: string) => `Sent ${when}.`,
  keepEditTitle: (kind: string, to: string) => `Your answers changed, and you had edited the ${kind} for ${to} by hand.`,
  keepEditYours: '-- Your edit --',
  keepEditFresh: '-- The new text --',
  keepEditQuestion: 'Keep your edit, or use the new text?',
  keepEditKeep: 'Keep my edit',
  keepEditNew: 'Use the new text',
  finished: (id: string) => `Saved as ${id}. Later: followup-coach regen ${id}, or followup-coach list.`,
} as const;

export const methodNames = {
  clipboard: 'system clipboard',
  osc52: 'through the terminal, OSC 52',
  none: 'not copied',
} as const;

export const kindNames = {
  'thank-you': 'thank-you note',
  'follow-up': 'follow-up',
  voicemail: 'voicemail script',
  'contact-request': 'contact request',
  'not-selected': 'note after the decision',
  'stay-in-touch': 'stay-in-touch note',
} as const;

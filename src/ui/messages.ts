// Every word the Ink screens say that is not a question of the step table (those live in
// src/session/messages.ts). Keys are named as they are printed in the hints.
import type { NoteKind } from '../model/types.js';

export const title = 'followup-coach';

export const loading = 'Opening your saved interviews…';

export const keys = {
  enter: 'Enter',
  esc: 'Esc',
  ctrlC: 'Ctrl-C',
} as const;

export const hints = {
  text: [
    ['Enter', 'next'],
    ['Esc', 'back'],
    ['Ctrl-C', 'save and quit'],
  ],
  choice: [
    ['↑↓', 'choose'],
    ['Enter', 'next'],
    ['Esc', 'back'],
    ['Ctrl-C', 'save and quit'],
  ],
  topics: [
    ['Enter', 'add topic'],
    ['Enter on empty', 'done'],
    ['Backspace on empty', 'remove last'],
    ['Esc', 'back'],
  ],
  list: [
    ['↑↓', 'choose'],
    ['Enter', 'select'],
    ['Esc', 'back'],
    ['Ctrl-C', 'save and quit'],
  ],
  home: [
    ['↑↓', 'choose'],
    ['Enter', 'select'],
    ['Ctrl-C', 'quit'],
  ],
  news: [
    ['↑↓', 'choose'],
    ['Enter', 'select'],
    ['Esc', 'back to home'],
    ['Ctrl-C', 'quit'],
  ],
  review: [
    ['←→', 'note'],
    ['↑↓', 'scroll'],
    ['c', 'copy'],
    ['u', 'copy subject'],
    ['e', 'edit'],
    ['s', 'mark sent'],
    ['r', 'reminders'],
    ['a', 'change answers'],
    ['Esc', 'back'],
    ['q', 'finish'],
  ],
  reviewBlocked: [
    ['o', 'override: copy anyway'],
    ['e', 'edit'],
    ['←→', 'note'],
    ['Esc', 'cancel'],
  ],
  manualChecks: [
    ['1 2 3', 'tick'],
    ['y', 'all three are true'],
    ['Esc', 'not yet'],
  ],
  change: [
    ['↑↓', 'choose'],
    ['Enter', 'change it'],
    ['Esc', 'back to the review'],
  ],
  keepEdit: [
    ['k', 'keep my edit'],
    ['n', 'use the new text'],
  ],
} as const;

/** After a changed answer, for a note the user had edited by hand. */
const NOTE_NAMES: Readonly<Record<NoteKind, string>> = {
  'thank-you': 'thank-you note',
  'follow-up': 'follow-up',
  voicemail: 'voicemail script',
  'contact-request': 'contact request',
  'not-selected': 'note after the decision',
  'stay-in-touch': 'stay-in-touch note',
};

export const keepEdit = {
  question: (kind: NoteKind, to: string, n: number, total: number) =>
    `Your answers changed, and you had edited the ${NOTE_NAMES[kind]} to ${to} by hand${total > 1 ? ` (${n} of ${total})` : ''}. Keep your edit, or use the new text?`,
  yours: 'Your edit:',
  fresh: 'The new text:',
  more: (lines: number) => `… ${lines} more line${lines === 1 ? '' : 's'}`,
} as const;

export const steps = {
  progress: (section: string, person: string | null) => (person === null ? section : `${section} · ${person}`),
  newInterviewer: (n: number) => `interviewer ${n}`,
  topicsSoFar: (n: number) => (n === 1 ? '1 topic' : `${n} topics`),
  understoodPrefix: '',
} as const;

export const pasted = {
  /** A paste of several lines into a one-line answer keeps every line, joined. */
  joined: (lines: number) => `Pasted ${lines} lines: joined with spaces, as this answer is one line.`,
} as const;

export const list = {
  add: '+ Add an interviewer',
  done: '✓ Done: on to next steps',
  doneToReview: '✓ Done: back to the review',
  edit: (name: string) => `Edit ${name}`,
  remove: (name: string) => `Remove ${name}`,
  summary: (name: string, title: string, topics: number) =>
    `${name}${title ? `, ${title}` : ''} (${topics === 1 ? '1 topic' : `${topics} topics`})`,
  empty: 'Nobody yet.',
} as const;

export const home = {
  question: 'What would you like to do?',
  newInterview: 'Start a new interview',
  followUp: (company: string, role: string, due: string) => `Follow up: ${company}, ${role} (${due})`,
  regen: (company: string, role: string) => `Notes for ${company}, ${role}`,
} as const;

export const resume = {
  question: (what: string) => `You have an unfinished interview (${what}). Pick up where you left off?`,
  untitled: 'no company yet',
  yes: 'Resume it',
  no: 'Start over (the unfinished answers are discarded)',
} as const;

export const kindNames: Readonly<Record<NoteKind, string>> = {
  'thank-you': 'Thank-you',
  'follow-up': 'Follow-up',
  voicemail: 'Voicemail script',
  'contact-request': 'Contact request',
  'not-selected': 'After the decision',
  'stay-in-touch': 'Stay in touch',
};

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

export const change = {
  question: 'Which answer do you want to change? Every note updates.',
  interviewers: 'Interviewers (add, edit, remove)',
  entry: (label: string, value: string) => `${label}: ${value || '—'}`,
} as const;

export const exit = {
  saved: 'Every answer you gave is saved (not the one you were typing). Run followup-coach again to pick up where you left off.',
  cancelled: 'Stopped; nothing was changed.',
  notSaved: (why: string) =>
    `Stopped. Your latest answers were NOT saved (${why}); the next start offers only what an earlier save kept, if anything.`,
  noTerminal:
    'the guided session needs an interactive terminal, and this input is not one.\n' +
    'Without a terminal, save an interview file and use it directly:\n' +
    '  followup-coach --from interview.json      print every note with its checklist\n' +
    '  followup-coach import interview.json      save it, then: followup-coach regen ID --print',
  noTerminalTry: 'followup-coach --from interview.json',
  done: (saved: string) => `Saved as ${saved}. Regenerate any note later with: followup-coach regen ${saved}`,
} as const;

export const saving = {
  cannotSave: (why: string) => `cannot save: ${why}; your answers are kept in memory until you quit`,
} as const;

export const fromFile = {
  heading: (n: number, total: number, kind: string, to: string, address?: string) =>
    `Note ${n} of ${total} · ${kind} to ${to}${address ? ` <${address}>` : ''}`,
} as const;

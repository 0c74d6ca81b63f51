// Every word the Ink screens say that is not a question of the step table (those live in
// src/session/messages.ts). Keys are named as they are printed in the hints.

// The review's words are the review core's, shared with the line mode.
import { newsMessages } from '../session/news-messages.js';

import { actions } from '../session/review/messages.js';

export { change, keepEdit, manualChecks, screen as review } from '../session/review/messages.js';

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
    ['↑', 'change a topic'],
    ['Backspace on empty', 'remove last'],
    ['Esc', 'back'],
  ],
  /** Changing one topic where it stands. */
  topicEdit: [
    ['Enter', 'keep the change'],
    ['Enter on empty', 'remove it'],
    ['↑↓', 'another topic'],
    ['Esc', 'leave it as it was'],
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
  /** The home while something is due: it starts on that, and `n` starts a new interview. */
  homeDue: [
    ['↑↓', 'choose'],
    ['Enter', 'select'],
    ['n', 'new interview'],
    ['Ctrl-C', 'quit'],
  ],
  news: [
    ['↑↓', 'choose'],
    ['Enter', 'select'],
    ['Esc', 'back to home'],
    ['Ctrl-C', 'quit'],
  ],
  /** Deleting: Esc on the question goes back to the list, on the list to home. */
  delete: [
    ['↑↓', 'choose'],
    ['Enter', 'select'],
    ['Esc', 'back'],
    ['Ctrl-C', 'quit'],
  ],
  // The actions' words are the review core's (src/session/review/messages.ts, actions): the line
  // mode and regen name them the same.
  review: [
    ['←→', 'note'],
    ['↑↓', 'scroll'],
    ['c', actions.copy],
    ['u', actions.copySubject],
    ['e', actions.edit],
    ['s', actions.mark(false)],
    ['r', 'reminders'],
    ['a', 'change answers'],
    ['Esc', actions.back],
    ['q', actions.finish],
  ],
  /**
   * The review's keys for the note on screen: only what each key does on it. A call script has
   * no subject to copy and is marked made; a sent note is neither edited nor marked again.
   */
  reviewFor: ({
    spoken,
    sent,
  }: {
    readonly spoken: boolean;
    readonly sent: boolean;
  }): ReadonlyArray<readonly [string, string]> => [
    ['←→', 'note'],
    ['↑↓', 'scroll'],
    ['c', actions.copy],
    ...(spoken ? [] : [['u', actions.copySubject] as const]),
    ...(sent ? [] : [['e', actions.edit] as const, ['s', actions.mark(spoken)] as const]),
    ['r', 'reminders'],
    ['a', 'change answers'],
    ['Esc', actions.back],
    ['q', actions.finish],
  ],
  reviewBlocked: [
    ['o', `override: ${actions.override}`],
    ['e', actions.edit],
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
    ['↑↓', 'scroll'],
    ['k', 'keep my edit'],
    ['n', 'use the new text'],
  ],
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
  /** The people the screen has no rows for; each is in the list below as well. */
  more: (count: number) => `… and ${count} more (each is in the list below)`,
} as const;

export const exit = {
  saved: 'Every answer you gave is saved (not the one you were typing). Run followup-coach again to pick up where you left off.',
  /** Ctrl-C away from the questions: nothing was being typed; what was recorded is saved. */
  cancelled: newsMessages.stopped,
  notSaved: (why: string) =>
    `Stopped. Your latest answers were NOT saved (${why}); the next start offers only what an earlier save kept, if anything.`,
  noTerminal:
    'the guided session needs an interactive terminal, and this input is not one.\n' +
    'Without a terminal, save an interview file and use it directly:\n' +
    '  followup-coach --from interview.json      print every note with its checklist\n' +
    '  followup-coach import interview.json      save it, then: followup-coach regen ID --print',
  noTerminalTry: 'followup-coach --from interview.json',
  /** `followup-coach > out.txt`: the keys could be read, but the questions would go into the file. */
  outputNotTerminal:
    'the guided session draws its questions on the terminal, and here the output goes to a file or a pipe, not to the terminal.\n' +
    'Run it without > or |. Once the interview is saved, its notes go to a file with:\n' +
    '  followup-coach regen ID --print > note.txt   or   followup-coach regen ID --out notes/',
  outputNotTerminalTry: 'followup-coach   (no > or |)',
  ciSet: 'the guided session asks nothing while CI is set (a build or test runner), even at a terminal.',
  ciSetTry: 'unset CI to use it here, or run without questions: followup-coach --from interview.json',
  done: (saved: string) => `Saved as ${saved}. Regenerate any note later with: followup-coach regen ${saved}`,
  /** What is due next as the session ends ("thank-you to Gloria Ruiz: due today"): one line each when several. */
  next: (steps: readonly string[]) =>
    steps.length === 1 ? `Next: ${steps[0]}` : `Next:\n${steps.map((step) => `  - ${step}`).join('\n')}`,
} as const;

export const saving = {
  cannotSave: (why: string) => `cannot save: ${why}; your answers are kept in memory until you quit`,
} as const;

export const fromFile = {
  heading: (n: number, total: number, kind: string, to: string, address?: string) =>
    `Note ${n} of ${total} · ${kind} to ${to}${address ? ` <${address}>` : ''}`,
} as const;

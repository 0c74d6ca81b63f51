// What the line mode says beyond the questions themselves (those come from the session's own
// messages, so both modes ask exactly the same thing). Plain words and no box drawing: this
// mode is for screen readers and basic terminals. The review's words are the review core's
// (src/session/review/messages.ts), shared with the Ink review.

import { newsMessages } from '../session/news-messages.js';

export const messages = {
  intro:
    'followup-coach, line by line. Type < and press Enter to go back one question. An earlier answer shown after a question is kept with Enter; typing replaces it.',
  back: '<',
  section: (title: string) => `\n== ${title} ==`,
  hint: (text: string) => `  ${text}`,
  understood: (text: string) => `  ${text}`,
  noTerminal: 'the line-by-line session needs an interactive terminal, and this input is not one.',
  noTerminalTry: 'followup-coach --from interview.json (every note with its checklist, no questions)',
  cancelled:
    'Stopped. Every answer you gave is saved (not the one you were typing): run `followup-coach --plain` to continue where you left off.',
  stopped: newsMessages.stopped,
  notSaved: (why: string) =>
    `Stopped. Your latest answers were NOT saved (${why}); the next start offers only what an earlier save kept, if anything.`,
  cannotSave: (why: string) => `cannot save: ${why}; your answers are kept in memory until you quit`,
  backChoice: '< Back',
  // A pasted line refused: the lines pasted after it were for the questions after it.
  pastedLinesDropped: (count: number) =>
    `(The ${count === 1 ? 'line' : `${count} lines`} pasted after it ${count === 1 ? 'was' : 'were'} not used: paste ${count === 1 ? 'it' : 'them'} again once this answer is fixed.)`,
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
  topicsSaved: (topics: readonly string[]) =>
    `  ${topics.length === 1 ? '1 topic' : `${topics.length} topics`} saved: ${topics.join('; ')}`,
  keepTopics: 'Keep these topics?',
  topicsKeep: 'Keep them',
  topicsAdd: 'Add more',
  topicsEdit: 'Change one of them (it keeps its place)',
  whichTopic: 'Which topic?',
  topicChanged: (n: number) => `Topic ${n} (Enter keeps it as it is)`,
  topicsReplace: 'Start the list again',

  person: (n: number, name: string) => `\n-- Interviewer ${n}${name ? `: ${name}` : ''} --`,
  interviewersTitle: (n: number) => `Interviewers (${n})`,
  // A bullet, not a number: the choices below it are numbered, and "1" must mean one thing.
  interviewerLine: (name: string, title: string, reach: string) => `  - ${name}, ${title} (${reach})`,
  reachEmail: (address: string) => `e-mail ${address}`,
  reachPhone: (number: string) => `phone ${number}`,
  reachNone: 'no address yet',
  interviewersAction: 'What next?',
  addInterviewer: 'Add an interviewer',
  editInterviewer: (name: string) => `Edit ${name}`,
  removeInterviewer: (name: string) => `Remove ${name}`,
  interviewersDone: 'Done: on to next steps',
  problem: (text: string) => `  ! ${text}`,

  finished: (id: string) => `Saved as ${id}. Later: followup-coach regen ${id}, or followup-coach list.`,
  /** What is due next as the session ends ("thank-you to Gloria Ruiz: due today"): one line each when several. */
  next: (steps: readonly string[]) =>
    steps.length === 1 ? `Next: ${steps[0]}` : `Next:\n${steps.map((step) => `  - ${step}`).join('\n')}`,
} as const;

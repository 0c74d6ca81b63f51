// The words of recording news from the session's home (the Ink app and the line mode).
import { doneLabel, kindSent } from '../model/note-kinds.js';
import type { NoteKind, Status } from '../model/types.js';

const RECORDED: Readonly<Record<Status, string>> = {
  'not-selected': 'not selected this time',
  offer: 'an offer',
  closed: 'closed',
  waiting: 'waiting for their decision',
};

export const newsMessages = {
  homeEntry: (company: string, role: string) => `Record news: ${company}, ${role} (their answer, or a note you sent yourself)`,
  prepEntry: 'Before an interview: what to note down while you are there',
  what: 'What happened?',
  outcome: {
    'not-selected': 'They told me I am not the final choice',
    offer: 'I have an offer',
    closed: 'It is over for another reason (I withdrew, the role closed)',
    waiting: 'Still waiting (undo an answer recorded by mistake)',
  } satisfies Record<Status, string>,
  sentByHand: 'I sent a note or made a call myself',
  told: 'Who told you?',
  someoneElse: 'Someone else, or I would rather not say',
  kind: 'Which note went out?',
  kinds: {
    'thank-you': 'A thank-you note',
    'follow-up': 'A follow-up e-mail',
    voicemail: 'A follow-up call or voicemail',
    'contact-request': 'A request for contact details',
    'not-selected': 'Thanks after the decision',
    'stay-in-touch': 'A stay-in-touch note',
  } satisfies Record<NoteKind, string>,
  person: 'To whom?',
  recordedOutcome: (company: string, status: Status, next: string) => `Recorded for ${company}: ${RECORDED[status]}. ${next}`,
  /** `spoken`: the step was a call (src/model/note-kinds.ts): "Recorded: the thank-you call to Sam Ortiz, today." */
  recordedSent: (kind: NoteKind, spoken: boolean, to: string, next: string) =>
    `Recorded: ${doneLabel(kind, spoken)} to ${to}, today. ${next}`,
  /** What was recorded, as the session's last line lists it: "not selected this time for Acme". */
  shortOutcome: (company: string, status: Status) => `${RECORDED[status]} for ${company}`,
  shortSent: (kind: NoteKind, to: string) => `${kindSent(kind)} to ${to}`,
  /** Ctrl-C away from the questions, in both modes: "Stopped. Saved: the thanks after the decision to Sam Ortiz." */
  stopped: (recorded: readonly string[]) => (recorded.length === 0 ? 'Stopped.' : `Stopped. Saved: ${recorded.join('; ')}.`),
  prepBack: 'Enter or Esc: back',
  roundQuestion: (company: string, role: string) =>
    `${company}, ${role} is already saved. Is this a later interview (a new round) for the same role?`,
  roundYes: 'Yes: save it as the next round of that application',
  roundNo: 'No: save it as a separate interview',
} as const;

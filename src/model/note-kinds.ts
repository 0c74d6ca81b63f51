// What each kind of note is called, in every form the words need, in one table: adding or
// renaming a kind is one row here. The kinds themselves (and their order) are NOTE_KINDS in
// types.ts; the record type makes a missing row a type error.
import { NOTE_KINDS, type NoteKind } from './types.js';

interface KindWords {
  /** The note inside a sentence: "Copied the thank-you note to Priya". */
  readonly label: string;
  /** With its article, as the compose errors say it: "a thank-you note". */
  readonly withArticle: string;
  /** Alone as a heading: "Thank-you". */
  readonly title: string;
  /** The step to take, as a calendar reminder says it: "Send a thank-you to Priya". */
  readonly action: (person: string) => string;
  /** What went out, as a recorded step says it: "Recorded: the follow-up call to Priya". */
  readonly sent: string;
  /** The step as the schedule lists it: "follow-up call to Sam: due now". */
  readonly step: string;
  /** Whether the step is a call (made) rather than a note (sent). */
  readonly spoken: boolean;
  /**
   * The kind as a call, for someone who reached you by phone: the script inside a sentence
   * ("Copied the thank-you call script to Sam"), the call as a recorded step says it ("the
   * thank-you call to Sam") and as a heading ("Thank-you call"). Null for a kind that is never a call.
   */
  readonly call: { readonly label: string; readonly made: string; readonly title: string } | null;
}

const KIND_WORDS: Readonly<Record<NoteKind, KindWords>> = {
  'thank-you': {
    label: 'thank-you note',
    withArticle: 'a thank-you note',
    title: 'Thank-you',
    action: (person) => `Send a thank-you to ${person}`,
    sent: 'the thank-you note',
    step: 'thank-you',
    spoken: false,
    call: { label: 'thank-you call script', made: 'the thank-you call', title: 'Thank-you call' },
  },
  'follow-up': {
    label: 'follow-up note',
    withArticle: 'a follow-up note',
    title: 'Follow-up',
    action: (person) => `Follow up with ${person}`,
    sent: 'the follow-up',
    step: 'follow-up',
    spoken: false,
    call: null,
  },
  voicemail: {
    label: 'voicemail script',
    withArticle: 'a voicemail script',
    title: 'Voicemail script',
    action: (person) => `Call ${person} to follow up`,
    sent: 'the follow-up call',
    step: 'follow-up call',
    spoken: true,
    call: { label: 'voicemail script', made: 'the follow-up call', title: 'Voicemail script' },
  },
  'contact-request': {
    label: 'contact request',
    withArticle: 'the contact request',
    title: 'Contact request',
    action: (person) => `Ask ${person} for the missing contact details`,
    sent: 'the request for contact details',
    step: 'contact request',
    spoken: false,
    call: null,
  },
  'not-selected': {
    label: 'note after the decision',
    withArticle: 'a note after the decision',
    // Headings read "Thanks after the decision to Grace": a trial's "After the decision to Grace" did not.
    title: 'Thanks after the decision',
    action: (person) => `Thank ${person} after the decision`,
    sent: 'the thanks after the decision',
    step: 'thanks after the decision',
    spoken: false,
    call: { label: 'call script after the decision', made: 'the call after the decision', title: 'Call after the decision' },
  },
  'stay-in-touch': {
    label: 'stay-in-touch note',
    withArticle: 'a stay-in-touch note',
    title: 'Stay-in-touch note',
    action: (person) => `Stay in touch with ${person}`,
    sent: 'the stay-in-touch note',
    step: 'stay-in-touch note',
    spoken: false,
    call: { label: 'stay-in-touch call script', made: 'the stay-in-touch call', title: 'Stay-in-touch call' },
  },
};

/**
 * The note as a heading, as what it is: with `spoken` (a call script) the call ("Thank-you call",
 * "Stay-in-touch call"), else the note ("Thank-you"). A trial's review headed a call script
 * "Stay in touch".
 */
export const noteTitle = (kind: NoteKind, spoken: boolean): string =>
  (spoken ? KIND_WORDS[kind].call?.title : undefined) ?? KIND_WORDS[kind].title;

/** "thank-you note", "voicemail script": the kind inside a sentence. */
export const kindLabel = (kind: NoteKind): string => KIND_WORDS[kind].label;

/** "a thank-you note", "the contact request". */
export const kindWithArticle = (kind: NoteKind): string => KIND_WORDS[kind].withArticle;

/** "Thank-you", "Stay-in-touch note": the kind as a heading, before "to Priya". */
export const kindTitle = (kind: NoteKind): string => KIND_WORDS[kind].title;

/** "the follow-up call": what went out, as a recorded step names it. */
export const kindSent = (kind: NoteKind): string => KIND_WORDS[kind].sent;

/** "follow-up call", "thanks after the decision": the kind as the schedule lists a step. */
export const kindStep = (kind: NoteKind): string => KIND_WORDS[kind].step;

/** Every way the schedule lists a step of `kind`: as a note, and as a call ("thank-you", "thank-you call"). */
export const kindSteps = (kind: NoteKind): readonly string[] => {
  const call = KIND_WORDS[kind].call?.made.replace(/^the /, '');
  return call === undefined || call === KIND_WORDS[kind].step ? [KIND_WORDS[kind].step] : [KIND_WORDS[kind].step, call];
};

/**
 * The note inside a sentence as what it is: with `spoken` (a call script: a voicemail, or a
 * thank-you to someone who phoned) the script, else the note. "thank-you call script", "follow-up note".
 */
export const noteLabel = (kind: NoteKind, spoken: boolean): string =>
  (spoken ? KIND_WORDS[kind].call?.label : undefined) ?? KIND_WORDS[kind].label;

/** What went out, or for a call what was made: "the thank-you note", "the thank-you call". */
export const doneLabel = (kind: NoteKind, spoken: boolean): string =>
  (spoken ? KIND_WORDS[kind].call?.made : undefined) ?? KIND_WORDS[kind].sent;

/** Whether the kind is a call to make rather than a note to send. */
export const kindIsCall = (kind: NoteKind): boolean => KIND_WORDS[kind].spoken;

/** "Send a thank-you to Priya": what the user does next for this kind. */
export const kindAction = (kind: NoteKind, person: string): string => KIND_WORDS[kind].action(person);

/** The kinds as `--kind` takes them, for help texts and usage errors: "thank-you, follow-up, ...". */
export const KIND_LIST: string = NOTE_KINDS.join(', ');

// The review's plain data: the notes and which is shown, what just happened (one status), the
// manual checks, and what the review asks the world to do (effects, run by run-effect.ts).
import type { AddressHelp, NoAsking } from '../../model/contact-schedule.js';
import type { Finding, Note, NoteEdit, SentEntry } from '../../model/types.js';
import type { CopyOutcome, EditOutcome } from '../effects.js';

export interface ReviewNote {
  readonly note: Note;
  /** The text is the user's own hand edit. */
  readonly edited: boolean;
  /** Null while the rules run. */
  readonly findings: readonly Finding[] | null;
  readonly spellingPending: boolean;
  /**
   * When the note went out, if it did (the sent log, or marked in this review): the text is then
   * the record of what was sent, and the review does not edit it.
   */
  readonly sentAt?: string | undefined;
  /** Why nobody is asked for its missing address, when nobody is (src/model/contact-schedule.ts). */
  readonly noAsking?: NoAsking | undefined;
}

/** A note as the effects hand it to the review. */
export interface ShownNote {
  readonly note: Note;
  readonly edited: boolean;
  readonly sentAt?: string | undefined;
  readonly noAsking?: NoAsking | undefined;
}

/** Which note is meant, across two writings of the notes: its kind and its recipient. */
export type NoteRef = Pick<Note, 'kind' | 'to'>;

/** Which notes the review shows: the first ones, or the follow-up that is due. */
export type NotesPurpose = 'review' | 'follow-up';

export type CopyMethod = Exclude<CopyOutcome['method'], 'none'>;

/**
 * What a copied note is for (selectors.ts `afterCopy`): `mail` to paste and send, `call` a
 * script ready for the call still to make, `no-address` a note nobody can send until its
 * address is known, `sent` the text of a note that went out already (nothing new to record),
 * `unconfirmed` a mail sent to the terminal's clipboard (OSC 52), which nothing can read back:
 * recorded only once the user says it was sent.
 */
export type AfterCopy = 'mail' | 'unconfirmed' | 'call' | 'no-address' | 'sent';

export type ReviewStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'blocked'; readonly errors: number }
  | { readonly kind: 'copying' }
  /**
   * `spoken`: the note is a call script, so what comes next is a call, not a mail; `next`: what
   * the copy is for; `ask`: who the notes ask for a missing address, if one does.
   */
  | {
      readonly kind: 'copied';
      readonly method: CopyMethod;
      readonly attachments: readonly string[];
      readonly spoken: boolean;
      readonly next: AfterCopy;
      readonly ask: AddressHelp;
    }
  | { readonly kind: 'subject-copied'; readonly method: CopyMethod }
  | { readonly kind: 'no-subject' }
  | { readonly kind: 'copy-failed'; readonly problem: string }
  | { readonly kind: 'editing'; readonly editor: string }
  | { readonly kind: 'edited' }
  | { readonly kind: 'edit-unchanged' }
  | { readonly kind: 'edit-failed'; readonly message: string }
  | { readonly kind: 'edit-not-saved'; readonly why: string }
  /** `e` on a note already sent: what went out stays as it was (`at`: when it was sent). */
  | { readonly kind: 'sent-not-editable'; readonly at: string }
  /** The checklist says the note is early: marking it sent again records it anyway. */
  | { readonly kind: 'early' }
  | { readonly kind: 'recording' }
  | { readonly kind: 'sent'; readonly at: string; readonly spoken: boolean }
  /** `s` on a note already on record: it is not recorded twice (`at`: when it was). */
  | { readonly kind: 'already-sent'; readonly at: string; readonly spoken: boolean }
  | { readonly kind: 'not-recorded'; readonly why: string }
  | { readonly kind: 'calendar'; readonly path: string; readonly count: number }
  | { readonly kind: 'calendar-failed'; readonly problem: string }
  /** What the save before the review has to say (the id moved, or why it stays), until the next key that acts. */
  | { readonly kind: 'notice'; readonly text: string };

/** The three manual checks on screen, asked before the session's first copy. */
export interface Checking {
  readonly ticked: readonly boolean[];
}

export interface ReviewState {
  /** Null until the notes are written. */
  readonly notes: readonly ReviewNote[] | null;
  readonly selected: number;
  readonly status: ReviewStatus;
  readonly checking: Checking | null;
  /** The manual checks were confirmed in this session: copying asks them no more. */
  readonly manualConfirmed: boolean;
  /** Marked sent in this review, in order. */
  readonly marked: readonly SentEntry[];
  /** What is due and when, in words, with what was marked here. */
  readonly schedule: readonly string[];
  readonly editorName: string;
  /** The note to open on when the notes are first written (the one on screen before an answer changed). */
  readonly openAt: NoteRef | null;
}

export type ReviewAction =
  | { readonly type: 'notes'; readonly notes: readonly ShownNote[] }
  /** The instant rules for `note` (matched by identity: a stale result for an edited note is dropped). */
  | { readonly type: 'rules'; readonly note: Note; readonly findings: readonly Finding[] }
  /** Spelling and grammar for `note`; null when the rules already held them. */
  | { readonly type: 'spelling'; readonly note: Note; readonly findings: readonly Finding[] | null }
  | { readonly type: 'schedule'; readonly lines: readonly string[] }
  | { readonly type: 'move'; readonly by: number }
  | { readonly type: 'show'; readonly index: number }
  | { readonly type: 'copy'; readonly override?: boolean }
  | { readonly type: 'copy-subject' }
  | { readonly type: 'copied'; readonly outcome: CopyOutcome; readonly what: 'body' | 'subject' }
  | { readonly type: 'tick'; readonly item: number }
  | { readonly type: 'confirm-checks' }
  | { readonly type: 'cancel-checks' }
  /** `sure`: the user already said yes to an early note (line mode asks before marking). */
  | { readonly type: 'mark-sent'; readonly at: string; readonly sure?: boolean }
  | { readonly type: 'recorded'; readonly entry: SentEntry }
  | { readonly type: 'not-recorded'; readonly why: string }
  | { readonly type: 'edit' }
  | { readonly type: 'edit-done'; readonly outcome: EditOutcome; readonly at: string }
  | { readonly type: 'edit-saved' }
  | { readonly type: 'edit-not-saved'; readonly why: string }
  | { readonly type: 'reminders' }
  | { readonly type: 'reminders-written'; readonly path: string; readonly count: number }
  | { readonly type: 'reminders-failed'; readonly problem: string }
  /** Esc on a blocked copy: back to the note. */
  | { readonly type: 'dismiss' };

export type ReviewEffect =
  | { readonly type: 'compose' }
  | { readonly type: 'check'; readonly note: Note; readonly siblings: readonly Note[] }
  | { readonly type: 'schedule'; readonly sent: readonly SentEntry[] }
  | { readonly type: 'copy'; readonly text: string; readonly what: 'body' | 'subject' }
  | { readonly type: 'record'; readonly note: Note; readonly entry: SentEntry }
  | { readonly type: 'edit'; readonly text: string }
  | { readonly type: 'save-edit'; readonly edit: NoteEdit }
  | { readonly type: 'reminders' };

/** What one action did: the next state, and what to do in the world. */
export interface ReviewStep {
  readonly state: ReviewState;
  readonly effects: readonly ReviewEffect[];
}

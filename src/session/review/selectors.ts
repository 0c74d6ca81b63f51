// What the front ends read off the review's state: the note on screen, the sent log, and what a
// copy of a note leads to (one answer for the Ink review, the line mode and regen).
import { type AddressAsk, type AddressHelp, helpForNote } from '../../model/contact-schedule.js';
import { entriesFor } from '../../model/sent-log.js';
import { isSpoken } from '../../model/spoken.js';
import type { Interview, Note, SentEntry } from '../../model/types.js';
import type { AfterCopy, ReviewNote, ReviewState } from './types.js';

/**
 * Whether the note may be edited: not once it went out, since its text is then the record of
 * what was sent. The reducer refuses `edit` by this; a front end that lists actions offers Edit
 * by it.
 */
export function editable(item: Pick<ReviewNote, 'sentAt'>): boolean {
  return item.sentAt === undefined;
}

/** The note on screen, if the notes are written. */
export function currentNote(state: ReviewState): ReviewNote | undefined {
  return state.notes?.[Math.min(state.selected, state.notes.length - 1)];
}

/** The sent log as the review knows it: the interview's, and what was marked here (once each). */
export function sentLog(interview: Interview, marked: readonly SentEntry[]): readonly SentEntry[] {
  // The interview may be saved again after a changed answer, with these entries in it already.
  const known = (entry: SentEntry) => interview.sent.some((e) => e.kind === entry.kind && e.to === entry.to && e.at === entry.at);
  const fresh = marked.filter((entry) => !known(entry));
  return fresh.length === 0 ? interview.sent : [...interview.sent, ...fresh];
}

/** When this note (its kind, to this person; a second follow-up after the first) was last sent, if it was. */
export function lastSent(sent: readonly SentEntry[], note: Pick<Note, 'kind' | 'to' | 'follows'>): SentEntry | undefined {
  return entriesFor(sent, note).at(-1);
}

/** The first note still to send (not sent before, not marked sent here), or null when all have gone. */
export function firstToSend(notes: readonly Pick<ReviewNote, 'sentAt'>[]): number | null {
  const index = notes.findIndex((r) => r.sentAt === undefined);
  return index < 0 ? null : index;
}

/**
 * What comes after a copy of this note. Only a mail that can go out is sent by the paste that
 * follows, so only then does the question "mark it sent?" default to yes and a plain `regen`
 * record it on copy: a call script is ready, but the call is made later (and marked then); a
 * note with no address waits for one; a note that went out is copied as it went, recorded once.
 */
export function afterCopy(
  item: {
    readonly note: Pick<Note, 'kind' | 'by' | 'address'>;
    readonly sentAt?: string | undefined;
  },
  method?: 'clipboard' | 'osc52' | 'none',
): AfterCopy {
  if (item.sentAt !== undefined) return 'sent';
  if (!item.note.address) return 'no-address';
  if (isSpoken(item.note)) return 'call';
  // OSC 52 cannot be read back (tmux drops it without set-clipboard): the user says when it went.
  return method === 'osc52' ? 'unconfirmed' : 'mail';
}

/**
 * Who the notes ask for the missing addresses, if one does: the contact request's recipient, or
 * the person whose thank-you asks in a line of its own (src/model/contact-schedule.ts).
 */
export function contactAsked(
  notes: readonly { readonly note: Pick<Note, 'kind' | 'to' | 'asksFor'> }[] | null,
): AddressAsk | null {
  const asking = notes?.find((r) => r.note.kind === 'contact-request' || (r.note.asksFor?.length ?? 0) > 0)?.note;
  return asking === undefined ? null : { name: asking.to, inThankYou: asking.kind === 'thank-you' };
}

/** Who can help with the missing address of the note `item`: nobody is asked after a decision or past a thank-you's day. */
export function addressHelp(
  item: Pick<ReviewNote, 'noAsking'> & { readonly note: Pick<Note, 'kind' | 'to'> },
  notes: readonly { readonly note: Pick<Note, 'kind' | 'to' | 'asksFor'> }[] | null,
): AddressHelp {
  return item.noAsking ?? helpForNote(contactAsked(notes), item.note);
}

// Who receives which kind of note. One note per person, always: the advice is unanimous that a
// group note reads as no note at all.
import { missingAddressIn, whoToAsk, type AddressNeed } from '../model/address.js';
import { answerMedium } from '../model/answer-medium.js';
import { askedInThankYou } from '../model/contact-schedule.js';
import { tellerOffPanel } from '../model/outcome.js';
import type { Interview, Interviewer, Medium, NoteKind } from '../model/types.js';
import { closest } from '../model/closest.js';
import { type GoBetween, goBetweenOf, writtenThrough } from '../model/via.js';
import { ComposeError } from './errors.js';
import { messages } from './messages.js';
import { matchName } from './match-name.js';

export interface Recipient {
  readonly name: string;
  /** E-mail, or the phone number for a script to read on a call; undefined when unknown. */
  readonly address: string | undefined;
  /** How the note goes out: written, or read aloud on a call. */
  readonly by: Medium;
  /** The interviewer this note is for; null for a recruiter. */
  readonly interviewer: Interviewer | null;
  /** The interviewer's position in the interview, which picks a phrasing variant. */
  readonly index: number;
  /** The go-between the note is sent through (src/model/via.ts); `address` is then theirs. */
  readonly via?: GoBetween | undefined;
}

export interface MissingAddress {
  readonly interviewer: Interviewer;
  readonly needs: AddressNeed;
}

/**
 * Interviewers without an address for the medium they used with you. Someone who reached you
 * only by phone, and whose number you have, lacks nothing: their notes are calls; nor does
 * someone whose notes go through a go-between (src/model/via.ts).
 */
export function missingAddresses(interview: Interview): MissingAddress[] {
  return interview.interviewers.flatMap((interviewer): MissingAddress[] => {
    const needs = missingAddressIn(interview, interviewer);
    return needs === null ? [] : [{ interviewer, needs }];
  });
}

/**
 * Who to ask for missing addresses: the recruiter when known; otherwise an interviewer we can
 * already e-mail (the advice: ask the recruiter, HR, or anybody who can pass it on). Never a
 * placeholder name that could be sent by mistake.
 */
export function contactAsker(interview: Interview): Recipient | null {
  const asked = whoToAsk(interview);
  if (!asked) return null;
  const interviewer = asked.index === null ? null : interview.interviewers[asked.index]!;
  return { name: asked.name, address: asked.email, by: 'email', interviewer, index: asked.index ?? 0 };
}

/** Someone to call rather than write to: they used the phone with you, or a phone is all you have. */
export function isVoicemailRecipient(person: Interviewer): boolean {
  return answerMedium(person) === 'phone' || (!person.email && Boolean(person.phone));
}

/** Every recipient of a kind, or a ComposeError that says why there is none. */
export function recipientsOf(interview: Interview, kind: NoteKind): Recipient[] {
  if (interview.interviewers.length === 0) throw new ComposeError(messages.noInterviewers);
  const between = goBetweenOf(interview);
  const each = interview.interviewers.map((person, index): Recipient => {
    // Through a go-between there is an address to write to, even for someone who gave you none.
    const through = between !== null && writtenThrough(interview, person, kind);
    if (through) return { name: person.name, address: between.email, by: 'email', interviewer: person, index, via: between };
    // Match the medium: a caller is thanked by a call, also after a no, and a voicemail is always a call.
    // Keeping in touch, months on, is a call only when there is no address to write to: an e-mail
    // waits to be read, where a call interrupts.
    const byCall =
      kind === 'voicemail' ||
      ((kind === 'thank-you' || kind === 'not-selected') && isVoicemailRecipient(person)) ||
      (kind === 'stay-in-touch' && !person.email?.trim() && Boolean(person.phone?.trim()));
    const by: Medium = byCall ? 'phone' : 'email';
    return { name: person.name, address: by === 'phone' ? person.phone : person.email, by, interviewer: person, index };
  });
  switch (kind) {
    case 'follow-up': {
      // The second note answers in the medium they used: e-mail people get this note, phone
      // people a voicemail script (the schedule says the same).
      const writers = each.filter((recipient) => recipient.interviewer && answerMedium(recipient.interviewer) === 'email');
      if (writers.length === 0) throw new ComposeError(messages.noFollowUpByMail);
      return writers;
    }
    case 'not-selected': {
      // A recruiter who told you the news off the panel gets a reply too, first: they told you.
      const teller = tellerOffPanel(interview);
      if (teller === null) return each;
      const email = teller.email?.trim();
      const phone = teller.phone?.trim();
      const by: Medium = !email && phone ? 'phone' : 'email';
      const address = by === 'phone' ? phone : email;
      return [{ name: teller.name, address: address || undefined, by, interviewer: null, index: each.length }, ...each];
    }
    case 'thank-you':
    case 'stay-in-touch':
      return each;
    case 'voicemail': {
      const callers = each.filter((recipient) => recipient.interviewer && isVoicemailRecipient(recipient.interviewer));
      const phonedNoNumber = interview.interviewers.filter((person) => person.medium === 'phone').map((person) => person.name);
      if (callers.length === 0 && phonedNoNumber.length > 0) throw new ComposeError(messages.noNumberToCall(phonedNoNumber));
      if (callers.length === 0) throw new ComposeError(messages.noVoicemail);
      return callers;
    }
    case 'contact-request': {
      const missing = missingAddresses(interview);
      if (missing.length === 0) throw new ComposeError(messages.nothingMissing);
      const asker = contactAsker(interview);
      if (!asker) throw new ComposeError(messages.nobodyToAsk(missing.map((entry) => entry.interviewer.name)));
      const inThankYou = askedInThankYou(interview);
      if (inThankYou !== null) throw new ComposeError(messages.askedInThankYou(inThankYou.name));
      return [asker];
    }
  }
}

/** Whether the note of `kind` to `person` is a call script, as compose writes it: a call is made, not sent. */
export function isCallTo(interview: Interview, kind: NoteKind, person: string): boolean {
  if (kind === 'voicemail') return true;
  try {
    return recipientsOf(interview, kind).some((r) => r.name === person && r.by === 'phone');
  } catch {
    // No note of this kind for anyone (compose says why when it is written): it is no call either.
    return false;
  }
}

/** The name the candidate greets `person` by, when one is saved, for matching `--to`. */
export function greetingNameOf(person: Interviewer): string | undefined {
  return person.greeting?.trim() || undefined;
}

const named = (person: Interviewer) => ({ name: person.name, greeting: greetingNameOf(person) });

/**
 * The recipients `to` names (see matchName: the whole name, the greeting name, a given name or
 * surname, or the start of the name), or a ComposeError that lists who fits or who receives it.
 */
/** The one name of `names` that `to` is a slip or two from, whole or by one of its words ("Debra" for Deborah Ellery). */
function nearName(to: string, names: readonly string[]): string | undefined {
  const words = names.flatMap((name) => [name, ...name.split(/\s+/)].map((word) => ({ word, name })));
  const near = closest(
    to,
    words.map((each) => each.word),
  );
  const matches = new Set(words.filter((each) => each.word === near).map((each) => each.name));
  return matches.size === 1 ? [...matches][0] : undefined;
}

export function pickRecipients(interview: Interview, kind: NoteKind, recipients: readonly Recipient[], to: string): Recipient[] {
  const names = recipients.map((recipient) => recipient.name);
  const match = matchName(
    recipients.map((recipient) => (recipient.interviewer ? named(recipient.interviewer) : { name: recipient.name })),
    to,
  );
  if (match.kind === 'found') return match.indexes.map((index) => recipients[index]!);
  if (match.kind === 'ambiguous')
    throw new ComposeError(
      messages.ambiguousRecipient(
        to,
        match.indexes.map((index) => names[index]!),
      ),
    );
  const anyone = matchName(interview.interviewers.map(named), to);
  const elsewhere = anyone.kind === 'found' ? interview.interviewers[anyone.indexes[0]!] : undefined;
  if (elsewhere && kind === 'follow-up' && answerMedium(elsewhere) === 'phone') {
    throw new ComposeError(messages.followUpByPhone(elsewhere.name));
  }
  if (elsewhere) throw new ComposeError(messages.notARecipient(elsewhere.name, kind, names));
  throw new ComposeError(messages.unknownRecipient(to, kind, names, nearName(to, names)));
}

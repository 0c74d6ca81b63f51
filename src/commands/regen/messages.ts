// The words of `followup-coach regen`, in one place.
import { shellQuote } from '../../model/command-line.js';
import { doneLabel, kindLabel, noteLabel } from '../../model/note-kinds.js';
import type { AddressHelp } from '../../model/contact-schedule.js';
import { contactLabels } from '../../session/messages.js';
import type { NoteKind } from '../../model/types.js';
import { actions, line as reviewLine } from '../../session/review/messages.js';

const listOf = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

/** "The thank-you call": a call, as made. */
const made = (kind: NoteKind) => doneLabel(kind, true).replace(/^the/, 'The');

export const messages = {
  exclusive: (flags: readonly string[]) => `${flags.join(' and ')} cannot be used together: pick one way to get the notes.`,
  exclusiveTry: 'followup-coach regen --help',

  // regen without a terminal
  needsId: 'regen needs the interview id: there is no terminal to ask which one.',
  needsIdTry: (ids: readonly string[]) =>
    ids.length === 0
      ? 'save an interview first: followup-coach import FILE'
      : `followup-coach regen ID [--kind KIND] [--to NAME] [--print]   with ID one of: ${ids.join(', ')}`,
  nothingDue: (id: string, to: string | null, done: string | null) =>
    `nothing is due for ${to === null ? id : `${to} in ${id}`}, so nothing was copied or recorded.${done ? `\n${done}` : ''}`,
  nothingDueTry: (id: string, kinds: readonly NoteKind[]) =>
    kinds.length === 0 ? `followup-coach list` : `followup-coach regen ${id} --kind KIND   (${kinds.join(', ')})`,
  afterOffer: (kind: NoteKind, toldBy: string | undefined) =>
    `you have an offer, so there is no ${kindLabel(kind)} to write: it would ask to be considered, or chase an answer you already have. ` +
    `Answer the offer itself${toldBy ? `, and thank ${toldBy} for it in that reply` : ', and thank whoever made it in that reply'}.`,
  afterOfferTry: (id: string) => `followup-coach regen ${id} --kind thank-you --print   (the thank-you, to read again)`,
  notDueYet: (id: string, to: string | null, line: string, why: string) =>
    `nothing is due for ${to === null ? id : `${to} in ${id}`} yet, so nothing was copied or recorded.\nNext: ${line}\n  ${why}`,
  /** Nothing due, and the next step belongs to another round of the application: say so, so the round it names is not read as this one's. */
  notDueInRound: (id: string, to: string | null, round: number, line: string, why: string) =>
    `${id} owes ${to === null ? 'nothing more' : `${to} nothing more`} itself; what its application owes next belongs to round ${round}, and it is not due yet, so nothing was copied or recorded.\nNext: ${line}\n  ${why}`,
  // `line`: the step as `list` words it ("stay-in-touch note to Priya: not before ...").
  notDueNow: (line: string) => `Not due yet: ${line}. Read it now, and send it then.`,
  /** A reply to a no, or a stay-in-touch note, asked for while the interview still waits for its decision. */
  noEarlierNote: (id: string, to: string) =>
    `No thank-you to ${to} is on record, so this follow-up quotes none and thanks them for the interview itself. If you did send one, record it and run this again: followup-coach sent ${id} --kind thank-you --to ${shellQuote(to)}`,
  forAfterNo: (id: string) =>
    `Not due yet: this note is for after a no, and no decision is recorded. Read it now; once you hear, record it with: followup-coach status ${id} not-selected --told-by NAME`,
  /** --eml and --mailto without --to leave out the notes already sent: a draft is one click from sent. */
  skippedSent: (kind: NoteKind, people: readonly string[]) =>
    `Left out, already sent: the ${kindLabel(kind)} to ${listOf(people)}. To write one again anyway, name the person with --to.`,
  allSent: (kind: NoteKind) => `every ${kindLabel(kind)} was already sent, so no draft or link was made.`,
  allSentTry: (id: string, kind: NoteKind) => `followup-coach regen ${id} --kind ${kind} --to NAME   (to write one again anyway)`,
  /** --to named someone whose note already went: written as asked, with a warning. */
  againSent: (kind: NoteKind, to: string, day: string) =>
    `Warning: the ${kindLabel(kind)} to ${to} was already sent on ${day}. This is that note again: do not send it twice.`,
  notDueYetTry: (id: string, kind: NoteKind, to: string) =>
    `followup-coach regen ${id} --kind ${kind} --to ${shellQuote(to)} --print   (to read it now; it is not recorded)`,
  // `spoken`: the note is a call script (src/model/spoken.ts), so it is named as a script and its call as made.
  chose: (kind: NoteKind, spoken: boolean, to: string, why: string) =>
    `No --kind given: writing the ${noteLabel(kind, spoken)} to ${to} (${why}).`,
  sentAsSent: (kind: NoteKind, spoken: boolean, to: string, day: string) =>
    spoken
      ? `${made(kind)} to ${to} was made on ${day}: this is the script as it stood when the call was recorded, which later edits do not change.`
      : `The ${kindLabel(kind)} to ${to} was sent on ${day}: this is the text that went out, which later edits do not change.`,
  sentNoText: (kind: NoteKind, spoken: boolean, to: string, day: string) =>
    spoken
      ? `${made(kind)} to ${to} was recorded as made on ${day}: this is the script as it stood that day, without later edits.`
      : `The ${kindLabel(kind)} to ${to} was recorded as sent on ${day}, without its text: this is the note as it stood that day, without later edits.`,
  /** --kind follow-up with an earlier round's id: the later round's follow-up replaces it. */
  laterRoundFollowUp: (id: string, round: number, from: string) =>
    `${id} was an earlier round: since round ${round}, the follow-up is that round's, about your latest meeting. Writing it from ${from}.`,
  otherRound: (id: string, round: number, from: string) =>
    `${id} owes nothing more itself; what its application owes now belongs to round ${round}: writing it from ${from}.`,

  // regen result
  copied: (kind: NoteKind, spoken: boolean, to: string, address: string | undefined, how: string) =>
    `Copied the ${noteLabel(kind, spoken)} to ${to}${address ? ` <${address}>` : ''} ${how}.`,
  via: { clipboard: 'to the clipboard', osc52: 'through the terminal (OSC 52)' },
  subject: (subject: string) => `Subject: ${subject}`,
  /** `ask`: who is asked for it, nobody known (null), or why nobody is (after the decision, too late for a thank-you). */
  noAddress: (spoken: boolean, to: string, ask: AddressHelp, id: string) =>
    ask !== null && typeof ask === 'object' && ask.ownAddress === true
      ? `There is no e-mail address for ${to} yet, and this request goes to them. Once you have it, add it (in the guided session's review of this interview, a, "${contactLabels.email(to)}"; or with followup-coach export ${id} > ${id}.json, an "email" in its "recruiter", and followup-coach import ${id}.json --replace), then send the note. Or ask them on a call or in person for the address it asks for, and add that instead.`
      : `There is no ${spoken ? 'phone number' : 'e-mail address'} for ${to} yet: ${
          ask === null
            ? 'ask the recruiter or someone you met for it'
            : ask === 'after-decision'
              ? 'after the decision the coach asks nobody for it'
              : ask === 'too-late'
                ? 'it is too late to ask for it for a thank-you, so the schedule leaves this one out'
                : ask.inThankYou
                  ? `your thank-you to ${ask.name} asks for it (followup-coach regen ${id} --kind thank-you --to ${shellQuote(ask.name)})`
                  : `the contact request asks ${ask.name} for it (followup-coach regen ${id} --kind contact-request)`
        }. Once you have it, add it (in the guided session's review of this interview, a, The interviewers; or with followup-coach export ${id} > ${id}.json, your edit, and followup-coach import ${id}.json --replace), then ${spoken ? 'call' : 'send the note'}.`,
  attach: (files: readonly string[]) => `Attach: ${files.join(', ')}`,
  notCopied: (reason: string) => `Could not copy the note: ${reason}.`,
  printedBelow: 'Here it is to copy by hand (nothing was recorded as sent):',
  checklistHeading: (kind: NoteKind, spoken: boolean, to: string) => `Checklist for the ${noteLabel(kind, spoken)} to ${to}:`,
  blocked: 'Not copied: fix what the checklist marks as an error first, or pass --force to copy it anyway.',
  blockedTry: (id: string) =>
    `followup-coach regen ${id} --kind KIND --to NAME --force   (or edit the note in the guided session)`,
  forced: '--force: copying despite the errors above, as you asked.',
  early: 'Not copied: the checklist says this note is early (see above), and a copied note is recorded as sent.',
  earlyTry: (id: string, kind: NoteKind, to: string) =>
    `wait for the day above, or read it now with: followup-coach regen ${id} --kind ${kind} --to ${shellQuote(to)} --print   (--force copies it and records it as sent)`,
  forcedEarly: '--force: copying the early note and recording it as sent, as you asked.',
  clipboardFailed: (reason: string) => `(The system clipboard was not used: ${reason}.)`,
  others: (count: number) => `${count === 1 ? 'One more note' : `${count} more notes`} of this kind:`,
  other: (id: string, kind: NoteKind, to: string) => `  ${to}: followup-coach regen ${id} --kind ${kind} --to ${shellQuote(to)}`,
  callNoLink: (id: string, kind: NoteKind, to: string) =>
    `${to} reached you by phone: their note is a call script to read out, so no mailto: link. Read it with: followup-coach regen ${id} --kind ${kind} --to ${shellQuote(to)} --print`,
  wrote: (count: number) => `Wrote ${count} ${count === 1 ? 'note' : 'notes'}:`,
  notRecorded: (kind: NoteKind, to: string, why: string) =>
    `The ${kind} note for ${to} was copied, but NOT recorded as sent: ${why}`,
  notRecordedTry: (id: string, kind: NoteKind, to: string) =>
    `fix that, then copy it again with \`followup-coach regen ${id} --kind ${kind} --to "${to}"\` to record it.`,
  recordedFor: (spoken: boolean) =>
    spoken
      ? 'Recorded as done; `followup-coach list` now shows what comes next.'
      : 'Recorded as sent; `followup-coach list` now shows what comes next.',
  /** A copy that records nothing: a call still to make, a note with no address, a note on record. */
  notRecordedYet: (id: string, kind: NoteKind, to: string, spoken: boolean) =>
    spoken
      ? `Not recorded yet: a call is recorded once you have made it. Then: followup-coach sent ${id} --kind ${kind} --to ${shellQuote(to)}`
      : `Not recorded as sent yet. Once you have sent it: followup-coach sent ${id} --kind ${kind} --to ${shellQuote(to)}`,
  onRecord: (spoken: boolean) =>
    spoken
      ? 'The call is on record already, so nothing new was recorded.'
      : 'It is on record as sent already, so nothing new was recorded.',
  callNext: (to: string, phone: string) =>
    `Call ${to} on ${phone} and read it out (or leave it as a voicemail): it is a script for a call, not a mail.`,

  // interactive regen
  pickInterview: 'Which interview?',
  pickKind: 'Which note?',
  pickPerson: 'For whom?',
  /** Beside the kind of the note due first: now (or overdue), or the next to come. */
  dueHint: (now: boolean) => (now ? 'due now' : 'due next'),
  cancelled: 'Cancelled: nothing was copied.',
  // The review's questions and actions in the review core's words (src/session/review/messages.ts).
  overrideQuestion: reviewLine.overrideBlocked,
  overrideNo: 'No, leave it (fix it in the guided session, or edit it and run followup-coach check)',
  overrideYes: 'Yes, copy it anyway: I have read what the checklist says',
  earlyQuestion: `Copied. ${reviewLine.markSentEarly}`,
  earlyNo: 'No, do not mark it yet',
  earlyYes: `Yes, mark it ${actions.markedAs(false)} now`,
  madeQuestion: (kind: NoteKind) =>
    `Copied. Have you made the call already? Recorded as made, it tells the schedule that ${doneLabel(kind, true)} is done.`,
  madeNo: 'Not yet: I will mark it once I have made the call',
  madeYes: `Yes, mark the call ${actions.markedAs(true)} now`,
  noAddressQuestion: (to: string) => `Copied. There is no address for ${to} on file: have you sent it some other way already?`,
  noAddressNo: 'Not yet: I will mark it once it is sent',
  unconfirmedQuestion:
    'Sent to your terminal’s clipboard (OSC 52), which cannot be checked from here: paste it to see that it arrived. Have you sent it already?',
  noAddressYes: `Yes, mark it ${actions.markedAs(false)} now`,
  notRecordedEarly: (id: string, kind: NoteKind, to: string) =>
    `Not recorded as sent. Once you send it: followup-coach sent ${id} --kind ${kind} --to ${shellQuote(to)}`,
} as const;

// Every word of the review, for both front ends: `screen` is what the Ink review draws, `line`
// what the line mode prints and asks. The two keep their own phrasing where their keys differ
// ("press s" against a yes-or-no question); what they share is said once.
import type { AddressAsk, AddressHelp } from '../../model/contact-schedule.js';
import { contactLabels } from '../messages.js';
import { kindLabel } from '../../model/note-kinds.js';
import type { NoteKind } from '../../model/types.js';
import { noteTextMessages } from '../../deliver/messages.js';
import type { AfterCopy } from './types.js';

export const methodNames = {
  clipboard: 'system clipboard',
  osc52: 'through the terminal, OSC 52',
  none: 'not copied',
} as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const lacking = (spoken: boolean) => (spoken ? 'phone number' : 'e-mail address');

/**
 * Who can give a missing address: the person the contact request asks, or whoever the user can
 * ask; nobody after the decision, or once a thank-you is past its day (as the schedule says).
 */
const whoKnows = (ask: AddressHelp) =>
  ask === null
    ? 'ask the recruiter or someone you met for it'
    : ask === 'after-decision'
      ? 'after the decision the coach asks nobody for it'
      : ask === 'too-late'
        ? 'it is too late to ask for it for a thank-you, so the schedule leaves this one out'
        : ask.inThankYou
          ? `your thank-you to ${ask.name} asks for it`
          : `the contact request asks ${ask.name} for it`;

/**
 * The review's actions, named once for every place that offers them: the Ink review's keys
 * (src/ui/messages.ts), the line mode's menu and questions, and `regen`'s questions after a copy
 * (src/commands/regen/messages.ts). A trial found "mark as called" on one screen and "mark the
 * call as made" on another for the same key.
 */
export const actions = {
  copy: 'copy',
  copySubject: 'copy subject',
  edit: 'edit',
  /** What `s` does: a note is marked sent, a call script's call marked made. */
  mark: (spoken: boolean) => (spoken ? 'mark made' : 'mark sent'),
  /** The same in a sentence: "Mark note 2 as sent", "mark the call as made". */
  markedAs: (spoken: boolean) => (spoken ? 'as made' : 'as sent'),
  override: 'copy anyway',
  back: 'back',
  finish: 'finish',
} as const;

/**
 * The request itself has no address: it goes to the one it asks (a recruiter given no e-mail),
 * so it cannot ask them for theirs. `add` says where their e-mail is typed, in each front end.
 */
const ownAddress = (ask: AddressHelp): ask is AddressAsk => ask !== null && typeof ask === 'object' && ask.ownAddress === true;
const ownAddressWhy = (name: string) => `there is no e-mail address for ${name} yet, and this request goes to them`;
const askInstead = 'Or ask them on a call or in person for the address it asks for, and add that under The interviewers.';

const shared = {
  /** Before copying a note the checklist found errors in (its findings are shown above). */
  overrideQuestion: (errors: number) =>
    `The checklist found ${errors === 1 ? 'an error' : `${errors} errors`} in this note (above). Copy it anyway?`,
  /** Before recording a note the checklist calls early. */
  earlyQuestion: `The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Mark it ${actions.markedAs(false)} anyway?`,
  /** Beside a note on record: a call script's call was made, not sent. */
  alreadySent: (when: string, spoken = false) => `${spoken ? 'Called' : 'Sent'} ${when}.`,
  /** A copied note that went out already: the text as it went, and no second record. */
  copiedSent: (spoken: boolean) =>
    spoken
      ? 'the script of the call you made, which is on record already: nothing new is recorded.'
      : 'the text that went out, which is on record already: nothing new is recorded.',
  alreadyRecorded: (when: string, spoken: boolean) =>
    spoken
      ? `The call is on record already (made ${when}): nothing new was recorded.`
      : `Already on record as sent ${when}: nothing new was recorded.`,
  sentNotEditable: (when: string) =>
    `Sent ${when}: this text is the record of what went out, so it cannot be edited. To write to them again, send the next note when it is due (followup-coach list says when); a note you sent another way is recorded with followup-coach sent.`,
  editFailed: (why: string) => `Could not open the editor: ${why}`,
  subject: noteTextMessages.subject,
  /** A call script's subject is its title, not a mail's subject line (as regen prints it). */
  scriptTitle: noteTextMessages.scriptTitle,
  calendar: (path: string, count: number) =>
    count === 0
      ? `Nothing is due, so ${path} has no reminders.`
      : `${plural(count, 'reminder')} written to ${path}: import it into your calendar.`,
  calendarFailed: (why: string) => `Could not write the reminders: ${why}`,
  /** Under a follow-up to someone no thank-you is on record for (src/compose/compose.ts, priorThankYou). */
  noEarlierNoteAdvice: (to: string) =>
    `No thank-you to ${to} is on record, so this follow-up quotes none and thanks them for the interview itself. If you sent one another way, record it with followup-coach sent before you copy this.`,
} as const;

/**
 * The checks only the user can make, confirmed before the first copy of a session, unless a note
 * of that kind of this interview was sent before (src/session/review/reduce.ts).
 */
export const manualChecks = {
  title: 'Before your first copy, three things only you can check:',
  items: [
    'The note sounds gracious and sincere, in your own voice.',
    'You went over your own notes from the meeting.',
    'Nobody will "swing by" or check in on your behalf.',
  ],
  box: (ticked: boolean) => (ticked ? '[x]' : '[ ]'),
} as const;

export const MANUAL_CHECK_COUNT = manualChecks.items.length;

export const screen = {
  ...shared,
  /** In the review's header, the whole time it is open: the id regen and the other commands take. */
  savedAs: (id: string) => `saved as ${id}`,
  heading: (n: number, total: number, kind: string, to: string) => `Note ${n} of ${total} · ${kind} to ${to}`,
  address: (address: string) => `<${address}>`,
  noAddress: (spoken: boolean) => (spoken ? '· no phone number on file' : '· no e-mail address on file'),
  noSubject: '(spoken, no subject)',
  preparing: 'Writing your notes…',
  checking: 'checking spelling…',
  pending: '…',
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
  /** Over a note scrolled down: without it, a note scrolled by a line or two looks as if its subject were gone. */
  scrollAbove: (above: number) => `↑ ${above} more line${above === 1 ? '' : 's'}`,
  findingsTitle: 'Checklist',
  finding: (line: number, rule: string, message: string) => `line ${line} · ${rule}: ${message}`,
  /** The heading of several findings at one place, and each of them under it. */
  place: (line: number, excerpt: string, rules: readonly string[]) => `line ${line} · “${excerpt}” · ${rules.join(' + ')}`,
  ofRule: (rule: string, message: string) => `${rule}: ${message}`,
  edited: '(edited by you)',
  copying: '…',
  copied: (
    method: string,
    attachments: readonly string[] = [],
    spoken = false,
    next: AfterCopy = 'mail',
    ask: AddressHelp = null,
  ) => {
    const where = method === 'osc52' ? 'Sent to your terminal’s clipboard (OSC 52)' : 'Copied to the clipboard';
    if (next === 'sent') return `${where}: ${shared.copiedSent(spoken)}`;
    if (next === 'no-address' && ownAddress(ask))
      return `${where}, but ${ownAddressWhy(ask.name)}: press a and pick "${contactLabels.email(ask.name)}" to add it, send the note, then press s.`;
    if (next === 'no-address')
      return `${where}, but there is no ${lacking(spoken)} for this person yet (${whoKnows(ask)}): press a to add it under The interviewers, ${spoken ? 'make the call' : 'send the note'}, then press s.`;
    if (spoken)
      return `${where}: keep the script in front of you, make the call and read it out (or leave it as a voicemail), then press s to mark the call made.`;
    return (
      (method === 'osc52'
        ? `${where}. Paste it to check; then press s once you send it.`
        : `${where}. Paste it into your mail, send it, then press s to mark it sent.`) +
      (attachments.length > 0 ? ` The note says it attaches ${attachments.join(', ')}: attach it before you send.` : '')
    );
  },
  /** Under a note with no address, before it is copied. */
  noAddressAdvice: (spoken: boolean, ask: AddressHelp) =>
    ownAddress(ask)
      ? `No e-mail address for ${ask.name} yet, and this request goes to them: press a and pick "${contactLabels.email(ask.name)}" to add it. ${askInstead}`
      : `No ${lacking(spoken)} for this person yet: ${whoKnows(ask)}. Once you have it, press a and add it under The interviewers.`,
  subjectCopied: (method: string) =>
    `Subject line ${method === 'osc52' ? 'sent to your terminal’s clipboard' : 'copied'}: paste it into the subject field, then press c for the note.`,
  noSubjectToCopy: 'A call script has no subject line: c copies the script.',
  copyFailed: (why: string) =>
    `Could not copy: ${why} Select the text above with the mouse, or run followup-coach regen --print.`,
  blocked: (errors: number) =>
    `Copying is held back: fix the ${errors === 1 ? 'error' : `${errors} errors`} above (e to edit), or press o to override: copy anyway.`,
  sent: (when: string, spoken = false) => (spoken ? `Marked the call as made on ${when}.` : `Marked as sent on ${when}.`),
  recording: '…',
  early:
    'The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Press s again to record it anyway.',
  editing: (editor: string) => `Editing in ${editor}. Save and close the editor to come back.`,
  editUnchanged: 'No change made in the editor.',
  editSaved: 'Your edit is saved; the checklist ran again.',
  editNotSaved: (why: string) => `Your edit is shown here but NOT saved (${why}); it is lost when you quit.`,
  notRecorded: (why: string) => `NOT recorded as sent (${why}). Press s again once that is fixed.`,
  scheduleTitle: 'Schedule',
  /** After the first of several people, where a schedule line has no room for every name. */
  scheduleOthers: (more: number) => ` and ${more} other${more === 1 ? '' : 's'}`,
  schedulePeople: (count: number) => `${count} people`,
  scheduleMore: (more: number) => `… ${more} more due item${more === 1 ? '' : 's'}: followup-coach list`,
} as const;

export const line = {
  ...shared,
  /** As the Ink review's header does, it names the id the interview is saved as. */
  reviewTitle: (n: number, id: string) => `Review: ${plural(n, 'note')} · saved as ${id}`,
  noteHeading: (n: number, total: number, kind: string, to: string, address: string | undefined, spoken: boolean) =>
    `\n-- Note ${n} of ${total}: ${kind} for ${to}${address ? ` <${address}>` : ` (no ${spoken ? 'phone number' : 'e-mail address'} on file)`} --`,
  attachments: (names: readonly string[]) => `Attach: ${names.join(', ')}`,
  clean: 'Checklist: nothing to fix.',
  findingsTitle: (errors: number, warnings: number, infos: number) =>
    `Checklist: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${plural(infos, 'tip')}` : ''}`,
  finding: (severity: string, rule: string, at: number, column: number, message: string) =>
    `  ${severity} ${rule} (line ${at}, column ${column}): ${message}`,
  /** The heading of several findings at one place, and each of them under it. */
  place: (at: number, column: number, excerpt: string, rules: readonly string[]) =>
    `  ${rules.join(' + ')} (line ${at}, column ${column}, “${excerpt}”):`,
  ofRule: (severity: string, rule: string, message: string) => `    ${severity} ${rule}: ${message}`,
  schedule: 'Schedule:',
  scheduleLine: (text: string) => `  ${text}`,
  reviewAction: 'What next?',
  reminders: 'Write reminders for what is due into an .ics file for your calendar',
  /** `spoken`: the note is a call script, so it is offered as the script it is. */
  copy: (n: number, kind: string, to: string, spoken = false) => `Copy ${spoken ? 'script' : 'note'} ${n} (${kind} for ${to})`,
  copySubject: (n: number) => `Copy the subject line of note ${n}`,
  subjectCopyFailed: (why: string) => `Could not copy: ${why}. Here is the subject line to copy by hand:`,
  subjectCopied: (method: string) => `Subject line copied (${method}): paste it into the subject field.`,
  edit: (n: number, editor: string, spoken = false) => `Edit ${spoken ? 'script' : 'note'} ${n} in ${editor}`,
  editing: (editor: string) => `Opening ${editor}. Save and close it to come back here.`,
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
  overrideBlocked: shared.overrideQuestion,
  notCopied: 'Not copied. Change the answers (or edit the note) and the checklist runs again.',
  copied: (method: string, spoken = false, next: AfterCopy = 'mail', ask: AddressHelp = null) => {
    if (next === 'sent') return `Copied (${method}): ${shared.copiedSent(spoken)}`;
    if (next === 'no-address' && ownAddress(ask))
      return `Copied (${method}), but ${ownAddressWhy(ask.name)}: add it with Change an answer, then "${contactLabels.email(ask.name)}", before you send it.`;
    if (next === 'no-address')
      return `Copied (${method}), but there is no ${lacking(spoken)} for this person yet (${whoKnows(ask)}): add it with Change an answer, then The interviewers, before you ${spoken ? 'call' : 'send it'}.`;
    return spoken
      ? `Copied (${method}): make the call and read the script out, or leave it as a voicemail.`
      : `Copied (${method}).`;
  },
  /** Under a note with no address. */
  noAddressAdvice: (spoken: boolean, ask: AddressHelp) =>
    ownAddress(ask)
      ? `No e-mail address for ${ask.name} yet, and this request goes to them: add it with Change an answer, then "${contactLabels.email(ask.name)}". ${askInstead}`
      : `No ${lacking(spoken)} for this person yet: ${whoKnows(ask)}. Once you have it, add it with Change an answer, then The interviewers.`,
  /** A call not marked as made yet, or a note kept for the address it lacks. */
  markLater: (spoken: boolean) =>
    spoken
      ? 'Not marked yet: once you have made the call, pick Mark call as made here, or run followup-coach sent.'
      : 'Not marked yet: once you have sent it, pick Mark note as sent here, or run followup-coach sent.',
  /** The line review's entry for a note copied earlier and sent since. */
  markEntry: (n: number, spoken: boolean) => `Mark ${spoken ? 'call' : 'note'} ${n} ${actions.markedAs(spoken)}`,
  copyFailed: (why: string) => `Could not copy: ${why}. Here is the note to copy by hand:`,
  markSent: (spoken: boolean) =>
    spoken ? 'Have you made the call? Mark it as made (recorded with the time)?' : 'Mark it as sent (recorded with the time)?',
  /** After a copy that failed: the note was shown to copy by hand, so it has not gone out on its own. */
  markSentByHand: (spoken: boolean) =>
    spoken
      ? 'Have you made the call from the script above? Mark it as made (recorded with the time)?'
      : 'Have you copied it by hand and sent it? Mark it as sent (recorded with the time)?',
  markSentEarly: shared.earlyQuestion,
  manualItem: (n: number, item: string) => `  ${n}. ${item}`,
  manualConfirm: 'Are all three true?',
  manualLater: 'Not copied yet: copy it again once all three are true.',
  /** `what` names the note as it went out ("the thank-you note"), `n` its number in the menu. */
  marked: (n: number, what: string, to: string, spoken: boolean) =>
    spoken ? `Marked as made: ${what} to ${to} (call ${n}).` : `Marked as sent: ${what} to ${to} (note ${n}).`,
  keepEditTitle: (kind: string, to: string) => `Your answers changed, and you had edited the ${kind} for ${to} by hand.`,
  keepEditYours: '-- Your edit --',
  keepEditFresh: '-- The new text --',
  keepEditQuestion: 'Keep your edit, or use the new text?',
  keepEditKeep: 'Keep my edit',
  keepEditNew: 'Use the new text',
} as const;

/** After a changed answer, for a note the user had edited by hand (the Ink screen). */
export const keepEdit = {
  question: (kind: NoteKind, to: string, n: number, total: number) =>
    `Your answers changed, and you had edited the ${kindLabel(kind)} to ${to} by hand${total > 1 ? ` (${n} of ${total})` : ''}. Keep your edit, or use the new text?`,
  yours: 'Your edit:',
  fresh: 'The new text:',
  /** Over both texts in one column (src/session/review/text-diff.ts). */
  legend: (same: boolean) =>
    same
      ? 'Your edit and the new text read the same.'
      : 'Marked − your edit, + the new text; lines without a mark are in both, and the words that differ are underlined.',
  yoursMark: '− ',
  freshMark: '+ ',
} as const;

export const change = {
  question: 'Which answer do you want to change? Every note updates.',
  interviewers: 'Interviewers (add, edit, remove)',
  entry: (label: string, value: string) => `${label}: ${value || '—'}`,
} as const;

/** A spelling finding's word typed in one of the answers (src/session/review/typed-source.ts). */
export const findingWords = {
  answer: (label: string) => `your "${label.replace(/ \(optional\)$/, '')}" answer`,
  answerFor: (label: string, person: string) => `your "${label.replace(/ \(optional\)$/, '')}" answer for ${person}`,
  topic: (person: string, topic: string) => `${person}'s topic "${topic}"`,
  fromAnswer: (source: string) => `It comes from ${source}: change it in that answer, or every note written from it keeps it.`,
} as const;

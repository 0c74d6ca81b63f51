// Every user-facing sentence of the compose layer (the notes themselves live in templates/).
import { kindWithArticle } from '../model/note-kinds.js';
import type { NoteKind } from '../model/types.js';
import { joinList } from './words.js';

const quoted = (names: readonly string[]) => joinList(names.map((name) => `"${name}"`));

/** How to name one of `names`: 'Pass --to "A" or --to "B".' */
const passTo = (names: readonly string[]) =>
  names.length <= 2
    ? `Pass ${names.map((name) => `--to "${name}"`).join(' or ')}.`
    : `Pass --to with one of these names: ${names.map((name) => `"${name}"`).join(', ')}.`;

export const messages = {
  noInterviewers: {
    message: 'This interview has no interviewers, so there is nobody to write to.',
    fix: 'Add each person you met, with the topics you discussed with them.',
  },
  /** Everyone who phoned left no number: their notes are e-mails (src/model/answer-medium.ts). */
  noNumberToCall: (names: readonly string[]) => ({
    message: `${names.join(' and ')} reached you by phone, but there is no number to call: their follow-up is an e-mail.`,
    fix: 'Use --kind follow-up, or add their phone number to the interview to call them.',
  }),
  noVoicemail: {
    message: 'Nobody in this interview used the phone with you, so there is no voicemail to script.',
    fix: 'Answer e-mail with e-mail: use --kind thank-you or --kind follow-up. If someone did call you, set their medium to phone.',
  },
  noFollowUpByMail: {
    message: 'Everyone in this interview reached you by phone, so the follow-up is a call, not an e-mail.',
    fix: 'Use --kind voicemail for the script to follow.',
  },
  followUpByPhone: (name: string) => ({
    message: `${name} reached you by phone, so follow up with a call rather than an e-mail.`,
    fix: `Use --kind voicemail --to "${name}" for the script.`,
  }),
  nothingMissing: {
    message: 'Every interviewer already has an address for the way they reached you, so there is nothing to ask for.',
    fix: 'Write to them directly: use --kind thank-you.',
  },
  nobodyToAsk: (missing: readonly string[]) => ({
    message: `You have no address for ${joinList(missing)}, and nobody to ask: there is no recruiter and no interviewer with an e-mail address.`,
    fix: 'Add the recruiter or HR contact who arranged the interview (name and e-mail), then try again.',
  }),
  askedInThankYou: (name: string) => ({
    message: `${name} sat on the panel, so your thank-you to ${name} asks for the missing addresses in one line: there is no separate request.`,
    fix: `Write that thank-you instead: --kind thank-you --to "${name}".`,
  }),
  /** `guess`: the one person whose name is a slip or two from `to`, if any. */
  unknownRecipient: (to: string, kind: NoteKind, names: readonly string[], guess?: string) => ({
    message: `Nobody called "${to}" receives ${kindWithArticle(kind)} for this interview.`,
    fix: `${guess === undefined ? '' : `Did you mean "${guess}"? `}${passTo(names)}`,
  }),
  notARecipient: (name: string, kind: NoteKind, names: readonly string[]) => ({
    message: `${name} does not receive ${kindWithArticle(kind)} for this interview.`,
    fix: `It goes to ${quoted(names)}; pass ${names.length === 1 ? 'that name' : 'one of those names'} to --to, or pick another kind.`,
  }),
  /** The personal detail as a clause, after "talking about" in a note (templates/partials/detail-*.hbs). */
  detailClause: (clause: string) => `how ${clause}`,
  /** The personal detail as typed, when it may be a noun phrase: a colon reads right either way. */
  detailAside: (text: string, formal: boolean) => `${formal ? 'a more personal matter' : 'something more personal'}: ${text}`,
  ambiguousRecipient: (to: string, names: readonly string[]) => ({
    message: `"${to}" matches more than one person: ${quoted(names)}.`,
    fix: 'Pass the full name to --to.',
  }),
} as const;

// The data a template sees. Every field a template may test is always present (null when empty),
// because the renderer is strict: a typo in a template must fail loudly, not drop a sentence.
import type { Interview, IsoDate, IsoDateTime, NoteKind } from '../model/types.js';
import type { MissingAddress, Recipient } from './recipients.js';
import type { GoBetween } from '../model/via.js';
import { addressOf, spokenSalutation, writtenSalutation } from '../model/greeting.js';
import { type DateStyle, US_WITH_YEARS, proseDay } from '../model/dates.js';
import { partOf } from '../model/reader-part.js';
import { dayOf } from '../model/sent-log.js';
import { namesItsDay } from '../model/timeframe-named.js';
import { addMonths } from '../model/calendar.js';
import { STAY_IN_TOUCH_MONTHS } from '../model/schedule.js';
import { type DialectName, dialectOfTerritory } from '../checklist/dialect.js';
import { detailAbout } from './detail.js';
import { phrasesIn } from './dialect-phrases.js';
import { holidayNear, weekPartOf } from './season.js';
import { spellingsIn } from './spellings.js';
import {
  asPhrase,
  attachmentWord,
  baseName,
  companyAtStart,
  companyInSentence,
  foldName,
  joinList,
  roundWord,
  spokenName,
  spokenPhone,
  stableHash,
} from './words.js';

/** The earlier thank-you a follow-up quotes. */
export interface PriorNote {
  readonly subject: string;
  readonly body: string;
  /** When it went out, as the sent log has it: a note not on record is never quoted. */
  readonly sentAt: IsoDateTime;
  /**
   * It went where this note goes (straight to the person, or through the same go-between), so
   * this note answers it in its thread ("Re: ..."); else this note starts a thread of its own.
   */
  readonly reply: boolean;
}

/**
 * How many phrasings each paragraph of a note has: enough that everyone on a panel of up to five
 * gets a phrasing of their own for every paragraph, so no two notes share a sentence.
 */
export const VARIANTS = 5;

/**
 * Which phrasing each paragraph uses for the interviewer at `index`. Within a panel of up to
 * five, every person gets a different phrasing of every paragraph; past five, the later
 * paragraphs shift, so any two people still differ in at least two of three. `seed` (from the
 * company) moves the start, so two interviews do not open alike; it never changes between runs.
 */
export function variantOf(index: number, seed = 0) {
  const block = Math.floor(index / VARIANTS);
  const at = index + seed;
  return {
    open: at % VARIANTS,
    middle: (at + block) % VARIANTS,
    close: (at + 2 * block) % VARIANTS,
  };
}

/** A topic as typed, minus the stray final period that would double up inside a template's sentence. */
function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/u, '');
}

function resumeFileOf(interview: Interview): string | null {
  const path = interview.candidate.resume?.trim();
  return path ? baseName(path) : null;
}

function candidateOf(interview: Interview) {
  const { candidate } = interview;
  return {
    name: candidate.name.trim(),
    email: candidate.email.trim(),
    phone: candidate.phone.trim(),
    signatureLines: (candidate.signature ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
    link: candidate.link?.trim() || null,
    resumeFile: resumeFileOf(interview),
  };
}

/** Whether `toldBy` names this recipient, by the full name saved for them or the greeting. */
function told(interview: Interview, recipient: Recipient, greeting: string): boolean {
  if (interview.toldBy === undefined) return false;
  const teller = foldName(interview.toldBy);
  return teller === foldName(recipient.name) || teller === foldName(greeting);
}

/**
 * Whom the greeting addresses: the interviewer, or for the recruiter, the panel member of the same
 * name when they sat on the panel too, so a contact request greets them as their thank-you does
 * ("Dear Ms Kim," both times, not "Dear Alex Kim," in one); off the panel, the recruiter with the
 * greeting the candidate gave them ("Dear Ms Ashworth,"), else the one their name gives.
 */
function greeted(interview: Interview, recipient: Recipient) {
  if (recipient.interviewer !== null) return recipient.interviewer;
  const name = foldName(recipient.name);
  const onPanel = interview.interviewers.find((person) => foldName(person.name) === name);
  if (onPanel) return onPanel;
  const recruiter = interview.recruiter;
  return recruiter && foldName(recruiter.name) === name ? recruiter : { name: recipient.name };
}

function recipientOf(interview: Interview, recipient: Recipient, metBefore: boolean, detailBefore: boolean) {
  const person = recipient.interviewer;
  const address = addressOf(greeted(interview, recipient), interview.formality);
  const greeting = address.name;
  const tone = interview.tone ?? 'warm';
  return {
    name: recipient.name.trim(),
    greeting,
    /** "Dear Dana" or "Hi Dana": the first line of a written note, before its comma. */
    salutation: writtenSalutation(address, tone),
    /** "Hello Tom" or "Hello, Dr. Adebayo": how a call opens, before ", this is". */
    hello: spokenSalutation(address, tone),
    /** The candidate met this person in an earlier round of the same application. */
    metBefore,
    /**
     * They weighed the candidate (src/model/reader-part.ts): only then does a note ask them to
     * remember a strength as they consider the application, or look forward to their news.
     */
    assessed: person !== null && partOf(person) === 'assessor',
    title: person?.title.trim() || null,
    topics: person ? person.topics.map(clause).filter((topic) => topic.length > 0) : [],
    /** The personal detail as what the two talked about, for the slot after "talking about". */
    detail: person?.detail?.trim() && !detailBefore ? detailAbout(person.detail, tone === 'formal') : null,
    /** What the candidate would add or send, for a noun-phrase slot. */
    addition: person?.addition?.trim() ? asPhrase(person.addition) : null,
    phone: person?.phone?.trim() || null,
    /** This note is a script to read on a call. */
    byPhone: recipient.by === 'phone',
    /** They reached the candidate by phone, but this note is written (no number to call them on): it offers a call. */
    phoned: recipient.by === 'email' && person?.medium === 'phone',
    /** This person told the candidate the outcome, so only they are thanked for the news. */
    toldUs: told(interview, recipient, greeting),
    /** They sat on the panel: false for the recruiter, whose note after a no has no talk to recall. */
    interviewed: person !== null,
    /** The candidate's notes went through them (src/model/via.ts). */
    passedOn: interview.via !== undefined && foldName(interview.via.name) === foldName(recipient.name),
  };
}

/** The go-between a note is sent through, as its cover line names them ("Ms Kim", "Alex"). */
function viaOf(interview: Interview, between: GoBetween) {
  const recruiter = interview.recruiter;
  const person =
    between.interviewer ??
    (recruiter && foldName(recruiter.name) === foldName(between.name) ? recruiter : { name: between.name });
  return { name: between.name.trim(), greeting: addressOf(person, interview.formality).name };
}

function missingOf(entry: MissingAddress) {
  return {
    name: entry.interviewer.name.trim(),
    title: entry.interviewer.title.trim() || null,
    needs: entry.needs === 'email' ? 'e-mail address' : 'phone number',
  };
}

/**
 * What the contact request lacks, as its opening sentence says it: "an e-mail address for one of
 * them", "phone numbers for some of them", or "contact details" when it is some of each.
 */
function lacking(missing: readonly MissingAddress[]): string {
  const one = missing.length === 1;
  if (missing.every((entry) => entry.needs === 'email'))
    return one ? 'an e-mail address for one of them' : 'e-mail addresses for some of them';
  if (missing.every((entry) => entry.needs === 'phone'))
    return one ? 'a phone number for one of them' : 'phone numbers for some of them';
  return 'contact details for some of them';
}

/**
 * What a thank-you that carries the contact request asks for, as one phrase: "the e-mail address
 * of Joost van der Berg", "the e-mail addresses of A and B and the phone number of C". Someone
 * known by one name comes with their title, so the reader knows whom: a trial asked a hotel's HR
 * partner for "the e-mail address of Siobhán", one of several Siobháns on its staff.
 */
function asksOf(asks: readonly MissingAddress[]) {
  if (asks.length === 0) return null;
  const whom = ({ name, title }: MissingAddress['interviewer']) =>
    /\s/.test(name.trim()) || title.trim() === '' ? name.trim() : `${name.trim()} (${title.trim()})`;
  const of = (need: 'email' | 'phone', one: string, many: string) => {
    const names = asks.filter((entry) => entry.needs === need).map((entry) => whom(entry.interviewer));
    return names.length === 0 ? [] : [`the ${names.length === 1 ? one : many} of ${joinList(names)}`];
  };
  return {
    what: joinList([...of('email', 'e-mail address', 'e-mail addresses'), ...of('phone', 'phone number', 'phone numbers')]),
  };
}

/** Englishes whose letters to a reader greeted by name close "Yours sincerely": British, and those that follow it. */
const YOURS_SINCERELY: ReadonlySet<DialectName> = new Set(['British', 'Australian', 'Indian']);

/**
 * The formal close before the signature, in the user's English: "Yours sincerely" in British
 * English, "Sincerely" in American, one of the two in every note of a run (a panel's notes had
 * both). British usage keeps "Yours faithfully" for "Dear Sir or Madam"; every note here greets its
 * reader by name, so none needs it.
 */
function sincerelyIn(style: DateStyle): string {
  return YOURS_SINCERELY.has(dialectOf(style)) ? 'Yours sincerely' : 'Sincerely';
}

/** The English the notes are written in: the one the date style carries, else its locale's. */
function dialectOf(style: DateStyle): DialectName {
  const territory = /^[a-z]{2,3}-([a-z]{2})\b/i.exec(style.locale)?.[1] ?? null;
  return style.dialect ?? dialectOfTerritory(territory);
}

export interface ContextExtras {
  readonly prior?: PriorNote | undefined;
  readonly missing?: readonly MissingAddress[] | undefined;
  /** On the thank-you to the person asked for the missing addresses (src/model/contact-schedule.ts): what it asks for. */
  readonly asks?: readonly MissingAddress[] | undefined;
  /** How the note writes a day; American, with its year, when absent. */
  readonly dateStyle?: DateStyle | undefined;
  /** The recipient was an interviewer in an earlier round of this application. */
  readonly metBefore?: boolean | undefined;
  /** The days of those earlier rounds, so a note can name every meeting, not only this one. */
  readonly metOn?: readonly IsoDate[] | undefined;
  /** The days of the follow-up calls already made to the recipient, oldest first (a voicemail's). */
  readonly earlierCalls?: readonly IsoDate[] | undefined;
  /** The recipient's personal detail is one they had in an earlier round: a thank-you leaves it out. */
  readonly detailBefore?: boolean | undefined;
  /** The day the first follow-up e-mail went, when this one is the second; null otherwise. */
  readonly earlierNote?: IsoDate | null | undefined;
}

/**
 * The date style as of the day the note goes out. A stay-in-touch note is written now but sent
 * about three months after the news (src/model/schedule.ts), so its dates are written as they
 * will read then: "Tuesday, December 1, 2026" in March, not a December with no year.
 */
function sendStyleOf(interview: Interview, kind: NoteKind, style: DateStyle): DateStyle {
  if (kind !== 'stay-in-touch' || style.today === null) return style;
  const sendOn = addMonths(interview.statusOn ?? interview.date, STAY_IN_TOUCH_MONTHS);
  return sendOn > style.today ? { ...style, today: sendOn } : style;
}

export function noteContext(interview: Interview, kind: NoteKind, recipient: Recipient, extras: ContextExtras = {}) {
  const {
    prior,
    missing = [],
    asks = [],
    dateStyle = US_WITH_YEARS,
    metBefore = false,
    metOn = [],
    earlierCalls = [],
    earlierNote = null,
    detailBefore = false,
  } = extras;
  const lastCall = earlierCalls.at(-1);
  return {
    kind,
    status: interview.status,
    tone: interview.tone ?? 'warm',
    // A call after earlier ones moves on to the next phrasings, so no call repeats the last word for
    // word; a later round moves the whole panel on, so someone met again at the same place on the
    // panel does not hear the last round's note again (and the panel still differs among itself).
    v: variantOf(recipient.index + earlierCalls.length, stableHash(interview.company) + (interview.round ?? 1) - 1),
    /**
     * The phrasing of the offer of a call (templates/partials/call-offer.hbs): the closing's, moved
     * on in a follow-up and again in the second, so the note does not repeat the one it quotes.
     */
    offer:
      (variantOf(recipient.index, stableHash(interview.company) + (interview.round ?? 1) - 1).close +
        (kind === 'follow-up' ? (earlierNote === null ? 2 : 4) : 0)) %
      VARIANTS,
    /** The organisation inside a sentence, with its "the" where it takes one ("at the Carillon Trust"). */
    company: companyInSentence(interview.company),
    /** The same opening a sentence ("The Carillon Trust is still ..."). */
    companyAtStart: companyAtStart(interview.company),
    role: interview.role.trim(),
    // Dates in the style the caller passed, as a sentence writes them (proseDay in
    // model/day-format.ts: no weekday for a day over a week back, no year it does not need); a getter, because the first Intl date format costs a process 10 to 15 ms and most notes
    // name no date.
    get interviewDay() {
      return proseDay(interview.date, sendStyleOf(interview, kind, dateStyle));
    },
    /**
     * Every day the candidate met the recipient, this interview's included, oldest first ("November
     * 24 and November 30"): a note to someone met in two rounds says both, not "we met" on one day.
     * Joined with "and" alone: the comma inside "November 24, 2026" is no item's end, so the
     * semicolons joinList keeps for items with commas would only clutter the dates.
     */
    get meetingDays() {
      const days = [...new Set([...metOn, interview.date])].sort();
      return days.map((day) => proseDay(day, sendStyleOf(interview, kind, dateStyle))).join(' and ');
    },
    candidate: candidateOf(interview),
    /** The candidate's name and number as said on a call to this reader: no letters after the name, no country code at home. */
    spoken: {
      name: spokenName(interview.candidate.name),
      phone: spokenPhone(interview.candidate.phone, recipient.interviewer?.phone?.trim() || null),
    },
    /**
     * What the attached file is, named from its file name ("portfolio", "work samples", "CV",
     * "resume"), else the locale's word: "CV" where English says so (en-GB and its neighbours).
     */
    resumeWord: attachmentWord(interview.candidate.resume, dateStyle.locale),
    /** The formal sign-off, without its comma: "Yours sincerely" or "Sincerely" (sincerelyIn). */
    get sincerely() {
      return sincerelyIn(dateStyle);
    },
    /** Our own words in the user's English, by their American form: {{spelled.favor}} (spellings.ts). */
    get spelled() {
      return spellingsIn(dialectOf(dateStyle));
    },
    /** Where in the week the note is written, for its wish ("ahead", "rest", "weekend"); null on a weekend or an unknown day (season.ts). */
    get week() {
      return weekPartOf(sendStyleOf(interview, kind, dateStyle).today);
    },
    /** The public holiday of the user's calendar in the week after the note is written, for a wish for the break; null when none is near. */
    get holiday() {
      const style = sendStyleOf(interview, kind, dateStyle);
      return holidayNear(style.today, style.holidays ?? {});
    },
    /** Our own phrases in the user's English, by their American form: {{said.at}}, {{said.call}} (dialect-phrases.ts). */
    get said() {
      return phrasesIn(dialectOf(dateStyle));
    },
    /** "are" for work samples, "is" for one document: "My work samples are attached". */
    resumeIs: attachmentWord(interview.candidate.resume, dateStyle.locale) === 'work samples' ? 'are' : 'is',
    /**
     * The earlier note this one quotes carried the file: its text, as sent, names it. Only then
     * does a note say "again"; a thank-you pasted from the clipboard carried nothing.
     */
    attachedBefore: Boolean(prior && resumeFileOf(interview) && prior.body.includes(resumeFileOf(interview) as string)),
    to: recipientOf(interview, recipient, metBefore, detailBefore),
    /** "second" for round 2 and so on; null for a first round, whose notes need not say so. */
    laterRound: roundWord(interview.round ?? 1),
    // The strength is for those who weighed the candidate: asked of a host (src/model/reader-part.ts),
    // "what I hope you remember" is a plea to someone with no part in the choice.
    strength:
      interview.strength?.trim() && (recipient.interviewer === null || partOf(recipient.interviewer) === 'assessor')
        ? asPhrase(interview.strength)
        : null,
    askingInterviewer: recipient.interviewer !== null,
    /** Whether they gave a timeframe: a follow-up then asks whether it has moved, never when it will be. */
    gaveTimeframe: interview.timeframe !== null,
    /**
     * The day they said they would decide by, for a follow-up call to ask after; null without
     * one, and null when their words named no day ("probably mid-December"): the date those
     * resolve to is the coach's guess, which a note never passes off as the day they gave.
     */
    get decisionDay() {
      const timeframe = interview.timeframe;
      return timeframe?.date && namesItsDay(timeframe.text) ? proseDay(timeframe.date, dateStyle) : null;
    },
    /** The day the first follow-up e-mail went to this person, when this is the second; null otherwise. */
    get earlierNote() {
      return earlierNote === null ? null : proseDay(earlierNote, dateStyle);
    },
    /** The day of the last follow-up call already made to this person, for the next call to say so; null before the first. */
    get earlierCall() {
      return lastCall ? proseDay(lastCall, dateStyle) : null;
    },
    prior: prior
      ? {
          subject: prior.subject.replace(/^(re:\s*)+/i, ''),
          reply: prior.reply,
          body: prior.body,
          get sentOn() {
            return proseDay(dayOf(prior.sentAt), dateStyle);
          },
        }
      : null,
    missing: missing.map(missingOf),
    lacking: missing.length === 0 ? null : lacking(missing),
    /** Every address the request asks for is an e-mail's: the thanks it is for are notes, not calls. */
    notesOnly: missing.every((entry) => entry.needs === 'email'),
    askedFor: missing.length,
    /** The addresses a thank-you also asks for, when it carries the contact request (templates/partials/address-ask.hbs); null otherwise. */
    asks: asksOf(asks),
    /** Who the note goes through, for its subject and cover line (templates/partials/via-*.hbs); null when it goes straight to them. */
    via: recipient.via ? viaOf(interview, recipient.via) : null,
  };
}

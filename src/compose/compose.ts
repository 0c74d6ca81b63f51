// Interview in, notes out. Pure apart from the templates, which are injected (createComposer) or
// read once from the package (the default exports).
import { type DateStyle, US_WITH_YEARS } from '../model/dates.js';
import {
  NOTE_KINDS,
  type Interview,
  type IsoDate,
  type IsoDateTime,
  type Note,
  type NoteEdit,
  type NoteKind,
} from '../model/types.js';
import { answerMedium } from '../model/answer-medium.js';
import { askedInThankYou, thankYouAsksFor } from '../model/contact-schedule.js';
import { ruledOutBy } from '../model/outcome.js';
import { dayOf, followsSent } from '../model/sent-log.js';
import { noteContext, type PriorNote } from './context.js';
import {
  contactAsker,
  isVoicemailRecipient,
  missingAddresses,
  pickRecipients,
  recipientsOf,
  type Recipient,
} from './recipients.js';
import { renderNote, renderPart, type Rendered } from './render.js';
import { roleNamedOnce } from './role-once.js';
import type { GoBetween } from '../model/via.js';
import { loadTemplates, type TemplateSet } from './template-files.js';
import { roundOf, stemOf } from '../model/rounds.js';
import { baseName, foldName } from './words.js';

export interface ComposeOptions {
  /** Only the recipient with this name (case and accents do not matter). */
  readonly to?: string | undefined;
  /** How a note writes a day ("on Tuesday, November 24"); American, with its year, when absent. */
  readonly dateStyle?: DateStyle | undefined;
  /**
   * The saved interviews, so that in a later round the notes greet someone met in an earlier
   * round as someone met again. Without them every interviewer reads as met for the first time.
   */
  readonly saved?: readonly Interview[] | undefined;
}

type NoteOptions = Pick<ComposeOptions, 'dateStyle' | 'saved'>;

/**
 * The days of the earlier rounds of the application `interview` belongs to in which `name` was an
 * interviewer. The round alone tells them apart: a round-2 interview file read with `--from` has
 * the first round's id (it is not saved, so it has no "-round-2"), and comparing ids dropped the
 * very round the reader was met in.
 */
function metInEarlierRounds(interview: Interview, name: string, saved: readonly Interview[]): IsoDate[] {
  const folded = foldName(name);
  return saved
    .filter(
      (other) =>
        stemOf(other) === stemOf(interview) &&
        roundOf(other) < roundOf(interview) &&
        other.interviewers.some((person) => foldName(person.name) === folded),
    )
    .map((other) => other.date);
}

/** Whether `name` had the same personal detail in an earlier round of this application. */
function detailInEarlierRounds(interview: Interview, name: string, saved: readonly Interview[]): boolean {
  const folded = foldName(name);
  const mine = interview.interviewers.find((person) => foldName(person.name) === folded)?.detail?.trim();
  if (!mine) return false;
  return saved.some(
    (other) =>
      stemOf(other) === stemOf(interview) &&
      roundOf(other) < roundOf(interview) &&
      other.interviewers.some(
        (person) => foldName(person.name) === folded && foldName(person.detail?.trim() ?? '') === foldName(mine),
      ),
  );
}

export interface Composer {
  composeNotes(interview: Interview, kind: NoteKind, options?: ComposeOptions): Note[];
  reviewNotes(interview: Interview, options?: NoteOptions): Note[];
  followUpNotes(interview: Interview, options?: NoteOptions): Note[];
  kindsFor(interview: Interview): NoteKind[];
}

/**
 * The days of the voicemails already made to `name`, oldest first. Only days before `today` (when
 * the caller knows it) count: the call marked sent a minute ago is still the call on screen, and
 * nobody makes two follow-up calls in one day.
 */
function callsBefore(interview: Interview, name: string, today: IsoDate | null): IsoDate[] {
  const folded = foldName(name);
  return interview.sent
    .filter((entry) => entry.kind === 'voicemail' && foldName(entry.to) === folded)
    .map((entry) => dayOf(entry.at))
    .filter((day) => today === null || day < today)
    .sort();
}

function latestBy<T extends { readonly at: string }>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
}

/**
 * The user's latest hand edit of the note. A second follow-up (`follows` the first) takes only
 * edits made after the first went out; the first, quoted in it (`upTo`), only those made before.
 */
function editFor(
  interview: Interview,
  kind: NoteKind,
  name: string,
  bounds: { readonly follows?: IsoDateTime | undefined; readonly upTo?: IsoDateTime | undefined } = {},
): NoteEdit | undefined {
  const folded = foldName(name);
  const after = bounds.follows === undefined ? null : Date.parse(bounds.follows);
  const upTo = bounds.upTo === undefined ? null : Date.parse(bounds.upTo);
  const within = (edit: NoteEdit) =>
    (after === null || Date.parse(edit.at) > after) && (upTo === null || Date.parse(edit.at) <= upTo);
  return latestBy((interview.edits ?? []).filter((edit) => edit.kind === kind && foldName(edit.to) === folded && within(edit)));
}

/** The note to quote without the line to the go-between it went through: the quote is the recipient's own note. */
function withoutCover(body: string, thankYou: Note | undefined): string {
  const cover = thankYou?.via?.cover;
  return cover !== undefined && body.startsWith(cover) ? body.slice(cover.length).replace(/^\n+/, '') : body;
}

/** The go-between the recipient's thank-you went through, which it may have when this note does not. */
function thankYouVia(interview: Interview, recipient: Recipient): GoBetween | undefined {
  return recipientsOf(interview, 'thank-you').find((each) => each.index === recipient.index)?.via;
}

export function createComposer(templates: TemplateSet | (() => TemplateSet)): Composer {
  const set = (): TemplateSet => (typeof templates === 'function' ? templates() : templates);

  /**
   * What the follow-up quotes: the thank-you as sent when the log has its text, else as it reads
   * now. One that went through a go-between is quoted as the recipient's own note, without the
   * line to the go-between and under its own subject. None on record, none quoted: a note the
   * person never received must not be called one that went astray.
   */
  function priorThankYou(interview: Interview, recipient: Recipient, style: NoteStyle): PriorNote | undefined {
    const folded = foldName(recipient.name);
    const sent = latestBy(
      interview.sent.filter((entry) => entry.kind === 'thank-you' && foldName(entry.to) === folded && entry.body),
    );
    const logged =
      sent ?? latestBy(interview.sent.filter((entry) => entry.kind === 'thank-you' && foldName(entry.to) === folded));
    if (logged === undefined) return undefined;
    const between = thankYouVia(interview, recipient);
    // Rebuilt as it read the day it went, so its wishes are for that day (compose/season.ts).
    const then = asOf(style, dayOf(logged.at));
    const direct: Recipient = {
      ...recipient,
      address: recipient.via ? recipient.interviewer?.email : recipient.address,
      via: undefined,
    };
    const current = noteFor(interview, 'thank-you', direct, then);
    const throughVia = between
      ? noteFor(interview, 'thank-you', { ...direct, address: between.email, via: between }, then)
      : undefined;
    const own = (body: string) => withoutCover(body, throughVia);
    // The follow-up answers the thank-you only where the thank-you went: through the same
    // go-between (their thread, under the subject they got), or straight to the person. A
    // thank-you that went through someone else left no thread with the person written to now.
    const reply = foldName(between?.name ?? '') === foldName(recipient.via?.name ?? '');
    const subject = sent?.subject ?? (throughVia ?? current).subject;
    // Sent without its text on record: quote the note as it reads now, with the day it went out.
    return { subject, body: own(sent?.body ? sent.body : current.body), sentAt: logged.at, reply };
  }

  /**
   * What a second follow-up quotes: the first, as sent when the log has its text, else as the
   * first reads now (with the hand edits made before it went), a reply in the same thread.
   */
  function priorFollowUp(interview: Interview, recipient: Recipient, style: NoteStyle, first: IsoDateTime): PriorNote {
    const folded = foldName(recipient.name);
    const sent = interview.sent.find(
      (entry) => entry.kind === 'follow-up' && foldName(entry.to) === folded && entry.at === first,
    );
    // The second goes where the first went: always a reply in its thread.
    if (sent?.body && sent.subject !== undefined) return { subject: sent.subject, body: sent.body, sentAt: first, reply: true };
    const current = noteFor(interview, 'follow-up', recipient, asOf(style, dayOf(first)), { upTo: first });
    return { subject: sent?.subject ?? current.subject, body: sent?.body ?? current.body, sentAt: first, reply: true };
  }

  function noteFor(
    interview: Interview,
    kind: NoteKind,
    recipient: Recipient,
    style: NoteStyle,
    first: { readonly upTo?: IsoDateTime } = {},
  ): Note {
    // The second follow-up, once the first went on an earlier day; the first itself when quoted.
    const follows = first.upTo === undefined ? followsSent(interview, kind, recipient.name, style.dateStyle.today) : undefined;
    const prior =
      kind !== 'follow-up'
        ? undefined
        : follows === undefined
          ? priorThankYou(interview, recipient, style)
          : priorFollowUp(interview, recipient, style, follows);
    const missing = kind === 'contact-request' ? missingAddresses(interview) : undefined;
    // The thank-you to the person asked for the missing addresses asks in one line of its own.
    const asks =
      kind === 'thank-you' && recipient.via === undefined && recipient.by === 'email'
        ? thankYouAsksFor(interview, recipient.name, style.dateStyle.today).map(({ person, needs }) => ({
            interviewer: person,
            needs,
          }))
        : [];
    const edit = editFor(interview, kind, recipient.name, { follows, upTo: first.upTo });
    const metOn = recipient.interviewer === null ? [] : metInEarlierRounds(interview, recipient.name, style.saved);
    const metBefore = metOn.length > 0;
    const earlierCalls = kind === 'voicemail' ? callsBefore(interview, recipient.name, style.dateStyle.today) : [];
    const earlierNote = kind === 'follow-up' && follows !== undefined ? dayOf(follows) : null;
    // A thank-you after a later round is about that meeting: a personal detail the person had in
    // an earlier round too was talked about then, so the new note does not tell it as today's.
    const detailBefore = kind === 'thank-you' && metBefore && detailInEarlierRounds(interview, recipient.name, style.saved);
    const extras = {
      prior,
      missing,
      asks,
      dateStyle: style.dateStyle,
      metBefore,
      metOn,
      earlierCalls,
      earlierNote,
      detailBefore,
    };
    const context = noteContext(interview, kind, recipient, extras);
    // Through a go-between, the note is still this person's own, under a subject that says whom
    // it is for and after a line to the go-between; a hand edit already holds both.
    const cover = recipient.via ? renderPart(set(), 'via-cover', context) : undefined;
    const written = renderNote(set(), kind, context);
    // A long title is named in full once, then "the role" (role-once.ts); a hand edit is the user's own.
    const once = { ...written, body: roleNamedOnce(written.body, interview.role) };
    const rendered: Rendered = edit ?? throughCover(once, cover, context, prior?.reply === true);
    const resume = interview.candidate.resume?.trim();
    // An edited follow-up only claims to quote the earlier note while the quote is still in it.
    const keepsQuote = prior !== undefined && (!edit || /^>/m.test(edit.body));
    return {
      kind,
      to: recipient.name,
      address: recipient.address,
      ...(recipient.by === 'phone' ? { by: 'phone' as const } : {}),
      subject: rendered.subject,
      body: rendered.body,
      attachments: kind === 'follow-up' && resume ? [baseName(resume)] : [],
      quotes: keepsQuote ? prior.body : undefined,
      ...(kind === 'follow-up' && prior === undefined ? { noEarlierNote: true as const } : {}),
      ...(follows === undefined ? {} : { follows }),
      ...(recipient.via && cover !== undefined ? { via: { name: recipient.via.name, cover } } : {}),
      ...(asks.length > 0 ? { asksFor: asks.map((entry) => entry.interviewer.name) } : {}),
    };
  }

  /**
   * The note as the go-between receives it, the cover line first. A fresh note's subject says
   * whom it is for; a reply keeps the subject of the thread it answers, which already does.
   */
  function throughCover(
    own: Rendered,
    cover: string | undefined,
    context: ReturnType<typeof noteContext>,
    reply: boolean,
  ): Rendered {
    if (cover === undefined) return own;
    const subject = reply
      ? own.subject
      : renderPart(set(), 'via-subject', { to: context.to, via: context.via, subject: own.subject });
    return { subject, body: `${cover}\n\n${own.body}` };
  }

  function composeNotes(interview: Interview, kind: NoteKind, options: ComposeOptions = {}): Note[] {
    const all = recipientsOf(interview, kind);
    const chosen = options.to === undefined ? all : pickRecipients(interview, kind, all, options.to);
    const style = styleOf(options);
    return chosen.map((recipient) => noteFor(interview, kind, recipient, style));
  }

  function reviewNotes(interview: Interview, options: NoteOptions = {}): Note[] {
    const style = styleOf(options);
    const kinds = new Set(kindsFor(interview));
    const perPerson: NoteKind = interview.status === 'not-selected' ? 'not-selected' : 'thank-you';
    const voicemailTo = new Set(kinds.has('voicemail') ? recipientsOf(interview, 'voicemail').map((r) => r.index) : []);
    // After a no, nobody is asked for an address (model/schedule.ts, unreachableAfterNo): the
    // review, like the schedule, leaves out those no note can reach.
    const reachable = (recipient: { readonly address?: string | undefined }) =>
      perPerson !== 'not-selected' || Boolean(recipient.address?.trim());
    const notes = recipientsOf(interview, perPerson)
      .filter(reachable)
      .flatMap((recipient) => {
        const own = [noteFor(interview, perPerson, recipient, style)];
        // A caller's thank-you, or note after a no, is already a call; the voicemail is for their follow-up.
        const calledAlready = recipient.by === 'phone';
        if (voicemailTo.has(recipient.index) && !calledAlready) own.push(noteFor(interview, 'voicemail', recipient, style));
        return own;
      });
    if (kinds.has('contact-request')) notes.push(...composeNotes(interview, 'contact-request', options));
    return notes;
  }

  /**
   * The follow-ups the session shows once they are due, in interview order: the e-mail to
   * those who wrote, and the follow-up call (the voicemail script) to those who phoned, as the
   * schedule plans them (model/schedule.ts). Throws ComposeError when there is nobody.
   */
  function followUpNotes(interview: Interview, options: NoteOptions = {}): Note[] {
    const style = styleOf(options);
    if (interview.interviewers.length === 0) return composeNotes(interview, 'follow-up', options);
    const kindOf = (index: number): NoteKind =>
      answerMedium(interview.interviewers[index]!) === 'phone' ? 'voicemail' : 'follow-up';
    const kinds = new Set(interview.interviewers.map((_, index) => kindOf(index)));
    return [...kinds]
      .flatMap((kind) => recipientsOf(interview, kind).filter((recipient) => kindOf(recipient.index) === kind))
      .sort((a, b) => a.index - b.index)
      .map((recipient) => noteFor(interview, kindOf(recipient.index), recipient, style));
  }

  function kindsFor(interview: Interview): NoteKind[] {
    const people = interview.interviewers;
    const applies: Readonly<Record<NoteKind, boolean>> = {
      'thank-you': interview.status !== 'not-selected',
      'follow-up': interview.status === 'waiting' && people.some((person) => answerMedium(person) === 'email'),
      // After a no, a caller's thanks is already a call (the note after the decision): no follow-up call.
      voicemail: interview.status !== 'not-selected' && people.some(isVoicemailRecipient),
      // Asked in the askee's own thank-you, the request is no note of its own (model/contact-schedule.ts).
      // After a no, nobody is asked for an address (model/schedule.ts, unreachableAfterNo).
      'contact-request':
        interview.status === 'waiting' &&
        missingAddresses(interview).length > 0 &&
        contactAsker(interview) !== null &&
        askedInThankYou(interview) === null,
      'not-selected': interview.status === 'not-selected',
      'stay-in-touch': true,
    };
    return people.length === 0 ? [] : NOTE_KINDS.filter((kind) => applies[kind] && !ruledOutBy(interview.status, kind));
  }

  return { composeNotes, reviewNotes, followUpNotes, kindsFor };
}

/** How every note of one run is written: its dates, and the saved rounds that say who was met before. */
interface NoteStyle {
  readonly dateStyle: DateStyle;
  readonly saved: readonly Interview[];
}

/** The style of a note written on `day`: an earlier note rebuilt for a quote reads as it did when it went. */
const asOf = (style: NoteStyle, day: IsoDate): NoteStyle =>
  style.dateStyle.today === null ? style : { ...style, dateStyle: { ...style.dateStyle, today: day } };

const styleOf = (options: NoteOptions): NoteStyle => ({
  dateStyle: options.dateStyle ?? US_WITH_YEARS,
  saved: options.saved ?? [],
});

const packaged = createComposer(loadTemplates);

/** One note per recipient of `kind`; `to` keeps only that person. Throws ComposeError when nobody fits. */
export function composeNotes(interview: Interview, kind: NoteKind, options?: ComposeOptions): Note[] {
  return packaged.composeNotes(interview, kind, options);
}

/** The notes the guided session reviews, in order: per interviewer the thank-you (or the note after a decision) and any voicemail script, then the contact request. */
export function reviewNotes(interview: Interview, options?: NoteOptions): Note[] {
  return packaged.reviewNotes(interview, options);
}

/** The follow-ups the session shows once they are due: an e-mail to each writer, a call to each caller. */
export function followUpNotes(interview: Interview, options?: NoteOptions): Note[] {
  return packaged.followUpNotes(interview, options);
}

/** The note kinds that make sense for this interview now. */
export function kindsFor(interview: Interview): NoteKind[] {
  return packaged.kindsFor(interview);
}

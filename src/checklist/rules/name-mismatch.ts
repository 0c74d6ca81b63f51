// name-mismatch: the greeting is not the recipient, a known name is misspelled, or the note is
// signed with someone else's name. Names are the one thing a reader always checks.
import { startsLikeName, startsUpper } from '../chars.js';
import { readName, type Reading } from '../name-match.js';
import { companySlips } from '../name-company.js';
import { courtesyLineAt } from '../name-courtesy-line.js';
import { isLastLetterDropped } from '../name-pieces.js';
import { greetingOf, isGroupWord, recipientOf, signatureOf, withoutPostNominals } from '../people.js';
import { bare, editDistance, fold, nameParts, type Span, wordsOf } from '../text.js';
import { titleSlip, type TitleSlip } from '../title-fit.js';
import { isTitleWord } from '../titles.js';
import { particleSet } from '../../model/particles.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import { isCallScript } from './call-script.js';
import type { CheckContext, Hit, RuleCheck } from '../types.js';

const PARTICLES = particleSet();

/** Every person the context knows, with the parts of their name. */
function knownPeople(context: CheckContext): string[] {
  const interview = context.interview;
  const names = [context.to ?? '', interview?.candidate.name ?? '', interview?.recruiter?.name ?? ''];
  for (const person of interview?.interviewers ?? []) names.push(person.name);
  return names.filter((name) => name.trim() !== '');
}

interface KnownPart {
  readonly part: string;
  readonly folded: string;
  readonly bare: string;
  /** Edits allowed: short names sit one letter away from ordinary words ("Sam"/"Same"). */
  readonly allowed: number;
}

/** Each name part folded once, not once for every word of the note. */
function knownParts(parts: readonly string[]): KnownPart[] {
  return parts.map((part) => {
    const length = [...part].length;
    return { part, folded: fold(part), bare: bare(part), allowed: length >= 8 ? 2 : length >= 5 ? 1 : 0 };
  });
}

/** The known name part `word` is a near miss of, or null ("Pryia" -> "Priya", "Jose" -> "José"). */
function nearMissOf(word: string, parts: readonly KnownPart[]): string | null {
  const folded = fold(word);
  if (parts.some((known) => known.folded === folded)) return null;
  const plain = bare(word);
  // A name cut short is a short form of it, as in a greeting ("Raghu", "Narayan"); one lacking
  // only its last letter is a slip ("Adeyemi-Clark" for Adeyemi-Clarke).
  if (plain.length >= 3 && parts.some((known) => known.bare.startsWith(plain) && !isLastLetterDropped(plain, known.bare)))
    return null;
  for (const known of parts) {
    if (known.bare === plain) return known.part;
    if (
      known.allowed > 0 &&
      folded[0] === known.folded[0] &&
      editDistance(folded, known.folded, known.allowed + 1) <= known.allowed
    )
      return known.part;
  }
  return null;
}

/** The interviewers and recruiters of the other saved interviews: names that must not reach this note. */
function otherPeople(context: CheckContext): string[] {
  const names: string[] = [];
  for (const other of context.otherInterviews ?? []) {
    if (other.id === context.interview?.id) continue;
    for (const person of other.interviewers) names.push(person.name);
    if (other.recruiter?.name.trim()) names.push(other.recruiter.name);
  }
  return names;
}

/**
 * The greeting's verdict as a hit: errors for someone else and for a slip, warnings for the rest.
 * A script read on a call has no accents to get wrong.
 */
function greetingHit(span: Span, reading: Reading, recipient: string, spoken: boolean): Hit | null {
  const at = { start: span.start, end: span.end };
  switch (reading.kind) {
    case 'match':
    case 'role':
      return null;
    case 'shared':
      return { ...at, severity: 'warning', message: MESSAGES.greetingShared(reading.written, reading.other, recipient) };
    case 'half':
      return { ...at, severity: 'warning', message: MESSAGES.nameHalf(reading.written, reading.right) };
    case 'other':
      return { ...at, message: MESSAGES.greetingNamesOther(span.text, reading.other, recipient) };
    case 'misspelt':
      return { ...at, message: MESSAGES.misspelledName(reading.written, reading.right) };
    case 'accent':
      return spoken ? null : { ...at, severity: 'warning', message: MESSAGES.nameAccent(reading.written, reading.right) };
    case 'unknown':
      return { ...at, severity: 'warning', message: MESSAGES.greetingUnknown(span.text, recipient) };
  }
}

/**
 * The candidate chose to greet this person by title and surname ("Dr. Dubois-Martin"), and the
 * note greets them otherwise with a slip in it ("Dear Helene", "Dr. Dubois"): the fix is the
 * greeting they chose, not another spelling of the one they wrote.
 */
function chosenInstead(written: string, chosen: string | undefined, recipient: string): string | null {
  const words = chosen?.trim().split(/\s+/u) ?? [];
  if (words.length < 2 || !isTitleWord(words[0]!.replace(/[.]$/u, ''))) return null;
  const surname = bare(words.at(-1)!);
  if (wordsOf(written).some((word) => bare(word.text.replace(/['\u2019]s$/u, '')) === surname)) return null;
  return MESSAGES.greetingNotChosen(written, chosen!.trim(), recipient);
}

function titleMessage(slip: TitleSlip, recipient: string): string {
  switch (slip.kind) {
    case 'title':
      return MESSAGES.wrongTitle(slip.written, slip.theirs, recipient);
    case 'given':
      return MESSAGES.titleBeforeGiven(slip.written, slip.title, slip.family);
    case 'patronymic':
      return MESSAGES.titleBeforePatronymic(slip.written, slip.marker, slip.given);
    case 'particles':
      return MESSAGES.titleWithoutParticles(slip.written, slip.title, slip.surname);
  }
}

/** The name on the signature line, cut before a title, a comma, a bar or a dash ("Jordan Lee – Line Cook"). */
function signedName(line: string): string {
  const cut = line.search(/\s[-\u2013\u2014]\s|[,|(/\u2013\u2014]/u);
  return withoutPostNominals((cut < 0 ? line : line.slice(0, cut)).trim());
}

/** A run of at most four capitalised words, particles or initials: a name, not "Talk soon". */
function isNameLine(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length <= 5 && nameParts(text).length <= 4 && words.every((word) => startsLikeName(word) || PARTICLES.has(fold(word)))
  );
}

/** True when the word before `start` on its line is a title ("Mr. Oyelarin's"): the word is used as a name. */
function afterTitle(prose: string, start: number): boolean {
  const before = /(\S+)\s+$/u.exec(prose.slice(Math.max(0, start - 24), start));
  return before !== null && !/[\r\n]/u.test(before[0]) && isTitleWord(before[1]!);
}

export const nameMismatch: RuleCheck = (draft, context) => {
  const hits: Hit[] = [];
  const recipient = recipientOf(context);
  const greeting = greetingOf(draft);
  const people = knownPeople(context);
  const parts = knownParts(people.flatMap(nameParts));
  const addressee = greeting?.addressees.length === 1 ? greeting.addressees[0] : undefined;
  if (recipient && addressee && !isGroupWord(addressee.text)) {
    // As written, titles and all: a word beside a title may be part of it ("Chief Engineer").
    const written = withoutPostNominals(draft.text.slice(addressee.start, addressee.end).replace(/[.]+$/u, ''));
    const chosen = recipient.interviewer?.greeting;
    const reading = readName(written, recipient.name, { colleagues: people, others: otherPeople(context), chosen });
    const hit = greetingHit(addressee, reading, recipient.name, isCallScript(draft, context));
    const slip = reading.kind === 'match' ? titleSlip(written, recipient.name, chosen) : null;
    // Someone else's name, or a misspelling of theirs, has advice of its own.
    const other = ['other', 'shared', 'unknown', 'misspelt'].includes(reading.kind);
    // Where the greeting is to be changed anyway, the greeting the candidate chose is the advice.
    const instead = (hit || slip) && !other ? chosenInstead(written, chosen, recipient.name) : null;
    if (instead)
      hits.push({ start: addressee.start, end: addressee.end, severity: hit?.severity ?? 'warning', message: instead });
    else {
      if (hit) hits.push(hit);
      if (slip)
        hits.push({
          start: addressee.start,
          end: addressee.end,
          severity: 'warning',
          message: titleMessage(slip, recipient.name),
        });
    }
  }
  // Misspelled names anywhere else in the writer's words (the greeting is covered above). An
  // error only where the word is plainly the recipient's name (after a title, or beside another
  // part of it: "Mr. Oyelarin's", "Priya Raghunatan"); elsewhere a capitalised word one letter
  // from a name may be an ordinary word or someone else, and it is a warning.
  if (parts.length > 0) {
    const theirs = new Set(nameParts(recipient?.name ?? '').map(fold));
    // Each distinct word is compared with the names once, reported or not.
    const seen = new Set<string>();
    const words = wordsOf(draft.prose);
    for (const [index, word] of words.entries()) {
      if (addressee && word.start >= addressee.start && word.end <= addressee.end) continue;
      if (!startsUpper(word.text) || seen.has(word.text)) continue;
      seen.add(word.text);
      const plain = word.text.replace(/['\u2019]s$/u, '');
      const near = nearMissOf(plain, parts);
      if (!near) continue;
      // The first word of a phrase on a greeting or closing line ("Mòran taing again,") is the
      // writer's courtesy in their language, not the name it looks like.
      if (/^ \p{Ll}/u.test(draft.prose.slice(word.end, word.end + 2)) && courtesyLineAt(draft.prose, word.start)) continue;
      const accent = bare(plain) === bare(near);
      if (accent && isCallScript(draft, context)) continue;
      const beside = (other: Span | undefined) =>
        other !== undefined &&
        theirs.has(fold(other.text)) &&
        !/[\r\n]/u.test(draft.prose.slice(Math.min(other.end, word.end), Math.max(other.start, word.start)));
      // After a title, only a long name: "Dr. Marie" may be another doctor than Maria.
      const sure =
        !accent &&
        theirs.has(fold(near)) &&
        ((near.length >= 6 && afterTitle(draft.prose, word.start)) || beside(words[index - 1]) || beside(words[index + 1]));
      hits.push({
        start: word.start,
        end: word.end,
        ...(sure ? {} : { severity: 'warning' as const }),
        message: accent ? MESSAGES.nameAccent(word.text, near) : MESSAGES.misspelledName(word.text, near),
      });
    }
  }
  const company = context.interview?.company;
  if (company) {
    const named = new Set(people.flatMap((name) => nameParts(name)).map(fold));
    for (const slip of companySlips(draft.prose, company, named)) {
      if (hits.some((hit) => hit.start < slip.end && slip.start < hit.end)) continue;
      hits.push({
        start: slip.start,
        end: slip.end,
        ...(slip.letters && !slip.stem ? {} : { severity: 'warning' as const }),
        message: slip.stem ? MESSAGES.companyNearName(slip.written, company) : MESSAGES.companyMisspelt(slip.written, company),
      });
    }
  }
  const candidate = context.interview?.candidate.name;
  const signature = signatureOf(draft);
  if (candidate && signature && startsLikeName(signature.text) && !/[@\d]/.test(signature.text)) {
    const signed = signedName(signature.text);
    if (signed !== '' && isNameLine(signed)) {
      const reading = readName(signed, candidate, {
        colleagues: people.filter((name) => fold(name) !== fold(candidate)),
        others: otherPeople(context),
      });
      const at = { start: signature.start, end: signature.start + signed.length };
      // The signature is read whole here: a slip found in it word by word above is this one.
      const inside = (hit: Hit) => hit.start >= at.start && hit.end <= at.end;
      if (reading.kind === 'other' || reading.kind === 'unknown' || reading.kind === 'misspelt')
        hits.splice(0, hits.length, ...hits.filter((hit) => !inside(hit)));
      if (reading.kind === 'other') hits.push({ ...at, message: MESSAGES.signatureNotYou(signed, candidate) });
      else if (reading.kind === 'misspelt') {
        // Sure when the rest of the name is written right beside it ("Ngozi Adeyemi-Clake").
        const own = new Set(nameParts(candidate).map(fold));
        const sure = wordsOf(signed).some((word) => word.text !== reading.written && own.has(fold(word.text)));
        hits.push({
          ...at,
          ...(sure ? {} : { severity: 'warning' as const }),
          message: MESSAGES.signatureMisspelt(reading.written, reading.right),
        });
      } else if (reading.kind === 'unknown')
        hits.push({ ...at, severity: 'warning', message: MESSAGES.signatureUnknown(signed, candidate) });
    }
  }
  return hits;
};

export const id = 'name-mismatch';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = nameMismatch;

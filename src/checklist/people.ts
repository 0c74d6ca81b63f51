// Who the note is to and from: the recipient from the context, and the greeting and signature
// as written. Shared by the addressing rules and by knownWordsFor.
import { particleSet } from '../model/particles.js';
import type { Interviewer } from '../model/types.js';
import type { CheckContext, Draft } from './types.js';
import { isLetter, isNamePoint, startsLikeName } from './chars.js';
import { fold, nameParts, proseLines, type Span } from './text.js';
import { isTitleWord } from './titles.js';

export interface Recipient {
  readonly name: string;
  /** Set when the recipient is one of the interviewers. */
  readonly interviewer?: Interviewer;
  readonly isRecruiter: boolean;
}

/** The recipient named by `--to`, matched on the full name or a unique first name. */
export function recipientOf(context: CheckContext): Recipient | null {
  const to = context.to?.trim();
  if (!to) return null;
  const interview = context.interview;
  const wanted = fold(to);
  const people = interview?.interviewers ?? [];
  const exact = people.find((person) => fold(person.name) === wanted);
  if (exact) return { name: exact.name, interviewer: exact, isRecruiter: false };
  const recruiter = interview?.recruiter;
  if (recruiter && fold(recruiter.name) === wanted) return { name: recruiter.name, isRecruiter: true };
  const byFirst = people.filter((person) => fold(nameParts(person.name)[0] ?? '') === wanted);
  if (byFirst.length === 1) return { name: byFirst[0]!.name, interviewer: byFirst[0]!, isRecruiter: false };
  if (recruiter && fold(nameParts(recruiter.name)[0] ?? '') === wanted) return { name: recruiter.name, isRecruiter: true };
  return { name: to, isRecruiter: false };
}

/**
 * Whether `name` (an interviewer's name as saved) already had their own note of the kind being
 * checked (any kind, when it is not known): a hint must not tell the writer to send it again.
 */
export function hadOwnNote(context: CheckContext, name: string): boolean {
  return (context.interview?.sent ?? []).some(
    (entry) => fold(entry.to) === fold(name) && (context.kind === undefined || entry.kind === context.kind),
  );
}

// Greetings, titles and closings are looked up in sets, word by word, not matched with
// case-insensitive RegExp alternations: V8 compiles each of those when it first runs, and a
// fresh process (every `regen`) paid about 2 ms for these three. Titles live in titles.ts.
const GREETING_WORDS = new Set(
  // English, then the greetings of other languages people open a note with ("Hola Alejandro,").
  'dear dearest hi hello hey hiya howdy greetings respected morning afternoon evening hola bonjour bonsoir salut ciao hallo ola oi namaste namaskar salaam salam shalom merhaba jambo hej hei moin servus'.split(
    ' ',
  ),
);
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'day']);

/** A greeting that names a role, not a person ("Dear Chef", "Dear Principal"): no name to compare. */
export function isTitleOnly(text: string): boolean {
  return isTitleWord(text.trim());
}
const PARTICLES = particleSet();

/** The end of the ASCII letters starting at `at`. */
function lettersEnd(text: string, at: number): number {
  let end = at;
  for (let code = text.charCodeAt(end); (code >= 65 && code <= 90) || (code >= 97 && code <= 122); code = text.charCodeAt(end))
    end += 1;
  return end;
}

function spacesEnd(text: string, at: number, pattern = /\s/): number {
  let end = at;
  while (end < text.length && pattern.test(text[end]!)) end += 1;
  return end;
}

/**
 * The length of the greeting word(s) that open `line` with the spaces after them ("Dear ",
 * "Good morning "), or -1: dear, hi, hello, hey, hiya, greetings, good morning/afternoon/evening/day.
 */
function greetingLength(line: string): number {
  let end = lettersEnd(line, 0);
  const word = line.slice(0, end).toLowerCase();
  if (word === 'good') {
    const next = spacesEnd(line, end);
    const after = lettersEnd(line, next);
    if (next === end || !TIMES_OF_DAY.has(line.slice(next, after).toLowerCase())) return -1;
    end = after;
  } else if (!GREETING_WORDS.has(word)) {
    return -1;
  }
  // The word ends there ("Hi2" is not a greeting).
  if (end < line.length && /\w/.test(line[end]!)) return -1;
  return spacesEnd(line, end, /[ \t]/);
}

/** `name` without the titles before it ("Dr. Priya" -> "Priya", "Mr Ms X" -> "X"). */
function withoutTitles(name: string): string {
  let rest = name;
  for (;;) {
    let end = lettersEnd(rest, 0);
    if (end === 0 || !isTitleWord(rest.slice(0, end))) return rest;
    if (rest[end] === '.') end += 1;
    const next = spacesEnd(rest, end);
    if (next === end) return rest;
    rest = rest.slice(next);
  }
}
/** Capitalised words that open sentences, never names: "Hi Sam, This is Jordan". */
const OPENERS = new Set([
  'this',
  'thank',
  'thanks',
  'i',
  "i'm",
  'it',
  'just',
  'hope',
  'following',
  'quick',
  'great',
  'good',
  'happy',
  'how',
  'we',
  'my',
  'there',
  'again',
  'sorry',
  'please',
  'as',
  'after',
  'your',
  'you',
]);

/** "Priya", "O’Neil", "Jean-Luc", "王伟": a capital (or a letter without case), then letters. */
function isCapitalised(word: string): boolean {
  if (!startsLikeName(word)) return false;
  for (const char of word) if (!isNamePoint(char.codePointAt(0)!) && !"'’.-".includes(char)) return false;
  return true;
}

/**
 * Letters after a name that say what someone is, not who: "MRTPI", "PE", "RN", "BSN", "PhD",
 * "MSc", "CEng". Two capitals or more, at most eight letters, at least half of them capitals.
 */
export function isPostNominal(word: string): boolean {
  // Plain ASCII is read without the \p{..} RegExps, whose Unicode tables V8 builds on first use:
  // a capital there is A-Z, a letter A-Z or a-z.
  const ascii = /^[ -~]*$/.test(word);
  if (!(ascii ? /^[A-Z][A-Za-z]{1,7}$/ : /^\p{Lu}\p{L}{1,7}$/u).test(word)) return false;
  const capitals = (ascii ? word.replace(/[^A-Z]/g, '') : word.replace(/\P{Lu}/gu, '')).length;
  return capitals >= 2 && capitals * 2 >= word.length;
}

/** `name` without the post-nominal letters after it: "Ana Ruiz MRTPI" -> "Ana Ruiz"; a name alone stays. */
export function withoutPostNominals(name: string): string {
  const words = name.trim().split(/\s+/u);
  let keep = words.length;
  while (keep > 1 && isPostNominal(words[keep - 1]!.replace(/[.,]+$/u, ''))) keep -= 1;
  return words.slice(0, keep).join(' ');
}

/** Articles and particles joined to a surname by a hyphen or an apostrophe: "al-Farsi", "d'Souza", "el-Amin". */
const JOINED_PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'at',
  'an',
  'ash',
  'd',
  'l',
  'da',
  'de',
  'di',
  'du',
  'del',
  'van',
  'von',
]);

function isJoinedParticleName(word: string): boolean {
  const joint = word.search(/[-'\u2019]/u);
  return joint > 0 && JOINED_PARTICLES.has(word.slice(0, joint).toLowerCase()) && isCapitalised(word.slice(joint + 1));
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > 5 || OPENERS.has(fold(words[0] ?? ''))) return false;
  // A particle may open a surname after a title ("Mr. van der Berg"), as long as a name follows.
  return (
    words.every((word) => isCapitalised(word) || PARTICLES.has(word) || isJoinedParticleName(word)) &&
    words.some((word) => isCapitalised(word) || isJoinedParticleName(word))
  );
}

/**
 * The length of a first line that is a name alone ("Chef Rossi," "Priya —"), read as a greeting
 * without its greeting word (0), or -1.
 */
function bareNameGreeting(line: string): number {
  const last = line.at(-1) ?? '';
  if (!',:!\u2014\u2013'.includes(last) || line.length > 60) return -1;
  const name = withoutPostNominals(withoutTitles(line.slice(0, -1).trim()).replace(/[.]+$/u, ''));
  // "Goodmorning Priya," is a greeting typed as one word, not a name.
  if (name.toLowerCase().startsWith('good')) return -1;
  return name !== '' && (looksLikeName(name) || isGroupWord(name)) ? 0 : -1;
}
const GROUP_WORDS =
  /^(?:all|everyone|everybody|team|folks|guys|y'all|you all|you both|both|panel|committee|hiring team|interview team|interview panel|hiring committee|the team)$/i;
/** "Dear Platform team": letters and spaces before a closing "team". */
const SOME_TEAM = /^(.+)\s+team$/i;

export interface Greeting {
  readonly line: Span;
  /** Each person or group the greeting addresses, with its offsets. */
  readonly addressees: readonly Span[];
}

// Five rules ask for the greeting and three for the signature of the same draft: read each once.
const greetings = new WeakMap<Draft, Greeting | null>();
const signatures = new WeakMap<Draft, Span | null>();

/** The greeting on the first line of the writer's own words, if it has one. */
export function greetingOf(draft: Draft): Greeting | null {
  let greeting = greetings.get(draft);
  if (greeting === undefined) {
    greeting = readGreeting(draft);
    greetings.set(draft, greeting);
  }
  return greeting;
}

function readGreeting(draft: Draft): Greeting | null {
  const first = proseLines(draft.prose)[0];
  if (!first) return null;
  let opening = greetingLength(first.text);
  const bare = opening < 0;
  if (bare) opening = bareNameGreeting(first.text);
  if (opening < 0) return null;
  const addressees: Span[] = [];
  let at = first.start + opening;
  // A name alone on the line ends at its mark ("Priya —").
  const rest = first.text.slice(opening, bare ? -1 : undefined);
  // "Hi Priya and Sam," / "Dear Priya, Sam," / "Hi Sam, this is Jordan": names until prose starts.
  const parts = rest.split(/(,|;|\s+and\s+|\s*&\s*|\s*\+\s*|\s+-\s+|\s+\u2014\s+|:|!)/u);
  for (const [index, raw] of parts.entries()) {
    const separator = /^(,|;|\s+and\s+|\s*&\s*|\s*\+\s*|\s+-\s+|\s+\u2014\s+|:|!)$/u.test(raw);
    // "Hey Shanice, Tomasz Zieliński, 614 555 0112": the name before a phone number is the
    // caller's own, said as a script opens, not a second person greeted.
    if (
      !separator &&
      addressees.length > 0 &&
      parts[index + 1] === ',' &&
      PHONE.test(
        parts
          .slice(index + 2)
          .join('')
          .trim(),
      )
    )
      break;
    if (!separator) {
      const trimmed = raw.trim();
      const lead = raw.length - raw.trimStart().length;
      const name = withoutPostNominals(withoutTitles(trimmed).replace(/[.]+$/, ''));
      // "Dear Jane Doe, PE": letters after a name are part of that name, not a second person.
      if (addressees.length > 0 && isPostNominal(trimmed.replace(/[.]+$/u, ''))) {
        at += raw.length;
        continue;
      }
      if (trimmed !== '') {
        if (isGroupWord(name) || looksLikeName(name)) {
          addressees.push({ start: at + lead, end: at + lead + trimmed.length, text: name });
        } else break;
      }
    }
    at += raw.length;
  }
  return { line: first, addressees };
}

/** A phone number as written: "614 555 0112", "+1 (541) 555-0181". */
const PHONE = /^\+?\d[\d ().-]{6,}\d\b/u;

export function isGroupWord(text: string): boolean {
  const trimmed = text.trim();
  if (GROUP_WORDS.test(trimmed)) return true;
  const team = SOME_TEAM.exec(trimmed)?.[1];
  return team !== undefined && [...team].every((char) => isLetter(char) || /\s/.test(char));
}

const CLOSINGS = new Set([
  'best',
  'best regards',
  'best wishes',
  'kind regards',
  'warm regards',
  'warmest regards',
  'regards',
  'warmly',
  'sincerely',
  'sincerely yours',
  'yours sincerely',
  'yours truly',
  'yours',
  'thanks',
  'thanks again',
  'thank you',
  'thank you again',
  'many thanks',
  'with thanks',
  'cheers',
  'all the best',
  'with gratitude',
  'gratefully',
  'respectfully',
  'take care',
]);

/** "Best regards," "Cheers" "Thank you!": a closing alone on its line, with at most one mark after it. */
function isClosing(line: string): boolean {
  const last = line.at(-1);
  const words = last !== undefined && ',.!'.includes(last) ? line.slice(0, -1) : line;
  return CLOSINGS.has(words.toLowerCase());
}

/** The line under the closing ("Best regards," -> "Jordan Lee"), if the note is signed. */
export function signatureOf(draft: Draft): Span | null {
  let signature = signatures.get(draft);
  if (signature === undefined) {
    signature = readSignature(draft);
    signatures.set(draft, signature);
  }
  return signature;
}

function readSignature(draft: Draft): Span | null {
  const lines = proseLines(draft.prose);
  for (let index = lines.length - 2; index >= Math.max(0, lines.length - 8); index -= 1) {
    if (isClosing(lines[index]!.text)) return lines[index + 1] ?? null;
  }
  return null;
}

/** True when `written` names `person`: any part of the name, a nickname prefix, or the full name. */
export function namesPerson(written: string, person: string): boolean {
  const parts = nameParts(person).map(fold);
  const words = nameParts(written).map(fold);
  if (words.length === 0) return false;
  return words.every((word) => parts.some((part) => part === word || (word.length >= 3 && part.startsWith(word))));
}

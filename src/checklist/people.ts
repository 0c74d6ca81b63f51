// Who the note is to and from: the recipient from the context, and the greeting and signature
// as written. Shared by the addressing rules and by knownWordsFor.
import type { Interviewer } from '../model/types.js';
import type { CheckContext, Draft } from './types.js';
import { isLetter, isNamePoint, startsLikeName } from './chars.js';
import { fold, nameParts, proseLines, type Span } from './text.js';

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

const GREETING = /^(dear|hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day)|greetings)\b[ \t]*/iu;
const TITLE = /^(?:(?:mr|ms|mrs|mx|miss|dr|prof|professor|sir|madam)\.?\s+)+/iu;
const PARTICLE = /^(?:van|der|den|de|la|le|del|della|da|di|von|bin|binti|al|el|dos|das|du|ten|ter)$/u;
/** Capitalised words that open sentences, never names: "Hi Sam, This is Jordan". */
const OPENERS = new Set(['this', 'thank', 'thanks', 'i', "i'm", 'it', 'just', 'hope', 'following', 'quick', 'great', 'good', 'happy', 'how', 'we', 'my', 'there', 'again', 'sorry', 'please', 'as', 'after', 'your', 'you']);

/** "Priya", "O’Neil", "Jean-Luc", "王伟": a capital (or a letter without case), then letters. */
function isCapitalised(word: string): boolean {
  if (!startsLikeName(word)) return false;
  for (const char of word) if (!isNamePoint(char.codePointAt(0)!) && !"'’.-".includes(char)) return false;
  return true;
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length > 5 || OPENERS.has(fold(words[0] ?? ''))) return false;
  return words.every((word, index) => isCapitalised(word) || (index > 0 && PARTICLE.test(word)));
}
const GROUP_WORDS = /^(?:all|everyone|everybody|team|folks|guys|y'all|you all|you both|both|panel|committee|hiring team|interview team|interview panel|hiring committee|the team)$/i;
/** "Dear Platform team": letters and spaces before a closing "team". */
const SOME_TEAM = /^(.+)\s+team$/i;

export interface Greeting {
  readonly line: Span;
  /** Each person or group the greeting addresses, with its offsets. */
  readonly addressees: readonly Span[];
}

/** The greeting on the first line of the writer's own words, if it has one. */
export function greetingOf(draft: Draft): Greeting | null {
  const first = proseLines(draft.prose)[0];
  if (!first) return null;
  const greeting = GREETING.exec(first.text);
  if (!greeting) return null;
  const addressees: Span[] = [];
  let at = first.start + greeting[0].length;
  const rest = first.text.slice(greeting[0].length);
  // "Hi Priya and Sam," / "Dear Priya, Sam," / "Hi Sam, this is Jordan": names until prose starts.
  for (const raw of rest.split(/(,|;|\s+and\s+|\s*&\s*|\s*\+\s*|\s+-\s+|\s+—\s+|:|!)/u)) {
    const separator = /^(,|;|\s+and\s+|\s*&\s*|\s*\+\s*|\s+-\s+|\s+—\s+|:|!)$/u.test(raw);
    if (!separator) {
      const trimmed = raw.trim();
      const lead = raw.length - raw.trimStart().length;
      const name = trimmed.replace(TITLE, '').replace(/[.]+$/, '');
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

export function isGroupWord(text: string): boolean {
  const trimmed = text.trim();
  if (GROUP_WORDS.test(trimmed)) return true;
  const team = SOME_TEAM.exec(trimmed)?.[1];
  return team !== undefined && [...team].every((char) => isLetter(char) || /\s/.test(char));
}

const CLOSING = /^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|warmly|sincerely|sincerely yours|yours sincerely|yours truly|yours|thanks|thanks again|thank you|thank you again|many thanks|with thanks|cheers|all the best|with gratitude|gratefully|respectfully|take care)[,.!]?$/iu;

/** The line under the closing ("Best regards," -> "Jordan Lee"), if the note is signed. */
export function signatureOf(draft: Draft): Span | null {
  const lines = proseLines(draft.prose);
  for (let index = lines.length - 2; index >= Math.max(0, lines.length - 8); index -= 1) {
    if (CLOSING.test(lines[index]!.text)) return lines[index + 1] ?? null;
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

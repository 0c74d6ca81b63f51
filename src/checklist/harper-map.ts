// Turns Harper's lints into our findings. Pure, so it is tested without loading 16 MB of WASM.
// harper.js already reports spans in UTF-16 code units, like JS strings and our Finding columns
// (checked with emoji and CJK text; the unit test pins it).
import type { Finding } from '../model/types.js';
import { MESSAGES } from './messages.js';
import { excerptOf, locator } from './position.js';
import {
  isAccentedFormOfSuggestion,
  isAnswerNo,
  isEndingOfKnownWord,
  isFarFromEveryWord,
  isHyphenatedPrefix,
  isNameParticle,
  isShortFormOfKnownName,
  isInBorrowedPhrase,
  isItIsName,
  isOtherDialectSpelling,
  isCompoundSplit,
  isNearKnownWord,
  isOrdinaryWordsAsBrand,
  isPieceOfKnownWord,
  isPossessiveMisread,
} from './harper-misreads.js';
import { isTradeToken } from './trade-shapes.js';
import { isOff, severityFor } from './levels.js';
import type { Draft, RuleId, RuleLevels } from './types.js';

/** What the worker sends back for each lint: plain data, no WASM handles. */
export interface RawLint {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly message: string;
  readonly problem: string;
  readonly suggestions: readonly string[];
}

// Harper files a doubled word ("to to") under Typo: that is grammar to a reader, not spelling.
const SPELLING_KINDS = new Set(['Spelling']);
const GRAMMAR_KINDS = new Set([
  'Typo',
  'Grammar',
  'Agreement',
  'Punctuation',
  'Capitalization',
  'Repetition',
  'BoundaryError',
  'WordOrder',
  'Malapropism',
  'Eggcorn',
  'Usage',
]);

/** Which of our rules a Harper lint belongs to; style advice ("Readability", "WordChoice") is not ours to give. */
export function ruleForKind(kind: string): RuleId | null {
  if (SPELLING_KINDS.has(kind)) return 'spelling';
  if (GRAMMAR_KINDS.has(kind)) return 'grammar';
  return null;
}

/**
 * What Harper skips: links, e-mail addresses and file names ("Jordan-Lee-Resume.pdf") are not
 * words. Harper reads this as a Rust regex: no lookaround (an invalid mask silently lints nothing).
 */
export const LINT_MASK = [
  '(?:https?://|www\\.)\\S+',
  '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
  '\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|dev|app|ai|co|me|info|edu|gov|example)\\b(?:/\\S*)?',
  '[\\w.-]+\\.(?:pdf|docx?|txt|rtf|odt|pages|md)\\b',
].join('|');

/**
 * Harper 2.10 reads "thank-you notes" as the pronoun "you" with the verb "notes" and asks for
 * "note". The phrase is everywhere in this domain, so it is shown to Harper as "gratitude notes":
 * same length, same grammar, offsets unchanged.
 */
function hideHarperMisreadings(text: string): string {
  return text.replace(/\b([Tt])hank-you(?=\s+(?:note|card|letter|e-?mail|message)s?\b)/g, (_match, t: string) =>
    t === 'T' ? 'Gratitude' : 'gratitude',
  );
}

/** The text Harper should read: the writer's own words plus the subject line, offsets unchanged. */
export function lintInput(draft: Draft): string {
  let text = draft.prose;
  if (draft.subject !== null && draft.subjectStart >= 0) {
    const end = draft.subjectStart + draft.subject.length;
    text = draft.prose.slice(0, draft.subjectStart) + draft.text.slice(draft.subjectStart, end) + draft.prose.slice(end);
  }
  return hideHarperMisreadings(text);
}

/** A phone number read out slowly ("five five five") repeats words on purpose. */
const NUMBER_WORDS = /^(?:\s*(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d+)\s*)+$/i;

function isDeliberate(lint: RawLint): boolean {
  return lint.kind === 'Repetition' && NUMBER_WORDS.test(lint.problem);
}

export interface MapOptions {
  /**
   * True when the check runs without an interview: nobody's name is known, so even a word one
   * slip from a known word is taken as a name. With an interview, a capitalized word the
   * dictionary lacks inside a sentence ("my colleague Paulo", "at Baker Tilly") is still far more
   * likely a name than a typo, unless it is a slip of a known name ("Priay"); name-mismatch
   * compares every name-like word with the interview's people.
   */
  readonly namesUnknown?: boolean | undefined;
  /** The known words (knownWordsFor), folded: a piece of one is no misspelling (harper-misreads.ts). */
  readonly known?: ReadonlySet<string> | undefined;
  /** The user's rule levels (config.ts): `off` drops spelling or grammar, a level replaces its severity. */
  readonly levels?: RuleLevels | undefined;
}

// "Priya", "Priya's": one capital, then lower case. "TEH", "iPhone" and "Kafak" at a sentence's
// start are still checked.
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:['\u2019]s)?$/u;

/** Whether `start` opens a sentence: the text's start, a paragraph's, or after . ! ? (and a closing quote). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return before.trim() === '' || /\n[ \t]*\n\s*$/u.test(before) || /[.!?]["'\u201d\u2019)]?\s+$/u.test(before);
}

/** A salutation line that is only the name: "Priya,". */
function isSalutationLine(text: string, lint: RawLint): boolean {
  const lineStart = text.lastIndexOf('\n', lint.start - 1) + 1;
  const lineEnd = text.indexOf('\n', lint.end);
  return (
    /^\s*$/u.test(text.slice(lineStart, lint.start)) &&
    /^\s*,?\s*$/u.test(text.slice(lint.end, lineEnd === -1 ? undefined : lineEnd))
  );
}

/** A spelling lint on what is probably a person's or place's name, when no names are known. */
export function isNameGuess(text: string, lint: RawLint): boolean {
  if (ruleForKind(lint.kind) !== 'spelling' || !NAME_SHAPE.test(lint.problem) || inTitleCaseSubject(text, lint)) return false;
  return !opensSentence(text, lint.start) || isSalutationLine(text, lint) || opensFullName(text, lint);
}

/** A subject written in title case ("Thnak You for the Interview"), where a capital says nothing. */
function inTitleCaseSubject(text: string, lint: RawLint): boolean {
  const lineStart = text.lastIndexOf('\n', lint.start - 1) + 1;
  const lineEnd = text.indexOf('\n', lint.end);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  if (!/^subject:/iu.test(line)) return false;
  const long = line.slice(8).match(/\p{L}{4,}/gu) ?? [];
  return long.filter((word) => /^\p{Lu}/u.test(word)).length * 5 >= long.length * 3;
}

/** Words that start a title-case line ("Thnak You For ...") and never a surname. */
const NOT_SURNAMES = new Set('you your for the and to of a an in on at with from my our i we it this that is am are'.split(' '));

/** A sentence that opens with a first name and a surname: "Paulo Reyes, who runs the stockroom". */
function opensFullName(text: string, lint: RawLint): boolean {
  const next = /^[ \t]+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(lint.end, lint.end + 40))?.[1];
  return next !== undefined && !NOT_SURNAMES.has(next.toLowerCase());
}

export function findingsFromLints(draft: Draft, lints: readonly RawLint[], options: MapOptions = {}): Finding[] {
  const locate = locator(draft.text);
  const findings: Finding[] = [];
  for (const lint of lints) {
    const rule = ruleForKind(lint.kind);
    if (!rule || isOff(rule, options.levels) || isDeliberate(lint)) continue;
    if (isNameGuess(draft.text, lint) && (options.namesUnknown || !isNearKnownWord(lint.problem, options.known))) continue;
    if (options.known && (isPieceOfKnownWord(draft.text, lint, options.known) || isEndingOfKnownWord(lint, options.known)))
      continue;
    if (isTradeToken(draft.text, lint) || isInBorrowedPhrase(draft.text, lint)) continue;
    if (isPossessiveMisread(draft.text, lint) || isOrdinaryWordsAsBrand(lint) || isAnswerNo(draft.text, lint)) continue;
    if (isOtherDialectSpelling(lint) || isAccentedFormOfSuggestion(lint)) continue;
    if (isCompoundSplit(lint) || isItIsName(draft.text, lint, options.known) || isFarFromEveryWord(lint)) continue;
    if (
      isHyphenatedPrefix(lint) ||
      isNameParticle(draft.text, lint) ||
      (isNameGuess(draft.text, lint) && isShortFormOfKnownName(lint, options.known))
    )
      continue;
    const { start, end } = lint;
    // Harper may offer one word twice ("They're", "They're "): each is shown once, trimmed.
    const suggestions = [...new Set(lint.suggestions.map((s) => s.trim()).filter((s) => s !== ''))].slice(0, 3);
    const message =
      rule === 'spelling'
        ? MESSAGES.spelling(lint.problem, suggestions)
        : MESSAGES.grammar(lint.problem, lint.message, suggestions);
    const { line, column } = locate(start);
    findings.push({
      rule,
      severity: severityFor(rule, options.levels),
      message,
      line,
      column,
      excerpt: excerptOf(draft.text, start, end),
    });
  }
  return findings;
}

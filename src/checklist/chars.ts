// Unicode character classes for the rules, built once per process. V8 builds the ranges of a
// \p{L} class (and with the i flag their case-folded closure) separately for every RegExp that
// uses one, when it first runs on a two-byte string, which is any note with a ’ or a —: 1.5 to
// 3 ms each. Twenty such patterns made the first check in a fresh process (regen, check) cost
// 40 ms. Here three one-character patterns classify each distinct non-ASCII character once, and
// the rules' phrase patterns are plain literals whose word boundaries are checked in code.

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;

let patterns: { letter: RegExp; mark: RegExp; number: RegExp } | undefined;
const classes = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 0x80) {
    if ((codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a)) return LETTER;
    return codePoint >= 0x30 && codePoint <= 0x39 ? NUMBER : 0;
  }
  let found = classes.get(codePoint);
  if (found === undefined) {
    patterns ??= { letter: /^\p{L}$/u, mark: /^\p{M}$/u, number: /^\p{N}$/u };
    const char = String.fromCodePoint(codePoint);
    found =
      (patterns.letter.test(char) ? LETTER : 0) |
      (patterns.mark.test(char) ? MARK : 0) |
      (patterns.number.test(char) ? NUMBER : 0);
    classes.set(codePoint, found);
  }
  return found;
}

/** The code point that starts at `index`, or undefined past the end. */
function pointAt(text: string, index: number): number | undefined {
  return index >= 0 && index < text.length ? text.codePointAt(index) : undefined;
}

/** The code point that ends just before `index` (a whole surrogate pair), or undefined at the start. */
function pointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

const is = (codePoint: number | undefined, mask: number): boolean => codePoint !== undefined && (classOf(codePoint) & mask) !== 0;

export const isLetter = (char: string): boolean => is(char.codePointAt(0), LETTER);
/** Letters and combining marks: what a name is made of. */
export const isNamePoint = (codePoint: number): boolean => is(codePoint, LETTER | MARK);
/** Letters, combining marks and digits: what a word is made of. */
export const isWordPoint = (codePoint: number): boolean => is(codePoint, LETTER | MARK | NUMBER);

/** A capital or title-case letter: "Priya", "Émile", "ǅ". */
export function startsUpper(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0x20);
  return isLetter(first) && first !== first.toLowerCase();
}

/** A capital, or a letter of a script without case ("王伟"): how a name starts. */
export function startsLikeName(text: string): boolean {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0x20);
  return isLetter(first) && (first !== first.toLowerCase() || first === first.toUpperCase());
}

/** Only the letters of `text` ("CALL!!" -> "CALL"). */
export function lettersOf(text: string): string {
  let out = '';
  for (const char of text) if (isLetter(char)) out += char;
  return out;
}

/** `text` without its combining marks (after NFD: "José" -> "Jose"). */
export function withoutMarks(text: string): string {
  let out = '';
  for (const char of text) if (!is(char.codePointAt(0), MARK)) out += char;
  return out;
}

/** Letters with no combining mark to drop that people still type plain: "Søren" as "Soren". */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  '\u00f8': 'o',
  '\u00d8': 'O',
  '\u0142': 'l',
  '\u0141': 'L',
  '\u0111': 'd',
  '\u0110': 'D',
  '\u0131': 'i',
  '\u0130': 'I',
  '\u0127': 'h',
  '\u00df': 'ss',
  '\u00e6': 'ae',
  '\u00c6': 'Ae',
  '\u0153': 'oe',
  '\u0152': 'Oe',
};

/**
 * `text` as a keyboard without its letters writes it, capitals kept: marks dropped and the
 * letters no decomposition strips made plain ("Élodie Fleury" -> "Elodie Fleury", "Yıldız" ->
 * "Yildiz", "Søren" -> "Soren").
 */
export function plainForm(text: string): string {
  return withoutMarks(text.normalize('NFD')).replace(
    /[\u00f8\u00d8\u0142\u0141\u0111\u0110\u0131\u0130\u0127\u00df\u00e6\u00c6\u0153\u0152]/gu,
    (letter) => PLAIN_LETTERS[letter] ?? letter,
  );
}

/** True when no letter or digit touches the span from either side: it is whole words. */
export function isWholeWords(text: string, start: number, end: number): boolean {
  return !is(pointBefore(text, start), LETTER | NUMBER) && !is(pointAt(text, end), LETTER | NUMBER);
}

/**
 * Ends a pattern where no letter of the Latin, Greek or Cyrillic scripts or digit follows, so the
 * RegExp itself backtracks to another alternative ("thank" in "thanks" gives way to "thanks").
 * A few ranges cost nothing to build; isWholeWords then covers every other script.
 */
export const WORD_END =
  '(?![0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u03ff\\u0400-\\u052f])';

/**
 * The inside of a character class for a word's characters in a pattern without the u flag: `\w`
 * with the letters of WORD_END's scripts and the combining accents a name typed in NFD carries
 * ("Zoë" either way), where `\w` alone stops at the "ë" of "Zoë's".
 */
export const WORD_CHARS =
  '\\w\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f';

/**
 * Starts a pattern only where no ASCII letter or digit stands before: wholeWordMatches rejects
 * every match that starts there, so the RegExp need not try one from inside each word. Without
 * it, a pattern opening on a run (`[\w'.-]+,`) read each word again from every letter of it:
 * most of the phrase lists' cost on a long draft. Only ASCII, which isWholeWords always takes for
 * a letter or digit: matches with anything else before them are still settled there.
 */
export const WORD_START = '(?<![A-Za-z0-9])';

/** `source` as one group that must end a word: see WORD_END and wholeWordMatches. */
export const wordPattern = (source: string): string => `(?:${source})${WORD_END}`;

/**
 * The matches of a global pattern that are whole words, in order. A match with a letter or digit
 * before it is skipped and the search goes on from the next character, exactly as a lookbehind
 * would; build the pattern with wordPattern so that the end is settled inside the RegExp.
 */
export function wholeWordMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].length === 0 || !isWholeWords(text, match.index, end)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    found.push(match);
    pattern.lastIndex = end;
  }
  return found;
}

/** The first whole-word match of a pattern (global or not), or null. */
export function firstWholeWord(pattern: RegExp, text: string): RegExpExecArray | null {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    if (match[0].length > 0 && isWholeWords(text, match.index, match.index + match[0].length)) return match;
    global.lastIndex = match.index + 1;
  }
  return null;
}

// In plain ASCII a word character is A-Z, a-z or 0-9, and the joiners are ' - / . : one RegExp
// finds the words that the loop below finds a code point at a time. The rules read every word of
// a note, and in a fresh process that loop ran in the interpreter until V8 chose to optimise it,
// which it then did on a second thread (regen ID --print on Node 22, callgrind).
const NOT_ASCII = /[\u0080-\uffff]/;
const ASCII_WORD = /[A-Za-z0-9]+(?:['\-/.][A-Za-z0-9]+)*/g;

/** Words: letters, marks and digits, joined by ' ’ - / . when a word character follows. */
export function wordSpans(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (!NOT_ASCII.test(text)) {
    ASCII_WORD.lastIndex = from;
    for (let match = ASCII_WORD.exec(text); match !== null && match.index < to; match = ASCII_WORD.exec(text)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
    return spans;
  }
  let index = from;
  while (index < text.length) {
    const point = text.codePointAt(index)!;
    if (!isWordPoint(point)) {
      index += point > 0xffff ? 2 : 1;
      continue;
    }
    if (index >= to) break;
    const start = index;
    index += point > 0xffff ? 2 : 1;
    for (;;) {
      const next = pointAt(text, index);
      if (next === undefined) break;
      if (isWordPoint(next)) {
        index += next > 0xffff ? 2 : 1;
        continue;
      }
      const joiner = next === 0x27 || next === 0x2019 || next === 0x2d || next === 0x2f || next === 0x2e;
      const after = pointAt(text, index + 1);
      if (joiner && after !== undefined && isWordPoint(after)) {
        index += 1;
        continue;
      }
      break;
    }
    spans.push({ start, end: index });
  }
  return spans;
}

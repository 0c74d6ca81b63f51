// A list of phrase patterns that builds only the part of itself a text can match. V8 compiles a
// RegExp when it first runs: about 0.1 ms per alternative, so the four phrase lists (a hundred
// patterns) cost 10 ms on the first check in a fresh process, almost all for patterns the note
// cannot contain. Each pattern is read once for its anchors, the words any match must contain
// (as whole words where the pattern sets them apart, so "he" is not found in "the"); a pattern
// whose anchors are not in the text is left out of the RegExp built for that text, and so is each
// alternative of a pattern (`a|b` at its top level) whose own anchors are not: the scorn and
// third-party lists' patterns are long alternations of which a common word ("glad", "time",
// "the") keeps one alternative in play, and the others then need not be compiled.
// The built CLI reads them from a table the build made (phrase-anchors.ts).
import { WORD_START, wholeWordMatches, wordPattern } from './chars.js';
import { PRECOMPUTED_ANCHORS } from './phrase-anchors.js';

/**
 * What every match of `source` contains, as clauses that must all hold, each a list of lower-case
 * words of which the match contains at least one: `I\s+(?:need|demand)\s+an\s+answer` gives
 * [[" answer "], [" demand ", " need "], [" an "], [" i "]], strongest first. Null when the pattern
 * does not show such words plainly (then it is always kept). Reads literal letters and escaped
 * punctuation (`A\.S\.A\.P`, `\?`) outside classes, and groups whose every alternative
 * has anchors; anything optional or unclear is skipped.
 *
 * A word in spaces is a whole word of the match: the pattern puts no letter a-z on either side of
 * it (`\b`, `\s`, punctuation, or the match's own edges, which a PhraseList match keeps clear of
 * letters), so the text must hold it as a whole word, not inside another ("he" in "the"). `left`
 * and `right` say whether that holds just before and after `source` (true for a whole pattern).
 */
export function anchorsOf(source: string, left = true, right = true): string[][] | null {
  const alternatives = splitTopLevel(source);
  if (alternatives.length === 1) return clausesOf(alternatives[0]!, left, right);
  // A match is one of the alternatives: one clause, of each alternative's strongest.
  const union: string[] = [];
  for (const alternative of alternatives) {
    const clauses = clausesOf(alternative, left, right);
    if (clauses === null) return null;
    union.push(...clauses[0]!);
  }
  return [[...new Set(union)].sort()];
}

/** The anchors of an alternative of a pattern, as anchorsOf gives them; null when it shows none. */
type Anchors = readonly (readonly string[])[] | null;

/**
 * The anchors of each top-level alternative of `source`, each as anchorsOf gives them for that
 * alternative alone: `\bno\s+thanks\b|\bdodged\s+a\s+bullet\b` gives [[[" thanks "], [" no "]],
 * [[" bullet "], [" dodged "], [" a "]]]. A match of the pattern is a match of one of them, with
 * the same edges, so one whose anchors a text lacks cannot match there.
 */
export function alternativeAnchors(source: string): (string[][] | null)[] {
  return splitTopLevel(source).map((alternative) => clausesOf(alternative, true, true));
}

const shortest = (clause: readonly string[]) => Math.min(...clause.map((word) => word.trim().length));

/**
 * The clauses of one alternative (no top-level `|`), strongest (longest shortest word) first.
 * `left` and `right`: whether no letter a-z can stand just before and just after the sequence.
 */
function clausesOf(sequence: string, left: boolean, right: boolean): string[][] | null {
  const candidates: string[][] = [];
  let run = '';
  // Whether no letter a-z stands just before `at` (before the run, for runLeft).
  let clear = left;
  let runLeft = false;
  const endRun = (clearNext: boolean) => {
    const word = run.toLowerCase();
    if (run !== '') candidates.push([runLeft && clearNext && /^[a-z]+$/.test(word) ? ` ${word} ` : word]);
    run = '';
  };
  const extend = (char: string) => {
    if (run === '') runLeft = clear;
    run += char;
  };
  let at = 0;
  while (at < sequence.length) {
    const char = sequence[at]!;
    const element = elementAt(sequence, at);
    if (char === '\\') {
      const end = escapeEnd(sequence, at);
      const quantified = skipQuantifier(sequence, end);
      // `\.` and the like stand for themselves, as letters do; `\s`, `\p{L}`, `\u00e9` do not.
      const literal = end === at + 2 && /[^\w\s]/.test(sequence[at + 1]!);
      if (literal && !quantified.optional) {
        extend(sequence[at + 1]!);
        if (quantified.end !== end) endRun(false);
      } else {
        endRun(clearFrom(sequence, at, right));
      }
    } else if (char === '[') {
      endRun(clearFrom(sequence, at, right));
    } else if (char === '(') {
      endRun(clearFrom(sequence, at, right));
      const close = closeGroup(sequence, at);
      if (close < 0) return null;
      const inner = sequence.slice(at + 1, close);
      const { end, optional } = skipQuantifier(sequence, close + 1);
      const lookaround = /^\?(?:[=!]|<[=!])/.exec(inner)?.[0];
      if (!optional && lookaround === undefined) {
        const body = inner.replace(/^\?(?::|<[A-Za-z]\w*>)/, '');
        // A repeated group's inner edges also touch its own other end: not known to be clear.
        const once = end === close + 1;
        const anchors = anchorsOf(body, once && clear, once && clearFrom(sequence, end, right));
        if (anchors !== null) candidates.push(...anchors);
      } else if (!optional && lookaround === '?<=') {
        // What a lookbehind must see stands in the text too, just before the match:
        // "(?<=\bapparently\b[^.!?\n]{0,60}?)" needs " apparently ". Its edges are not known to
        // be clear, only its own \b are. Without this, the RegExp looked back from every word.
        // (A lookahead is still read as telling nothing: see the tests of anchorsOf.)
        const anchors = anchorsOf(inner.slice(lookaround.length), false, false);
        if (anchors !== null) candidates.push(...anchors);
      }
    } else if ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')) {
      // Letters of the patterns' own words (ASCII); any other character ends a word, which only
      // ever makes an anchor shorter, never wrong.
      const { end, optional } = skipQuantifier(sequence, at + 1);
      if (optional) {
        endRun(false);
      } else {
        extend(char);
        // A quantifier that repeats the letter ("e{2}", "e+") ends the plain word there.
        if (end !== at + 1) endRun(false);
      }
    } else {
      endRun(clearFrom(sequence, at, right));
    }
    clear = clearPast(sequence, at, element, clear);
    at = element.end;
  }
  endRun(right);
  const usable = candidates.filter((clause) => clause.length > 0 && clause.every((word) => word !== ''));
  if (usable.length === 0) return null;
  const unique = new Map(usable.map((clause) => [[...clause].sort().join('|'), [...new Set(clause)].sort()]));
  return [...unique.values()].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
}

/**
 * One element of a pattern and what it may put in the text: `edge` a \b, ^ or $ (no letter a-z
 * beside a letter there), `none` a lookaround (nothing), `non-letter` characters that are never
 * a-z (\s, \d, punctuation, a class of such), `other` anything that may be a letter.
 */
interface Element {
  readonly end: number;
  readonly kind: 'edge' | 'none' | 'non-letter' | 'other';
  readonly optional: boolean;
}

function elementAt(sequence: string, at: number): Element {
  const char = sequence[at]!;
  if (char === '\\') {
    const end = escapeEnd(sequence, at);
    if (end === at + 2 && sequence[at + 1] === 'b') return { end, kind: 'edge', optional: false };
    const { end: after, optional } = skipQuantifier(sequence, end);
    return { end: after, kind: isNonLetterEscape(sequence, at, end) ? 'non-letter' : 'other', optional };
  }
  if (char === '[') {
    const close = closeClass(sequence, at);
    const { end, optional } = skipQuantifier(sequence, close);
    return { end, kind: isNonLetterClass(sequence, at, close) ? 'non-letter' : 'other', optional };
  }
  if (char === '(') {
    const close = closeGroup(sequence, at);
    if (close < 0) return { end: sequence.length, kind: 'other', optional: false };
    const { end, optional } = skipQuantifier(sequence, close + 1);
    return { end, kind: /^\(\?(?:[=!]|<[=!])/.test(sequence.slice(at, at + 4)) ? 'none' : 'other', optional };
  }
  if (char === '^' || char === '$') return { end: at + 1, kind: 'edge', optional: false };
  const { end, optional } = skipQuantifier(sequence, at + 1);
  return { end, kind: /[A-Za-z.|()[\]{}*+?]/.test(char) ? 'other' : 'non-letter', optional };
}

/**
 * Whether no letter a-z stands just after the element at `at`, given whether none stood just
 * before it. A group is clear after when each of its alternatives ends clear.
 */
function clearPast(sequence: string, at: number, element: Element, before: boolean): boolean {
  if (element.kind === 'edge') return true;
  if (element.kind === 'none') return before;
  if (element.kind === 'non-letter') return element.optional ? before : true;
  const alternatives = groupAlternatives(sequence, at);
  if (alternatives === null) return false;
  // Repeated, a pass also follows the one before it: reckoned as if nothing clear stood before.
  const once = /^\)\?{0,2}$/.test(sequence.slice(closeGroup(sequence, at), element.end));
  const through = alternatives.every((alternative) => clearThrough(alternative, once && before));
  return element.optional ? before && through : through;
}

/** Whether no letter a-z stands at the end of `sequence`, given whether none stood before it. */
function clearThrough(sequence: string, before: boolean): boolean {
  let clear = before;
  for (let at = 0; at < sequence.length; ) {
    const element = elementAt(sequence, at);
    clear = clearPast(sequence, at, element, clear);
    at = element.end;
  }
  return clear;
}

/**
 * Whether the pattern from `at` on starts with no letter a-z (a \b after a letter, a space, ...);
 * `right` says it for the end of the sequence. An optional element that starts clear, or a
 * lookaround, leaves it to what follows.
 */
function clearFrom(sequence: string, at: number, right: boolean): boolean {
  for (let from = at; from < sequence.length; ) {
    const element = elementAt(sequence, from);
    if (element.kind === 'edge' || (element.kind === 'non-letter' && !element.optional)) return true;
    if (element.kind === 'other') {
      const alternatives = groupAlternatives(sequence, from);
      if (alternatives === null) return false;
      const after = clearFrom(sequence, element.end, right);
      if (!alternatives.every((alternative) => clearFrom(alternative, 0, after))) return false;
      if (!element.optional) return true;
    }
    from = element.end;
  }
  return right;
}

/** The alternatives of the group (not a lookaround) that opens at `at`, or null for any other element. */
function groupAlternatives(sequence: string, at: number): string[] | null {
  if (sequence[at] !== '(' || /^\(\?(?:[=!]|<[=!])/.test(sequence.slice(at, at + 4))) return null;
  const close = closeGroup(sequence, at);
  if (close < 0) return null;
  return splitTopLevel(sequence.slice(at + 1, close).replace(/^\?(?::|<[A-Za-z]\w*>)/, ''));
}

/** An escape that never matches a letter a-z: \s, \d, \W, \n, escaped punctuation, \u2019. */
function isNonLetterEscape(source: string, at: number, end: number): boolean {
  const char = source[at + 1]!;
  if (end === at + 2) return /[sdWntrfv]/.test(char) || /[^\w\s]/.test(char);
  if (char !== 'u' && char !== 'x') return false;
  const code = Number.parseInt(source.slice(at + 2, end).replace(/[{}]/g, ''), 16);
  return !((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
}

/** A class of characters none of which is a letter a-z: `['\u2019]`, `[\s-]`; no ranges, not negated. */
function isNonLetterClass(source: string, open: number, close: number): boolean {
  if (source[open + 1] === '^') return false;
  for (let at = open + 1; at < close - 1; at += 1) {
    const char = source[at]!;
    if (char === '\\') {
      const end = escapeEnd(source, at);
      if (!isNonLetterEscape(source, at, end)) return false;
      at = end - 1;
    } else if ((char === '-' && at > open + 1 && at < close - 2) || /[A-Za-z]/.test(char)) {
      return false;
    }
  }
  return true;
}

const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/y;
const QUANTIFIER = /(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/y;

/** Where the escape starting at the backslash `at` ends: \\s, \\p{L}, \\u00e9, \\u{1F600}, \\x41, \\cJ, \\k<name>. */
function escapeEnd(source: string, at: number): number {
  ESCAPE.lastIndex = at;
  const match = ESCAPE.exec(source);
  return at + (match?.[0].length ?? 1);
}

function skipQuantifier(source: string, at: number): { end: number; optional: boolean } {
  QUANTIFIER.lastIndex = at;
  const match = QUANTIFIER.exec(source);
  if (!match) return { end: at, optional: false };
  const optional = match[0][0] === '?' || match[0][0] === '*' || (match[0][0] === '{' && (match[1] === '' || match[1] === '0'));
  return { end: at + match[0].length, optional };
}

function closeClass(source: string, open: number): number {
  for (let at = open + 1; at < source.length; at += 1) {
    if (source[at] === '\\') at = escapeEnd(source, at) - 1;
    else if (source[at] === ']') return at + 1;
  }
  return source.length;
}

function closeGroup(source: string, open: number): number {
  let depth = 0;
  for (let at = open; at < source.length; at += 1) {
    const char = source[at];
    if (char === '\\') at = escapeEnd(source, at) - 1;
    else if (char === '[') at = closeClass(source, at) - 1;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return -1;
}

/**
 * What `splitTopLevel` passes over without effect, read in one step: any character but a
 * backslash, a bracket, a parenthesis or a bar; an escape; a whole class. A character at a time,
 * the scorn lists' 20,000 characters alone cost every start about 20 million instructions
 * (callgrind, Node 22), most of them in the interpreter and in optimising the loop on a second
 * thread.
 */
const INERT = /(?:[^\\[()|]+|\\[\s\S]|\[(?:[^\]\\]|\\[\s\S])*\])*/y;

/**
 * The top-level alternatives of a pattern: split at each bar outside groups, classes and escapes;
 * an unclosed class or group keeps the rest as it is.
 */
export function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    if (!inClass) {
      INERT.lastIndex = at;
      INERT.test(source);
      at = INERT.lastIndex;
      if (at >= source.length) break;
    }
    const char = source[at];
    if (char === '\\') at += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * Every pattern of every PhraseList made so far, for the build's table: a list, not a Set, since
 * only the build reads it, and a Set hashed each of the 800 patterns on every start.
 */
const everyPattern: string[] = [];

/** How many characters of each end of a long pattern its key keeps. */
const KEY_ENDS = 32;

/**
 * A pattern's key in the build's table: the pattern itself up to 64 characters, else its length
 * and its first and last 32 characters (never 64 characters or fewer, so never a short one's key).
 * The patterns themselves are in the bundle already, in the rules: keyed by the whole of each,
 * the table repeated all of them, 130 KB of the 210 KB it took, and each run read them twice.
 * Every pattern is a constant of the rules, and the build loads all of them
 * (scripts/phrase-anchors-entry.ts) and refuses two that share a key (phraseAnchorTable).
 */
export function anchorKey(source: string): string {
  return source.length <= 2 * KEY_ENDS ? source : `${source.length}:${source.slice(0, KEY_ENDS)}${source.slice(-KEY_ENDS)}`;
}

/** The anchors of each alternative of every pattern of every PhraseList made so far, by anchorKey: what the build precomputes. */
export function phraseAnchorTable(): Record<string, (string[][] | null)[]> {
  const table: Record<string, (string[][] | null)[]> = {};
  const sourceOf = new Map<string, string>();
  for (const source of [...new Set(everyPattern)].sort()) {
    const key = anchorKey(source);
    const other = sourceOf.get(key);
    if (other !== undefined) throw new Error(`Two phrase patterns share the anchor key ${key}: ${other} and ${source}`);
    sourceOf.set(key, source);
    table[key] = alternativeAnchors(source);
  }
  return table;
}

function anchorsFor(source: string): readonly Anchors[] {
  everyPattern.push(source);
  const key = anchorKey(source);
  return Object.hasOwn(PRECOMPUTED_ANCHORS, key) ? PRECOMPUTED_ANCHORS[key]! : alternativeAnchors(source);
}

interface Pattern {
  readonly source: string;
  /** The anchors of each top-level alternative of `source` (alternativeAnchors). */
  readonly alternatives: readonly Anchors[];
}

export class PhraseList {
  readonly #patterns: readonly Pattern[];
  readonly #built = new Map<string, RegExp>();
  /** The top-level alternatives of a pattern, split only when a text leaves some of them out. */
  readonly #split = new Map<number, readonly string[]>();

  constructor(patterns: readonly string[]) {
    this.#patterns = patterns.map((source) => ({ source, alternatives: anchorsFor(source) }));
  }

  /** Whole-word matches in `text`, as one case-insensitive alternation of every pattern would find them. */
  matches(text: string): RegExpExecArray[] {
    const lower = lowerOf(text);
    // The lower-case pattern on the lower-cased text: the matches of the case-insensitive one,
    // for about a fifth of its compile time. Lower-casing keeps the offsets of nearly every text;
    // one it does not (a dotted capital I, "İ", becomes two characters) takes the slow way.
    const folded = lower.length === text.length;
    const has = wordsOf(lower, folded);
    const holds = (anchors: Anchors) => anchors === null || anchors.every((clause) => clause.some(has));
    // Each pattern kept, whole (its index) or as the alternatives the text can match (`index:mask`).
    const active: string[] = [];
    const parts: string[] = [];
    for (const [index, { source, alternatives }] of this.#patterns.entries()) {
      if (alternatives.length === 1) {
        if (holds(alternatives[0]!)) {
          active.push(String(index));
          parts.push(source);
        }
        continue;
      }
      const kept = alternatives.map(holds);
      if (!kept.includes(true)) continue;
      if (!kept.includes(false)) {
        active.push(String(index));
        parts.push(source);
        continue;
      }
      active.push(`${index}:${kept.map((keep) => (keep ? 1 : 0)).join('')}`);
      parts.push(
        this.#alternativesOf(index)
          .filter((_, at) => kept[at])
          .join('|'),
      );
    }
    if (active.length === 0) return [];
    const key = `${folded ? 'folded' : 'i'}:${active.join(',')}`;
    let regexp = this.#built.get(key);
    if (regexp === undefined) {
      // Kept in the order of the list, and each pattern's alternatives in theirs, so the first
      // alternative that matches is the same one.
      const source = WORD_START + wordPattern(parts.map((part) => `(?:${part})`).join('|'));
      regexp = compiledAtOnce(folded ? new RegExp(lowerCasePattern(source), 'g') : new RegExp(source, 'gi'));
      if (this.#built.size >= 16) this.#built.delete(this.#built.keys().next().value!);
      this.#built.set(key, regexp);
    }
    if (!folded) return wholeWordMatches(regexp, text);
    // The matched words as the writer wrote them, for the messages that quote them.
    return wholeWordMatches(regexp, lower).map((match) => {
      match[0] = text.slice(match.index, match.index + match[0].length);
      return match;
    });
  }

  #alternativesOf(index: number): readonly string[] {
    let alternatives = this.#split.get(index);
    if (alternatives === undefined) {
      alternatives = splitTopLevel(this.#patterns[index]!.source);
      this.#split.set(index, alternatives);
    }
    return alternatives;
  }
}

/**
 * Whether the lower-cased text holds an anchor: a whole word (" need ") among its runs of a-z,
 * which is what the RegExp reads when it runs on this text (`folded`); else, and for the rest, anywhere.
 * A list asks about a few thousand anchors, most of them many times over (" the ", "mail"), so
 * each answer is kept for the text, and the text's words are looked up once per call, not once
 * per anchor (that compared the whole text with the last one for every anchor: 1 ms of a warm
 * 200-word check).
 */
function wordsOf(lower: string, folded: boolean): (anchor: string) => boolean {
  const text = textOf(lower);
  const { words, found } = text;
  return (anchor) => {
    if (anchor.charCodeAt(0) === 0x20 && folded) return words.has(anchor);
    let answer = found.get(anchor);
    if (answer === undefined) {
      const bare = anchor.charCodeAt(0) === 0x20 ? anchor.slice(1, -1) : anchor;
      // Letters a-z only lie inside one run of them: the distinct runs, written once each, hold
      // them as the text does, and a long draft that repeats its words is far shorter so.
      if (ONLY_LETTERS.test(bare)) {
        text.runs ??= [...words].join('');
        answer = text.runs.includes(bare);
      } else answer = lower.includes(bare);
      found.set(anchor, answer);
    }
    return answer;
  };
}

const ONLY_LETTERS = /^[a-z]+$/;

let lastLower: { readonly text: string; readonly lower: string } | undefined;

/**
 * `text.toLowerCase()`, kept for the next list: the rules' two dozen lists read the same prose,
 * and each lower-cased copy of a 1 MB draft was a megabyte to make and to collect.
 */
function lowerOf(text: string): string {
  if (lastLower?.text !== text) lastLower = { text, lower: text.toLowerCase() };
  return lastLower.lower;
}

interface TextWords {
  readonly lower: string;
  /** The runs of a-z in the text, each in spaces. */
  readonly words: ReadonlySet<string>;
  /** Those runs joined, made when first asked for an anchor that is not a whole word. */
  runs?: string;
  /** Whether the text holds each anchor asked about so far, anywhere in it. */
  readonly found: Map<string, boolean>;
}

let lastText: TextWords | undefined;

/** The words of `lower` and the answers so far; kept for the next list, which checks the same note. */
function textOf(lower: string): TextWords {
  if (lastText?.lower !== lower) {
    // A string split, not a RegExp one: in a fresh process that took 8 million instructions a note.
    const words = new Set(
      lower
        .replace(/[^a-z]+/g, ' ')
        .split(' ')
        .map((word) => ` ${word} `),
    );
    lastText = { lower, words, found: new Map() };
  }
  return lastText;
}

/**
 * A subject this long makes V8 compile a RegExp to machine code on its first run; on a shorter
 * one it makes bytecode first and machine code only when the RegExp runs again. For a phrase list's
 * alternation of a few thousand characters the bytecode is what costs: making it (its peephole
 * optimiser) took 8 to 12 ms of CPU for the gift patterns on a 700-character note, the machine
 * code 1.5 to 2.5 ms, on Node 20, 22 and 24 alike. Line breaks end every gap of the patterns
 * (`[^.!?\n]`) and start none of their words, so the run fails at once at each of them.
 */
const MACHINE_CODE_SUBJECT = '\n'.repeat(1000);

/**
 * `regexp`, run once on MACHINE_CODE_SUBJECT so that its first real run is machine code. For a
 * RegExp that runs more than once on short texts (a cue tried on each sentence) that also saves
 * the bytecode V8 makes first and then throws away (scorn-cues.ts).
 */
export function compiledAtOnce(regexp: RegExp): RegExp {
  regexp.exec(MACHINE_CODE_SUBJECT);
  regexp.lastIndex = 0;
  return regexp;
}

/**
 * `source` (a pattern without the u flag) with its letters in lower case, escapes kept as they
 * are (`\S`, `\W`, `\B`, `\D` mean other things in lower case; `\x4A` and `\u00C9` read the
 * same either way): on lower-cased text it matches what `source` with the i flag matches there.
 */
export function lowerCasePattern(source: string): string {
  // The text between escapes lower-cased a run at a time: a character at a time, in the
  // interpreter that a fresh process runs it in, cost about a millisecond of every regen.
  let out = '';
  let from = 0;
  for (let at = source.indexOf('\\'); at !== -1; at = source.indexOf('\\', from)) {
    out += lowerEach(source.slice(from, at)) + source.slice(at, at + 2);
    from = at + 2;
  }
  return out + lowerEach(source.slice(from));
}

/**
 * Each UTF-16 unit of `text` in lower case. toLowerCase() of the whole gives the same but for a
 * capital sigma (its lower case depends on the letters around it) and letters beyond the BMP
 * (a lone surrogate has no lower case): text with either takes the slow way.
 */
function lowerEach(text: string): string {
  if (!/[\u03a3\ud800-\udfff]/.test(text)) return text.toLowerCase();
  let out = '';
  for (let at = 0; at < text.length; at += 1) out += text[at]!.toLowerCase();
  return out;
}

/**
 * A test for what a pattern of a list cannot match without (the start it is written from), read
 * as the list reads the text: the lower-cased pattern on the lower-cased text where that keeps
 * the offsets, else case-insensitive on the text. Where it fails, the list's own RegExp cannot
 * match that pattern either, so a list made without it finds the same. Compiled on first use.
 */
export class PhraseNeed {
  readonly #source: string;
  #folded: RegExp | undefined;
  #cased: RegExp | undefined;

  constructor(source: string) {
    this.#source = source;
  }

  test(text: string): boolean {
    const lower = lowerOf(text);
    if (lower.length === text.length) {
      this.#folded ??= compiledAtOnce(new RegExp(lowerCasePattern(this.#source)));
      return this.#folded.test(lower);
    }
    this.#cased ??= compiledAtOnce(new RegExp(this.#source, 'i'));
    return this.#cased.test(text);
  }
}

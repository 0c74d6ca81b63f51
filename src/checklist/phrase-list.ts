// A list of phrase patterns that builds only the part of itself a text can match. V8 compiles a
// RegExp when it first runs: about 0.1 ms per alternative, so the four phrase lists (a hundred
// patterns) cost 10 ms on the first check in a fresh process, almost all for patterns the note
// cannot contain. Each pattern is read once for its anchors, the words any match must contain;
// a pattern whose anchors are not in the text is left out of the RegExp built for that text.
// The built CLI reads them from a table the build made (phrase-anchors.ts).
import { wholeWordMatches, wordPattern } from './chars.js';
import { PRECOMPUTED_ANCHORS } from './phrase-anchors.js';

/**
 * What every match of `source` contains, as clauses that must all hold, each a list of lower-case
 * words of which the match contains at least one: `I\s+(?:need|demand)\s+an\s+answer` gives
 * [["answer"], ["demand", "need"], ["an"], ["i"]], strongest first. Null when the pattern does
 * not show such words plainly (then it is always kept). Reads literal letters and escaped
 * punctuation (`A\.S\.A\.P`, `\?`) outside classes, and groups whose every alternative
 * has anchors; anything optional or unclear is skipped.
 */
export function anchorsOf(source: string): string[][] | null {
  const alternatives = splitTopLevel(source);
  if (alternatives.length === 1) return clausesOf(alternatives[0]!);
  // A match is one of the alternatives: one clause, of each alternative's strongest.
  const union: string[] = [];
  for (const alternative of alternatives) {
    const clauses = clausesOf(alternative);
    if (clauses === null) return null;
    union.push(...clauses[0]!);
  }
  return [[...new Set(union)].sort()];
}

const shortest = (clause: readonly string[]) => Math.min(...clause.map((word) => word.length));

/** The clauses of one alternative (no top-level `|`), strongest (longest shortest word) first. */
function clausesOf(sequence: string): string[][] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') candidates.push([run.toLowerCase()]);
    run = '';
  };
  let at = 0;
  while (at < sequence.length) {
    const char = sequence[at]!;
    if (char === '\\') {
      const end = escapeEnd(sequence, at);
      const quantified = skipQuantifier(sequence, end);
      // `\.` and the like stand for themselves, as letters do; `\s`, `\p{L}`, `\u00e9` do not.
      const literal = end === at + 2 && /[^\w\s]/.test(sequence[at + 1]!);
      if (literal && !quantified.optional) {
        run += sequence[at + 1];
        if (quantified.end !== end) endRun();
      } else {
        endRun();
      }
      at = quantified.end;
      continue;
    }
    if (char === '[') {
      endRun();
      at = skipQuantifier(sequence, closeClass(sequence, at)).end;
      continue;
    }
    if (char === '(') {
      endRun();
      const close = closeGroup(sequence, at);
      if (close < 0) return null;
      const inner = sequence.slice(at + 1, close);
      const { end, optional } = skipQuantifier(sequence, close + 1);
      const lookaround = /^\?(?:[=!]|<[=!])/.test(inner);
      if (!optional && !lookaround) {
        const body = inner.replace(/^\?(?::|<[A-Za-z]\w*>)/, '');
        const anchors = anchorsOf(body);
        if (anchors !== null) candidates.push(...anchors);
      }
      at = end;
      continue;
    }
    // Letters of the patterns' own words (ASCII); any other character ends a word, which only
    // ever makes an anchor shorter, never wrong.
    if ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')) {
      const { end, optional } = skipQuantifier(sequence, at + 1);
      if (optional) {
        endRun();
      } else {
        run += char;
        // A quantifier that repeats the letter ("e{2}", "e+") ends the plain word there.
        if (end !== at + 1) endRun();
      }
      at = end;
      continue;
    }
    endRun();
    at = skipQuantifier(sequence, at + 1).end;
  }
  endRun();
  const usable = candidates.filter((clause) => clause.length > 0 && clause.every((word) => word !== ''));
  if (usable.length === 0) return null;
  const unique = new Map(usable.map((clause) => [[...clause].sort().join('|'), [...new Set(clause)].sort()]));
  return [...unique.values()].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length);
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

function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at < source.length; at += 1) {
    const char = source[at];
    if (char === '\\') at = escapeEnd(source, at) - 1;
    else if (char === '[') at = closeClass(source, at) - 1;
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

/** Every pattern of every PhraseList made so far, for the build's table. */
const everyPattern = new Set<string>();

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

/** The anchors of every pattern of every PhraseList made so far, by anchorKey: what the build precomputes. */
export function phraseAnchorTable(): Record<string, string[][] | null> {
  const table: Record<string, string[][] | null> = {};
  const sourceOf = new Map<string, string>();
  for (const source of [...everyPattern].sort()) {
    const key = anchorKey(source);
    const other = sourceOf.get(key);
    if (other !== undefined) throw new Error(`Two phrase patterns share the anchor key ${key}: ${other} and ${source}`);
    sourceOf.set(key, source);
    table[key] = anchorsOf(source);
  }
  return table;
}

function anchorsFor(source: string): readonly (readonly string[])[] | null {
  everyPattern.add(source);
  const key = anchorKey(source);
  return Object.hasOwn(PRECOMPUTED_ANCHORS, key) ? (PRECOMPUTED_ANCHORS[key] ?? null) : anchorsOf(source);
}

export class PhraseList {
  readonly #patterns: ReadonlyArray<{ readonly source: string; readonly anchors: readonly (readonly string[])[] | null }>;
  readonly #built = new Map<string, RegExp>();

  constructor(patterns: readonly string[]) {
    this.#patterns = patterns.map((source) => ({ source, anchors: anchorsFor(source) }));
  }

  /** Whole-word matches in `text`, as one case-insensitive alternation of every pattern would find them. */
  matches(text: string): RegExpExecArray[] {
    const lower = text.toLowerCase();
    const active: number[] = [];
    for (const [index, pattern] of this.#patterns.entries()) {
      if (pattern.anchors === null || pattern.anchors.every((clause) => clause.some((word) => lower.includes(word))))
        active.push(index);
    }
    if (active.length === 0) return [];
    // The lower-case pattern on the lower-cased text: the matches of the case-insensitive one,
    // for about a fifth of its compile time. Lower-casing keeps the offsets of nearly every text;
    // one it does not (a dotted capital I, "İ", becomes two characters) takes the slow way.
    const folded = lower.length === text.length;
    const key = `${folded ? 'folded' : 'i'}:${active.join(',')}`;
    let regexp = this.#built.get(key);
    if (regexp === undefined) {
      // Kept in the order of the list, so the first alternative that matches is the same one.
      const source = wordPattern(active.map((index) => `(?:${this.#patterns[index]!.source})`).join('|'));
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

/** `regexp` (global), run once on MACHINE_CODE_SUBJECT so that its first real run is machine code. */
function compiledAtOnce(regexp: RegExp): RegExp {
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

// The tone rules' broad tiers try a list of sentence shapes on each sentence. One PhraseList per
// list (phrase-list.ts) builds a single RegExp of only the shapes whose words the note contains,
// so a note pays to compile only what it might match; its matches are then dealt out to the
// sentences they start in.
import { PhraseList, PhraseNeed } from '../phrase-list.js';
import { WORD_CHARS } from '../chars.js';
import { sentencesOf, type Span } from '../text.js';

/** Every pattern of the broad tiers' lists, for the test that checks the build's anchor table. */
export const BROAD_PATTERNS: string[] = [];

/**
 * A PhraseList of sentence shapes, recorded in BROAD_PATTERNS. The shapes are written as sources
 * (String.raw), not RegExp literals: V8 parses a literal when the module loads, and only the
 * source of each was ever used: the 450 of them cost every `regen` 12 to 24 million instructions
 * (callgrind, Node 22 and 20) before any note was read.
 */
export function listOf(patterns: readonly string[]): PhraseList {
  BROAD_PATTERNS.push(...patterns);
  return new PhraseList(patterns);
}

/**
 * A broad-tier list (listOf) of shapes, each with what it cannot match without (a source written
 * as the shape is, or null: always tried), as a list for each prose: the shapes whose need the
 * prose lacks are left out, which changes no match, since they cannot match there, and makes a
 * smaller RegExp to compile. Each need is compiled on first use and asked once per prose.
 */
export function gatedList(patterns: readonly string[], needs: readonly (string | null)[]): (prose: string) => PhraseList {
  // One need per pattern, in order: a list out of step would leave the wrong patterns out.
  if (needs.length !== patterns.length) throw new Error(`gatedList: ${needs.length} needs for ${patterns.length} patterns`);
  const whole = listOf(patterns);
  const lists = new Map<string, PhraseList>();
  let tests: readonly (PhraseNeed | null)[] | undefined;
  return (prose) => {
    if (tests === undefined) {
      const made = new Map<string, PhraseNeed>();
      tests = needs.map((need) => {
        if (need === null) return null;
        const test = made.get(need) ?? new PhraseNeed(need);
        made.set(need, test);
        return test;
      });
    }
    const answers = new Map<PhraseNeed, boolean>();
    const kept: number[] = [];
    for (const [at, test] of tests.entries()) {
      if (test !== null && !answers.has(test)) answers.set(test, test.test(prose));
      if (test === null || answers.get(test) === true) kept.push(at);
    }
    if (kept.length === patterns.length) return whole;
    const key = kept.join(',');
    let list = lists.get(key);
    if (list === undefined) {
      list = new PhraseList(kept.map((at) => patterns[at]!));
      lists.set(key, list);
    }
    return list;
  };
}

/**
 * What apostrophes() copies as it is, read in one step: outside a character class, anything but
 * a backslash, an apostrophe or an opening bracket, and every escape but \w; inside one, the
 * same up to its closing bracket. A replace that called back for every escape and bracket made
 * 11,000 calls into JavaScript for the 540 patterns it rewrites when the rules load; this stops
 * only where something changes or a class opens or closes.
 */
const AS_IS_OUTSIDE = /(?:[^\\'[]|\\[^w])*/y;
const AS_IS_INSIDE = /(?:[^\\'\]]|\\[^w])*/y;

/**
 * A pattern as prose is written: either apostrophe where it has the straight one (prose keeps
 * the writer's "can’t"), and a word character that is also an accented letter ("Zoë’s", in NFC
 * or NFD). Inside a character class the curly apostrophe and the letters join the class ("[\w']"
 * would otherwise become "[\w['’]]", a class and a stray "]"); outside one, "'" becomes "['’]"
 * and "\w" a class of WORD_CHARS. Escapes are copied as they are, bar "\w".
 */
export function apostrophes(source: string): string {
  const parts: string[] = [];
  let inClass = false;
  let at = 0;
  while (at < source.length) {
    const asIs = inClass ? AS_IS_INSIDE : AS_IS_OUTSIDE;
    asIs.lastIndex = at;
    asIs.test(source);
    if (asIs.lastIndex > at) parts.push(source.slice(at, asIs.lastIndex));
    at = asIs.lastIndex;
    if (at >= source.length) break;
    const char = source[at]!;
    if (char === "'") {
      parts.push(inClass ? "'\u2019" : "['\u2019]");
      at += 1;
    } else if (char === '\\') {
      // \w, or a backslash that ends the pattern (every other escape is copied above).
      const word = source[at + 1] === 'w';
      parts.push(word ? (inClass ? WORD_CHARS : `[${WORD_CHARS}]`) : char);
      at += word ? 2 : 1;
    } else {
      // A bracket that opens a class (outside one) or closes it (inside).
      parts.push(char);
      inClass = char === '[';
      at += 1;
    }
  }
  // One join, so the pattern is a flat string, not a chain of pieces until first read.
  return parts.join('');
}

/** The list's matches in `prose`, by the sentence each begins in (same order as `sentences`). */
export function bySentence(list: PhraseList, prose: string, sentences: readonly Span[]): RegExpExecArray[][] {
  const out: RegExpExecArray[][] = sentences.map(() => []);
  let at = 0;
  for (const match of list.matches(prose)) {
    while (at < sentences.length && sentences[at]!.end <= match.index) at += 1;
    if (at < sentences.length && sentences[at]!.start <= match.index) out[at]!.push(match);
  }
  return out;
}

let last: { readonly prose: string; readonly sentences: readonly Span[] } | undefined;

/** The prose's sentences, kept for the next caller: both tone rules and their tiers split the same note. */
export function sentencesFor(prose: string): readonly Span[] {
  if (last?.prose !== prose) last = { prose, sentences: sentencesOf(prose) };
  return last.sentences;
}

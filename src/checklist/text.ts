// Small text tools the rules share: words and sentences with their offsets, and name matching
// that treats "José" and "Jose" as different (a dropped accent is a misspelled name).
import { particleSet } from '../model/particles.js';
import { withoutMarks, wordSpans } from './chars.js';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// The rules split the same prose into words again and again (ten times for one note): the last
// few answers are kept. Long texts (a whole note's prose) apart from short ones: the tone scorer
// splits every sentence of a note, which pushed the prose's own words out of one short list, and
// three rules after it split all of a 1 MB draft again.
type KeptWords = { readonly text: string; readonly from: number; readonly to: number; readonly words: readonly Span[] };
const recentWords: KeptWords[] = [];
const recentLong: KeptWords[] = [];
const LONG_TEXT = 4096;

/** Words with their offsets: letters, marks and digits, joined by ' ’ - / . inside a word. */
export function wordsOf(text: string, from = 0, to = text.length): readonly Span[] {
  const recent = text.length >= LONG_TEXT ? recentLong : recentWords;
  const kept = recent.find((entry) => entry.from === from && entry.to === to && entry.text === text);
  if (kept) return kept.words;
  const words = wordSpans(text, from, to).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  recent.unshift({ text, from, to, words });
  if (recent.length > 8) recent.pop();
  return words;
}

/** Sentences of the prose, split at end punctuation or a blank line; offsets into the text. */
export function sentencesOf(prose: string): Span[] {
  const out: Span[] = [];
  const ends = /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)|(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/g;
  let start = 0;
  const push = (end: number) => {
    const raw = prose.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (let match = ends.exec(prose); match; match = ends.exec(prose)) {
    push(match.index + match[0].length);
    start = match.index + match[0].length;
  }
  push(prose.length);
  return out;
}

/** Lines of the prose with their offsets, skipping blank ones. */
export function proseLines(prose: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let match = re.exec(prose); match; match = re.exec(prose)) {
    const lead = match[0].length - match[0].trimStart().length;
    const text = match[0].trim();
    if (text !== '') out.push({ start: match.index + lead, end: match.index + lead + text.length, text });
  }
  return out;
}

// Plain ASCII (most words of most notes) has nothing to normalise, no curly apostrophe and no
// accents: the rules fold every word of a note, several times, so that case is kept cheap.
const ASCII = /^[\x00-\x7f]*$/;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/\u2019/g, "'");
}

/** Without accents, for "is this a near miss of a known name?" questions only. */
export function bare(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return withoutMarks(fold(text).normalize('NFD'));
}

const PARTICLES = particleSet();

/** The parts of a person's name worth matching on ("Priya", "Raghunathan"; not "van"). */
export function nameParts(name: string): string[] {
  return wordsOf(name)
    .map((word) => word.text.replace(/[.]+$/, ''))
    .filter((part) => part.length > 1 && !PARTICLES.has(fold(part)));
}

export function firstName(name: string): string {
  return nameParts(name)[0] ?? name.trim();
}

/**
 * Edit distance where swapping two neighbours counts as one edit ("Pryia" is one slip from
 * "Priya"), capped: we only ever ask "is it 1 or 2 edits away?".
 */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
    }
    rows.push(row);
  }
  return Math.min(rows[a.length]![b.length]!, cap);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of `phrase` with any run of spaces between its words and either apostrophe, to
 * combine into one RegExp (flags `giu`). Word boundaries are the caller's: see wholeWordMatches.
 */
export function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+').replace(/'/g, "['’]");
}

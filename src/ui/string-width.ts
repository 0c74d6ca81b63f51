// How many terminal columns a string takes, for Ink's layout and ours. The build puts this module
// in place of the `string-width` package for every import in the bundle (scripts/build.mjs), and
// test/unit/ui/string-width.test.ts holds it to the same answers as that package.
//
// Why: string-width builds a grapheme segmenter and the RGI emoji set when it loads (40 ms), and
// runs both on the first strings it measures (30 ms more): 70 ms before any Ink program's first
// frame, for screens that are almost all ASCII, Latin, punctuation, arrows and box drawing. Here
// a string made only of code points that are always a cluster of their own, visible and of fixed
// width (the ranges below) is measured from the East Asian Width table alone; anything else (a
// combining mark, an emoji sequence, a control character) goes the whole way, built on first use:
// grapheme clusters from Intl.Segmenter, zero width for what is not printed, two columns for an
// emoji, Hangul jamo composed as one syllable, else the width of the first visible code point.
import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

/**
 * Code points that form a cluster on their own next to each other and measure as their East
 * Asian Width: Latin, Greek, Cyrillic, punctuation, symbols, arrows, box drawing, kana, CJK,
 * Hangul syllables and fullwidth forms, minus the combining, format and unassigned code points
 * among them. Pairs of [first, last]. Derived by testing every candidate against string-width and
 * Intl.Segmenter; the unit test checks every one of them again.
 */
// biome-ignore format: a table of code point ranges, kept several to a line.
const SIMPLE: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x370, 0x377], [0x37a, 0x37f], [0x384, 0x38a], [0x38c, 0x38c],
  [0x38e, 0x3a1], [0x3a3, 0x482], [0x48a, 0x52f], [0x1e00, 0x1f15], [0x1f18, 0x1f1d], [0x1f20, 0x1f45],
  [0x1f48, 0x1f4d], [0x1f50, 0x1f57], [0x1f59, 0x1f59], [0x1f5b, 0x1f5b], [0x1f5d, 0x1f5d], [0x1f5f, 0x1f7d],
  [0x1f80, 0x1fb4], [0x1fb6, 0x1fc4], [0x1fc6, 0x1fd3], [0x1fd6, 0x1fdb], [0x1fdd, 0x1fef], [0x1ff2, 0x1ff4],
  [0x1ff6, 0x1ffe], [0x2010, 0x2027], [0x202f, 0x205e], [0x2070, 0x2071], [0x2074, 0x208e], [0x2090, 0x209c],
  [0x20a0, 0x20c0], [0x2100, 0x218b], [0x2190, 0x2429], [0x2440, 0x244a], [0x2460, 0x27bf], [0x2900, 0x2b73],
  [0x2b76, 0x2bff], [0x3000, 0x3029], [0x3030, 0x303f], [0x3041, 0x3096], [0x309b, 0x30ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xff01, 0xff9d], [0xffa1, 0xffbe], [0xffc2, 0xffc7], [0xffca, 0xffcf],
  [0xffd2, 0xffd7], [0xffda, 0xffdc], [0xffe0, 0xffe6], [0xffe8, 0xffee],
];

export function isSimple(codePoint: number): boolean {
  let low = 0;
  let high = SIMPLE.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = SIMPLE[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

export interface WidthOptions {
  /** Ambiguous-width characters take one column (true, the default) or two. */
  readonly ambiguousIsNarrow?: boolean;
  readonly countAnsiEscapeCodes?: boolean;
}

export default function stringWidth(input: string, options: WidthOptions = {}): number {
  if (typeof input !== 'string' || input.length === 0) return 0;
  const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
  const text = !countAnsiEscapeCodes && (input.includes('\u001b') || input.includes('\u009b')) ? stripAnsi(input) : input;
  const wide = { ambiguousAsWide: !ambiguousIsNarrow };
  let width = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0x20 && code <= 0x7e) {
      width += 1;
      continue;
    }
    // Every code point here is in the BMP, so one UTF-16 unit each.
    if (!isSimple(code)) return clusterWidth(text, wide);
    width += eastAsianWidth(code, wide);
  }
  return width;
}

// The whole way, for text with something that joins, combines, hides or is an emoji.
let tools: { segmenter: Intl.Segmenter; hidden: RegExp; spacingMark: RegExp; emoji: RegExp; pictographic: RegExp } | undefined;

function load() {
  tools ??= {
    segmenter: new Intl.Segmenter(),
    // Not printed: ignorable, control and format characters, marks that sit on another letter.
    hidden: /^[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Cs}]$/u,
    spacingMark: /^\p{Mc}$/u,
    // The v flag is newer than the ES2022 target tsc checks against; Node 20 has it, so it is built at run time.
    // biome-ignore lint/complexity/useRegexLiterals: a literal with the v flag does not type-check at target ES2022.
    emoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
    pictographic: /\p{Extended_Pictographic}/gu,
  };
  return tools;
}

const isLeadingJamo = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isVowelJamo = (c: number) => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isTrailingJamo = (c: number) => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);

function clusterWidth(text: string, wide: { ambiguousAsWide: boolean }): number {
  const { segmenter, hidden, spacingMark, emoji, pictographic } = load();
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    const points = [...segment].filter((char) => !hidden.test(char)).map((char) => char.codePointAt(0)!);
    if (points.length === 0) continue;
    if (emoji.test(segment) || isEmojiLike(segment, pictographic)) {
      width += 2;
      continue;
    }
    const jamo = jamoWidth(points, wide);
    if (jamo !== undefined) {
      width += jamo;
      continue;
    }
    // The first visible code point sets the width; spacing marks and halfwidth forms after it add theirs.
    const [first, ...rest] = points;
    width += eastAsianWidth(first!, wide);
    for (const point of rest) {
      if (spacingMark.test(String.fromCodePoint(point)) || (point >= 0xff00 && point <= 0xffef))
        width += eastAsianWidth(point, wide);
    }
  }
  return width;
}

/** A keycap without its variation selector, or pictographs joined by ZWJ outside the RGI set. */
function isEmojiLike(segment: string, pictographic: RegExp): boolean {
  if (segment.length > 50) return false;
  if (/^[\d#*]\u20e3$/.test(segment)) return true;
  if (!segment.includes('\u200d')) return false;
  pictographic.lastIndex = 0;
  return (segment.match(pictographic)?.length ?? 0) >= 2;
}

/** Conjoining Hangul jamo: a leading and a vowel jamo make one wide syllable, a trailing one joins it. */
function jamoWidth(points: readonly number[], wide: { ambiguousAsWide: boolean }): number | undefined {
  const isJamo = (c: number) => isLeadingJamo(c) || isVowelJamo(c) || isTrailingJamo(c);
  if (!points.some(isJamo)) return undefined;
  let width = 0;
  for (let at = 0; at < points.length; at += 1) {
    const point = points[at]!;
    if (!isJamo(point)) {
      if (width === 0) return undefined;
      for (const rest of points.slice(at)) width += eastAsianWidth(rest, wide);
      return width;
    }
    if (isLeadingJamo(point) && isVowelJamo(points[at + 1] ?? 0)) {
      width += 2;
      at += isTrailingJamo(points[at + 2] ?? 0) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(point, wide);
  }
  return width;
}

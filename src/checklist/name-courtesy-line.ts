// A line that is only a greeting or a closing: a few words and a comma, at the top or the foot of
// a note ("Kia ora koutou,", "Mòran taing again,", "Best regards,"). That is where people write
// in their own language, so a word there that Harper lacks, and is no slip of an English greeting
// or closing, is theirs; and its capitalised first word, followed by more words, opens a phrase,
// not a name ("Mòran taing" is thanks in Gaelic, not a slip of Mòrag).
import { editDistance, fold } from './text.js';

/** At most this many words, and characters, on a greeting or closing line. */
const MAX_WORDS = 4;
const MAX_CHARS = 60;
/** How near the top (non-empty lines from the first) and the foot such a line stands. */
const FROM_TOP = 3;
const FROM_FOOT = 6;

const SHAPE = /^[\p{L}\p{M}'\u2019 -]+[,!]$/u;

/** The English words of greetings and closings, which a slip in such a line is a slip of. */
const ENGLISH =
  'dear dearest hi hello hey greetings good morning afternoon evening best kind kindest warm warmest regards wishes sincerely yours truly faithfully respectfully cheers thanks thank you many again with gratitude appreciation all the take care love talk soon'.split(
    ' ',
  );

let lastText: string | undefined;
let lastLines: ReadonlyArray<readonly [number, number]> = [];

/** The non-empty lines of `text` near its top and foot, as [start, end]. */
function edgeLines(text: string): ReadonlyArray<readonly [number, number]> {
  if (text === lastText) return lastLines;
  const lines: Array<readonly [number, number]> = [];
  for (const match of text.matchAll(/[^\r\n]+/gu))
    if (match[0].trim() !== '') lines.push([match.index, match.index + match[0].length]);
  const edge = lines.length <= FROM_TOP + FROM_FOOT ? lines : [...lines.slice(0, FROM_TOP), ...lines.slice(-FROM_FOOT)];
  lastText = text;
  lastLines = edge;
  return edge;
}

/** The greeting or closing line `at` stands on, as [start, end], or null. */
export function courtesyLineAt(text: string, at: number): readonly [number, number] | null {
  const line = edgeLines(text).find(([start, end]) => start <= at && at < end);
  // A greeting or closing is short: a long line is prose, and is not copied to be read.
  if (!line || line[1] - line[0] > MAX_CHARS) return null;
  const written = text.slice(line[0], line[1]).trim();
  return SHAPE.test(written) && written.split(/\s+/u).length <= MAX_WORDS ? line : null;
}

/** Whether `word` may be a slip of an English word of greetings and closings ("reagrds", "Helo"). */
export function isNearEnglishCourtesy(word: string): boolean {
  const folded = fold(word);
  const limit = folded.length >= 6 ? 2 : 1;
  return ENGLISH.some((english) => editDistance(folded, english, limit + 1) <= limit);
}

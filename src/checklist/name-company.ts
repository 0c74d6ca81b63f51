// The company's own name misspelt in a note ("St Brigids" for St. Brigid's, "Brassa & Co." for
// Brasa & Co.): a word one slip from a word of the name, standing beside another word of it,
// or a word of it with its apostrophe dropped (anywhere: that is no other word). "Brasa and Co" (the ampersand and the full stop
// as people type them) and a spelling of another English ("Centre" for Center) are no slip.
import { startsUpper } from './chars.js';
import { bare, editDistance, fold, type Span, wordsOf } from './text.js';

export interface CompanySlip {
  readonly start: number;
  readonly end: number;
  /** The words as the note writes them, the slip and the company's words beside it. */
  readonly written: string;
  /** True for a slip of letters, false for a dropped apostrophe only. */
  readonly letters: boolean;
}

const POSSESSIVE = /['\u2019]s$/u;

/** "centre"/"center", "harbour"/"harbor": the same word in British and American spelling. */
function isDialectPair(a: string, b: string): boolean {
  const american = (word: string) => word.replace(/re$/u, 'er').replace(/our/u, 'or').replace(/ise$/u, 'ize');
  return american(a) === american(b);
}

/** Edits a near miss may have: none for short words, which sit one letter from others. */
const allowed = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

export function companySlips(prose: string, company: string): CompanySlip[] {
  const own = wordsOf(company).map((word) => word.text);
  const folded = new Set(own.map(fold));
  if (own.length === 0) return [];
  const isOwn = (word: Span | undefined) =>
    word !== undefined && (folded.has(fold(word.text)) || folded.has(fold(word.text.replace(POSSESSIVE, ''))));
  const words = wordsOf(prose);
  const sameLine = (a: Span, b: Span) => !/[\r\n]/u.test(prose.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  const slips: CompanySlip[] = [];
  for (const [index, word] of words.entries()) {
    if (!startsUpper(word.text) || isOwn(word)) continue;
    const before = words[index - 1];
    const after = words[index + 1];
    const besideOwn = (isOwn(before) && sameLine(before!, word)) || (isOwn(after) && sameLine(after!, word));
    const squashed = fold(word.text).replace(/['\u2019.-]/gu, '');
    let letters: boolean | null = null;
    for (const part of own) {
      const theirs = fold(part);
      if (theirs.length < 4) continue;
      // "Brigids" for Brigid's: the apostrophe dropped, the letters right.
      if (theirs.replace(/['\u2019.-]/gu, '') === squashed) {
        letters = false;
        break;
      }
      const edits = allowed([...theirs].length);
      const plain = bare(word.text.replace(POSSESSIVE, ''));
      const target = bare(part.replace(POSSESSIVE, ''));
      // "St Brigid Medical Center": the name's own 's dropped.
      if (besideOwn && plain === target) {
        letters = false;
        break;
      }
      if (
        besideOwn &&
        edits > 0 &&
        plain[0] === target[0] &&
        !isDialectPair(plain, target) &&
        editDistance(plain, target, edits + 1) <= edits
      ) {
        letters = true;
        break;
      }
    }
    if (letters === null) continue;
    // The run of the company's words around the slip, as the note writes it.
    let first = index;
    let last = index;
    while (first > 0 && isOwn(words[first - 1]) && sameLine(words[first - 1]!, words[first]!)) first -= 1;
    while (last < words.length - 1 && isOwn(words[last + 1]) && sameLine(words[last]!, words[last + 1]!)) last += 1;
    const start = words[first]!.start;
    const end = words[last]!.end;
    slips.push({ start, end, written: prose.slice(start, end), letters });
  }
  return slips;
}

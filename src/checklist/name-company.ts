// The company's own name misspelt in a note ("St Brigids" for St. Brigid's, "Brassa & Co." for
// Brasa & Co.): a word one slip from a word of the name, standing beside another word of it,
// or a word of it with its apostrophe dropped (anywhere: that is no other word); and, anywhere,
// a word a slip or a shared stem from the company's leading name ("Brightwell" for Brightwater
// Analytics), which is the reader's employer named wrong, however it got there. "Brasa and Co" (the ampersand and the full stop
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
  /** True when the word only shares the leading name's stem ("Brightwell"): perhaps another firm. */
  readonly stem: boolean;
}

const POSSESSIVE = /['\u2019]s$/u;

/** "centre"/"center", "harbour"/"harbor": the same word in British and American spelling. */
function isDialectPair(a: string, b: string): boolean {
  const american = (word: string) => word.replace(/re$/u, 'er').replace(/our/u, 'or').replace(/ise$/u, 'ize');
  return american(a) === american(b);
}

/** Edits a near miss may have: none for short words, which sit one letter from others. */
const allowed = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** Words before a company's leading name that name nothing: "The Brightwater Group", "St. Brigid's". */
const LEADING_FILLER = new Set(['the', 'st', 'st.', 'saint', 'a']);

/**
 * The company's leading name, plain ("brightwater" of "Brightwater Analytics"), when it is long
 * enough (six letters) to tell a slip of it from another word; else null. Only this word is
 * compared on its own: the company's other words are often ordinary ones ("Analytics", "Medical").
 */
function leadingName(own: readonly string[]): string | null {
  const lead = own.find((word) => !LEADING_FILLER.has(fold(word)));
  if (!lead || !startsUpper(lead)) return null;
  const plain = bare(lead.replace(POSSESSIVE, ''));
  return [...plain].length >= 6 && /^\p{L}+$/u.test(plain) ? plain : null;
}

/**
 * "centre"/"centres", "apiary"/"apiaries": one word in the singular and the plural. A company's
 * ordinary word in the other number is the thing itself ("the Data Centre Operations role" at
 * Tanjong Meridian Data Centres), not its name misspelt.
 */
function isNumberPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

/** Letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at;
}

/**
 * How a word written on its own stands to the company's leading name: a slip of it (two edits in
 * eight letters, one in six: "Brigthwater"), its stem with another ending of about its length
 * (three fifths of the longer word: "Brightwell", not "Brighton" or "Bright"), or neither.
 */
function nearLead(plain: string, lead: string): 'slip' | 'stem' | null {
  if (plain === lead || plain[0] !== lead[0] || isDialectPair(plain, lead)) return null;
  const edits = allowed([...lead].length);
  if (editDistance(plain, lead, edits + 1) <= edits) return 'slip';
  const longer = Math.max(plain.length, lead.length);
  const shared = sharedStart(plain, lead);
  return shared >= 5 && shared * 5 >= longer * 3 && Math.abs(plain.length - lead.length) <= 2 ? 'stem' : null;
}

/**
 * `people` are the folded name words of the note's people: a colleague called Brightman is no
 * slip of Brightwater.
 */
export function companySlips(prose: string, company: string, people: ReadonlySet<string> = new Set()): CompanySlip[] {
  const own = wordsOf(company).map((word) => word.text);
  const folded = new Set(own.map(fold));
  if (own.length === 0) return [];
  const lead = leadingName(own);
  // The name's first word, however short ("Acme" of Acme Data Centres).
  const head = own.map((word) => bare(word.replace(POSSESSIVE, ''))).find((word) => !LEADING_FILLER.has(word));
  const isOwn = (word: Span | undefined) =>
    word !== undefined && (folded.has(fold(word.text)) || folded.has(fold(word.text.replace(POSSESSIVE, ''))));
  const words = wordsOf(prose);
  const sameLine = (a: Span, b: Span) => !/[\r\n]/u.test(prose.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  // The company's words run unbroken on one line from `index`, the leading name among them.
  const runHasLead = (index: number) => {
    const around = (step: number) => {
      for (let at = index + step; words[at] && isOwn(words[at]) && sameLine(words[at]!, words[at - step]!); at += step)
        if (bare(words[at]!.text.replace(POSSESSIVE, '')) === head) return true;
      return false;
    };
    return around(-1) || around(1);
  };
  const slips: CompanySlip[] = [];
  for (const [index, word] of words.entries()) {
    if (!startsUpper(word.text) || isOwn(word)) continue;
    const before = words[index - 1];
    const after = words[index + 1];
    const besideOwn = (isOwn(before) && sameLine(before!, word)) || (isOwn(after) && sameLine(after!, word));
    const squashed = fold(word.text).replace(/['\u2019.-]/gu, '');
    let letters: boolean | null = null;
    let stem = false;
    for (const part of own) {
      const theirs = fold(part);
      if (theirs.length < 4) continue;
      // An ordinary word of the name in the other number: a slip of the name only where the
      // leading name stands in the same run ("Tanjong Meridian Data Centre"), and then a warning.
      if (
        besideOwn &&
        bare(part.replace(POSSESSIVE, '')) !== head &&
        isNumberPair(bare(word.text.replace(POSSESSIVE, '')), bare(part.replace(POSSESSIVE, '')))
      ) {
        letters = runHasLead(index) ? false : null;
        break;
      }
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
    // "Brightwell plans to ...": the leading name on its own, written near but not right.
    const alone = bare(word.text.replace(POSSESSIVE, ''));
    if (letters === null && lead && !people.has(fold(word.text.replace(POSSESSIVE, '')))) {
      const near = /^\p{L}+$/u.test(alone) ? nearLead(alone, lead) : null;
      if (near) {
        letters = true;
        stem = near === 'stem';
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
    slips.push({ start, end, written: prose.slice(start, end), letters, stem });
  }
  return slips;
}

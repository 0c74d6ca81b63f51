// A firm the note names where the reader's own company belongs ("I would love to join Bluestone
// Analytics" in a note to Brightwater Analytics): a name of the same shape as the company's (its
// own kind word, "Analytics", or a legal form, "Ltd") led by words that are not the company's.
// Only where the note speaks of the firm it wants to join, not of one the candidate worked for.
import { startsUpper } from '../chars.js';
import { fold, type Span, wordsOf } from '../text.js';

/** Legal forms and group words that end a firm's name. */
const LEGAL = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'plc',
  'gmbh',
  'group',
  'holdings',
]);

/** Words that join a company's name and are no kind of firm ("of", "&"). */
const JOINERS = new Set(['&', '+', 'and', 'of', 'the', 'de', 'la', 'le', 'st', 'st.']);

/**
 * A firm named where the reader's company goes: straight after "join", "at", "with" or "for", or
 * with a possessive ("Bluestone Analytics's team"); "the People Analytics team" is a team. The candidate's past is another firm by right: "my years at", "I worked
 * for", "previously with", "clients such as" before it in the sentence.
 */
const SLOT_BEFORE = /\b(?:join|joining|joined|at|with|for)\s+$/iu;
let someoneElses: RegExp | undefined;
/**
 * Someone else's firm: "Marta at Northbound Coffee", "a friend at", "my cousin with". Made on
 * first use: its \p{...} classes cost every start half a million instructions or more to parse.
 */
const SOMEONE_ELSES = (): RegExp =>
  (someoneElses ??=
    /(?:\b\p{Lu}\p{Ll}+|\b(?:friend|friends|colleague|contact|someone|somebody|sister|brother|cousin|mentor|neighbou?r|wife|husband|partner))\s+(?:at|with|for)\s+$/u);
const NOT_THEIRS =
  /\b(?:my|our|former|formerly|previous|previously|prior|last|old|ex|current|currently|worked|working|spent|years?|months?|was|were|left|before|from|like|unlike|than|such|versus|vs|clients?|customers?|partners?|vendors?|suppliers?|competitors?|rivals?|interned|internship|studied|volunteered)\b/iu;

/**
 * The writer's own doing, told as done or under way ("I ended up running loads for", "I've been
 * packing for", "I spent the bloom hauling for"): work for another firm, not a wish to join it.
 * A wish has "to", a modal or a verb of wanting before the firm ("I'd love to work for", "I hope
 * to join"), and stays a slot for the reader's company.
 */
const DONE_OR_UNDER_WAY = /\bI(?:['\u2019](?:m|ve)|\s+(?:am|have|had))?\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+(?:ed|ing)\b/u;
const WISH =
  /\b(?:to|would|could|might|should|will|can|hope|hoping|love|like|want|wanting|wish|keen|eager|['\u2019]d|['\u2019]ll)\b/iu;

function isWritersOwnWork(sentence: string): boolean {
  const done = DONE_OR_UNDER_WAY.exec(sentence);
  return done !== null && !WISH.test(sentence.slice(done.index));
}

/** The words of the company that say what kind of firm it is ("Analytics" of "Brightwater Analytics"), folded. */
function kindWords(company: string): Set<string> {
  const words = wordsOf(company).map((word) => fold(word.text.replace(/[.,]$/u, '')));
  const lead = words.findIndex((word) => !JOINERS.has(word));
  return new Set(words.filter((word, index) => index > lead && word.length >= 4 && !JOINERS.has(word)));
}

/** Firms of the company's shape that are not it (see above), before `until` (the signature). */
export function otherFirms(prose: string, company: string, people: ReadonlySet<string>, until: number): Span[] {
  const own = new Set(wordsOf(company).map((word) => fold(word.text.replace(/['\u2019]s$/u, ''))));
  const kinds = kindWords(company);
  const words = wordsOf(prose.slice(0, until));
  const found: Span[] = [];
  for (const [index, word] of words.entries()) {
    const possessive = /['\u2019]s?$/u.test(word.text);
    const kind = fold(word.text.replace(/['\u2019]s?$|\.$/u, ''));
    if (!startsUpper(word.text) || !(kinds.has(kind) || LEGAL.has(kind))) continue;
    let first = index;
    while (
      first > 0 &&
      index - first < 3 &&
      startsUpper(words[first - 1]!.text) &&
      /^[ \t]+$/u.test(prose.slice(words[first - 1]!.end, words[first]!.start))
    )
      first -= 1;
    const leading = words.slice(first, index).map((lead) => fold(lead.text));
    if (leading.length === 0 || leading.some((lead) => own.has(lead) || people.has(lead) || lead.length < 3)) continue;
    const start = words[first]!.start;
    const before = prose.slice(Math.max(0, start - 120), start);
    const sentence = before.slice(Math.max(0, before.search(/[^.!?\r\n]*$/u)));
    if (!(possessive || SLOT_BEFORE.test(sentence)) || NOT_THEIRS.test(sentence) || SOMEONE_ELSES().test(sentence)) continue;
    if (!possessive && isWritersOwnWork(sentence)) continue;
    if (found.some((span) => span.end >= start)) continue;
    // "Bluestone Analytics Ltd": the legal form after the kind word is the firm's too.
    let last = index;
    while (
      !possessive &&
      last + 1 < words.length &&
      LEGAL.has(fold(words[last + 1]!.text.replace(/\.$/u, ''))) &&
      /^,?[ \t]+$/u.test(prose.slice(words[last]!.end, words[last + 1]!.start))
    )
      last += 1;
    const end = possessive ? word.end - (word.text.endsWith('s') ? 2 : 1) : words[last]!.end;
    found.push({ text: prose.slice(start, end), start, end });
  }
  return found;
}

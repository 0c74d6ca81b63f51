// Small text helpers the templates and tests share. Pure: strings in, strings out.
import { MONTHS } from '../model/day-format.js';
import type { IsoDate } from '../model/types.js';

/** "24 November 2026": a date as a letter writes it, unambiguous in every locale. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * "A", "A and B", "A, B and C": the way a list reads in a sentence. When an item holds a comma of
 * its own ("pricing, packaging and launch"), commas cannot also mark where items end, so the
 * items are kept whole with semicolons, as a style guide sets such a list: "pricing, packaging
 * and launch; hiring; and the budget".
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (needsSemicolons(items)) return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Whether commas cannot mark where the items end. Two items need the semicolon only when the first
 * holds a comma: "the Kinsale move and the four-on, three-off pattern" is plain, and "the Kinsale
 * move; and the four-on, three-off pattern" reads as a slip.
 */
function needsSemicolons(items: readonly string[]): boolean {
  if (items.length === 2) return items[0]?.includes(',') === true;
  return items.some((item) => item.includes(','));
}

/**
 * A list of things talked about, as a sentence reads it: like joinList, except that when an item
 * holds an "and" of its own, the last one joins with a comma before its "and" ("the rota and the
 * van, and the CSCS card"), so the reader can tell where one item ends, not a chain of "and"s. A
 * stock joining phrase (", as well as") would not do: colleagues compare notes, and every note
 * listing such topics said it. A list whose items hold commas takes joinList's semicolons, which
 * already keep each item whole.
 */
export function joinPhrases(items: readonly string[]): string {
  if (items.length <= 1 || needsSemicolons(items) || !items.some((item) => /\band\b| & /i.test(item))) return joinList(items);
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/**
 * A run of digits as said aloud: as typed up to six ("900123"), longer runs in threes, closing
 * with a four or two where the count needs them ("6175550143" -> "617 555 0143").
 */
function groupsOf(run: string): string[] {
  if (run.length <= 6) return [run];
  const fours = [0, 1, 2][run.length % 3]!;
  const threes = (run.length - 4 * fours) / 3;
  const sizes = [...Array<number>(threes).fill(3), ...Array<number>(fours).fill(4)];
  return sizes.map((size, i) => {
    const at = sizes.slice(0, i).reduce((sum, each) => sum + each, 0);
    return run.slice(at, at + size);
  });
}

/**
 * A phone number for reading aloud: its digit groups with a space between each and no other
 * marks ("+1 (415) 555-0188" -> "+1 415 555 0188"), which a caller reads as groups with a pause
 * between them; a run of commas ("+1, 415, 555, 0188") reads as a list.
 */
export function slowNumber(phone: string): string {
  const groups = phone.match(/\+?\d+/g);
  return groups ? groups.flatMap((group) => (group.startsWith('+') ? [group] : groupsOf(group))).join(' ') : phone;
}

/**
 * Country calling codes whose numbers are dialled at home with a leading 0 (the UK, Ireland,
 * Australia, New Zealand, South Africa, Germany, France, India, Nigeria, Kenya ...). Codes not
 * listed but +1 keep the whole international number: it dials from anywhere.
 */
const TRUNK_ZERO = new Set([
  '44',
  '353',
  '61',
  '64',
  '27',
  '49',
  '33',
  '31',
  '32',
  '41',
  '43',
  '91',
  '234',
  '254',
  '81',
  '82',
  '86',
  '63',
  '66',
  '90',
  '92',
  '20',
]);

/** The country code of a number written with one ("+44 7700 900123" -> "44"), else null. */
function countryOf(phone: string): string | null {
  return /^\s*\+(\d{1,3})(?=\D)/.exec(phone)?.[1] ?? null;
}

/**
 * The candidate's number as said to `reader`: without the country code when the reader's number
 * has the same one, or none (a number the candidate wrote as dialled at home), and with the
 * 0 a home caller dials where the country has one ("+44 7700 900123" -> "07700 900123" to a
 * British reader); whole to a reader abroad. Grouped as slowNumber groups it.
 */
export function spokenPhone(phone: string, reader: string | null): string {
  const own = countryOf(phone);
  const theirs = reader === null ? null : countryOf(reader);
  if (own === null || (theirs !== null && theirs !== own) || (own !== '1' && !TRUNK_ZERO.has(own))) return slowNumber(phone);
  const national = phone
    .trim()
    .slice(own.length + 1)
    .replace(/^\D*\(0\)/, '');
  const trunk = own === '1' || /^\D*0/.test(national) ? '' : '0';
  return slowNumber(national).replace(/^/, trunk);
}

/** Letters after a name that say what someone is, not who ("RN", "BSN", "PhD"), as the checklist reads them (src/checklist/people.ts). */
// Built on first use: a \p{..} class costs V8 its Unicode tables, and only calls need it.
let postNominal: RegExp | undefined;
const POST_NOMINAL = (): RegExp => (postNominal ??= /^\p{Lu}\p{L}{1,7}$/u);

/** A name as said on a call: without the letters after it ("Ngozi Adeyemi-Clarke, RN, BSN" -> "Ngozi Adeyemi-Clarke"). */
export function spokenName(name: string): string {
  const words = name.trim().split(/\s+/u);
  let keep = words.length;
  const isLetters = (word: string) => {
    const bare = word.replace(/[.,]+$/u, '').replace(/\./gu, '');
    // In plain ASCII a capital is A-Z and a letter A-Z or a-z: the same answer without the
    // \p{..} RegExps, whose Unicode tables V8 builds on first use.
    if (/^[ -~]*$/.test(bare)) {
      const capitals = bare.replace(/[^A-Z]/g, '').length;
      return /^[A-Z][A-Za-z]{1,7}$/.test(bare) && capitals >= 2 && capitals * 2 >= bare.length;
    }
    const capitals = bare.replace(/\P{Lu}/gu, '').length;
    return POST_NOMINAL().test(bare) && capitals >= 2 && capitals * 2 >= bare.length;
  };
  while (keep > 1 && isLetters(words[keep - 1]!)) keep -= 1;
  return words.slice(0, keep).join(' ').replace(/,+$/u, '');
}

/** Words as a reader counts them: whitespace-separated tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** A name folded for matching: case, accents and spacing do not matter ("jose  alvarez" = "José Álvarez"). */
export function foldName(name: string): string {
  // Plain ASCII has no accents to strip: skip the \p{M} RegExp, which V8 compiles on first use.
  if (/^[\x20-\x7e\s]*$/.test(name)) return name.toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0111/giu, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A file-name-safe slug that keeps letters of every script ("王伟" stays "王伟", "Nguyễn Thị Lan" -> "nguyen-thi-lan"). */
export function slugOf(name: string): string {
  return foldName(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last path segment of a file path, whichever separator the user's system used. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0);
  return parts[parts.length - 1] ?? path;
}

/**
 * Typed text as the candidate's own whole sentence: the first letter capitalised and a full stop
 * added unless it already ends a sentence ("we both ran the marathon" -> "We both ran the marathon.").
 */
export function asSentence(text: string): string {
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '') return value;
  const capitalised = value.replace(
    /^(["'\u201c\u2018(]*)(\p{Ll})/u,
    (_, lead: string, first: string) => lead + first.toLocaleUpperCase(),
  );
  return /[.!?]["'\u201d\u2019)]*$/u.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Words that start a noun phrase and are lower case inside a sentence ("The mock-up" -> "the mock-up"). */
const LEADING_WORDS = /^(The|A|An|My|Our|Your|How|What|Why|When|Where|Which|That|This|Some)\b/u;

/**
 * Typed text as a noun phrase for a slot inside a template's sentence: no final stop (it would
 * double up), and a leading article or question word lower-cased. Names keep their capitals.
 */
export function asPhrase(text: string): string {
  const value = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/u, '');
  return value.replace(LEADING_WORDS, (word) => word.toLowerCase());
}

/** A small stable number for a text, so an interview keeps its phrasings from one run to the next. */
export function stableHash(text: string): number {
  let hash = 0;
  for (const char of foldName(text)) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

/** Territories whose English calls the document a CV (the checklist's British spellers, src/checklist/dialect.ts). */
const CV_TERRITORIES = new Set(['GB', 'UK', 'IE', 'NZ', 'ZA']);

/** "CV" for a reader in a territory that says so ("en-GB"), "resume" everywhere else, as American English says. */
export function resumeWord(locale: string): 'CV' | 'resume' {
  const territory = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(locale)?.[1]?.toUpperCase();
  return territory !== undefined && CV_TERRITORIES.has(territory) ? 'CV' : 'resume';
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** What the attached file is, in the word a note names it by. */
export type AttachmentWord = 'resume' | 'CV' | 'portfolio' | 'work samples';

const ATTACHMENT_WORDS: ReadonlyArray<readonly [RegExp, AttachmentWord]> = [
  [/^portfolio$/, 'portfolio'],
  [/^(work)?samples?$|^examples$/, 'work samples'],
  [/^(cv|curriculum|vitae|lebenslauf)$/, 'CV'],
  [/^(resume|r\u00e9sum\u00e9)$/, 'resume'],
];

/**
 * The word for the attached file, from its own name: "Ayesha-Rahman-Portfolio.pdf" is a portfolio,
 * "work-samples.zip" work samples, "CV.pdf" a CV, "Jordan-Lee-Resume.pdf" a resume. The first of
 * those words in the name wins; a name with none ("Jordan-Lee.pdf") takes the locale's word.
 */
export function attachmentWord(fileName: string | null | undefined, locale: string): AttachmentWord {
  return namedAttachment(fileName) ?? resumeWord(locale);
}

/** What the file's own name says it is, or null for a name that says nothing ("Jordan-Lee.pdf"). */
export function namedAttachment(fileName: string | null | undefined): AttachmentWord | null {
  const stem = baseName(fileName ?? '').replace(/\.[^.]*$/, '');
  const words = stem
    .replace(/([a-z\u00e0-\u00ff])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .normalize('NFC')
    .split(/[^a-z\u00e0-\u00ff]+/)
    .filter(Boolean);
  for (const word of words) for (const [pattern, named] of ATTACHMENT_WORDS) if (pattern.test(word)) return named;
  return null;
}

/** "second" for round 2, "third" for 3 ...; "12th" past the tenth (rounds stop at 20); null for a first round. */
export function roundWord(round: number): string | null {
  if (round <= 1) return null;
  return ORDINALS[round - 2] ?? `${round}th`;
}

/** The last words of a name that make it a body's rather than a brand's: "the Caledonian Isles Carillon Trust". */
const BODY_NOUNS = new Set([
  'Trust',
  'Foundation',
  'Society',
  'Institute',
  'Institution',
  'Museum',
  'Council',
  'Board',
  'Authority',
  'Service',
  'Library',
  'Orchestra',
  'Commission',
  'Agency',
  'Association',
  'Federation',
  'Guild',
  'Ministry',
  'Department',
  'Observatory',
  'Gallery',
  'Theatre',
  'Conservancy',
]);

/** Heads that take "the" before an "of" ("the University of Edinburgh", "the Company of Biologists"), though "Stanford University" takes none. */
const OF_HEADS = new Set([...BODY_NOUNS, 'University', 'College', 'Academy', 'Company', 'School', 'Office', 'Church']);

/** A "Royal ..." name that is a brand, as a company's suffix or its own name says: "Royal Mail", "Royal Caribbean Group". */
const ROYAL_BRAND = /^Royal Mail\b|\b(Ltd|Limited|plc|PLC|Inc|LLC|Group|Holdings)\.?$/;

/**
 * An organisation's name as a sentence says it after "at" or "join": with "the" where English
 * gives it one ("the Caledonian Isles Carillon Trust", "the Hollowbrook Museum of Natural History",
 * "the University of Edinburgh", "the Royal Society"), as typed for a company ("Acme", "Stripe",
 * "Stanford University", "Bank of America"), and never a second "the": a name typed with its own
 * keeps it as typed ("The Hudson Ledger", whose "The" is part of the title).
 */
export function companyInSentence(name: string): string {
  const value = name.trim().replace(/\s+/g, ' ');
  if (/^the\s/i.test(value)) return value;
  const words = value.split(' ');
  if (words.length < 2) return value;
  const beforeOf = /^(.+?) of /.exec(value)?.[1]?.split(' ').at(-1);
  const royal = words[0] === 'Royal' && !ROYAL_BRAND.test(value);
  const needs = BODY_NOUNS.has(words.at(-1)!) || (beforeOf !== undefined && OF_HEADS.has(beforeOf)) || royal;
  return needs ? `the ${value}` : value;
}

/** The same name opening a sentence: "The Caledonian Isles Carillon Trust is still high on my list." */
export function companyAtStart(name: string): string {
  return companyInSentence(name).replace(/^the\b/, 'The');
}

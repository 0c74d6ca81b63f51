// Where a name or a company stands in a note, for wrong-person: as written, in either Unicode
// form or without its accents, by title and surname, and a company by its short forms.
import { isLetter, isWholeWords, plainForm, startsUpper, wordPattern } from '../chars.js';
import { isTitleOnly } from '../people.js';
import { escapeRegExp, nameParts } from '../text.js';
import { isTitleWord } from '../titles.js';

export interface Found {
  readonly start: number;
  readonly end: number;
}

/** Printable ASCII and line breaks: nothing to normalise, no accents. */
const ASCII_ONLY = /^[\t\n\r -~]*$/;

interface Search {
  /** The first word of each form: when the prose has none of them, no pattern need be built. */
  readonly firsts: readonly string[];
  readonly forms: readonly string[];
  pattern: RegExp | null;
}

// One search per name, kept: a surname is searched for again after each place it stood without a
// title. Its pattern is built only once a form's first word is in the prose: most names a check
// asks about (the other interviews' people) are not, and each pattern costs a compile.
const searches = new Map<string, Search>();

function searchOf(phrase: string): Search {
  let search = searches.get(phrase);
  if (!search) {
    // A name in ASCII has one form; others are matched as composed, decomposed and plain.
    const forms = ASCII_ONLY.test(phrase)
      ? [phrase.trim()]
      : [...new Set([phrase.normalize('NFC'), phrase.normalize('NFD'), plainForm(phrase)].map((form) => form.trim()))];
    search = { firsts: forms.map((form) => form.split(/\s/u)[0]!), forms, pattern: null };
    if (searches.size > 500) searches.clear();
    searches.set(phrase, search);
  }
  return search;
}

function patternOf(search: Search): RegExp {
  if (!search.pattern) {
    const body = search.forms.map((form) => form.split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
    search.pattern = new RegExp(wordPattern(body), 'gu');
  }
  return search.pattern;
}

/**
 * First occurrence of `phrase` as whole words at or after `from`, written in either Unicode form
 * (NFC or NFD) or without its accents; case-sensitive, because "Square" is not "square". Whole
 * words are judged in the prose itself, so a match at `from` right after a letter is no match.
 */
export function findName(prose: string, phrase: string, from: number): Found | null {
  const search = searchOf(phrase);
  if (!search.firsts.some((first) => first !== '' && prose.includes(first, from))) return null;
  const pattern = patternOf(search);
  pattern.lastIndex = from;
  for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
    const end = match.index + match[0].length;
    if (match[0].length > 0 && isWholeWords(prose, match.index, end)) return { start: match.index, end };
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** What a company is called without its legal form: "Globex Corporation" -> "Globex", "Ashcombe de Souza LLP" -> "Ashcombe de Souza". */
const LEGAL_FORM =
  /[\s,]+(?:inc\.?|incorporated|llc|l\.l\.c\.|llp|lp|pllc|ltd\.?|limited|corp\.?|corporation|co\.?|company|gmbh|ag|kg|plc|s\.a\.|sa|s\.l\.|sl|srl|s\.r\.l\.|spa|s\.p\.a\.|sarl|sas|bv|nv|pty|pte|sdn\s+bhd|bhd|oy|ab|as|asa|aps|kk|group|holdings)$/iu;

export function companyNames(company: string): string[] {
  const short = company.trim().replace(LEGAL_FORM, '').trim();
  return short !== '' && short !== company.trim() && short.length >= 3 ? [company, short] : [company];
}

/** Words a company's name may not end on when it is cut short ("Ember &", "House of"). */
const JOINERS = new Set(['&', '+', 'and', 'of', 'the', 'de', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'et', 'und']);

/**
 * What people call a company for short: the leading words of its name ("Ember & Gather" and
 * "Ember" of "Ember & Gather Glass Studio", "Harborline" of "Harborline Realty Group"), longest
 * first. Only when the first word is a name of four letters or more ("New York Life" has none).
 */
export function companyShortForms(company: string): string[] {
  const words = company.trim().replace(LEGAL_FORM, '').trim().split(/\s+/u);
  const lead = words[0]!;
  if (words.length < 2 || !startsUpper(lead) || [...lead].length < 4 || ![...lead].every(isLetter)) return [];
  const forms: string[] = [];
  for (let keep = words.length - 1; keep >= 1; keep -= 1)
    if (!JOINERS.has(words[keep - 1]!.toLowerCase())) forms.push(words.slice(0, keep).join(' '));
  return forms;
}

/** True where a sentence opens at `start`: a capital there says nothing about a name. */
export function opensSentence(prose: string, start: number): boolean {
  return start === 0 || /(?:^|[\r\n]|[.!?:]["'\u2019\u201d)]*\s)\s*$/u.test(prose.slice(Math.max(0, start - 6), start));
}

/**
 * The words of a name without the titles before it: "Capt. Henrik van der Meer" -> Henrik, Meer.
 * A title word after the first name word is a name ("Muhammad Hafiz bin Rosli", "Ama Major").
 */
export function nameWords(name: string): string[] {
  const parts = nameParts(name);
  const first = parts.findIndex((part) => !isTitleWord(part));
  return first < 0 ? [] : parts.slice(first);
}

/**
 * Someone named by title and surname: "Mr. Ortiz", "Dr Okonkwo", "Chef Marchetti", "Captain
 * Reyes", "Sister Nguyen", by any title of titles.ts.
 */
export function findBySurname(prose: string, name: string, from: number): Found | null {
  const words = nameWords(name);
  const surname = words.at(-1);
  if (!surname || words.length < 2) return null;
  for (let found = findName(prose, surname, from); found; found = findName(prose, surname, found.end)) {
    const title = /(\p{L}+)\.?\s+$/u.exec(prose.slice(Math.max(0, found.start - 20), found.start));
    if (title && isTitleOnly(title[1]!)) return { start: found.start - title[0].length, end: found.end };
  }
  return null;
}

// wrong-person: a name or company left over from another note. The copy-and-paste slip that
// tells a reader the note was not written for them.
import { isWholeWords, wordPattern } from '../chars.js';
import { greetingOf, isTitleOnly, recipientOf } from '../people.js';
import { escapeRegExp, fold, nameParts } from '../text.js';
import { isRoleWord, isTitleWord } from '../titles.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';

interface Found {
  readonly start: number;
  readonly end: number;
}

// One pattern per name, kept: a surname is searched for again after each place it stood without a title.
const patterns = new Map<string, RegExp>();

function patternOf(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const forms = [...new Set([phrase.normalize('NFC'), phrase.normalize('NFD')])];
    const body = forms.map((form) => form.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
    pattern = new RegExp(wordPattern(body), 'gu');
    if (patterns.size > 500) patterns.clear();
    patterns.set(phrase, pattern);
  }
  return pattern;
}

/**
 * First occurrence of `phrase` as whole words at or after `from`, written in either Unicode form
 * (NFC or NFD); case-sensitive, because "Square" is not "square". Whole words are judged in the
 * prose itself, so a match at `from` right after a letter is no match.
 */
function findName(prose: string, phrase: string, from: number): Found | null {
  const pattern = patternOf(phrase);
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

function companyNames(company: string): string[] {
  const short = company.trim().replace(LEGAL_FORM, '').trim();
  return short !== '' && short !== company.trim() && short.length >= 3 ? [company, short] : [company];
}

/** The words of a name without its titles: "Capt. Henrik van der Meer" -> Henrik, Meer. */
function nameWords(name: string): string[] {
  return nameParts(name).filter((part) => !isTitleWord(part));
}

/**
 * Someone named by title and surname: "Mr. Ortiz", "Dr Okonkwo", "Chef Marchetti", "Captain
 * Reyes", "Sister Nguyen", by any title of titles.ts.
 */
function findBySurname(prose: string, name: string, from: number): Found | null {
  const words = nameWords(name);
  const surname = words.at(-1);
  if (!surname || words.length < 2) return null;
  for (let found = findName(prose, surname, from); found; found = findName(prose, surname, found.end)) {
    const title = /(\p{L}+)\.?\s+$/u.exec(prose.slice(Math.max(0, found.start - 20), found.start));
    if (title && isTitleOnly(title[1]!)) return { start: found.start - title[0].length, end: found.end };
  }
  return null;
}

/**
 * The greeting the candidate chose for someone, when it names them ("Gosia", "Coach Wash",
 * "Father Declan"), not a bare title ("Chef").
 */
function chosenName(greeting: string | undefined): string | null {
  const words = greeting?.trim().split(/\s+/u) ?? [];
  return words.length > 0 && !words.every(isRoleWord) ? words.join(' ') : null;
}

/**
 * Where a note speaks to the person it names: at the end of a clause after a comma or a dash
 * ("Thank you again, Siti."), opening a sentence before a comma ("Siti, thank you too"), or
 * straight after a thank-you ("Thanks Siti!"). A name between two commas mid-sentence is said
 * of someone ("your colleague, Sam, showed me"), not to them.
 */
function isAddressed(prose: string, found: Found): boolean {
  const before = prose.slice(Math.max(0, found.start - 40), found.start);
  const after = prose.slice(found.end, found.end + 3);
  const closes = /^(?:\s*[.!?]|\s*$|\s*[\r\n])/u.test(after);
  if (closes && /(?:[,\u2014\u2013]\s*|\bthanks?(?:\s+you)?(?:\s+(?:again|too|also|so much|very much))?,?\s+)$/iu.test(before))
    return true;
  return /^\s*[,!]/u.test(after) && (found.start === 0 || /(?:[\r\n]|[.!?]\s+)\s*$/u.test(before));
}

/** First names that are also everyday words, so "Hope you are well" is not a leftover Hope. */
const WORDLIKE = new Set([
  'will',
  'may',
  'june',
  'april',
  'august',
  'hope',
  'grace',
  'mark',
  'bill',
  'pat',
  'art',
  'faith',
  'joy',
  'rose',
  'sky',
  'summer',
  'dawn',
  'chase',
  'max',
  'hunter',
  'lane',
  'drew',
  'rich',
  'sunny',
  'happy',
  'best',
]);

export const wrongPerson: RuleCheck = (draft, context) => {
  const interview = context.interview;
  if (!interview) return [];
  const hits: Hit[] = [];
  const recipient = recipientOf(context);
  // A greeting of several people is group-note's business; a greeting of one other person is
  // this rule's too, as the note is then plainly someone else's.
  const greeting = greetingOf(draft);
  const from = greeting && greeting.addressees.length > 1 ? greeting.line.end : 0;
  const ours = new Set(
    [interview.candidate.name, recipient?.name ?? '', interview.recruiter?.name ?? ''].flatMap(nameWords).map(fold),
  );

  // A contact request names the people it asks about; that is its job, not a slip. Nor is the
  // person who told the candidate the outcome, named in the note that answers it.
  if (recipient?.interviewer && context.kind !== 'contact-request') {
    for (const person of interview.interviewers) {
      if (fold(person.name) === fold(recipient.name)) continue;
      if (interview.toldBy && fold(interview.toldBy) === fold(person.name)) continue;
      const first = nameWords(person.name)[0];
      const chosen = chosenName(person.greeting);
      const found =
        findName(draft.prose, person.name, from) ??
        (chosen && !ours.has(fold(chosen)) ? findName(draft.prose, chosen, from) : null) ??
        (first && !ours.has(fold(first)) ? findName(draft.prose, first, from) : null) ??
        findBySurname(draft.prose, person.name, from);
      if (!found) continue;
      // Spoken to, the colleague is the note's reader: a slip. Spoken of, perhaps a kind word.
      const addressed = isAddressed(draft.prose, found);
      hits.push({
        ...found,
        ...(addressed ? {} : { severity: 'warning' as const }),
        message: addressed
          ? MESSAGES.colleagueAddressed(person.name, recipient.name)
          : MESSAGES.colleagueNamed(person.name, recipient.name),
      });
    }
  }
  const current = new Set(
    [interview.candidate.name, interview.recruiter?.name ?? '', ...interview.interviewers.map((p) => p.name)]
      .flatMap(nameWords)
      .map(fold),
  );
  const companies = new Set<string>();
  for (const other of context.otherInterviews ?? []) {
    if (other.id === interview.id) continue;
    if (fold(other.company) !== fold(interview.company) && !companies.has(other.company)) {
      companies.add(other.company);
      // "Acme" alone is no slip in a note about Acme Robotics.
      const names = companyNames(other.company).filter((name) => !fold(interview.company).includes(fold(name)));
      const found = names.reduce<Found | null>((hit, name) => hit ?? findName(draft.prose, name, 0), null);
      if (found) hits.push({ ...found, message: MESSAGES.otherCompany(other.company, interview.company) });
    }
    const people = other.recruiter ? [...other.interviewers, other.recruiter] : other.interviewers;
    for (const person of people) {
      if (interview.interviewers.some((p) => fold(p.name) === fold(person.name))) continue;
      const first = nameWords(person.name)[0];
      const chosen = 'greeting' in person ? chosenName(person.greeting) : null;
      const full =
        findName(draft.prose, person.name, from) ??
        findBySurname(draft.prose, person.name, from) ??
        (chosen && !current.has(fold(chosen)) ? findName(draft.prose, chosen, from) : null);
      // A first name alone may be someone else who shares it: a warning. The whole name, a title
      // and surname, or the greeting the candidate used for them is that person.
      const found =
        full ?? (first && !current.has(fold(first)) && !WORDLIKE.has(fold(first)) ? findName(draft.prose, first, from) : null);
      if (found && !hits.some((hit) => hit.start === found.start))
        hits.push({
          ...found,
          ...(full ? {} : { severity: 'warning' as const }),
          message: MESSAGES.otherPerson(person.name, other.company),
        });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

export const id = 'wrong-person';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = wrongPerson;

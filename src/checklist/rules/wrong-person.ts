// wrong-person: a name or company left over from another note. The copy-and-paste slip that
// tells a reader the note was not written for them.
import { firstWholeWord, wordPattern } from '../chars.js';
import { greetingOf, isTitleOnly, recipientOf } from '../people.js';
import { escapeRegExp, fold, nameParts } from '../text.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';

/**
 * First occurrence of `phrase` as whole words, written in either Unicode form (NFC or NFD);
 * case-sensitive, because "Square" is not "square".
 */
function findName(prose: string, phrase: string, from: number): { start: number; end: number } | null {
  const forms = [...new Set([phrase.normalize('NFC'), phrase.normalize('NFD')])];
  const body = forms.map((form) => form.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  const match = firstWholeWord(new RegExp(wordPattern(body), 'gu'), prose.slice(from));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : null;
}

/** What a company is called without its legal form: "Globex Corporation" -> "Globex". */
const LEGAL_FORM =
  /[\s,]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|corp\.?|corporation|co\.?|company|gmbh|ag|plc|s\.a\.|sa|bv|nv|pty|group|holdings)$/iu;

function companyNames(company: string): string[] {
  const short = company.trim().replace(LEGAL_FORM, '').trim();
  return short !== '' && short !== company.trim() && short.length >= 3 ? [company, short] : [company];
}

/**
 * Someone named by title and surname: "Mr. Ortiz", "Dr Okonkwo", "Chef Marchetti", and any other
 * title a greeting may use ("Councillor Pritchard", "Captain Reyes").
 */
function findBySurname(prose: string, name: string, from: number): { start: number; end: number } | null {
  const surname = nameParts(name).at(-1);
  if (!surname || nameParts(name).length < 2) return null;
  for (let found = findName(prose, surname, from); found; found = findName(prose, surname, found.end)) {
    const title = /(\p{L}+)\.?\s+$/u.exec(prose.slice(Math.max(0, found.start - 20), found.start));
    if (title && isTitleOnly(title[1]!)) return { start: found.start - title[0].length, end: found.end };
  }
  for (const title of [
    'Mr.',
    'Mr',
    'Ms.',
    'Ms',
    'Mrs.',
    'Mrs',
    'Mx.',
    'Dr.',
    'Dr',
    'Prof.',
    'Professor',
    'Chef',
    'Coach',
    'Nurse',
    'Sister',
    'Judge',
  ]) {
    const found = findName(prose, `${title} ${surname}`, from);
    if (found) return found;
  }
  return null;
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
  // The greeting is name-mismatch's business; start after it so one slip is reported once.
  const from = greetingOf(draft)?.line.end ?? 0;
  const ours = new Set(
    [interview.candidate.name, recipient?.name ?? '', interview.recruiter?.name ?? ''].flatMap(nameParts).map(fold),
  );

  // A contact request names the people it asks about; that is its job, not a slip. Nor is the
  // person who told the candidate the outcome, named in the note that answers it.
  if (recipient?.interviewer && context.kind !== 'contact-request') {
    for (const person of interview.interviewers) {
      if (fold(person.name) === fold(recipient.name)) continue;
      if (interview.toldBy && fold(interview.toldBy) === fold(person.name)) continue;
      const first = nameParts(person.name)[0];
      const found =
        findName(draft.prose, person.name, from) ??
        (first && !ours.has(fold(first)) ? findName(draft.prose, first, from) : null) ??
        findBySurname(draft.prose, person.name, from);
      if (found) hits.push({ ...found, severity: 'warning', message: MESSAGES.colleagueNamed(person.name, recipient.name) });
    }
  }
  const current = new Set(
    [interview.candidate.name, interview.recruiter?.name ?? '', ...interview.interviewers.map((p) => p.name)]
      .flatMap(nameParts)
      .map(fold),
  );
  const companies = new Set<string>();
  for (const other of context.otherInterviews ?? []) {
    if (other.id === interview.id) continue;
    if (fold(other.company) !== fold(interview.company) && !companies.has(other.company)) {
      companies.add(other.company);
      // "Acme" alone is no slip in a note about Acme Robotics.
      const names = companyNames(other.company).filter((name) => !fold(interview.company).includes(fold(name)));
      const found = names.reduce<{ start: number; end: number } | null>(
        (hit, name) => hit ?? findName(draft.prose, name, 0),
        null,
      );
      if (found) hits.push({ ...found, message: MESSAGES.otherCompany(other.company, interview.company) });
    }
    for (const person of other.interviewers) {
      if (interview.interviewers.some((p) => fold(p.name) === fold(person.name))) continue;
      const first = nameParts(person.name)[0];
      const full = findName(draft.prose, person.name, from) ?? findBySurname(draft.prose, person.name, from);
      const found =
        full ?? (first && !current.has(fold(first)) && !WORDLIKE.has(fold(first)) ? findName(draft.prose, first, from) : null);
      if (found && !hits.some((hit) => hit.start === found.start))
        hits.push({ ...found, message: MESSAGES.otherPerson(person.name, other.company) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

export const id = 'wrong-person';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = wrongPerson;

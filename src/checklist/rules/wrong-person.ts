// wrong-person: a name or company left over from another note. The copy-and-paste slip that
// tells a reader the note was not written for them.
import { isWholeWords, startsUpper, withoutMarks, wordPattern } from '../chars.js';
import { greetingOf, isTitleOnly, recipientOf } from '../people.js';
import { isNicknameOf } from '../nicknames.js';
import { bare, escapeRegExp, fold, nameParts, type Span, wordsOf } from '../text.js';
import { restatesTopic } from './content.js';
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

/** Letters with no combining mark to drop that people still type plain: "Søren" as "Soren". */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
};

/** `phrase` as typed without its accents, capitals kept: "Élodie Fleury" -> "Elodie Fleury". */
function plainForm(phrase: string): string {
  return withoutMarks(phrase.normalize('NFD')).replace(/[øØłŁđĐıßæÆœŒ]/gu, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

function patternOf(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const forms = [...new Set([phrase.normalize('NFC'), phrase.normalize('NFD'), plainForm(phrase)])];
    const body = forms.map((form) => form.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
    pattern = new RegExp(wordPattern(body), 'gu');
    if (patterns.size > 500) patterns.clear();
    patterns.set(phrase, pattern);
  }
  return pattern;
}

/**
 * First occurrence of `phrase` as whole words at or after `from`, written in either Unicode form
 * (NFC or NFD) or without its accents; case-sensitive, because "Square" is not "square". Whole words are judged in the
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

/** Words a company's name may not end on when it is cut short ("Ember &", "House of"). */
const JOINERS = new Set(['&', '+', 'and', 'of', 'the', 'de', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'et', 'und']);

/**
 * What people call a company for short: the leading words of its name ("Ember & Gather" and
 * "Ember" of "Ember & Gather Glass Studio", "Harborline" of "Harborline Realty Group"), longest
 * first. Only when the first word is a name of four letters or more ("New York Life" has none).
 */
function companyShortForms(company: string): string[] {
  const words = company.trim().replace(LEGAL_FORM, '').trim().split(/\s+/u);
  if (words.length < 2 || !/^\p{Lu}\p{L}{3,}$/u.test(words[0]!)) return [];
  const forms: string[] = [];
  for (let keep = words.length - 1; keep >= 1; keep -= 1)
    if (!JOINERS.has(words[keep - 1]!.toLowerCase())) forms.push(words.slice(0, keep).join(' '));
  return forms;
}

/** True where a sentence opens at `start`: a capital there says nothing about a name. */
function opensSentence(prose: string, start: number): boolean {
  return start === 0 || /(?:^|[\r\n]|[.!?:]["'\u2019\u201d)]*\s)\s*$/u.test(prose.slice(Math.max(0, start - 6), start));
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
 * The words that may open a sentence before a name spoken to: a thank-you ("Thanks again,",
 * "Thank you too"), a greeting word, or a linking word ("And,", "Also,", "P.S."). Whatever else
 * stands before a name between commas makes it said of someone ("your colleague, Sam, showed me").
 */
const VOCATIVE_LEAD =
  /(?:^|[\r\n]|[.!?;:]\s)\s*(?:(?:and|but|so|oh|also|again|p\.?\s?s\.?)[,\s]+)*(?:(?:many\s+)?thanks?(?:\s+(?:you|again|too|also|so much|very much|a lot|as well|once more))*|cheers|hello|hi|hey|again|also|oh|and)\s*,?\s*$/iu;

/**
 * Where a note speaks to the person it names: in the greeting, at the end of a clause after a
 * comma or a dash ("Thank you again, Siti."), opening a sentence before a comma ("Siti, thank you
 * too"), or straight after a thank-you or a greeting word ("Thanks Siti!", "Thanks again, Siti,
 * for the tour", "Thank you Siti for"). A name between two commas after other words is said of
 * someone ("your colleague, Sam, showed me"), not to them.
 */
function isAddressed(prose: string, found: Found, greeted: Span | undefined): boolean {
  if (greeted && found.start < greeted.end && found.end > greeted.start) return true;
  const from = Math.max(0, found.start - 60);
  const before = (from === 0 ? '\n' : '') + prose.slice(from, found.start);
  const after = prose.slice(found.end, found.end + 5);
  const closes = /^(?:\s*[.!?]|\s*$|\s*[\r\n])/u.test(after);
  if (closes && /[,\u2014\u2013]\s*$/u.test(before)) return true;
  if (/^(?:\s*[,!.?]|\s*$|\s*[\r\n]|\s+for\b)/iu.test(after) && VOCATIVE_LEAD.test(before)) return true;
  return /^\s*[,!]/u.test(after) && (found.start === 0 || /(?:[\r\n]|[.!?]\s+)\s*$/u.test(before));
}

/**
 * The stretch of prose around a name that says what it is said with: its line, at most 200
 * characters either side.
 */
function lineAround(prose: string, found: Found): string {
  const from = Math.max(0, found.start - 200);
  const to = Math.min(prose.length, found.end + 200);
  const before = prose.slice(from, found.start);
  const after = prose.slice(found.end, to);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const breakAt = after.search(/[\r\n]/u);
  return before.slice(lineStart) + prose.slice(found.start, found.end) + (breakAt < 0 ? after : after.slice(0, breakAt));
}

/** The first of a name's later words (not `ours`, folded) standing alone in the prose. */
function laterPart(prose: string, name: string, from: number, ours: ReadonlySet<string>): Found | null {
  for (const part of nameWords(name).slice(1)) {
    if ([...part].length < 3 || ours.has(fold(part))) continue;
    const found = findName(prose, part, from);
    if (found) return found;
  }
  return null;
}

/**
 * A short or familiar form of `given` ("Bart" or "Barty" of Bartholomew, "Bill" of William)
 * spoken to in the note, where it is no part of the note's own people's names (`ours`, folded).
 */
function spokenShortForm(
  prose: string,
  given: string,
  from: number,
  greeted: Span | undefined,
  ours: ReadonlySet<string>,
): Found | null {
  const full = bare(given);
  const ourParts = [...ours].map(bare);
  for (const word of wordsOf(prose, from)) {
    if (!startsUpper(word.text) || word.text.length < 3) continue;
    const plain = bare(word.text);
    if (plain === full || ourParts.some((part) => part.startsWith(plain))) continue;
    if (!(full.startsWith(plain) || isNicknameOf(word.text, given))) continue;
    const found = { start: word.start, end: word.end };
    if (isAddressed(prose, found, greeted)) return found;
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
  // A greeting of several people is group-note's business; a greeting of one other person is
  // this rule's too, as the note is then plainly someone else's.
  const greeting = greetingOf(draft);
  const from = greeting && greeting.addressees.length > 1 ? greeting.line.end : 0;
  const greeted = greeting?.addressees.length === 1 ? greeting.addressees[0] : undefined;
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
        findBySurname(draft.prose, person.name, from) ??
        // A given name written last ("Trần Thị Mai" is Mai), or a surname alone.
        laterPart(draft.prose, person.name, from, ours);
      if (!found) {
        // A short or familiar form ("Bart", "Bill") counts only spoken to: said of someone, it
        // may be anyone of that name.
        const short = first ? spokenShortForm(draft.prose, first, from, greeted, ours) : null;
        if (short) hits.push({ ...short, message: MESSAGES.colleagueAddressed(person.name, recipient.name) });
        continue;
      }
      // Spoken to, the colleague is the note's reader: a slip. Spoken of, a colleague named in
      // passing is fine ("I was slow passing the punty to Amaka"), unless the line also carries
      // what the candidate discussed with that colleague: then it may be left from their note.
      if (isAddressed(draft.prose, found, greeted)) {
        hits.push({ ...found, message: MESSAGES.colleagueAddressed(person.name, recipient.name) });
        continue;
      }
      const around = lineAround(draft.prose, found);
      const topic = person.topics.find((candidate) => restatesTopic(around, candidate));
      if (topic)
        hits.push({ ...found, severity: 'warning', message: MESSAGES.colleagueTopic(person.name, topic, recipient.name) });
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
      else {
        // A short form may be another firm that shares a word: a warning.
        const ownWords = new Set([...nameParts(interview.company), ...current].map(fold));
        for (const form of companyShortForms(other.company)) {
          if (fold(interview.company).includes(fold(form)) || ownWords.has(fold(form))) continue;
          // A single word that opens a sentence may be an ordinary word ("Cobalt blue is ...").
          let short = findName(draft.prose, form, 0);
          while (short && !form.includes(' ') && opensSentence(draft.prose, short.start))
            short = findName(draft.prose, form, short.end);
          if (short) {
            const written = draft.prose.slice(short.start, short.end);
            hits.push({
              ...short,
              severity: 'warning',
              message: MESSAGES.otherCompanyShort(written, other.company, interview.company),
            });
            break;
          }
        }
      }
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

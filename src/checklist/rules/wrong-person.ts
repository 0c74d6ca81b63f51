// wrong-person: a name or company left over from another note. The copy-and-paste slip that
// tells a reader the note was not written for them.
import { startsUpper } from '../chars.js';
import { greetingOf, hadOwnNote, isGroupWord, recipientOf, signatureOf } from '../people.js';
import { bare, fold, nameParts, type Span, wordsOf } from '../text.js';
import { isRoleWord } from '../titles.js';
import { restatesTopic } from './content.js';
import { otherFirms } from './wrong-person-firm.js';
import {
  companyNames,
  companyShortForms,
  type Found,
  findBySurname,
  findName,
  nameWords,
  opensSentence,
} from './wrong-person-find.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';

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
  /(?:^|[\r\n]|[.!?;:]\s)\s*(?:(?:and|but|so|oh|also|again|p\.?\s?s\.?)[,\s]+)*(?:(?:many\s+)?thanks?(?:\s+(?:you|again|too|also|so much|very much|a lot|as well|once more))*|cheers|hello|hi|hey|again|also|oh|and)\s*,?\s*$/i;

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
  if (/^(?:\s*[,!.?]|\s*$|\s*[\r\n]|\s+for\b)/i.test(after) && VOCATIVE_LEAD.test(before)) return true;
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

/** What follows a name spoken to (isAddressed): a mark, the end of a line, or "for". */
const MAY_BE_SPOKEN_TO = /^(?:[,!.?\u2014\u2013\r\n]|\s*$|\s+[,!.?\r\n\u2014\u2013]|\s+for\b)/i;

/**
 * A short form of `given` spoken to in the note ("Bart" or "Barth" of Bartholomew), where it is
 * no part of the note's own people's names (`ours`, folded). Only when the prose has the name's
 * first three letters at all: most notes do not, and then no word need be looked at.
 */
function spokenShortForm(
  prose: string,
  given: string,
  from: number,
  greeted: Span | undefined,
  ours: ReadonlySet<string>,
): Found | null {
  const full = bare(given);
  if (full.length < 4 || !prose.toLowerCase().includes(full.slice(0, 3))) return null;
  const ourParts = [...ours].map(bare);
  for (const word of wordsOf(prose, from)) {
    if (!startsUpper(word.text) || word.text.length < 3 || !MAY_BE_SPOKEN_TO.test(prose.slice(word.end, word.end + 5))) continue;
    const plain = bare(word.text);
    if (plain === full || !full.startsWith(plain) || ourParts.some((part) => part.startsWith(plain))) continue;
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

/**
 * The prose with the company's own name blanked wherever it stands, in full, without its legal
 * form, or cut to two words or more ("Byrne Wallace" of "Byrne Wallace Architects"): a person's
 * name inside it is the firm named after them ("Ó Dálaigh + Partners" with Siobhán Ó Dálaigh on
 * the panel), not that person. Offsets are kept.
 */
export function withoutCompany(prose: string, company: string): string {
  const forms = [...companyNames(company), ...companyShortForms(company).filter((form) => form.includes(' '))];
  const spans: Found[] = [];
  for (const form of forms)
    for (let found = findName(prose, form, 0); found; found = findName(prose, form, found.end)) spans.push(found);
  if (spans.length === 0) return prose;
  spans.sort((a, b) => a.start - b.start);
  let blanked = '';
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const from = Math.max(at, span.start);
    blanked += prose.slice(at, from) + ' '.repeat(span.end - from);
    at = span.end;
  }
  return blanked + prose.slice(at);
}

export const wrongPerson: RuleCheck = (draft, context) => {
  const interview = context.interview;
  if (!interview) return [];
  const hits: Hit[] = [];
  // People are looked for where the company's own name is not (withoutCompany).
  const prose = withoutCompany(draft.prose, interview.company);
  const recipient = recipientOf(context);
  // A greeting of several people is group-note's business; a greeting of one other person is
  // this rule's too, as the note is then plainly someone else's.
  const greeting = greetingOf(draft);
  const from = greeting && greeting.addressees.length > 1 ? greeting.line.end : 0;
  const greeted = greeting?.addressees.length === 1 ? greeting.addressees[0] : undefined;
  const ours = new Set(
    [interview.candidate.name, recipient?.name ?? '', interview.recruiter?.name ?? ''].flatMap(nameWords).map(fold),
  );

  // A contact request names the people it asks about; that is its job, not a slip. A note
  // greeting several people or a group ("Dear Wendell and Bảo,", "Hi all,") is written to the
  // panel: the colleagues it speaks to in turn are its readers, and group-note says so.
  const toPanel =
    greeting !== null && (greeting.addressees.length > 1 || greeting.addressees.some((name) => isGroupWord(name.text)));
  if (recipient?.interviewer && context.kind !== 'contact-request' && !toPanel) {
    for (const person of interview.interviewers) {
      if (fold(person.name) === fold(recipient.name)) continue;
      const first = nameWords(person.name)[0];
      const chosen = chosenName(person.greeting);
      const found =
        findName(prose, person.name, from) ??
        (chosen && !ours.has(fold(chosen)) ? findName(prose, chosen, from) : null) ??
        (first && !ours.has(fold(first)) ? findName(prose, first, from) : null) ??
        findBySurname(prose, person.name, from) ??
        // A given name written last (Mai, of "Tran Thi Mai"), or a surname alone.
        laterPart(prose, person.name, from, ours);
      if (!found) {
        // A short form ("Bart") counts only spoken to: said of someone, it may be anyone.
        const short = first ? spokenShortForm(prose, first, from, greeted, ours) : null;
        if (short)
          hits.push({
            ...short,
            message: MESSAGES.colleagueAddressed(person.name, recipient.name, hadOwnNote(context, person.name)),
          });
        continue;
      }
      // Spoken to, the colleague is the note's reader: a slip. Spoken of, a colleague named in
      // passing is fine ("I was slow passing the punty to Amaka"), unless the line also carries
      // what the candidate discussed with that colleague: then it may be left from their note.
      if (isAddressed(prose, found, greeted)) {
        hits.push({
          ...found,
          message: MESSAGES.colleagueAddressed(person.name, recipient.name, hadOwnNote(context, person.name)),
        });
        continue;
      }
      // The note answering the news may say who told it ("Kwame let me know on Friday"); spoken
      // to, or in any other note, the teller is a colleague like the others.
      if (context.kind === 'not-selected' && interview.toldBy && fold(interview.toldBy) === fold(person.name)) continue;
      // The reader thanked for bringing the two together ("for introducing me to Dr. Qureshi so
      // I could ask about the audit"): the colleague is what the reader did, the note still theirs.
      if (introducedByReader(prose, found.start)) continue;
      const around = lineAround(prose, found);
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
        findName(prose, person.name, from) ??
        findBySurname(prose, person.name, from) ??
        (chosen && !current.has(fold(chosen)) ? findName(prose, chosen, from) : null);
      // A first name alone may be someone else who shares it: a warning. The whole name, a title
      // and surname, or the greeting the candidate used for them is that person.
      const found =
        full ?? (first && !current.has(fold(first)) && !WORDLIKE.has(fold(first)) ? findName(prose, first, from) : null);
      if (found && !hits.some((hit) => hit.start === found.start))
        hits.push({
          ...found,
          ...(full ? {} : { severity: 'warning' as const }),
          message: MESSAGES.otherPerson(person.name, other.company),
        });
    }
  }
  // A firm of the company's shape named where the company belongs: perhaps another note's.
  const people = new Set([...current, ...ours]);
  const signature = signatureOf(draft);
  for (const firm of otherFirms(draft.prose, interview.company, people, signature?.start ?? draft.prose.length)) {
    if (hits.some((hit) => hit.start < firm.end && firm.start < hit.end)) continue;
    hits.push({ ...firm, severity: 'warning', message: MESSAGES.otherFirm(firm.text, interview.company) });
  }
  return hits.sort((a, b) => a.start - b.start);
};

export const id = 'wrong-person';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = wrongPerson;

/** Within its sentence, the reader as the one who introduced the writer to the name at `at`. */
function introducedByReader(prose: string, at: number): boolean {
  // A title's full stop ("Dr. Qureshi") ends no sentence.
  const before = prose.slice(Math.max(0, at - 160), at).replace(/\b(Dr|Mr|Mrs|Ms|Mx|Prof|St)\./g, '$1 ');
  const sentence = before.slice(
    Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1,
  );
  return INTRODUCED.test(sentence);
}

const INTRODUCED =
  /\b(?:you|your|thank\s+you\s+for|thanks\s+for)\b[^.!?\n]{0,80}?\b(?:introduc(?:e|ed|ing)|putting\s+me\s+in\s+touch|put\s+me\s+in\s+touch|connect(?:ed|ing)?\s+me|bringing\s+in|brought\s+in|pass(?:ed|ing)\s+me\s+(?:on|over)|arrang(?:e|ed|ing)\s+for\s+me\s+to\s+(?:meet|see|speak\s+(?:to|with)|talk\s+(?:to|with)))\b(?:\s+me)?(?:\s+(?:to|with))?\s*(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Mx\.?\s+|Prof\.?\s+)?$/i;

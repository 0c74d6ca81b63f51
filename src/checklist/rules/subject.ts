// generic-subject: the subject line is what gets a note opened and found again.
import { startsUpper } from '../chars.js';
import { MESSAGES, subjectExample } from '../messages.js';
import { isCallScript } from './call-script.js';
import { bare, fold, wordsOf } from '../text.js';
import type { Interview } from '../../model/types.js';
import type { RuleCheck } from '../types.js';

/** Thanks (or a follow-up) for the interview itself, in the words people use. */
const THANKS_FOR_INTERVIEW = /\b(?:thanks?|thank[- ]?you|grateful|following[- ]up|follow[- ]up)\b.*\binterview(?:s|ing)?\b/iu;

const THANKS = /\b(?:thanks?|thank[- ]?you|grateful)\b/iu;

/** The words of the people's names: "Thank you, Priya" names a person, not what the note is about. */
function peopleWords(interview: Interview): ReadonlySet<string> {
  const names = [interview.candidate.name, ...interview.interviewers.map((person) => person.name)];
  if (interview.recruiter) names.push(interview.recruiter.name);
  return new Set(names.flatMap((name) => wordsOf(name).map((word) => bare(word.text))));
}

/** Words that say nothing about which interview a note is about. */
const GENERIC = new Set(
  'thank thanks thankyou you following follow followup up checking check in just quick question hi hello hey interview interviews note update status touching touch base again re fw fwd a an the my your our for of and on to from about regarding today yesterday time meeting chat call conversation application candidacy position role job opportunity team greetings hope well info information request'.split(
    ' ',
  ),
);

/**
 * The role for the hint to quote, or undefined when the spelling check found a slip in it: the
 * hint must not teach the user their own typo ("Thank you: Aseptc Services interview").
 */
function hintRole(context: Parameters<RuleCheck>[1]): string | undefined {
  const role = context.interview?.role;
  const slips = context.roleSlips;
  if (role === undefined || slips === undefined || slips.size === 0) return role;
  return wordsOf(role).some((word) => slips.has(fold(word.text))) ? undefined : role;
}

export const genericSubject: RuleCheck = (draft, context) => {
  // A script read on a call has no subject line to get opened by.
  if (draft.subject === null || isCallScript(draft, context)) return [];
  const role = hintRole(context);
  const at = Math.max(draft.subjectStart, 0);
  const subject = draft.subject.trim();
  const plain = subject.replace(/^(?:(?:re|fwd?|aw|sv)\s*:\s*)+/i, '').trim();
  if (plain === '' || /^\(?no subject\)?$/i.test(plain)) {
    return [
      {
        start: at,
        end: at + subject.length,
        message: MESSAGES.emptySubject(subjectExample(role, context.kind)),
      },
    ];
  }
  // A reply to their decision keeps the subject they wrote ("Re: Your application"): it is theirs.
  if (context.kind === 'not-selected' && plain !== subject) return [];
  const words = wordsOf(plain).map((word) => bare(word.text));
  // "Thank you for yesterday's interview" says what the note is: thanks for an interview, from
  // the candidate the reader just met. What reads as generic is a subject that names nothing at
  // all ("Thanks!", "Following up", "Great chat yesterday"), or only the time it was spent.
  if (THANKS_FOR_INTERVIEW.test(plain) || datedInterview(plain) || thanksForTheDay(plain) || asksAboutTheRole(words)) return [];
  if (words.every((word) => GENERIC.has(word) || /^\d+$/.test(word))) {
    return [
      {
        start: at,
        end: at + subject.length,
        message: MESSAGES.genericSubject(subject, subjectExample(role, context.kind)),
      },
    ];
  }
  const interview = context.interview;
  // A follow-up answering in the thread keeps the thank-you's subject: the etiquette asks for
  // that, so only a subject that says nothing at all (above) is worth changing.
  if (interview && !(context.kind === 'follow-up' && plain !== subject)) {
    const names = namingWords(interview);
    // The body's words only when the subject names nothing of the interview: most subjects do.
    // A thank-you with a word of its own ("Thanks for showing me round", "Thanks for the sim
    // session") says what it is for even when it is not the role's word; a name is no such word.
    if (
      names.length > 0 &&
      !(THANKS.test(plain) && words.some((word) => isTopicWord(word) && !peopleWords(interview).has(word))) &&
      !words.some((word) => names.some((name) => sameWord(word, name))) &&
      !signsWithName(words, interview) &&
      !(context.kind === 'contact-request' && words.some((word) => ASKS_FOR_CONTACT.has(word))) &&
      !hasBodyWord(words, bodyWords(draft.prose, at + subject.length)) &&
      !abbreviatesBodyPhrase(plain, draft.prose.slice(Math.min(at + subject.length, draft.prose.length)))
    ) {
      return [{ start: at, end: at + subject.length, message: MESSAGES.subjectWithoutRole(subject, role) }];
    }
  }
  return [];
};

/** What a contact request asks for: a subject naming it says what the note is ("Aylin Demir's e-mail address"). */
const ASKS_FOR_CONTACT = new Set([
  'contact',
  'contacts',
  'address',
  'addresses',
  'email',
  'e-mail',
  'emails',
  'phone',
  'number',
  'numbers',
  'details',
]);

/**
 * The candidate's own name, as people sign a subject ("Thank you - Tomás Ibáñez", "Interview
 * follow-up: Ngozi Adeyemi-Clarke"): the reader finds the note again by it. Their surname, or
 * their whole name; a given name alone could be anyone's.
 */
function signsWithName(words: readonly string[], interview: Interview): boolean {
  const parts = wordsOf(interview.candidate.name.replace(/,.*$/u, '')).map((word) => bare(word.text));
  const surname = parts.length > 1 ? parts.at(-1) : undefined;
  return surname !== undefined && surname.length > 1 && words.includes(surname);
}

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/u;
const WEEKDAYS = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?(?:'s)?$/u;

/**
 * An interview named by its date: "Interview on 30 November", "Re: Monday interview", "Interview
 * - 12/03". The reader had one interview with this candidate that day; the date says which.
 */
function datedInterview(plain: string): boolean {
  const words = wordsOf(plain).map((word) => bare(word.text));
  if (!words.some((word) => /^interview(?:s|ed)?$/u.test(word))) return false;
  return words.some(isDayWord);
}

/** A word that names a day: "yesterday", "Thursday's", "30", "Nov", "11/30". */
function isDayWord(said: string): boolean {
  const word = said.replace(/['\u2019]s$/u, '');
  return DAYS.has(word) || MONTHS.test(word) || WEEKDAYS.test(word) || /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/u.test(word);
}

const DAYS = new Set(['today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening']);

/**
 * Thanks for the day itself, the one the reader spent with the candidate: "Thank you for today",
 * "Thanks for yesterday's visit", "Thank you for this morning". The reader knows what that day
 * was. Thanks for something else that happened on a day ("for the chat on Tuesday") names only
 * a chat, and "Great chat yesterday" thanks for nothing: both still say nothing.
 */
function thanksForTheDay(plain: string): boolean {
  const at = /\b(?:thanks?|thank[- ]?you|grateful)\s+(?:\S+\s+)?for\s+(?:this\s+|last\s+)?/iu.exec(plain);
  const next = at && wordsOf(plain.slice(at.index + at[0].length))[0];
  return next !== null && next !== undefined && isDayWord(bare(next.text));
}

/** What the reader's opening is called when the subject does not give its title. */
const OPENING = new Set(['role', 'position', 'job', 'opening', 'post', 'vacancy', 'vacancies', 'openings', 'roles', 'positions']);

/**
 * A subject that says what it asks or tells about the opening, in a clause of its own:
 * "Checking whether the role is open again", "Still keen on the post". The reader had one
 * opening with this candidate; "Following up on the role" or "Re: position" (nothing but
 * stock words) still say nothing.
 */
function asksAboutTheRole(words: readonly string[]): boolean {
  const at = words.findIndex((word) => OPENING.has(word));
  if (at < 1 || !['the', 'this', 'that', 'your'].includes(words[at - 1]!)) return false;
  return words.some((word) => isTopicWord(word) && !OPENING.has(word) && !CONNECTIVES.has(word));
}

/** Words of a clause that say nothing of what it asks: "checking whether", "about", "regarding". */
const CONNECTIVES = new Set([
  'checking',
  'whether',
  'regarding',
  'about',
  'still',
  'with',
  'from',
  'into',
  'that',
  'this',
  'there',
]);

/**
 * The words that tie a subject to this interview: the role, the company, the team (in an
 * interviewer's title: "Nurse Manager, Cardiac Step-Down"), the strength the candidate brings and
 * what was discussed with anyone on the panel (a name alone does not: "Thank you, Priya" could be
 * about anything). "Thank you: Senior Backend Engineer interview" names the role; "Thanks for the
 * talk on the Kafka migration" names a topic; both are found again in an inbox.
 */
function namingWords(interview: Interview): readonly string[] {
  const sources = [interview.role, interview.company, interview.strength ?? ''];
  for (const person of interview.interviewers) sources.push(...person.topics, person.title);
  return [
    ...new Set(
      sources
        .flatMap((text) => [...wordsOf(text).map((word) => bare(word.text)), ...acronymsOf(text)])
        .filter((word) => word.length > 1 && !GENERIC.has(word) && !FILLER.has(word)),
    ),
  ];
}

/** Small words an acronym skips: "Degree Holder Entry Programme" is DHEP, "Head of Nursing" HN or HoN. */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);

/**
 * The acronyms people write for a name of several capitalised words, each clause apart: "Police
 * Constable, Degree Holder Entry Programme" gives "pc" and "dhep"; "Registered Nurse" gives "rn".
 */
function acronymsOf(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[,;()\u2013\u2014]|\s-\s/u)) {
    const words = clause
      .trim()
      .split(/\s+/u)
      .filter((word) => word !== '' && !ACRONYM_SKIPS.has(word.toLowerCase()));
    if (words.length >= 2 && words.every((word) => startsUpper(word))) out.push(words.map((word) => bare(word)[0]).join(''));
  }
  return out;
}

/** Words that could open any subject: they name no topic even when the body repeats them. */
const FILLER = new Set(
  'great good lovely wonderful nice fantastic amazing enjoyed really very much kind warm today tuesday monday wednesday thursday friday saturday sunday morning afternoon evening week weekend talking speaking chatting visit visiting meeting speaking everything again getting'.split(
    ' ',
  ),
);

/** A subject word that can name what the note is about: four letters or more, not filler. */
function isTopicWord(word: string): boolean {
  return word.length >= 4 && !GENERIC.has(word) && !FILLER.has(word) && !/^\d+$/.test(word);
}

const hasBodyWord = (words: readonly string[], body: ReadonlySet<string>) =>
  words.some((word) => isTopicWord(word) && body.has(word));

/** The body's words, bare: a subject naming what the body talks about ("the Pilates classes") is specific. */
function bodyWords(prose: string, from: number): ReadonlySet<string> {
  return new Set(wordsOf(prose, Math.min(from, prose.length)).map((word) => bare(word.text)));
}

/**
 * One word for another: the same word, its plural, or a short form people write in subjects
 * ("tech" for technician, "admin" for administrator, "mech" for mechanical): at least four
 * letters that begin the longer word.
 */
function sameWord(word: string, name: string): boolean {
  if (word === name) return true;
  const [short, long] = word.length < name.length ? [word, name] : [name, word];
  if (long === `${short}s` || long === `${short}es`) return true;
  if (short.length >= 4 && long.startsWith(short) && !GENERIC.has(short)) return true;
  // Another form of the same word: "nursing" for Nurse, "teaching" for Teacher, "pharmacist" for Pharmacy.
  const a = stemOf(word);
  return a.length >= 4 && a === stemOf(name) && !GENERIC.has(word);
}

/** Endings that make another word of the same stem: "nurs-ing", "teach-er", "pharmac-ist". */
const ENDINGS = ['ings', 'ing', 'ers', 'er', 'ors', 'or', 'ists', 'ist', 'ians', 'ian', 'ies', 'ied', 'ed', 'es', 's', 'e', 'y'];

function stemOf(word: string): string {
  for (const ending of ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= 4) return word.slice(0, -ending.length);
  return word;
}

/**
 * A subject that abbreviates what the body spells out names a topic: "The RLA" over a note about
 * "the risk-limiting audit", "PPE fit test" over "personal protective equipment". People shorten
 * the thing they came to talk about, and the reader knows the short form. The initials (three or
 * more: two letters match by chance) must run through consecutive words of one clause of the
 * body; an acronym the body never spells out ("The XYZ") still says nothing to find the note by.
 */
function abbreviatesBodyPhrase(subject: string, body: string): boolean {
  const acronyms = (subject.match(/\b\p{Lu}{3,6}s?\b/gu) ?? []).map((word) => word.replace(/s$/u, '').toLowerCase());
  if (acronyms.length === 0) return false;
  const clauses = body.split(/[.,;:!?()\u2013\u2014\n]+/u).map((clause) =>
    clause
      .split(/[\s\-/\u2010\u2011]+/u)
      .map((word) => bare(word).replace(/^[^\p{L}\p{N}]+/u, ''))
      .filter((word) => word.length >= 2 && !ACRONYM_SKIPS.has(word))
      .map((word) => word[0])
      .join(''),
  );
  return acronyms.some((acronym) => acronym.length >= 3 && clauses.some((initials) => initials.includes(acronym)));
}

// Harper's word-for-word swaps that mistake a sentence's opening subject for something else.
// It asks for "their" in "Fairness there matters" and "The people there matter", reading "there
// matters" as a possessive and its noun; there, "there" is the place, after the subject and
// before its verb. "Their" belongs where a noun phrase may start after a verb, a preposition or a
// pronoun ("I met there team", "thanks for showing me there process", "how there team works"); a
// noun phrase opening the sentence is no such place. Likewise "where" for "were" in "The cloth
// passes were a pleasure": after a plural subject, "were" is its verb.
import type { RawLint } from './harper-map.js';

/**
 * Words after which "their" may start a noun phrase: pronouns and the words of questions, the
 * prepositions, and the commonest verbs that take an object without an -ed or -ing ending.
 */
const TAKES_A_NOUN = new Set(
  [
    'i we you they he she it me us them him her who how what when where why which whose that this',
    'about above across after against along among around at before behind below beside between beyond by despite during for from in inside into like near of off on onto over past per since through throughout to toward towards under until upon with within without',
    'saw see met meet made make took take gave give got get knew know heard hear found find thought felt left kept told brought bought built ran run read won wrote join thank thanks love like enjoy admire appreciate visit value respect',
    'and or but so than as if because while though although whether all both',
  ]
    .join(' ')
    .split(' '),
);

/** What opens a clause before the subject: the start of the text, a sentence's end, a colon or a semicolon. */
const CLAUSE_START = /[.!?;:\n]/u;

/**
 * Whether one to three words open the clause before `at`, none a word after which a noun phrase
 * may start (TAKES_A_NOUN) nor a verb in -ed or -ing ("Loved there office", "Meeting there team"):
 * the clause's subject, and nothing else, stands before it.
 */
function followsOpeningSubject(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  let from = before.length;
  while (from > 0 && !CLAUSE_START.test(before[from - 1]!)) from -= 1;
  const words = before.slice(from).match(/[\p{L}'\u2019-]+/gu) ?? [];
  if (words.length === 0 || words.length > 3 || /,/u.test(before.slice(from))) return false;
  return words.every((word) => {
    const lower = word.toLowerCase().replace(/\u2019/gu, "'");
    return !TAKES_A_NOUN.has(lower) && !/(?:ed|ing)$/u.test(lower);
  });
}

/** Whether Harper's "their" for "there" falls on the place after a sentence's subject (followsOpeningSubject). */
export function isThereAfterSubject(text: string, lint: RawLint): boolean {
  return lint.rule === 'ThereToTheir' && lint.problem.toLowerCase() === 'there' && followsOpeningSubject(text, lint.start);
}

/** Subject pronouns: "The rooms were we met" wants "where" before one. */
const SUBJECT_PRONOUN = /^\s+(?:i|we|you|they|he|she|it)\b/iu;

/** A word that may be a plural noun: an "s" after another letter, none of the small words in -s. */
function isPluralWord(word: string | undefined): boolean {
  if (!word || !/[^s']s$/u.test(word)) return false;
  return !/^(?:is|was|has|does|goes|this|thus|us|its|his|hers|ours|yours|theirs)$/u.test(word);
}

/** Prepositions that open a phrase inside a subject: "Your questions on record keeping were". */
const SUBJECT_PREPOSITIONS = new Set(
  'of on about in for with from at around during over under between behind across into'.split(' '),
);

/**
 * Whether the clause before `at` is a plural subject with a phrase on it: one to three words
 * ending in a plural noun, none a word a noun phrase follows or a verb in -ed or -ing (as in
 * followsOpeningSubject), then a preposition and one to four words, no comma ("Your questions
 * on F-Gas record keeping", "The talks about the rota").
 */
function isPluralSubjectWithPhrase(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  let from = before.length;
  while (from > 0 && !CLAUSE_START.test(before[from - 1]!)) from -= 1;
  if (/,/u.test(before.slice(from))) return false;
  const words = (before.slice(from).match(/[\p{L}'\u2019-]+/gu) ?? []).map((word) => word.toLowerCase().replace(/\u2019/gu, "'"));
  const preposition = words.findIndex((word) => SUBJECT_PREPOSITIONS.has(word));
  const after = words.length - preposition - 1;
  if (preposition < 1 || preposition > 3 || after < 1 || after > 4 || !isPluralWord(words[preposition - 1])) return false;
  return words.slice(0, preposition).every((word) => !TAKES_A_NOUN.has(word) && !/(?:ed|ing)$/u.test(word));
}

/**
 * Whether Harper's "where" for "were" falls on the verb of a plural subject that opens the
 * sentence ("The cloth passes were a pleasure", "Your questions on record keeping were the
 * hardest"). After a singular noun ("The place were we met") or before a subject pronoun ("The
 * rooms were we met") the lint stands.
 */
export function isWereAfterPluralSubject(text: string, lint: RawLint): boolean {
  if (lint.rule !== 'WereWhere' || lint.problem.toLowerCase() !== 'were') return false;
  if (SUBJECT_PRONOUN.test(text.slice(lint.end, lint.end + 8))) return false;
  if (isPluralSubjectWithPhrase(text, lint.start)) return true;
  const last = /([\p{L}'\u2019]+)\s+$/u.exec(text.slice(Math.max(0, lint.start - 40), lint.start))?.[1]?.toLowerCase();
  return isPluralWord(last) && followsOpeningSubject(text, lint.start);
}

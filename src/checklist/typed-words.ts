// What the candidate typed about an interview (topics, details, additions, the strength): its
// names are known words (knownWordsFor), its ordinary words are read by Harper, and a lint on one
// of those is kept only when it is a plain slip. Apart from known-words.ts, as the lint worker's
// bundle reaches this file through harper-map.ts and needs none of the word lists.
import type { RawLint } from './harper-map.js';
import { SPLIT_WORDS } from './harper-rules.js';
import { editDistance, fold, wordsOf } from './text.js';
import type { CheckContext } from './types.js';

/**
 * Whether a word of free text the candidate typed (a topic, a detail, a strength) is a name, a
 * brand or an acronym, taken as given: it has a capital ("Kafka", "OTA", "iOS"; the first word
 * one past its first letter, as any sentence opens with a capital) or a digit ("K8s").
 */
const isNameLike = (word: string, index: number) => /\p{Lu}/u.test(index === 0 ? word.slice(1) : word) || /\d/u.test(word);

/** The words of typed free text that are names, brands or acronyms (isNameLike), as one phrase. */
export function namesIn(text: string, nameLike: (word: string, index: number) => boolean = isNameLike): string {
  return wordsOf(text)
    .filter((word, index) => nameLike(word.text, index))
    .map((word) => word.text)
    .join(' ');
}

/**
 * The company and role as typed at their questions, each with what marks a name in it. A
 * company's capitalized words are its name ("Hollis Crane Outfitters"), as a topic's are; a role
 * is written in title case, so there only an acronym, an inner capital or a digit marks a name
 * ("AWS", "iOS", "K8s") and its other words are read like a topic's ordinary words: a slip such
 * as "Distrcit" is reported, not trusted in every note that repeats the role. Nor is an inner
 * capital a name in two words run together (joinedIn): "ManagerApiary".
 */
export function typedFields(context: CheckContext): Array<readonly [string, (word: string, index: number) => boolean]> {
  const interview = context.interview;
  if (!interview) return [];
  const joined = joinedIn(interview.role);
  return [
    [interview.company, (word) => isNameLike(word, 1)],
    [interview.role, (word) => isNameLike(word, 0) && !joined.has(word)],
  ];
}

/** The free text the candidate typed about this interview: topics, details, additions, the strength. */
export function typedText(context: CheckContext): string[] {
  const interview = context.interview;
  if (!interview) return [];
  const texts = interview.strength ? [interview.strength] : [];
  for (const person of interview.interviewers) {
    texts.push(...person.topics);
    for (const extra of [person.detail, person.addition]) if (extra) texts.push(extra);
  }
  return texts;
}

/**
 * The ordinary words of what the candidate typed (isNameLike ones aside), folded. They are no
 * known words: Harper reads them, so a slip typed once in a topic ("food cost targts") is
 * reported in every note that quotes it. Harper's distance test (isFarFromEveryWord) would also
 * report a cook's "romesco", "brunoise" or "tuile" (measured), so isTypedTerm keeps only plain
 * slips among these words.
 */
export function typedWordsFor(context: CheckContext): ReadonlySet<string> {
  const words = new Set<string>();
  const pieces = [...typedText(context).map((text) => [text, isNameLike] as const), ...typedFields(context)];
  for (const [text, nameLike] of pieces)
    for (const [index, word] of wordsOf(text.replace(/\u2019/g, "'")).entries())
      if (!nameLike(word.text, index))
        for (const part of word.text.replace(/'s$/u, '').split(/[-/]/)) if (part !== '') words.add(fold(part));
  return words;
}

/**
 * The names and terms in the free text the candidate typed (topics, details, additions), folded.
 * A note's word a slip away from one of them may be the right spelling of a slip typed there
 * ("Humber" in the note, "Humbrer" in the detail): harper-map.ts says so instead of taking the
 * answer's spelling as the right one.
 */
export function answerNamesFor(context: CheckContext): ReadonlySet<string> {
  const words = new Set<string>();
  for (const text of typedText(context))
    for (const word of wordsOf(namesIn(text).replace(/\u2019/g, "'"))) words.add(fold(word.text.replace(/'s$/u, '')));
  return words;
}

/**
 * The ordinary words of the role as saved (typedFields reads which are names), folded. A slip in
 * one is a slip in every note that names the role, so it is reported wherever it stands, even
 * where a capital would otherwise pass it for a name ("for the Lead Pharmacist, Aseptc Services
 * role"), and the message sends the user to the Role answer (harper-map.ts).
 */
export function roleWordsFor(context: CheckContext): ReadonlySet<string> {
  const words = new Set<string>();
  const role = typedFields(context)[1];
  if (!role) return words;
  const [text, nameLike] = role;
  for (const [index, word] of wordsOf(text.replace(/\u2019/g, "'")).entries())
    if (!nameLike(word.text, index)) for (const part of word.text.split(/[-/]/)) if (part !== '') words.add(fold(part));
  return words;
}

/**
 * The words a word of the role is made of when two or more were typed without the space between
 * them ("ManagerApiary", a slip while pasting "Apiary Manager"), split where a lower-case letter
 * meets a capital; null for any other word. Each piece is a capital and at least two lower-case
 * letters, as the words of a title are: "McDonald", "DeShawn", "iPhone", "LaTeX" and "OpenAI"
 * have a shorter piece or one in capitals, and are names. Whether the pieces are words and the
 * whole is none ("JavaScript" is one) only Harper knows: spell.ts asks it (joinedRoleWords).
 */
export function runTogetherParts(word: string): readonly string[] | null {
  const parts = word.replace(/['\u2019]s$/u, '').split(/(?<=\p{Ll})(?=\p{Lu})/u);
  return parts.length > 1 && parts.every((part) => /^\p{Lu}\p{Ll}{2,}$/u.test(part)) ? parts : null;
}

/**
 * The words of a role that look like two of its words typed as one (runTogetherParts) where a
 * slip is likelier than a product's name: a piece also stands alone in the role ("Commercial
 * Apiary ManagerApiary Manager", a paste gone wrong), or the word ends the role, where its job
 * stands ("Senior StaffPharmacist"). "HubSpot Administrator" and "ServiceNow Developer" name
 * the product the job is about, before the job, and are names.
 */
function joinedIn(role: string): ReadonlySet<string> {
  const words = wordsOf(role).map((word) => word.text);
  const alone = new Set(words.map(fold));
  return new Set(
    words.filter((word, index) => {
      const parts = runTogetherParts(word);
      return parts !== null && (index === words.length - 1 || parts.some((part) => alone.has(fold(part))));
    }),
  );
}

const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;

/** The run-together words of the role (runTogetherParts) that `text` holds, once each, split. */
export function joinedRoleWords(text: string, role: ReadonlySet<string> | undefined): ReadonlyArray<readonly string[]> {
  if (role === undefined || role.size === 0) return [];
  const found = new Map<string, readonly string[]>();
  for (const [word] of text.matchAll(/\p{L}+(?:['\u2019]s)?/gu)) {
    // Only a small letter before a capital splits a word (runTogetherParts): most words of a long
    // draft have none, and are passed over without the split.
    if (!LOWER_THEN_UPPER.test(word)) continue;
    const parts = runTogetherParts(word);
    const key = fold(word.replace(/['\u2019]s$/u, ''));
    if (parts !== null && role.has(key) && !found.has(key)) found.set(key, parts);
  }
  return [...found.values()];
}

/** Endings that make another form of one word: "bowing" and "bowings", "extruded" and "extruder". */
const ENDINGS = new Set(['', 's', 'es', 'd', 'ed', 'r', 'er', 'rs', 'ers', 'ing', 'ings', 'n', 'ns']);

/** The endings of a word's own forms, a plural or a tense ("tunings" of "tuning"), as against a word made from it ("extruder"). */
const INFLECTIONS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'ings']);

/** Whether `word` and `other` are one word with two endings (of `endings`), not a slip of one for the other. */
function isOtherEnding(word: string, other: string, endings: ReadonlySet<string> = ENDINGS): boolean {
  let stem = 0;
  while (stem < word.length && word[stem] === other[stem]) stem += 1;
  return stem >= 4 && endings.has(word.slice(stem)) && endings.has(other.slice(stem));
}

/**
 * Whether `word` is a slip of `offered` the way fingers make one: a letter left out or typed
 * twice ("targts", "menuu"), or two swapped ("recieve"). One letter for another makes another
 * real-looking word as often as a slip ("multistate" for Harper's "multistage"), so it is not one;
 * nor is another letter more, which is how a term sits by a word ("frazil" by "frail").
 */
function isTypingSlip(word: string, offered: string): boolean {
  if (editDistance(word, offered, 2) > 1) return false;
  if (word.length === offered.length + 1)
    return [...word].some(
      (letter, at) => at > 0 && letter === word[at - 1] && word.slice(0, at) + word.slice(at + 1) === offered,
    );
  return word.length !== offered.length || [...word].sort().join('') === [...offered].sort().join('');
}

/**
 * Whether `word` is `offered` with one of its letters left out ("targts", "Enginer"), not at its
 * end: "lidar" is no slip of "lidars", but the word another ending makes.
 */
function isLetterLeftOut(word: string, offered: string): boolean {
  return [...offered].length === [...word].length + 1 && !offered.startsWith(word) && editDistance(word, offered, 2) === 1;
}

/**
 * True when a Harper lint is on a word the candidate typed (typedWordsFor) that is no plain slip,
 * and so is taken as their term of the trade. A plain slip has six letters or more and is a
 * typing slip (isTypingSlip) of a word Harper offers ("targts" for "targets"; a letter left out
 * of one, "Enginer" for "Engineer", even where the rest reads as another ending of another offer,
 * "engine"); "romesco" (two edits from "romeo"), "tuile", "bao", "extruder" (for "extruded") and
 * "upselling" are terms.
 */
export function isTypedTerm(lint: RawLint, typed: ReadonlySet<string> | undefined): boolean {
  if (!typed) return false;
  const word = fold(lint.problem).replace(/'s$/u, '');
  if (!typed.has(word)) return false;
  // Harper would split "upselling" into "up selling": as typed, it is the candidate's word.
  if (lint.rule === SPLIT_WORDS) return true;
  const offered = lint.suggestions.map((suggestion) => fold(suggestion.trim()).replace(/'s$/u, ''));
  if ([...word].length < 6) return true;
  // A plural or a tense of a word Harper offers is that word ("tunings" of "tuning"), even
  // beside an offer a letter longer ("turnings").
  if (offered.some((other) => isOtherEnding(word, other, INFLECTIONS))) return true;
  // A letter left out of a word Harper offers is the commonest slip of all, and it wins over
  // reading the rest as a word made from another: "Enginer" is "Engineer" short of an e, not
  // "engine" with an r.
  if (offered.some((other) => isLetterLeftOut(word, other))) return false;
  // Another ending of a word Harper offers is that word ("bowings" of "bowing"), even where
  // another offer is a letter away ("boings").
  if (offered.some((other) => isOtherEnding(word, other))) return true;
  return !offered.some((other) => isTypingSlip(word, other));
}

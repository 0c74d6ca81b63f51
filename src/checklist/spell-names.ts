// Which words Harper does not know are names: a capitalised word inside a sentence ("my colleague
// Paulo"), after a title ("Dr. Okafor"), alone on a greeting line, or opening a sentence the way
// a name does ("Hamid and Farzana were kind", "Tomasz's crew", a word the note also writes as a
// name elsewhere). A typo that opens a sentence ("Realy great day", "Thansk for") does none of
// these, and is still read as a typo.
import type { RawLint } from './harper-map.js';
import { ruleFor } from './harper-rules.js';

// "Priya", "Priya's": one capital, then lower case. "TEH", "iPhone" and "Kafak" at a sentence's
// start are still checked.
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:['\u2019]s)?$/u;

/** Titles and initials before a surname whose full stop ends no sentence: "Mr. Okafor", "Prof. Ruiz", "E. Asare". */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Fr|Sr|Sra|Jr|St|Capt|Sgt|Lt|Col|Gen|Hon|Mme|Mlle|Messrs|\p{Lu})\.[ \t]+$/u;

/** How far back a sentence's opening is looked for: enough for a paragraph break or a title. */
const LOOK_BACK = 120;

/** Whether `start` opens a sentence: the text's start, a paragraph's, or after . ! ? (and a closing quote). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  if (TITLE_BEFORE.test(before)) return false;
  return before.trim() === '' || /\n[ \t]*\n\s*$/u.test(before) || /[.!?]["'\u201d\u2019)]?\s+$/u.test(before);
}

/** The longest line read around a lint: a greeting or a subject line is shorter, and a long draft costs each lint the same. */
const LINE_CHARS = 300;

/** The line around a lint, or as much of it as LINE_CHARS each side: its text before and after the lint. */
function lineAround(text: string, lint: RawLint): { readonly before: string; readonly after: string; readonly whole: boolean } {
  const from = Math.max(0, lint.start - LINE_CHARS);
  const back = text.slice(from, lint.start);
  const newline = back.lastIndexOf('\n');
  const ahead = text.slice(lint.end, lint.end + LINE_CHARS);
  const next = ahead.indexOf('\n');
  return {
    before: newline === -1 ? back : back.slice(newline + 1),
    after: next === -1 ? ahead : ahead.slice(0, next),
    whole: (newline !== -1 || from === 0) && (next !== -1 || lint.end + LINE_CHARS >= text.length),
  };
}

/** A salutation line that is only the name: "Priya,". */
function isSalutationLine(text: string, lint: RawLint): boolean {
  const line = lineAround(text, lint);
  return line.whole && /^\s*$/u.test(line.before) && /^\s*,?\s*$/u.test(line.after);
}

/** A subject written in title case ("Thnak You for the Interview"), where a capital says nothing. */
function inTitleCaseSubject(text: string, lint: RawLint): boolean {
  const around = lineAround(text, lint);
  const line = around.before + lint.problem + around.after;
  if (!/^subject:/iu.test(line)) return false;
  const long = line.slice(8).match(/\p{L}{4,}/gu) ?? [];
  return long.filter((word) => /^\p{Lu}/u.test(word)).length * 5 >= long.length * 3;
}

/** Words that start a title-case line ("Thnak You For ...") and never a surname. */
const NOT_SURNAMES = new Set('you your for the and to of a an in on at with from my our i we it this that is am are'.split(' '));

/**
 * A sentence that opens the way a name does: with a first name and a surname ("Paulo Reyes, who
 * runs the stockroom"), with two people ("Hamid and Farzana were kind", "Kirsty & Siobhan"), or
 * with a possessive ("Tomasz's crew"): an adverb or a verb mistyped at a sentence's start takes
 * none of these.
 */
function opensLikeName(text: string, lint: RawLint): boolean {
  if (/['\u2019]s$/u.test(lint.problem)) return true;
  const after = text.slice(lint.end, lint.end + 40);
  const next = /^[ \t]+(?:(?:and|&|or)[ \t]+)?(\p{Lu}\p{Ll}+)\b/u.exec(after)?.[1];
  return next !== undefined && !NOT_SURNAMES.has(next.toLowerCase());
}

/** Capitalised words the text writes inside a sentence, after a small letter, a digit or a comma: "met Tomasz", "with Ngozi". */
function namesInsideSentences(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/[\p{Ll}\p{N},;] +(\p{Lu}\p{Ll}+)/gu)) names.add(match[1]!);
  return names;
}

/**
 * For one text, whether a spelling lint falls on what is probably a person's or place's name.
 * The capitalised words inside its sentences are gathered once, on the first lint that needs
 * them, in one pass over the text.
 */
export function nameGuesser(text: string): (lint: RawLint) => boolean {
  let inside: ReadonlySet<string> | undefined;
  return (lint) => {
    if (ruleFor(lint) !== 'spelling' || !NAME_SHAPE.test(lint.problem) || inTitleCaseSubject(text, lint)) return false;
    if (!opensSentence(text, lint.start) || isSalutationLine(text, lint) || opensLikeName(text, lint)) return true;
    inside ??= namesInsideSentences(text);
    return inside.has(lint.problem.replace(/['\u2019]s$/u, ''));
  };
}

/** A spelling lint on what is probably a person's or place's name (see nameGuesser). */
export function isNameGuess(text: string, lint: RawLint): boolean {
  return nameGuesser(text)(lint);
}

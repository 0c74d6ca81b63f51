// group-note: one note for several people. Each interviewer gets their own note.
import { greetingOf, hadOwnNote, isGroupWord, recipientOf } from '../people.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import { fold, nameParts, type Span } from '../text.js';
import { isRoleWord } from '../titles.js';
import type { CheckContext, Draft, Hit, RuleCheck } from '../types.js';

/**
 * "you" said to more than one person: "both of you", "each of you", "the three of you", "you
 * both", "you all", "you two", "y'all". Numbers and "all" may also begin a noun phrase after
 * "you" ("give you two examples", "wish you all the best"), so those are checked for what follows.
 */
const PLURAL_YOU =
  /\b(?:(?:both|all|each|either|neither|any|all\s+(?:two|three|four)|the\s+(?:two|three|four))\s+of\s+you(?![a-z])|you\s+(?:both|all|two|three|four)(?![a-z])|y['\u2019]all\b)/gi;

/** Words that open a noun phrase: after "you all" or "you both" they make "all" or "both" its determiner. */
const DETERMINERS = new Set(
  'the a an my your our their his her its this that these those every each some any such kinds sorts manner more'.split(' '),
);

/** The next word after `end`, lower case, or '' at a mark or the end. */
function nextWord(prose: string, end: number): string {
  const after = /^[ \t]*([A-Za-z'\u2019]+)/.exec(prose.slice(end, end + 40));
  return after ? after[1]!.toLowerCase() : '';
}

/** True when the match addresses several readers, not a noun phrase that starts with a number or "all". */
function addressesSeveral(prose: string, match: RegExpExecArray): boolean {
  const words = match[0].toLowerCase().split(/\s+/);
  if (words[0] !== 'you' || words.length !== 2) return true;
  const next = nextWord(prose, match.index + match[0].length);
  if (words[1] === 'two' || words[1] === 'three' || words[1] === 'four') return next === '' || next === 'for' || next === 'again';
  // "I sent you both documents": a plural noun after "both" makes it a determiner.
  if (words[1] === 'both' && /[^s]s$/.test(next) && next !== 'is' && next !== 'was' && next !== 'has' && next !== 'does')
    return false;
  // "send you all of my notes" is everything, not everyone.
  if (words[1] === 'all' && next === 'of') return false;
  return !DETERMINERS.has(next);
}

function firstPluralYou(prose: string): RegExpExecArray | null {
  PLURAL_YOU.lastIndex = 0;
  for (let match = PLURAL_YOU.exec(prose); match; match = PLURAL_YOU.exec(prose)) {
    if (addressesSeveral(prose, match)) return match;
  }
  return null;
}

/**
 * Two names joined by a comma alone ("Dear Sam, Greetings!") may be a name and a word: sure only
 * when the second is someone the interview knows. "and", "&", "+" or a third name are sure.
 */
function isSureGroup(draft: Draft, names: readonly Span[], context: CheckContext): boolean {
  if (names.length >= 3) return true;
  const joint = draft.text.slice(names[0]!.end, names[1]!.start);
  if (/\band\b|[&+]/iu.test(joint)) return true;
  const interview = context.interview;
  const known = new Set(
    [...(interview?.interviewers.map((person) => person.name) ?? []), interview?.recruiter?.name ?? '']
      .flatMap(nameParts)
      .map(fold),
  );
  return nameParts(names[1]!.text).some((part) => known.has(fold(part)));
}

/**
 * The interviewers greeted beside the recipient whose own note of this kind is already on record
 * as sent (src/checklist/people.ts, hadOwnNote): the hint must not ask for theirs again.
 */
function alreadyWritten(names: readonly Span[], context: CheckContext, recipient: string | undefined): string[] {
  const people = context.interview?.interviewers ?? [];
  return people
    .filter((person) => person.name !== recipient && hadOwnNote(context, person.name))
    .filter((person) => {
      // Titles ("Dr.") name nobody in particular.
      const parts = new Set(
        [...nameParts(person.name), ...nameParts(person.greeting ?? '')].filter((part) => !isRoleWord(part)).map(fold),
      );
      return names.some((name) => nameParts(name.text).some((part) => parts.has(fold(part))));
    })
    .map((person) => person.name);
}

export const groupNote: RuleCheck = (draft, context) => {
  const hits: Hit[] = [];
  const greeting = greetingOf(draft);
  if (greeting) {
    const names = greeting.addressees;
    const group = names.find((name) => isGroupWord(name.text));
    if (names.length >= 2 || group) {
      const first = group ?? names[0]!;
      const last = names[names.length - 1]!;
      const who = group ? `"${group.text}"` : names.map((name) => name.text).join(' and ');
      const recipient = recipientOf(context);
      hits.push({
        start: group ? group.start : first.start,
        end: group ? group.end : last.end,
        ...(group || isSureGroup(draft, names, context) ? {} : { severity: 'warning' as const }),
        message: MESSAGES.groupGreeting(who, group ? [] : alreadyWritten(names, context, recipient?.name), recipient?.name),
      });
    }
  }
  // A plural "you" in the body is broader evidence: the reader's team may be meant ("a gift to
  // all of you"). One is enough to make the point; report the first, as a warning.
  const match = hits.length ? null : firstPluralYou(draft.prose);
  if (match)
    hits.push({
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warning',
      message: MESSAGES.groupBody(match[0]),
    });
  return hits;
};

export const id = 'group-note';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = groupNote;

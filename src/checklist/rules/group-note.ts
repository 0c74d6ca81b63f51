// group-note: one note for several people. Each interviewer gets their own note.
import { firstWholeWord, wordPattern } from '../chars.js';
import { greetingOf, isGroupWord } from '../people.js';
import { phrasePattern } from '../text.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import type { Hit, RuleCheck } from '../types.js';

const GROUP_PHRASES = [
  'each of you',
  'all of you',
  'both of you',
  'you both',
  'you all',
  "y'all",
  'all three of you',
  'all four of you',
  'the two of you',
  'the three of you',
];
const PATTERN = new RegExp(wordPattern(GROUP_PHRASES.map((phrase) => `(?:${phrasePattern(phrase)})`).join('|')), 'gi');

export const groupNote: RuleCheck = (draft) => {
  const hits: Hit[] = [];
  const greeting = greetingOf(draft);
  if (greeting) {
    const names = greeting.addressees;
    const group = names.find((name) => isGroupWord(name.text));
    if (names.length >= 2 || group) {
      const first = group ?? names[0]!;
      const last = names[names.length - 1]!;
      const who = group ? `"${group.text}"` : names.map((name) => name.text).join(' and ');
      hits.push({
        start: group ? group.start : first.start,
        end: group ? group.end : last.end,
        message: MESSAGES.groupGreeting(who),
      });
    }
  }
  // One body phrase is enough to make the point; report the first.
  const match = hits.length ? null : firstWholeWord(PATTERN, draft.prose);
  if (match) hits.push({ start: match.index, end: match.index + match[0].length, message: MESSAGES.groupBody(match[0]) });
  return hits;
};

export const id = 'group-note';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = groupNote;

// The words spelling must accept for this note: people's names and their possessives, the
// company, the role, the topics, and the shipped tech and trade words.
import { TECH_WORDS } from './tech-words.js';
import { TRADE_LEXICON } from './trade-lexicon.js';
import { CREDENTIALS } from './trade-words.js';
import type { CheckContext } from './types.js';
import { wordsOf } from './text.js';

/**
 * The word and its possessive, with a straight apostrophe only: Harper matches "Priya's" and
 * "Priya’s" from the straight form, and importing the curly one as well breaks both (measured).
 */
function withPossessives(word: string): string[] {
  return /s$/u.test(word) ? [word, `${word}'`, `${word}'s`] : [word, `${word}'s`];
}

export function knownWordsFor(context: CheckContext): string[] {
  const interview = context.interview;
  const phrases: string[] = [];
  if (context.to) phrases.push(context.to);
  if (interview) {
    phrases.push(interview.candidate.name, interview.company, interview.role);
    // Everything the candidate typed about this interview is its vocabulary: a strength ("ten
    // years on telemetry"), a signature line, what they would add, how they greet someone.
    for (const extra of [interview.candidate.signature, interview.strength, interview.toldBy, interview.recruiter?.name])
      if (extra) phrases.push(extra);
    for (const person of interview.interviewers) {
      phrases.push(person.name, person.title, ...person.topics);
      for (const extra of [person.detail, person.greeting, person.addition]) if (extra) phrases.push(extra);
    }
  }
  const words = new Set<string>([...TECH_WORDS, ...CREDENTIALS, ...TRADE_LEXICON]);
  for (const phrase of phrases) {
    for (const word of wordsOf(phrase.replace(/\u2019/g, "'"))) {
      for (const form of withPossessives(word.text.replace(/'s$/u, ''))) words.add(form);
      // "Raghunathan-Iyer" is also written as its parts.
      for (const part of word.text.split(/[-/]/)) if (part.length > 1) words.add(part);
    }
  }
  return [...words];
}

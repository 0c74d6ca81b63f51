// The words spelling must accept for this note: people's names and their possessives, the
// company, the role, the names in what the candidate typed, and the shipped tech and trade
// words; and the ordinary words the candidate typed, which Harper still reads.
import { plainForm } from './chars.js';
import { TECH_WORDS } from './tech-words.js';
import { TRADE_LEXICON } from './trade-lexicon.js';
import { CREDENTIALS } from './trade-words.js';
import type { CheckContext } from './types.js';
import { wordsOf } from './text.js';
import { namesIn, typedFields, typedText } from './typed-words.js';

export { answerNamesFor, roleWordsFor, typedWordsFor } from './typed-words.js';

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
    // The company and role only by their names: their other words are read (typedFields).
    phrases.push(interview.candidate.name, ...typedFields(context).map(([text, nameLike]) => namesIn(text, nameLike)));
    // What the candidate typed about someone is names as given (a signature line, the name they
    // greet someone by, who told them the news) or free text whose names and terms are kept.
    for (const extra of [interview.candidate.signature, interview.toldBy, interview.recruiter?.name])
      if (extra) phrases.push(extra);
    for (const person of interview.interviewers) {
      phrases.push(person.name, person.title);
      if (person.greeting) phrases.push(person.greeting);
    }
    phrases.push(...typedText(context).map((text) => namesIn(text)));
  }
  const words = new Set<string>([...TECH_WORDS, ...CREDENTIALS, ...TRADE_LEXICON]);
  for (const phrase of phrases) {
    for (const word of wordsOf(phrase.replace(/\u2019/g, "'"))) {
      const plain = word.text.replace(/'s$/u, '');
      for (const form of withPossessives(plain)) words.add(form);
      // A name typed without its marks ("Yildiz" for Yıldız, "Wrobel" for Wróbel) is no
      // misspelling; name-mismatch still asks for the marks in a greeting.
      if (/[^\p{ASCII}]/u.test(plain)) for (const form of withPossessives(plainForm(plain))) words.add(form);
      // "Raghunathan-Iyer" is also written as its parts.
      for (const part of word.text.split(/[-/]/)) if (part.length > 1) words.add(part);
    }
  }
  return [...words];
}

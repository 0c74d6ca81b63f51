// Blanks what the interview itself says (topics, company, role) out of the prose before the
// phrase rules run, so "urgent incident response" as a topic is not impatience and "cookie
// consent" is not a gift. Blanking keeps every offset where it was.
import type { CheckContext } from './types.js';
import { phraseRegExp } from './text.js';

export function contextPhrases(context: CheckContext): string[] {
  const interview = context.interview;
  if (!interview) return [];
  const phrases = [interview.company, interview.role];
  for (const person of interview.interviewers) {
    phrases.push(...person.topics);
    if (person.detail) phrases.push(person.detail);
  }
  return phrases.filter((phrase) => phrase.trim().length > 0);
}

export function maskPhrases(prose: string, phrases: readonly string[]): string {
  let out = prose;
  for (const phrase of phrases) {
    out = out.replace(phraseRegExp(phrase), (found) => found.replace(/[^\r\n]/g, ' '));
  }
  return out;
}

// Blanks what the interview itself says (topics, company, role) out of the prose before the
// phrase rules run, so "urgent incident response" as a topic is not impatience and "cookie
// consent" is not a gift. Blanking keeps every offset where it was.
import type { CheckContext } from './types.js';
import { wholeWordMatches, wordPattern } from './chars.js';
import { phrasePattern } from './text.js';

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

// Four rules mask the same prose with the same phrases: the last answer is kept.
let lastMasked: { prose: string; key: string; masked: string } | null = null;

export function maskPhrases(prose: string, phrases: readonly string[]): string {
  if (phrases.length === 0) return prose;
  const key = phrases.join('\u0000');
  if (lastMasked?.prose === prose && lastMasked.key === key) return lastMasked.masked;
  const masked = maskWith(prose, phrases);
  lastMasked = { prose, key, masked };
  return masked;
}

function maskWith(prose: string, phrases: readonly string[]): string {
  let masked = '';
  let at = 0;
  for (const match of wholeWordMatches(maskPattern(phrases), prose)) {
    masked += prose.slice(at, match.index) + match[0].replace(/[^\r\n]/g, ' ');
    at = match.index + match[0].length;
  }
  return at === 0 ? prose : masked + prose.slice(at);
}

// One combined pattern (longest phrase first, so it wins an overlap), remembered for the last
// context: several rules mask the same phrases.
let cached: { key: string; pattern: RegExp } | null = null;

function maskPattern(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  if (cached?.key !== key) {
    const bodies = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => phrasePattern(phrase));
    cached = { key, pattern: new RegExp(wordPattern(bodies.map((body) => `(?:${body})`).join('|')), 'gi') };
  }
  cached.pattern.lastIndex = 0;
  return cached.pattern;
}

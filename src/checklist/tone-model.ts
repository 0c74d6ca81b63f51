// A small trained sentence scorer for the tone rules (scripts/train-tone.mjs trains it): the
// features of one sentence, and its score under a table of weights. The words of the people in
// the interview become "<p>", a capitalised word inside a sentence "<c>" (a place, a product, a
// name the interview does not know) and a number "<n>", so no name is learnt; the company, the
// role and the topics are blanked before (mask.ts).
import type { CheckContext } from './types.js';
import { fold, nameParts } from './text.js';

/** A trained table: a bias and a weight per feature, as scripts/train-tone.mjs writes it. */
export interface ToneTable {
  readonly bias: number;
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The folded name parts of everyone the interview names, and the recipient's. */
export function peopleWords(context: CheckContext): ReadonlySet<string> {
  const interview = context.interview;
  const names: string[] = [];
  if (context.to) names.push(context.to);
  if (interview) {
    // A test's interview may be partial: only what is there is masked.
    names.push(interview.candidate?.name ?? '');
    for (const person of interview.interviewers ?? []) names.push(person.name, person.greeting ?? '');
    if (interview.recruiter) names.push(interview.recruiter.name, interview.recruiter.greeting ?? '');
    if (interview.via) names.push(interview.via.name);
    if (interview.toldBy) names.push(interview.toldBy);
  }
  const out = new Set<string>();
  for (const name of names) for (const part of nameParts(name)) out.add(fold(part).replace(/'s$/, ''));
  return out;
}

// Word lists as sets, not RegExps: a RegExp is compiled on the first check of every start.
const TOKEN = /[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,:]\d+)*/g;
const DAY: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight week weeks days eod deadline asap january february march april june july august september october november december'.split(
    ' ',
  ),
);
const NEGATIVE: ReadonlySet<string> = new Set(
  "not never no nothing didn't don't doesn't wasn't weren't isn't aren't can't couldn't won't wouldn't shouldn't haven't hasn't failed wrong waste wasted poor bad worse worst rude lazy sloppy clearly obviously apparently even actually still again yet frankly honestly".split(
    ' ',
  ),
);
const SECOND: ReadonlySet<string> = new Set("you your you're yours yourself you've you'd you'll".split(' '));

/** The tokens of a sentence, folded, with the interview's people and other names masked. */
export function sentenceTokens(sentence: string, people: ReadonlySet<string>): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(sentence); match; match = TOKEN.exec(sentence)) {
    const raw = match[0];
    const word = fold(raw).replace(/\u2019/g, "'");
    const bare = word.replace(/'s$/, '');
    if (people.has(bare)) out.push('<p>');
    else if (/^\d/.test(raw)) out.push('<n>');
    else if (out.length > 0 && raw !== 'I' && !raw.startsWith("I'") && /^[A-Z]/.test(raw) && raw !== raw.toUpperCase())
      out.push('<c>');
    else out.push(word);
  }
  return out;
}

/** The features of one sentence: its unigrams, bigrams and a few shapes, each once. */
export function sentenceFeatures(sentence: string, people: ReadonlySet<string>): string[] {
  const tokens = sentenceTokens(sentence, people);
  const features = new Set<string>();
  let previous = '^';
  let second = false;
  let negative = false;
  let day = false;
  for (const token of tokens) {
    features.add(token);
    features.add(`${previous} ${token}`);
    previous = token;
    if (SECOND.has(token)) second = true;
    if (NEGATIVE.has(token)) negative = true;
    if (DAY.has(token)) day = true;
  }
  features.add(`${previous} $`);
  if (second && negative) features.add('#you+neg');
  if (second && day) features.add('#you+day');
  if (sentence.includes('?')) features.add('#question');
  if (sentence.includes('!')) features.add('#exclaim');
  if (/[A-Z]{4,}/.test(sentence)) features.add('#caps');
  if (tokens.length <= 4) features.add('#short');
  return [...features];
}

/** The probability the table gives a sentence's features. */
export function scoreFeatures(table: ToneTable, features: readonly string[]): number {
  let sum = table.bias;
  for (const feature of features) sum += table.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

// Where a misspelled word of a note came from, when the candidate typed it in an answer (the
// role, a topic, the company): the note repeats it, so fixing it in the note alone leaves it in
// the answer, and every note written from it again. A new user's trial saw a spelling warning
// with no word of where to fix it; the finding now names the answer.
import type { Finding, Interview } from '../../model/types.js';
import { labels } from '../messages.js';
import { findingWords } from './messages.js';

/** The answers a word may come from, in the order a person would look: the reader's own first. */
function answersOf(interview: Interview, to: string): Array<readonly [string, string]> {
  const reader = interview.interviewers.find((person) => person.name === to);
  const people = reader ? [reader, ...interview.interviewers.filter((person) => person !== reader)] : interview.interviewers;
  const answers: Array<readonly [string, string]> = [
    [findingWords.answer(labels.role), interview.role],
    [findingWords.answer(labels.company), interview.company],
  ];
  for (const person of people) {
    for (const topic of person.topics) answers.push([findingWords.topic(person.name, topic), topic]);
    if (person.detail) answers.push([findingWords.answerFor(labels.interviewerDetail, person.name), person.detail]);
    if (person.addition) answers.push([findingWords.answerFor(labels.interviewerAddition, person.name), person.addition]);
    if (person.title) answers.push([findingWords.answerFor(labels.interviewerTitle, person.name), person.title]);
  }
  if (interview.strength) answers.push([findingWords.answer(labels.strength), interview.strength]);
  return answers;
}

const wordIn = (word: string, text: string) => {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
};

/** The answer a spelling finding's word was typed in, or undefined when no answer holds it. */
export function typedSource(finding: Finding, interview: Interview, to: string): string | undefined {
  const word = finding.excerpt.trim();
  if (finding.rule !== 'spelling' || word === '') return undefined;
  return answersOf(interview, to).find(([, text]) => wordIn(word, text))?.[0];
}

/** Spelling findings that name the answer their word came from, so the user knows where to fix it. */
export function withTypedSources(findings: readonly Finding[], interview: Interview, to: string): Finding[] {
  return findings.map((finding) => {
    const source = typedSource(finding, interview, to);
    return source === undefined ? finding : { ...finding, message: `${finding.message} ${findingWords.fromAnswer(source)}` };
  });
}

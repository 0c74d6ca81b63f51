import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/types.js';
import { withTypedSources } from '../../../src/session/review/typed-source.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const spelling = (excerpt: string): Finding => ({
  rule: 'spelling',
  severity: 'warning',
  message: `"${excerpt}" may be misspelled.`,
  line: 2,
  column: 5,
  excerpt,
});

describe('a spelling finding names the answer its word was typed in', () => {
  const base = sampleInterview();
  const interview = {
    ...base,
    role: 'Senoir Backend Engineer',
    company: 'Acme Robotcs',
    strength: 'calm incident reviewing',
    interviewers: base.interviewers.map((person, at) =>
      at === 0 ? { ...person, topics: ['moving telemetry ingestoin to Kafka'], detail: 'her dog Biscuitt' } : person,
    ),
  };
  const [priya] = interview.interviewers;
  const to = priya!.name;

  it('the role, the company, a topic and a detail, each by its question', () => {
    const found = withTypedSources(
      [spelling('Senoir'), spelling('Robotcs'), spelling('ingestoin'), spelling('Biscuitt')],
      interview,
      to,
    );
    expect(found.map((f) => f.message)).toEqual([
      '"Senoir" may be misspelled. It comes from your "Role" answer: change it in that answer, or every note written from it keeps it.',
      '"Robotcs" may be misspelled. It comes from your "Company" answer: change it in that answer, or every note written from it keeps it.',
      `"ingestoin" may be misspelled. It comes from ${to}'s topic "moving telemetry ingestoin to Kafka": change it in that answer, or every note written from it keeps it.`,
      `"Biscuitt" may be misspelled. It comes from your "A personal detail" answer for ${to}: change it in that answer, or every note written from it keeps it.`,
    ]);
  });

  it('leaves a word the candidate did not type in an answer, part of a longer word, and other rules alone', () => {
    const typo = spelling('Thnak');
    const part = spelling('Robo');
    const grammar = { ...spelling('Senoir'), rule: 'grammar' };
    expect(withTypedSources([typo, part, grammar], interview, to)).toEqual([typo, part, grammar]);
  });
});

// Findings at one place: the few words two rules both point at ("Sam" in "Dear Sam," is a wrong
// greeting and another interviewer named) are one place; a finding that points at a whole
// sentence (a demand, an early follow-up, a note naming no topic) keeps its own.
import { describe, expect, it } from 'vitest';
import { groupByPlace } from '../../../src/checklist/places.js';
import { formatHuman } from '../../../src/checklist/report.js';
import type { Finding } from '../../../src/model/types.js';

const at = (rule: string, line: number, column: number, excerpt: string, severity: Finding['severity'] = 'error'): Finding => ({
  rule,
  severity,
  message: `${rule} says so.`,
  line,
  column,
  excerpt,
});

describe('groupByPlace', () => {
  it('joins findings on the same words, and words inside them, the most severe first', () => {
    const places = groupByPlace([
      at('name-mismatch', 3, 6, 'Sam'),
      at('wrong-person', 3, 6, 'Sam'),
      at('spelling', 5, 30, 'Robotiks', 'warning'),
      at('name-mismatch', 5, 25, 'Acme Robotiks'),
    ]);
    expect(
      places.map((place) => [place.line, place.column, place.excerpt, place.severity, place.findings.map((f) => f.rule)]),
    ).toEqual([
      [3, 6, 'Sam', 'error', ['name-mismatch', 'wrong-person']],
      [5, 25, 'Acme Robotiks', 'error', ['name-mismatch', 'spelling']],
    ]);
  });

  it('keeps apart findings on other words, other lines, and a sentence with a slip inside it', () => {
    const places = groupByPlace([
      at('name-mismatch', 3, 6, 'Sam'),
      at('spelling', 3, 11, 'realy', 'warning'),
      at('wrong-person', 4, 6, 'Sam'),
      at('too-early', 7, 1, 'Need an answer by tomorrow noon. Another shop has offered me…', 'warning'),
      at('tone-impatient', 7, 1, 'Need an answer by tomorrow', 'warning'),
      at('no-topic', 9, 1, 'Thanks for yesterday, it was great.', 'warning'),
      at('one-liner', 9, 1, 'Thanks for yesterday, it was great.', 'warning'),
    ]);
    expect(places.map((place) => place.findings.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
});

describe('formatHuman: findings at one place', () => {
  it('names every rule in one heading, shows the line once, and marks the message of another severity', () => {
    const text = 'Hi,\n\nJoining Acme Robotiks would be great.';
    const out = formatHuman([at('name-mismatch', 3, 9, 'Acme Robotiks'), at('spelling', 3, 14, 'Robotiks', 'warning')], text);
    expect(out).toBe(
      [
        'Errors (1)',
        '',
        '  3:9  name-mismatch + spelling',
        '  3 | Joining Acme Robotiks would be great.',
        '    |         ^^^^^^^^^^^^^',
        '    name-mismatch: name-mismatch says so.',
        '    spelling (warning): spelling says so.',
        '',
        '1 error, 1 warning, at 1 place in the note.',
        'Fix the errors before sending: each one is the kind of slip that costs offers.',
        '',
      ].join('\n'),
    );
  });
});

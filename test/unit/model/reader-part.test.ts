// Whom a note may treat as weighing the candidate (src/model/reader-part.ts): a trial's thank-you
// to an office coordinator who gave the tour said "As you decide".
import { describe, expect, it } from 'vitest';
import { partOf } from '../../../src/model/reader-part.js';

describe('the reader’s part', () => {
  it.each([
    ['Recruiting Coordinator', ['the interview schedule'], 'host'],
    ['Office Co-ordinator', ['the building'], 'host'],
    ['Receptionist', ['parking'], 'host'],
    ['Software Engineer', ['the office tour'], 'host'],
    ['Software Engineer', ['lunch with the team', 'a tour of the lab'], 'host'],
    ['Software Engineer', ['lunch with the team', 'the deploy pipeline'], 'assessor'],
    ['Engineering Manager', ['moving ingestion to Kafka'], 'assessor'],
    ['Assistant Store Manager', ['the holiday rota'], 'assessor'],
    ['Coordinator of Clinical Education', ['precepting new grads'], 'host'],
    ['Nurse Manager', ['the shift schedule'], 'assessor'],
  ] as const)('%s, talked about %j: %s', (title, topics, part) => {
    expect(partOf({ title, topics })).toBe(part);
  });
});

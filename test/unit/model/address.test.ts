import { describe, expect, it } from 'vitest';
import { missingAddress } from '../../../src/model/address.js';
import type { Interviewer } from '../../../src/model/types.js';

const person = (over: Partial<Interviewer>): Interviewer => ({
  name: 'Sam Ortiz',
  title: 'Staff Engineer',
  medium: 'phone',
  topics: ['OTA'],
  ...over,
});

describe('missingAddress', () => {
  it.each([
    [{ medium: 'phone', phone: '+1 555 0101' }, null],
    [{ medium: 'phone' }, 'phone'],
    // A caller with only an e-mail address is written to (src/model/answer-medium.ts): nothing to ask for.
    [{ medium: 'phone', email: 'sam@acme.example' }, null],
    [{ medium: 'email', email: 'sam@acme.example' }, null],
    [{ medium: 'email', phone: '+1 555 0101' }, 'email'],
    [{ medium: 'email', email: '' }, 'email'],
  ] as const)('%o lacks %s', (over, expected) => {
    expect(missingAddress(person(over))).toBe(expected);
  });
});

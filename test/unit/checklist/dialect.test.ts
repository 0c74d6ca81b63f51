import { expect, it } from 'vitest';
import { dialectFromEnv } from '../../../src/checklist/dialect.js';

it.each([
  [{}, 'American'],
  [{ LANG: 'C.UTF-8' }, 'American'],
  [{ LANG: 'en_US.UTF-8' }, 'American'],
  [{ LANG: 'en_GB.UTF-8' }, 'British'],
  [{ LANG: 'en_IE.UTF-8' }, 'British'],
  [{ LANG: 'en-AU' }, 'Australian'],
  [{ LANG: 'en_CA.UTF-8' }, 'Canadian'],
  [{ LANG: 'en_IN' }, 'Indian'],
  [{ LANG: 'fr_FR.UTF-8' }, 'American'],
  // LC_ALL wins over LANG, and an explicit choice over both.
  [{ LANG: 'en_US.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'British'],
  [{ LANG: 'en_GB.UTF-8', FOLLOWUP_COACH_DIALECT: 'canadian' }, 'Canadian'],
  [{ LANG: 'en_GB.UTF-8', FOLLOWUP_COACH_DIALECT: 'klingon' }, 'British'],
] as const)('%j -> %s', (env, dialect) => {
  expect(dialectFromEnv(env)).toBe(dialect);
});

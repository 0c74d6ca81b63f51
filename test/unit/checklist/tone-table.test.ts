// Issue #13, item 1: the hand-written table of tone-table-data.ts, forty sentences that make each
// mistake and forty near misses that do not, run through each rule with no interview. Every bad
// sentence gets a finding and every good one gets none: a good draft with a false tone warning
// is a defect as much as a miss is.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { RuleCheck } from '../../../src/checklist/types.js';
import {
  GIMMICK_SECOND,
  GIMMICK_TABLE,
  PRESSURE_SECOND,
  PRESSURE_TABLE,
  type RuleTable,
  SCORN_SECOND,
  SCORN_TABLE,
  THIRD_PARTY_SECOND,
  THIRD_PARTY_TABLE,
} from './tone-table-data.js';

const count = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).length;

const TABLES: readonly (readonly [string, RuleCheck, RuleTable])[] = [
  ['tone-scathing', toneScathing, SCORN_TABLE],
  ['tone-impatient', toneImpatient, PRESSURE_TABLE],
  ['gimmick', gimmick, GIMMICK_TABLE],
  ['third-party', thirdParty, THIRD_PARTY_TABLE],
];

describe.each(TABLES)('%s on the hand-written table', (_id, rule, table) => {
  it('has at least forty of each', () => {
    expect(table.bad.length).toBeGreaterThanOrEqual(40);
    expect(table.good.length).toBeGreaterThanOrEqual(40);
  });
  it.each(table.bad)('flags %j', (text) => expect(count(rule, text)).toBeGreaterThan(0));
  it.each(table.good)('leaves %j alone', (text) => expect(count(rule, text)).toBe(0));
});

const SECOND = [
  ['tone-scathing', toneScathing, SCORN_SECOND],
  ['tone-impatient', toneImpatient, PRESSURE_SECOND],
  ['gimmick', gimmick, GIMMICK_SECOND],
  ['third-party', thirdParty, THIRD_PARTY_SECOND],
] as const;

describe.each(SECOND)('%s on the second hand-written set', (_id, rule, table) => {
  it.each(table.bad)('flags %j', (text) => expect(count(rule, text)).toBeGreaterThan(0));
  it.each(table.good)('leaves %j alone', (text) => expect(count(rule, text)).toBe(0));
  // Still missed: a hope stated as a limit, a yes wished for, a poem about their kitchen. When a
  // rule learns one, move it to `bad`.
  it.each(table.missed.map((text) => [text]))('does not yet catch %j', (text) => expect(count(rule, text)).toBe(0));
});

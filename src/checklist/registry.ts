// The synchronous rules in the order they run. Spelling and grammar come from the worker
// (spell.ts); their ids and severities live in the rule table with the others.
import { groupNote } from './rules/group-note.js';
import { nameMismatch } from './rules/name-mismatch.js';
import { wrongPerson } from './rules/wrong-person.js';
import { oneLiner, tooLong } from './rules/length.js';
import { toneImpatient, toneScathing } from './rules/tone.js';
import { gimmick, thirdParty } from './rules/gimmick.js';
import { lateThankYou, tooEarly } from './rules/timing.js';
import { missingPrior, noThanks, noTopic } from './rules/content.js';
import { mediumMismatch } from './rules/medium.js';
import { genericSubject } from './rules/subject.js';
import { duplicateNote } from './rules/duplicate.js';
import type { RuleCheck, RuleId } from './types.js';

export const CHECKS: ReadonlyArray<readonly [RuleId, RuleCheck]> = [
  ['group-note', groupNote],
  ['name-mismatch', nameMismatch],
  ['wrong-person', wrongPerson],
  ['one-liner', oneLiner],
  ['too-long', tooLong],
  ['tone-scathing', toneScathing],
  ['tone-impatient', toneImpatient],
  ['gimmick', gimmick],
  ['third-party', thirdParty],
  ['too-early', tooEarly],
  ['late-thank-you', lateThankYou],
  ['no-topic', noTopic],
  ['no-thanks', noThanks],
  ['missing-prior', missingPrior],
  ['medium-mismatch', mediumMismatch],
  ['generic-subject', genericSubject],
  ['duplicate-note', duplicateNote],
];

export { RULES, ruleById } from './rule-table.js';

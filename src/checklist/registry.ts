// Every rule, one module each (rules/<id>.ts exports its id, severity, description and check),
// in the order the README's rule table lists them. The id list and the RuleId type come from here, so a
// new rule is one module and one line below.
import * as groupNote from './rules/group-note.js';
import * as nameMismatch from './rules/name-mismatch.js';
import * as wrongPerson from './rules/wrong-person.js';
import * as oneLiner from './rules/one-liner.js';
import * as tooLong from './rules/too-long.js';
import * as spelling from './rules/spelling.js';
import * as grammar from './rules/grammar.js';
import * as toneScathing from './rules/tone-scathing.js';
import * as toneImpatient from './rules/tone-impatient.js';
import * as gimmick from './rules/gimmick.js';
import * as thirdParty from './rules/third-party.js';
import * as tooEarly from './rules/too-early.js';
import * as lateThankYou from './rules/late-thank-you.js';
import * as noTopic from './rules/no-topic.js';
import * as noThanks from './rules/no-thanks.js';
import * as missingPrior from './rules/missing-prior.js';
import * as mediumMismatch from './rules/medium-mismatch.js';
import * as genericSubject from './rules/generic-subject.js';
import * as duplicateNote from './rules/duplicate-note.js';
import * as placeholder from './rules/placeholder.js';
import * as cliche from './rules/cliche.js';

export const RULE_MODULES = [
  groupNote,
  nameMismatch,
  wrongPerson,
  oneLiner,
  tooLong,
  spelling,
  grammar,
  toneScathing,
  toneImpatient,
  gimmick,
  thirdParty,
  tooEarly,
  lateThankYou,
  noTopic,
  noThanks,
  missingPrior,
  mediumMismatch,
  genericSubject,
  duplicateNote,
  placeholder,
  cliche,
] as const;

export type RuleId = (typeof RULE_MODULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULE_MODULES.map((rule) => rule.id);

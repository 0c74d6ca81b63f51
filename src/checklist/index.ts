// The checklist's public surface. Rules are pure; spelling and grammar live in spell.ts (a worker).
export type { CheckContext, Draft, Rule, RuleId } from './types.js';
export { RULE_IDS } from './types.js';
export { parseDraft, draftFromNote, noteText } from './draft.js';
export { checkNote, sortFindings } from './check-note.js';
export { knownWordsFor } from './known-words.js';
export { RULES, ruleById } from './rule-table.js';
export { TECH_WORDS } from './tech-words.js';
export { blocksCopy, mergeFindings } from './merge.js';

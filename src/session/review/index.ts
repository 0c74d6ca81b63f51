// The review's pure core, under the Ink review (src/ui/review/), the line mode
// (src/line/review.ts) and regen's interactive path (src/commands/regen/).
export * from './types.js';
export { reduceReview, startReview } from './reduce.js';
export { addressHelp, afterCopy, contactAsked, currentNote, editable, firstToSend, lastSent, sentLog } from './selectors.js';
export { countBySeverity, isEarly, isSpelling, sortFindings, type SeverityCounts } from './findings.js';
export { withTypedSources } from './typed-source.js';
export { runEffect, type ReviewEffects } from './run-effect.js';
export { settle } from './settle.js';
export { sessionReviewEffects } from './session-effects.js';
export { shownNote, shownNotes } from './shown-notes.js';
export { editsToAsk, editsToCarry } from './edits-to-ask.js';
export { changeableFields, INTERVIEWERS, positionOf } from './change-answer.js';
export * as reviewMessages from './messages.js';

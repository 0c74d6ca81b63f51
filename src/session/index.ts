// The guided session's pure core: the step table, its order, the question reducer, drafts,
// turning answers into an Interview, and the whole flow around them (guide.ts: opening, resume,
// home, the save at the review) with the runner of its effects. The Ink app and the line mode
// both build on exactly this, and neither imports the other.
export * from './answers.js';
export * from './fields.js';
export * from './flow.js';
export * from './reducer.js';
export * from './draft.js';
export * from './interview.js';
export { sanitizeLine, sanitizeText, tidy } from './sanitize.js';
export * as sessionMessages from './messages.js';
export { editableText, readEditedText, withEdit } from './note-text.js';
export { asSent, editsInQuestion, withoutEdits, type EditInQuestion } from './note-history.js';
export { sectionSummary } from './summary.js';
export { emptyScrollback, isSectionRecap, nextScrollback, type Scrollback } from './scrollback.js';
export * from './news.js';
export { newsMessages } from './news-messages.js';
export { PREP_CLOSING, PREP_ITEMS, PREP_TITLE, prepCardText } from './prep-card.js';
export * from './guide-state.js';
export { createGuide, sectionOf } from './guide.js';
export { editAsked } from './keep-edit.js';
export { createGuideRunner, type GuideRunner } from './guide-effects.js';
export { dueSummary, homeEntries, type HomeChoice, type HomeEntry } from './home.js';
export {
  closing as closingMessages,
  home as homeMessages,
  resume as resumeMessages,
  reviewSave as reviewSaveMessages,
} from './home-messages.js';
export { openSession, type Opening } from './opening.js';
export { deleteChoices, deleteConfirmation } from './delete.js';
export { editTopic, type TopicEdit } from './topic-edit.js';
export { deleteMessages } from './home-messages.js';

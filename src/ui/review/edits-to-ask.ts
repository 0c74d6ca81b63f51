// The hand edits a changed answer puts in question now live in the review core; this path stays
// for the importers outside the review (src/ui/app.tsx, src/line/adapt.ts).
export { editsToAsk } from '../../session/review/edits-to-ask.js';

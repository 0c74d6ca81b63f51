// Moved to the session core (src/session/edits-to-ask.ts), which both front ends use.
export { editsToAsk } from '../../session/edits-to-ask.js';

// Which notes the review shows is the review core's type now; this path stays for the line
// mode's importers (src/line/index.ts, src/line/adapt.ts).
export type { NotesPurpose } from '../../session/review/index.js';

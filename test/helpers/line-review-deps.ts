// The line mode's review deps (src/line/review.ts) over a scripted prompter, as the line-review
// tests set them up: copying works, an edit changes nothing, and each note marked sent is kept in
// `recorded`. A test gives only its notes and schedule, and the findings its checklist returns.
import type { ReviewDeps } from '../../src/line/review.js';
import { US_WITH_YEARS } from '../../src/model/dates.js';
import type { Finding, SentEntry } from '../../src/model/types.js';
import type { scripted } from '../unit/line/script.js';

export interface ScriptedReview {
  readonly notesFor: ReviewDeps['notesFor'];
  readonly schedule: ReviewDeps['schedule'];
  readonly findings?: readonly Finding[];
  readonly now: Date;
}

export function scriptedReviewDeps(play: ReturnType<typeof scripted>, recorded: SentEntry[], review: ScriptedReview): ReviewDeps {
  const { notesFor, schedule, findings = [], now } = review;
  return {
    prompter: play.prompter,
    notesFor,
    check: async () => findings,
    schedule,
    copy: async () => ({ method: 'clipboard' }),
    recordSent: async (_interview, note) => {
      const entry: SentEntry = { kind: note.kind, to: note.to, at: now.toISOString(), subject: note.subject, body: note.body };
      recorded.push(entry);
      return entry;
    },
    editText: async () => ({ kind: 'unchanged' }),
    saveEdit: async () => undefined,
    editorName: 'vi',
    writeCalendar: async (interview) => ({ path: `${interview.id}.ics`, count: 0 }),
    now: () => now,
    dateStyle: US_WITH_YEARS,
  };
}

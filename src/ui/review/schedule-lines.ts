// Which schedule lines the review shows under a note, and how many rows they get: those about its recipient (their follow-up
// date is what they need next), or every line when none names them (an "all done" reason).
import { review } from '../messages.js';

/** The lines that name `recipient` ("follow-up to Priya Raghunathan: …"), else all of them. */
export function linesFor(schedule: readonly string[], recipient: string): readonly string[] {
  const own = schedule.filter((line) => line.includes(recipient));
  return own.length > 0 ? own : schedule;
}

/** At most `room` lines (at least one); the last says how many more there are when some do not fit. */
export function fitLines(lines: readonly string[], room: number): readonly string[] {
  const max = Math.max(1, room);
  if (lines.length <= max) return lines;
  const shown = lines.slice(0, max - 1);
  return [...shown, review.scheduleMore(lines.length - shown.length)];
}

// Note lines kept visible however long the schedule is (60x20 must stay usable).
const MIN_BODY = 5;

/**
 * How the screen's rows are shared: everything but the scrolling lines (header, counts, status,
 * hints, spacing, and `extra` rows of status or manual checks) is fixed; the schedule takes what
 * the note's body can spare and leaves it at least MIN_BODY lines.
 */
export function reviewLayout(rows: number, extra: number, schedule: readonly string[]) {
  const fixed = 8 + extra;
  const dueLines = fitLines(schedule, rows - fixed - MIN_BODY);
  return { dueLines, viewport: Math.max(3, rows - fixed - dueLines.length) };
}

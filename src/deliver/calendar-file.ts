// The calendar file for some interviews: their events, each with its SEQUENCE and LAST-MODIFIED
// (recorded in the store's folder), as iCalendar text, written whole when a path is given. Shared
// by `followup-coach calendar` and the review's reminder key.
import { createHash } from 'node:crypto';
import pkg from '../../package.json' with { type: 'json' };
import type { BusinessCalendar, DateStyle } from '../model/dates.js';
import type { Interview } from '../model/types.js';
import { sequencesFor, type CancelledEvent } from '../store/calendar-state.js';
import { type CalendarEvent, calendarEvents } from './calendar-events.js';
import { icsText, type SequencedEvent } from './ics-file.js';
import { type Describe, writeAllOrNothing } from '../store/atomic-write.js';

export interface CalendarFile {
  readonly events: readonly SequencedEvent[];
  /** Events of earlier files that are no longer due (done, or the outcome changed): marked cancelled. */
  readonly cancelled: readonly CancelledEvent[];
  readonly text: string;
}

/** Everything a calendar shows of the event, so a change to any of it raises its SEQUENCE. */
function contentOf({ date, end, summary, description, alarm }: CalendarEvent): string {
  return createHash('sha256')
    .update(JSON.stringify([date, end, summary, description, alarm]))
    .digest('base64url')
    .slice(0, 22);
}

export async function calendarFile(
  storePath: string,
  interviews: readonly Interview[],
  now: Date,
  path: string | null,
  calendar: BusinessCalendar,
  style: DateStyle,
  /** Whether this file may be imported (written, or printed into a file): only then it is the last file. */
  record: boolean = path !== null,
  /** How a failed write is put into words: `calendar --out` names its flag; the store's words otherwise. */
  describe?: Describe,
  /**
   * The file is for every saved interview: an earlier file's events of an interview no longer
   * saved (deleted) are cancelled too, so its reminders go from the calendar.
   */
  everyInterview = false,
): Promise<CalendarFile> {
  const planned = calendarEvents(interviews, now, calendar, style);
  const ids = new Set(interviews.map((interview) => interview.id));
  const inScope = (uid: string) => everyInterview || ids.has(uid.slice(0, uid.indexOf('.')));
  const days = planned.map((event) => ({ uid: event.uid, date: event.date, summary: event.summary, content: contentOf(event) }));
  // Only a file a calendar may import counts as the last one: a printed list leaves the record as it was.
  // The file is written before the numbers are recorded: one that could not be written is no
  // file a calendar has imported.
  let made: CalendarFile | undefined;
  await sequencesFor(storePath, days, now, inScope, record, (revisions, cancelled) => {
    const events = planned.map((event) => ({ ...event, ...revisions.get(event.uid)! }));
    const text = icsText(events, now, pkg.version, cancelled);
    if (path !== null) writeAllOrNothing([{ path, data: text }], describe === undefined ? {} : { describe });
    made = { events, cancelled, text };
  });
  return made!;
}

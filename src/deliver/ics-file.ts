// Calendar events as an iCalendar file (RFC 5545), written by ical-generator: it escapes text
// (commas, semicolons, backslashes, line breaks) and folds lines at 75 octets without cutting a
// UTF-8 character, which the smaller `ics` package does not (it folds by characters: a line of
// accented names came out past 100 octets). Dates are handed in as YYYY-MM-DD strings, which it
// reads as UTC days, so the file is the same in every time zone.
import { ICalAlarmType, ICalCalendar, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDays } from '../model/dates.js';
import type { CancelledEvent } from '../store/calendar-state.js';
import { calendarMessages as m } from './messages.js';
import { ALARM_BEFORE_SECONDS, type CalendarEvent } from './calendar-events.js';

export interface SequencedEvent extends CalendarEvent {
  /** 0 at first, one more each time anything in the event changed since the file was last written. */
  readonly sequence: number;
  /** When the event last changed (ISO date-time): its LAST-MODIFIED. */
  readonly modified: string;
}

export function icsText(
  events: readonly SequencedEvent[],
  stamp: Date,
  version: string,
  cancelled: readonly CancelledEvent[] = [],
): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'followup-coach', product: `followup-coach ${version}`, language: 'EN' },
    name: 'Interview follow-ups',
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      lastModified: new Date(event.modified),
      start: event.date,
      end: event.end,
      allDay: true,
      summary: event.summary,
      description: event.description,
      transparency: ICalEventTransparency.TRANSPARENT,
      // 09:00 the day before, or, once that has passed, a few minutes after the file was made,
      // as an absolute time (TRIGGER;VALUE=DATE-TIME, in UTC): never an alarm in the past.
      alarms: [
        {
          type: ICalAlarmType.display,
          trigger: event.alarmAt === null ? ALARM_BEFORE_SECONDS : new Date(event.alarmAt),
          description: event.alarm,
        },
      ],
    });
  }
  // A step done since the last file: the same UID, cancelled, so a calendar that imports it
  // again drops the reminder instead of keeping a stale one.
  for (const event of cancelled) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp,
      lastModified: new Date(event.modified),
      start: event.date,
      end: addDays(event.date, 1),
      allDay: true,
      summary: event.summary,
      description: m.cancelledDescription,
      status: ICalEventStatus.CANCELLED,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

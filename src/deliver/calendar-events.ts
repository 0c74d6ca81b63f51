// The steps still to take, as calendar events: one all-day event per interview, person and kind
// of note, on the day the schedule recommends (today, for a step that is already due), with
// the exact command that writes the note. The steps are each application's across its rounds
// (src/model/round-schedule.ts), each event under the round it belongs to. Pure: the
// interviews and the clock in, events out.
import { addressLackingFor } from '../model/address.js';
import { shellQuote } from '../model/command-line.js';
import { isCallTo } from '../compose/recipients.js';
import { slugOf } from '../compose/words.js';
import { type BusinessCalendar, type DateStyle, addDays, todayOf } from '../model/dates.js';
import { applicationSchedule } from '../model/round-schedule.js';
import { applications } from '../model/rounds.js';
import type { Interview, IsoDate, NoteKind } from '../model/types.js';
import { calendarMessages as m } from './messages.js';

export interface CalendarEvent {
  /** Stable per interview, person and kind: importing the file again updates the event. */
  readonly uid: string;
  readonly interviewId: string;
  readonly kind: NoteKind;
  readonly to: string;
  /** The day of the event; the all-day event ends (exclusively) the next day. */
  readonly date: IsoDate;
  readonly end: IsoDate;
  readonly summary: string;
  readonly description: string;
  readonly command: string;
  readonly alarm: string;
  /**
   * When the reminder fires, as an ISO date-time, when the usual time (ALARM_BEFORE_SECONDS
   * before the day starts: 09:00 the day before) has passed or is minutes away as the file is
   * made: a few minutes from now instead (ALARM_LEAD_MS), so no reminder is set in the past.
   * Null for the usual time.
   */
  readonly alarmAt: string | null;
}

/** The reminder fires 15 hours before the all-day event starts: at 09:00 the day before. */
export const ALARM_BEFORE_SECONDS = 15 * 60 * 60;

/** A reminder whose usual time is past fires this long after the file is made. */
export const ALARM_LEAD_MS = 5 * 60 * 1000;

/**
 * Null when the usual reminder for an event on `date` is still ahead (local time, as the
 * calendar shows an all-day day), else the moment a few minutes from `now` it fires instead.
 */
export function alarmMoment(date: IsoDate, now: Date): string | null {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const usual = new Date(year, month - 1, day).getTime() - ALARM_BEFORE_SECONDS * 1000;
  const soonest = now.getTime() + ALARM_LEAD_MS;
  return usual >= soonest ? null : new Date(soonest).toISOString();
}

export const uidOf = (interviewId: string, kind: NoteKind, person: string): string =>
  `${interviewId}.${kind}.${slugOf(person) || 'someone'}@followup-coach`;

export function commandFor(interviewId: string, kind: NoteKind, person: string): string {
  return `followup-coach regen ${interviewId} --kind ${kind} --to ${shellQuote(person)}`;
}

export function calendarEvents(
  interviews: readonly Interview[],
  now: Date,
  calendar: BusinessCalendar,
  style: DateStyle,
): CalendarEvent[] {
  const today = todayOf(now);
  // In the order the interviews come, each application once (its rounds together).
  return applications(interviews).flatMap((rounds) =>
    applicationSchedule(rounds, now, calendar, style).items.flatMap(({ interview, round, ...item }) =>
      item.to.map((person): CalendarEvent => {
        // biome-ignore lint/complexity/useMathMinMax: these are ISO day strings ("2026-12-04"), which compare in calendar order; Math.max would make them NaN.
        const date = item.recommended < today ? today : item.recommended;
        const command = commandFor(interview.id, item.kind, person);
        const company = m.ofRound(interview.company, round);
        const call = isCallTo(interview, item.kind, person);
        return {
          uid: uidOf(interview.id, item.kind, person),
          interviewId: interview.id,
          kind: item.kind,
          to: person,
          date,
          end: addDays(date, 1),
          summary: m.summary(item.kind, person, company, call, item.via),
          // Every step names what it still lacks, the thank-you as much as a follow-up.
          description:
            (addressLackingFor(interview, person, item.kind, call) === null ? '' : m.noAddressYet(person, call)) +
            m.description(item.why, command, call),
          command,
          // A reminder made on the day itself says "Today", not "Tomorrow".
          alarm: m.alarm(item.kind, person, company, call, item.via, date === today),
          alarmAt: alarmMoment(date, now),
        };
      }),
    ),
  );
}

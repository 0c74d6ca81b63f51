// What the calendar file last said about each event (its day, a fingerprint of all it says, its
// SEQUENCE and when it last changed), kept beside the saved interviews in calendar.json. A
// calendar program updates an imported event only when the new copy has a higher SEQUENCE
// (RFC 5545 3.8.7.4), so one that changed in any way (its day moved, its title now names the
// round, its description says something new) must count up, and one that did not must keep its
// number, so importing the same steps again changes nothing. The file itself cannot remember, so
// the store does. Updated under the store's lock, since two `calendar` runs may overlap.
import { dirname, join } from 'node:path';
import { openJsonFile, CorruptFileError, moveAside } from './json-file.js';
import { withLock } from './lock.js';

export interface EventDay {
  readonly uid: string;
  readonly date: string;
  readonly summary: string;
  /** A fingerprint of everything the event says (day, title, description, alarm). */
  readonly content: string;
}

interface Remembered {
  readonly date: string;
  readonly sequence: number;
  readonly summary?: string;
  /** Absent in files written before it was kept: the day and title are compared instead. */
  readonly content?: string;
  /** When the event last changed (ISO date-time): its LAST-MODIFIED. */
  readonly modified?: string;
  /** The step was done (or dropped): the last file marked the event cancelled. */
  readonly cancelled?: boolean;
}

/** An event's SEQUENCE and LAST-MODIFIED in the file being written. */
export interface Revision {
  readonly sequence: number;
  readonly modified: string;
}

/** An event an earlier file had that is no longer due: the calendar is told it is cancelled. */
export interface CancelledEvent extends Omit<EventDay, 'content'>, Revision {}

export interface Sequences {
  readonly after: Record<string, Remembered>;
  readonly cancelled: readonly CancelledEvent[];
}

function changed(known: Remembered, { date, summary, content }: EventDay): boolean {
  if (known.cancelled === true) return true;
  if (known.content !== undefined) return known.content !== content;
  return known.date !== date || (known.summary !== undefined && known.summary !== summary);
}

/**
 * Each event's SEQUENCE: as before while it says the same, one more when anything in it changed
 * or it comes back; its LAST-MODIFIED is `stamp` when it is new or changed. Events remembered
 * within `inScope` (the interviews of this file) that are no longer due are cancelled, with one
 * more SEQUENCE the first time. Pure.
 */
export function nextSequences(
  before: Readonly<Record<string, Remembered>>,
  events: readonly EventDay[],
  stamp: string,
  inScope: (uid: string) => boolean = () => false,
): Sequences {
  const after: Record<string, Remembered> = { ...before };
  const planned = new Set<string>();
  for (const event of events) {
    const { uid, date, summary, content } = event;
    planned.add(uid);
    const known = Object.hasOwn(before, uid) ? before[uid] : undefined;
    const revision =
      known === undefined
        ? { sequence: 0, modified: stamp }
        : changed(known, event)
          ? { sequence: known.sequence + 1, modified: stamp }
          : { sequence: known.sequence, modified: known.modified ?? stamp };
    after[uid] = { date, ...revision, summary, content };
  }
  const cancelled: CancelledEvent[] = [];
  for (const [uid, known] of Object.entries(before)) {
    if (planned.has(uid) || !inScope(uid)) continue;
    const revision = known.cancelled
      ? { sequence: known.sequence, modified: known.modified ?? stamp }
      : { sequence: known.sequence + 1, modified: stamp };
    after[uid] = { ...known, ...revision, cancelled: true };
    cancelled.push({ uid, date: known.date, summary: known.summary ?? '', ...revision });
  }
  return { after, cancelled };
}

function remembered(value: unknown): Record<string, Remembered> {
  const events = (value as { events?: unknown }).events;
  return typeof events === 'object' && events !== null && !Array.isArray(events) ? (events as Record<string, Remembered>) : {};
}

/**
 * Records what `events` say (unless `record` is false: a file printed, not written, is no file a
 * calendar has imported) and returns each one's SEQUENCE and LAST-MODIFIED, and the events of
 * earlier files (within `inScope`) that are no longer due. `storePath` is the store's
 * config.json; the state lives in the same folder.
 */
export async function sequencesFor(
  storePath: string,
  events: readonly EventDay[],
  now: Date,
  inScope: (uid: string) => boolean,
  record = true,
  /** Writes the file these numbers are for; it runs first, so a file that failed is never recorded as the last one. */
  deliver?: (revisions: Map<string, Revision>, cancelled: readonly CancelledEvent[]) => void,
): Promise<{ readonly revisions: Map<string, Revision>; readonly cancelled: readonly CancelledEvent[] }> {
  const file = openJsonFile({ dir: dirname(storePath), name: 'calendar' });
  return withLock(join(dirname(storePath), 'calendar.json'), async () => {
    let before: Record<string, Remembered>;
    try {
      before = remembered(file.read());
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      // Only sequence numbers: start again from 0, keeping the damaged file aside.
      moveAside(file.path, now);
      before = {};
    }
    const { after, cancelled } = nextSequences(before, events, now.toISOString(), inScope);
    const revisionOf = (uid: string): Revision => ({ sequence: after[uid]!.sequence, modified: after[uid]!.modified! });
    const revisions = new Map(events.map(({ uid }) => [uid, revisionOf(uid)]));
    deliver?.(revisions, cancelled);
    if (record) await file.write({ version: 1, events: after });
    return { revisions, cancelled };
  });
}

/**
 * Whether a calendar file written from the store at `storePath` had events of interview `id`
 * (their UIDs begin `id.`): then a calendar program holds that id. A damaged or missing file has none.
 */
export function calendarHas(storePath: string, id: string): boolean {
  try {
    const events = remembered(openJsonFile({ dir: dirname(storePath), name: 'calendar' }).read());
    return Object.keys(events).some((uid) => uid.slice(0, uid.indexOf('.')) === id);
  } catch {
    return false;
  }
}

/** Whether the last calendar file written from the store at `storePath` still has a step not cancelled. */
export function calendarHasLiveEvents(storePath: string): boolean {
  try {
    const events = remembered(openJsonFile({ dir: dirname(storePath), name: 'calendar' }).read());
    return Object.values(events).some((event) => event.cancelled !== true);
  } catch {
    return false;
  }
}

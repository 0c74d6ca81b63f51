// What the calendar file last said about each event (its day and SEQUENCE), kept beside the
// saved interviews in calendar.json. A calendar program updates an imported event only when the
// new copy has a higher SEQUENCE, so one that moved (a follow-up after the decision date
// changed) must count up; the file itself cannot remember, so the store does. Updated under the
// store's lock, since two `calendar` runs may overlap.
import { dirname, join } from 'node:path';
import { openJsonFile, CorruptFileError, moveAside } from './json-file.js';
import { withLock } from './lock.js';

export interface EventDay {
  readonly uid: string;
  readonly date: string;
  readonly summary: string;
}

interface Remembered {
  readonly date: string;
  readonly sequence: number;
  readonly summary?: string;
  /** The step was done (or dropped): the last file marked the event cancelled. */
  readonly cancelled?: boolean;
}

/** An event an earlier file had that is no longer due: the calendar is told it is cancelled. */
export interface CancelledEvent extends EventDay {
  readonly sequence: number;
}

export interface Sequences {
  readonly after: Record<string, Remembered>;
  readonly cancelled: readonly CancelledEvent[];
}

/**
 * Each event's SEQUENCE: as before while its day holds, one more when the day moved or it comes
 * back. Events remembered within `inScope` (the interviews of this file) that are no longer due
 * are cancelled, with one more SEQUENCE the first time. Pure.
 */
export function nextSequences(
  before: Readonly<Record<string, Remembered>>,
  events: readonly EventDay[],
  inScope: (uid: string) => boolean = () => false,
): Sequences {
  const after: Record<string, Remembered> = { ...before };
  const planned = new Set<string>();
  for (const { uid, date, summary } of events) {
    planned.add(uid);
    const known = Object.hasOwn(before, uid) ? before[uid] : undefined;
    const moved = known !== undefined && (known.date !== date || known.cancelled === true);
    after[uid] = { date, sequence: known === undefined ? 0 : moved ? known.sequence + 1 : known.sequence, summary };
  }
  const cancelled: CancelledEvent[] = [];
  for (const [uid, known] of Object.entries(before)) {
    if (planned.has(uid) || !inScope(uid)) continue;
    const sequence = known.cancelled ? known.sequence : known.sequence + 1;
    after[uid] = { ...known, sequence, cancelled: true };
    cancelled.push({ uid, date: known.date, summary: known.summary ?? '', sequence });
  }
  return { after, cancelled };
}

function remembered(value: unknown): Record<string, Remembered> {
  const events = (value as { events?: unknown }).events;
  return typeof events === 'object' && events !== null && !Array.isArray(events) ? (events as Record<string, Remembered>) : {};
}

/**
 * Records the days of `events` (unless `record` is false: a file printed, not written, is no
 * file a calendar has imported) and returns each one's SEQUENCE, and the events of earlier files
 * (within `inScope`) that are no longer due. `storePath` is the store's
 * config.json; the state lives in the same folder.
 */
export async function sequencesFor(
  storePath: string,
  events: readonly EventDay[],
  now: Date,
  inScope: (uid: string) => boolean,
  record = true,
): Promise<{ readonly sequences: Map<string, number>; readonly cancelled: readonly CancelledEvent[] }> {
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
    const { after, cancelled } = nextSequences(before, events, inScope);
    if (record) await file.write({ version: 1, events: after });
    return { sequences: new Map(events.map(({ uid }) => [uid, after[uid]!.sequence])), cancelled };
  });
}

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
}

interface Remembered {
  readonly date: string;
  readonly sequence: number;
}

/** Each event's SEQUENCE: as before while its day holds, one more when the day moved. Pure. */
export function nextSequences(before: Readonly<Record<string, Remembered>>, events: readonly EventDay[]): Record<string, Remembered> {
  const after: Record<string, Remembered> = { ...before };
  for (const { uid, date } of events) {
    const known = Object.hasOwn(before, uid) ? before[uid] : undefined;
    after[uid] = { date, sequence: known === undefined ? 0 : known.date === date ? known.sequence : known.sequence + 1 };
  }
  return after;
}

function remembered(value: unknown): Record<string, Remembered> {
  const events = (value as { events?: unknown }).events;
  return typeof events === 'object' && events !== null && !Array.isArray(events) ? (events as Record<string, Remembered>) : {};
}

/**
 * Records the days of `events` and returns each one's SEQUENCE. `storePath` is the store's
 * config.json; the state lives in the same folder.
 */
export async function sequencesFor(storePath: string, events: readonly EventDay[], now: Date): Promise<Map<string, number>> {
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
    const after = nextSequences(before, events);
    await file.write({ version: 1, events: after });
    return new Map(events.map(({ uid }) => [uid, after[uid]!.sequence]));
  });
}

// The shape of the store file and the pure rules for changing it. Everything here is a plain
// function of its inputs, so the locking and file code in store.ts stays small and the rules
// (which id a saved interview gets, how a sent log merges) are tested without touching disk.
import { isDeepStrictEqual } from 'node:util';
import type { Candidate, Interview, NoteEdit, SentEntry } from '../model/types.js';
import { FOLLOW_UP_KINDS } from '../model/sent-log.js';
import { foldName } from '../compose/words.js';

export const STORE_VERSION = 1;

export interface StoreData {
  readonly version: number;
  readonly candidate: Candidate | null;
  /** Saved interviews by id, in the order they were first saved. */
  readonly interviews: Readonly<Record<string, Interview>>;
}

export const EMPTY_STORE: StoreData = { version: STORE_VERSION, candidate: null, interviews: {} };

/** Why a parsed store cannot be used; `null` when it can. Shape only: the file is ours. */
export function storeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a JSON object';
  const record = value as Record<string, unknown>;
  if (record.version !== undefined && record.version !== STORE_VERSION) {
    return `it was written by another version of followup-coach (store version ${String(record.version)})`;
  }
  const interviews = record.interviews;
  if (interviews !== undefined && (typeof interviews !== 'object' || interviews === null || Array.isArray(interviews))) {
    return '"interviews" is not an object';
  }
  return null;
}

/** The store data in a parsed file; an empty file (`{}`) is an empty store. */
export function readStoreData(value: unknown): StoreData {
  const record = value as Record<string, unknown>;
  return {
    version: STORE_VERSION,
    candidate: (record.candidate as Candidate | undefined) ?? null,
    interviews: (record.interviews as Record<string, Interview> | undefined) ?? {},
  };
}

export interface SaveOptions {
  /** Overwrite the interview that has this id instead of saving beside it. */
  readonly replace?: boolean;
  /**
   * The id the interview was saved under when it now moves to its own (a fixed company or role):
   * that entry goes, in the same write, and the new one takes its place in the order.
   */
  readonly renameFrom?: string;
  /** Saved as the candidate in the same write when none is saved yet (`import`'s first file). */
  readonly candidateIfNone?: Candidate;
}

/** JSON drops `undefined` fields; compare what will actually be stored. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The answers of an interview: everything but its id and its history. A timeframe is its words:
 * the day they resolve to is the coach's reading, which the user's holidays and the phrase rules
 * (src/model/timeframe-phrases.ts) may change, so an export read back is the same interview.
 */
function answersOf(interview: Interview): unknown {
  const { id: _id, sent: _sent, edits: _edits, timeframe, ...answers } = interview;
  return plain({ ...answers, timeframe: timeframe?.text ?? null });
}

export function sameAnswers(a: Interview, b: Interview): boolean {
  return isDeepStrictEqual(answersOf(a), answersOf(b));
}

function sentKey(entry: SentEntry): string {
  return `${entry.kind}\u0000${entry.to}\u0000${entry.at}`;
}

/** Both logs, each note once, oldest first. */
export function mergeSent(a: readonly SentEntry[], b: readonly SentEntry[]): SentEntry[] {
  const byKey = new Map<string, SentEntry>();
  for (const entry of [...a, ...b]) if (!byKey.has(sentKey(entry))) byKey.set(sentKey(entry), entry);
  return [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/**
 * Names corrected in place: the person at the same place of the panel (or the recruiter) now
 * under another name that shares a word with the old one ("Fiona McAlister" -> "Fiona
 * McAllister"), the old name gone. Their sent notes and hand edits follow the name, or a note
 * already sent would be due again. Someone else put in their place shares no word and keeps none.
 */
function renamesOf(existing: Interview, incoming: Interview): Map<string, string> {
  const renamed = new Map<string, string>();
  const present = new Set([...incoming.interviewers.map((p) => p.name), incoming.recruiter?.name ?? '']);
  const words = (name: string) => new Set(foldName(name).split(' '));
  const pair = (before: string | undefined, after: string | undefined) => {
    if (!before || !after || before === after || present.has(before)) return;
    const theirs = words(after);
    if ([...words(before)].some((word) => word.length > 1 && theirs.has(word))) renamed.set(before, after);
  };
  if (existing.interviewers.length === incoming.interviewers.length)
    for (const [index, person] of existing.interviewers.entries()) pair(person.name, incoming.interviewers[index]?.name);
  pair(existing.recruiter?.name, incoming.recruiter?.name);
  return renamed;
}

/**
 * Where `incoming` goes. Saving the same answers again (importing a file twice) lands on the
 * interview already saved and merges the history; other answers under a taken id get the next
 * free `-2`, `-3`, ... so nothing saved is ever overwritten unless `replace` says so.
 */
export function placeInterview(data: StoreData, incoming: Interview, options: SaveOptions = {}): Interview {
  const base = incoming.id;
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    const existing = data.interviews[id];
    if (existing === undefined) return plain({ ...incoming, id });
    const same = sameAnswers(existing, incoming);
    if (same || (options.replace && n === 1)) {
      const renamed = renamesOf(existing, incoming);
      const follow = <T extends { readonly to: string }>(entry: T): T =>
        renamed.has(entry.to) ? { ...entry, to: renamed.get(entry.to)! } : entry;
      return plain({
        ...incoming,
        id,
        sent: mergeSent(existing.sent.map(follow), incoming.sent.map(follow)),
        // A hand edit belongs to the answers it was made on: keep it only while they hold.
        edits: (incoming.edits ?? (same ? existing.edits : undefined))?.map(follow),
      });
    }
  }
}

/** `data` with the interview saved as `from` now under `to`, in the same place of the order. */
export function renamedEntry(data: StoreData, from: string, to: string): StoreData {
  const entries = Object.entries(data.interviews).map(([id, interview]): [string, Interview] =>
    id === from ? [to, { ...interview, id: to }] : [id, interview],
  );
  return { ...data, interviews: Object.fromEntries(entries) };
}

export function withInterview(data: StoreData, interview: Interview): StoreData {
  return { ...data, interviews: { ...data.interviews, [interview.id]: interview } };
}

export function addSent(interview: Interview, entry: SentEntry): Interview {
  return { ...interview, sent: mergeSent(interview.sent, [entry]) };
}

/**
 * The latest hand edit of each note wins; other notes' edits stay. An edit of a note that went
 * out since is another note's (the first follow-up, when this edit is of the second): it stays.
 */
export function addEdit(interview: Interview, edit: NoteEdit): Interview {
  const wentOut = (e: NoteEdit) =>
    FOLLOW_UP_KINDS.includes(e.kind) &&
    interview.sent.some((s) => s.kind === e.kind && s.to === e.to && Date.parse(s.at) >= Date.parse(e.at));
  const others = (interview.edits ?? []).filter((e) => e.kind !== edit.kind || e.to !== edit.to || wentOut(e));
  return { ...interview, edits: [...others, edit] };
}

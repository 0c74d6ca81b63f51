// The saved data: the candidate, every interview with its sent log and hand edits, and the
// guided session's unfinished draft. Reads are plain (every write is a rename, so a reader sees
// the old file or the new one); every read-modify-write holds the cross-process lock and
// re-reads inside it. A damaged file is moved aside once, under the lock, and the command
// goes on with a clean store after saying where the backup is.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Candidate, Interview, NoteEdit, SentEntry } from '../model/types.js';
import { UsageError } from '../cli/errors.js';
import {
  EMPTY_STORE,
  STORE_VERSION,
  addEdit,
  addSent,
  placeInterview,
  readStoreData,
  renamedEntry,
  storeProblem,
  withInterview,
  type SaveOptions,
  type StoreData,
} from './data.js';
import { checkEntries } from './check-entries.js';
import { CorruptFileError, moveAside, openJsonFile, writeBackup, type JsonFile } from './json-file.js';
import { withLock } from './lock.js';
import { isSaveError } from './save-error.js';
import { messages } from './messages.js';

export interface Store {
  /** The store file (config.json); the draft lives beside it in draft.json. */
  readonly path: string;
  /** Things the user must hear about (a damaged file moved aside); the command prints them. */
  readonly notices: readonly string[];
  candidate(): Promise<Candidate | null>;
  saveCandidate(candidate: Candidate): Promise<void>;
  /** Every saved interview, in the order first saved. */
  interviews(): Promise<Interview[]>;
  interview(id: string): Promise<Interview | null>;
  /** Saves under the interview's id, or the next free `id-2`... when that id holds other answers. */
  saveInterview(interview: Interview, options?: SaveOptions): Promise<Interview>;
  /** Throws UsageError when no interview has `id`. */
  updateInterview(id: string, change: (interview: Interview) => Interview): Promise<Interview>;
  recordSent(id: string, entry: SentEntry): Promise<void>;
  /**
   * Removes the interview saved as `id` (and the unfinished draft, when it is that interview's),
   * in one locked, atomic write; returns it as it was. Throws UsageError when no interview has `id`.
   */
  deleteInterview(id: string): Promise<Interview>;
  saveEdit(id: string, edit: NoteEdit): Promise<void>;
  draft(): Promise<unknown | null>;
  saveDraft(draft: unknown): Promise<void>;
  /** The same, done before it returns (the draft's file needs no lock). Throws SaveError. */
  saveDraftNow(draft: unknown): void;
  clearDraft(): Promise<void>;
  /** Moves a draft the session cannot continue to a backup, and says where. */
  setAsideDraft(): void;
}

export interface OpenStoreOptions {
  readonly env: NodeJS.ProcessEnv;
  /** The folder to use; wins over FOLLOWUP_COACH_HOME (tests, embedding). */
  readonly home?: string;
  /** The clock that names backups of damaged files. */
  readonly now?: () => Date;
}

export function openStore(options: OpenStoreOptions): Store {
  const dir = options.home ?? (options.env.FOLLOWUP_COACH_HOME || undefined);
  return new FileStore(dir, options.now ?? (() => new Date()));
}

class FileStore implements Store {
  readonly #main: JsonFile;
  #draftFile: JsonFile | undefined;
  readonly #notices: string[] = [];
  #swept = false;
  readonly #reported = new Set<string>();

  constructor(
    private readonly dir: string | undefined,
    private readonly now: () => Date,
  ) {
    this.#main = openJsonFile({ dir, name: 'config', problem: storeProblem });
  }

  get path(): string {
    return this.#main.path;
  }

  get notices(): readonly string[] {
    return this.#notices;
  }

  async candidate(): Promise<Candidate | null> {
    return (await this.#read()).candidate;
  }

  async saveCandidate(candidate: Candidate): Promise<void> {
    await this.#change((data) => ({ data: { ...data, candidate }, result: undefined }));
  }

  async interviews(): Promise<Interview[]> {
    return Object.values((await this.#read()).interviews);
  }

  async interview(id: string): Promise<Interview | null> {
    const { interviews } = await this.#read();
    return Object.hasOwn(interviews, id) ? interviews[id]! : null;
  }

  async saveInterview(interview: Interview, options: SaveOptions = {}): Promise<Interview> {
    const from = options.renameFrom;
    if (from !== undefined && from !== interview.id) return this.#saveRenamed(interview, from, options);
    return this.#change((data) => {
      const placed = placeInterview(data, interview, options);
      const candidate = data.candidate ?? options.candidateIfNone ?? null;
      return { data: { ...withInterview(data, placed), candidate }, result: placed };
    });
  }

  /**
   * Moves the interview saved as `from` to `interview.id` and saves the answers there, then points
   * the draft at it. All or nothing: a draft that cannot be rewritten puts the entry back.
   */
  async #saveRenamed(interview: Interview, from: string, options: SaveOptions): Promise<Interview> {
    let before: StoreData | undefined;
    const placed = await this.#change((data) => {
      if (!Object.hasOwn(data.interviews, from))
        throw new UsageError(messages.notFound(from), messages.notFoundTry(Object.keys(data.interviews)));
      if (Object.hasOwn(data.interviews, interview.id)) throw new Error(`${interview.id} is taken`);
      before = data;
      const moved = renamedEntry(data, from, interview.id);
      const result = placeInterview(moved, interview, { ...options, replace: true });
      return { data: withInterview(moved, result), result };
    });
    try {
      const draft = await this.draft();
      if (isDraftOf(draft, from)) this.saveDraftNow({ ...(draft as object), interviewId: placed.id });
    } catch (error) {
      const saved = before!.interviews[from]!;
      await this.#change((data) => ({
        data: renamedEntry({ ...data, interviews: { ...data.interviews, [placed.id]: saved } }, placed.id, from),
        result: undefined,
      }));
      throw error;
    }
    return placed;
  }

  async updateInterview(id: string, change: (interview: Interview) => Interview): Promise<Interview> {
    return this.#change((data) => {
      const current = Object.hasOwn(data.interviews, id) ? data.interviews[id] : undefined;
      if (current === undefined) {
        throw new UsageError(messages.notFound(id), messages.notFoundTry(Object.keys(data.interviews)));
      }
      // The id is the key: a change may not move an interview onto another one.
      const changed = { ...change(current), id };
      return { data: withInterview(data, changed), result: changed };
    });
  }

  async recordSent(id: string, entry: SentEntry): Promise<void> {
    await this.updateInterview(id, (interview) => addSent(interview, entry));
  }

  async deleteInterview(id: string): Promise<Interview> {
    const removed = await this.#change((data) => {
      if (!Object.hasOwn(data.interviews, id))
        throw new UsageError(messages.notFound(id), messages.notFoundTry(Object.keys(data.interviews)));
      const { [id]: gone, ...interviews } = data.interviews;
      return { data: { ...data, interviews }, result: gone! };
    });
    // A draft that would bring the deleted interview back once resumed goes with it.
    if (isDraftOf(await this.draft(), id)) await this.clearDraft();
    return removed;
  }

  async saveEdit(id: string, edit: NoteEdit): Promise<void> {
    await this.updateInterview(id, (interview) => addEdit(interview, edit));
  }

  // The draft is rewritten whole after every answer by the one session that owns it: an
  // atomic write in its own small file, no lock and no re-reading of the interviews.
  async draft(): Promise<unknown | null> {
    const file = this.#draft();
    try {
      return file.read().draft ?? null;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      this.#notices.push(messages.corruptDraft(moveAside(file.path, this.now())));
      return null;
    }
  }

  async saveDraft(draft: unknown): Promise<void> {
    this.saveDraftNow(draft);
  }

  saveDraftNow(draft: unknown): void {
    if (!this.#swept) {
      this.#swept = true;
      sweepStaleTemps(dirname(this.path), this.now());
    }
    this.#draft().writeNow({ version: STORE_VERSION, savedAt: this.now().toISOString(), draft });
  }

  setAsideDraft(): void {
    const backup = moveAside(this.#draft().path, this.now());
    this.#notices.push(messages.wrongShapeDraft(backup));
  }

  async clearDraft(): Promise<void> {
    rmSync(this.#draft().path, { force: true });
  }

  #draft(): JsonFile {
    this.#draftFile ??= openJsonFile({ dir: this.dir, name: 'draft' });
    return this.#draftFile;
  }

  async #read(): Promise<StoreData> {
    let data: StoreData | undefined;
    try {
      data = readStoreData(this.#main.read());
      if (checkEntries(data.candidate, data.interviews).bad.length === 0) return data;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    // Another process may be recovering the same file right now: decide under the lock.
    try {
      return await withLock(this.path, async () => {
        const { data: recovered, dirty } = this.#readOrRecover();
        if (dirty) await this.#main.write({ ...recovered });
        return this.#usable(recovered);
      });
    } catch (error) {
      // A read-only store cannot be repaired, but a command that only reads still works.
      if (!isSaveError(error) || data === undefined) throw error;
      for (const entry of checkEntries(data.candidate, data.interviews).bad) {
        this.#notify(entry.key, messages.badEntryKept(entry.key, this.path, entry.reason, error.reason));
      }
      return this.#usable(data);
    }
  }

  /** Under the lock: the store, with a damaged file or bad entries moved aside to backups. */
  #readOrRecover(): { data: StoreData; dirty: boolean } {
    let raw: StoreData;
    try {
      raw = readStoreData(this.#main.read());
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      const backup = moveAside(this.path, this.now());
      this.#notices.push(messages.corrupt(this.path, error.reason, backup));
      return { data: EMPTY_STORE, dirty: false };
    }
    const checked = checkEntries(raw.candidate, raw.interviews);
    if (checked.bad.length === 0) return { data: raw, dirty: false };
    // Each bad entry leaves the file only once its backup is written; one that cannot be
    // backed up stays in the file (commands never see it: #usable).
    const interviews: Record<string, Interview> = { ...raw.interviews };
    let candidate = raw.candidate;
    let dirty = false;
    for (const entry of checked.bad) {
      try {
        const backup = writeBackup(this.path, entry.key, entry.value, this.now());
        if (entry.key === null) candidate = null;
        else delete interviews[entry.key];
        dirty = true;
        this.#notify(entry.key, messages.badEntry(entry.key, this.path, entry.reason, backup));
      } catch (error) {
        this.#notify(entry.key, messages.badEntryKept(entry.key, this.path, entry.reason, (error as Error).message));
      }
    }
    return { data: { ...raw, candidate, interviews }, dirty };
  }

  #notify(key: string | null, notice: string): void {
    const id = key ?? '';
    if (this.#reported.has(id)) return;
    this.#reported.add(id);
    this.#notices.push(notice);
  }

  async #change<T>(change: (data: StoreData) => { data: StoreData; result: T }): Promise<T> {
    return withLock(this.path, async () => {
      const stored = this.#readOrRecover().data;
      const usable = this.#usable(stored);
      const { data, result } = change(usable);
      // Bad entries that could not be backed up stay in the file, untouched.
      const unmoved = Object.fromEntries(
        Object.entries(stored.interviews).filter(([key]) => !Object.hasOwn(usable.interviews, key)),
      );
      const candidate = data.candidate ?? (usable.candidate === null ? stored.candidate : null);
      await this.#main.write({ ...data, candidate, interviews: { ...unmoved, ...data.interviews } });
      return result;
    });
  }

  /** What commands see: only entries that passed the check, even when one could not be moved. */
  #usable(data: StoreData): StoreData {
    const checked = checkEntries(data.candidate, data.interviews);
    return checked.bad.length === 0 ? data : { ...data, candidate: checked.candidate, interviews: checked.interviews };
  }
}

function isDraftOf(draft: unknown, id: string): boolean {
  return typeof draft === 'object' && draft !== null && (draft as { interviewId?: unknown }).interviewId === id;
}

/** How old a temporary file must be before it is surely a write cut short, not one in progress. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes the temporary files (`draft.json.tmp-…`) that writes leave behind when the process is
 * killed between writing and renaming, as `kill -9` mid-session does. The guided session calls
 * this once, when it first saves its draft; only files an hour old or more are touched.
 */
function sweepStaleTemps(dir: string, now: Date): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^(?:config|draft)\.json\.tmp-[0-9a-f]{16}$/.test(name)) continue;
    const file = join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs >= STALE_TEMP_MS) rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

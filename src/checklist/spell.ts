// Spelling and grammar through Harper in a worker thread. Start it when a session opens: the
// load (about 2 s) runs on the worker, the main thread only posts messages, and `lint` waits
// for `ready` on its own if it is called early.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding } from '../model/types.js';
import type { DialectName } from './dialect.js';
import { parseDraft } from './draft.js';
import { findingsFromLints, lintInput, type MapOptions, type RawLint } from './harper-map.js';
import { lintPieces } from './lint-pieces.js';
import { composed } from './spell-nfc.js';
import { fold } from './text.js';
import { isUnknownWord } from './harper-rules.js';
import { joinedRoleWords } from './typed-words.js';
import { formProbes, knownForms } from './word-forms.js';
import type { WorkerRequest, WorkerResponse } from './lint-protocol.js';
import type { Draft } from './types.js';

export interface SpellChecker {
  /** Resolves once Harper has loaded and linted once; rejects if the worker cannot start. */
  readonly ready: Promise<void>;
  /** How long the worker took to load Harper and lint once, in ms (after `ready`). */
  readonly loadMs: () => number | null;
  /** Spelling and grammar findings, positioned in `text` (a note's text or a parsed draft). */
  lint(text: string | Draft, knownWords: readonly string[], options?: LintOptions): Promise<Finding[]>;
  close(): Promise<void>;
}

export interface LintOptions extends MapOptions {
  /** Told when the draft is past the spelling budget (lint-pieces.ts): only part of it was read. */
  readonly onPartial?: (checkedChars: number, totalChars: number) => void;
}

export interface SpellCheckerOptions {
  /** The built worker file; found next to the bundle (dist/lint-worker.js) when absent. */
  readonly workerUrl?: URL;
  /** The English to expect (see dialect.ts); American when absent. */
  readonly dialect?: DialectName;
}

/** dist/lint-worker.js of the package this module belongs to, from src/ or from any bundle chunk. */
export function defaultWorkerUrl(from = import.meta.url): URL {
  let folder = dirname(fileURLToPath(from));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'dist'))) break;
    folder = dirname(folder);
  }
  return pathToFileURL(join(folder, 'dist', 'lint-worker.js'));
}

export function startSpellChecker(options: SpellCheckerOptions = {}): SpellChecker {
  const url = options.workerUrl ?? defaultWorkerUrl();
  const worker = new Worker(url, { workerData: { dialect: options.dialect ?? 'American' } });
  const pending = new Map<
    number,
    { resolve: (lints: WorkerResponse & { type: 'result' }) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  let loadMs: number | null = null;
  // The known words last sent to the worker, and their folded set: a session passes the same
  // interview's words note after note (see WorkerRequest).
  let sentWords: string | null = null;
  let knownWords: { readonly key: string; readonly folded: ReadonlySet<string> } | null = null;
  let failure: Error | null = null;
  let markReady: () => void = () => {};
  let failReady: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  // Only a worker with work in flight may keep the process alive.
  worker.unref();

  const fail = (error: Error) => {
    failure ??= error;
    failReady(failure);
    for (const waiter of pending.values()) waiter.reject(failure);
    pending.clear();
    worker.unref();
  };
  worker.on('message', (message: WorkerResponse) => {
    if (message.type === 'ready') {
      loadMs = message.loadMs;
      markReady();
      return;
    }
    if (message.type === 'error' && message.id === null) {
      fail(new Error(`The spelling checker could not start: ${message.message}`));
      return;
    }
    if (message.id !== null) {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (pending.size === 0) worker.unref();
      if (message.type === 'result') waiter.resolve(message);
      else waiter.reject(new Error(`The spelling checker failed: ${message.message}`));
    }
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`The spelling checker stopped (exit code ${code}).`)));
  // Nobody may be awaiting `ready`; a failed start must not become an unhandled rejection.
  ready.catch(() => {});

  return {
    ready,
    loadMs: () => loadMs,
    lint(text, words, options = {}) {
      if (failure) return Promise.reject(failure);
      const draft = typeof text === 'string' ? parseDraft(text) : text;
      const id = nextId++;
      const input = composed(lintInput(draft));
      const { pieces, checkedChars, totalChars } = lintPieces(input.text);
      if (checkedChars < totalChars) options.onPartial?.(checkedChars, totalChars);
      // The role's words run together ("ManagerApiary"), each written apart as Harper reads them
      // after the note's pieces: those it finds nothing in are words (typed-words.ts).
      const joined = joinedRoleWords(draft.text, options.role);
      const apartTexts = joined.map((parts) => parts.join(' '));
      const texts = [...pieces.map((piece) => piece.text), ...apartTexts];
      const key = JSON.stringify(words);
      const request: WorkerRequest = { type: 'lint', id, texts, words: key === sentWords ? null : [...words] };
      sentWords = key;
      if (knownWords?.key !== key) knownWords = { key, folded: new Set(words.map(fold)) };
      const known = knownWords.folded;
      return new Promise<Finding[]>((resolve, reject) => {
        const apart = (result: WorkerResponse & { type: 'result' }): ReadonlyMap<string, string> =>
          new Map(
            joined.flatMap((parts, index) => {
              const lints = result.lints[pieces.length + index] ?? [];
              return lints.some(isUnknownWord) ? [] : [[fold(parts.join('')), apartTexts[index]!] as const];
            }),
          );
        const placed = (result: WorkerResponse & { type: 'result' }): RawLint[] =>
          pieces.flatMap((piece, index) =>
            piece.offsets.flatMap((offset) =>
              (result.lints[index] ?? []).map((lint) => ({
                ...lint,
                start: input.original(lint.start + offset),
                end: input.original(lint.end + offset),
              })),
            ),
          );
        pending.set(id, {
          resolve: (result) => {
            const lints = placed(result);
            const finish = (forms?: ReadonlySet<string>) =>
              resolve(findingsFromLints(draft, lints, { ...options, known, apart: apart(result), forms }));
            // Words made from a word Harper knows ("tensioning", "topo"): asked about once more,
            // only when the note has some (word-forms.ts).
            const probe = formProbes(lints);
            if (probe === null) return finish();
            const probeId = nextId++;
            pending.set(probeId, { resolve: (answer) => finish(knownForms(probe, answer.lints[0] ?? [])), reject });
            worker.ref();
            worker.postMessage({ type: 'lint', id: probeId, texts: [probe.text], words: request.words } satisfies WorkerRequest);
          },
          reject,
        });
        worker.ref();
        worker.postMessage(request);
      });
    },
    async close() {
      failure ??= new Error('The spelling checker was closed.');
      await worker.terminate();
    },
  };
}

// Messages between spell.ts (main thread) and lint-worker.ts. Plain data only.
import type { RawLint } from './harper-map.js';

export type WorkerRequest =
  /**
   * Each text is linted on its own (lint-pieces.ts); the answer keeps their order. `words` are
   * the known words, or null for the same words as the last request that sent them: a session
   * checks note after note with one interview's words, and they need not cross threads each time.
   */
  {
    readonly type: 'lint';
    readonly id: number;
    readonly texts: readonly string[];
    readonly words: readonly string[] | null;
  };

export type WorkerResponse =
  | { readonly type: 'ready'; readonly loadMs: number }
  | { readonly type: 'result'; readonly id: number; readonly lints: readonly (readonly RawLint[])[] }
  | { readonly type: 'error'; readonly id: number | null; readonly message: string };

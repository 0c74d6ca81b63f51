// What the guided session comes to, the value the root passes to exit() and the command reads
// from waitUntilExit() (src/commands/session.ts decides the exit code from it).
import type { StopSignal } from '../cli/errors.js';

export type SessionResult =
  | { readonly kind: 'done'; readonly interviewId: string | null; readonly next?: readonly string[] | undefined }
  | {
      readonly kind: 'cancelled';
      readonly savedDraft: boolean;
      readonly notSaved?: string;
      /** Stopped on the review of the interview saved as this id, every answer included: no draft is left. */
      readonly savedAs?: string;
      /** Set when a signal (not Ctrl-C) ended the session. */
      readonly signal?: StopSignal;
      /** The news recorded before Ctrl-C, which is saved whatever the draft's fate. */
      readonly recorded?: readonly string[];
    };

// Bytes in, draft text out, or a clear reason why not. Pure: the command does the reading.
import { checkMessages as m } from './report-messages.js';

/**
 * The largest draft `check` reads: 1 MiB, some 170,000 words, hundreds of times a note's length,
 * so a pasted thread or a long letter fits, and a check at the limit stays within 500 MB and a few
 * seconds (README, `npm run bench`).
 */
export const MAX_BYTES = 1024 * 1024;

export type DecodedInput = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

export function decodeDraft(bytes: Uint8Array, source: string): DecodedInput {
  if (bytes.length > MAX_BYTES) return { ok: false, problem: m.tooLarge(source, MAX_BYTES) };
  if (bytes.includes(0)) return { ok: false, problem: m.binary(source) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: m.notUtf8(source) };
  }
  // TextDecoder drops a leading byte-order mark; the draft keeps none, so offsets match editors.
  if (text.trim() === '') return { ok: false, problem: m.empty(source) };
  return { ok: true, text };
}

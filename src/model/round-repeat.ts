// A later round's note that reads like the one the same person had after an earlier round:
// met again, they should hear about this meeting, not the last one again. Pure: word triples
// shared with the earlier note's body (as the sent log kept it, else as the caller recomposes it:
// a note marked sent by hand has no text on record), over the smaller note's.
import { roundOf, stemOf } from './rounds.js';
import type { Interview, Note } from './types.js';

export const REPEAT_THRESHOLD = 0.8;

export interface Repeat {
  readonly round: number;
  readonly percent: number;
}

function triples(text: string): Set<string> {
  const lower = text.toLowerCase();
  // In plain ASCII the letters and digits are a-z and 0-9 (A-Z too, which lower case has none
  // of): the same words, without the \p{..} RegExp whose Unicode tables V8 builds on first use.
  const words = (/^[\t\n\r -~]*$/.test(lower) ? lower.match(/[a-zA-Z0-9']+/g) : lower.match(/[\p{L}\p{N}']+/gu)) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/** The earlier round whose note of the same kind to the same person this one nearly repeats, if any. */
export function repeatsEarlierRound(
  note: Pick<Note, 'kind' | 'to' | 'body'>,
  interview: Interview,
  saved: readonly Interview[],
  /** The earlier note as it reads now, for an entry sent without its text on record. */
  recompose?: (other: Interview, kind: Note['kind'], to: string) => string | undefined,
): Repeat | null {
  // By round, not id: an unsaved later round read from a file (`--from`) has the first round's id.
  const earlier = saved.filter((other) => stemOf(other) === stemOf(interview) && roundOf(other) < roundOf(interview));
  const mine = triples(note.body);
  let best: Repeat | null = null;
  for (const other of earlier) {
    for (const entry of other.sent) {
      if (entry.kind !== note.kind || entry.to !== note.to) continue;
      const body = entry.body || recompose?.(other, entry.kind, entry.to);
      if (!body) continue;
      const score = overlap(mine, triples(body));
      if (score >= REPEAT_THRESHOLD && (best === null || score * 100 > best.percent))
        best = { round: roundOf(other), percent: Math.round(score * 100) };
    }
  }
  return best;
}

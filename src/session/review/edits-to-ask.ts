// The hand edits a changed answer puts in question, worked out through the injected deps: the
// notes as the templates write them from the old answers and from the new ones, compared.
import type { Interview, Note } from '../../model/types.js';
import { editsInQuestion, editsThatChange, type EditInQuestion } from '../note-history.js';
import type { SessionDeps } from '../effects.js';

type NoteDeps = Pick<SessionDeps, 'reviewNotes' | 'followUpNotes'>;

async function plainNotes(deps: NoteDeps, interview: Interview): Promise<Note[]> {
  const plain = { ...interview, edits: [] };
  // Either set may not apply (no follow-up for someone reached by phone): then it has no notes.
  const [review, followUp] = await Promise.all([
    deps.reviewNotes(plain).catch(() => []),
    deps.followUpNotes(plain).catch(() => []),
  ]);
  return [...review, ...followUp];
}

/** The plain notes of the old answers, and the hand edits worth keeping: those that change their note (editsThatChange). */
export interface CarriedEdits {
  readonly edits: Interview['edits'];
  readonly before: readonly Note[];
}

export async function editsToCarry(deps: NoteDeps, previous: Interview): Promise<CarriedEdits> {
  const edits = previous.edits;
  if (edits === undefined || edits.length === 0) return { edits, before: [] };
  const before = await plainNotes(deps, previous);
  return { edits: editsThatChange(edits, before, previous.sent), before };
}

/** The carried edits whose notes read differently under `stored`'s answers. */
export async function editsToAsk(deps: NoteDeps, carried: CarriedEdits, stored: Interview): Promise<EditInQuestion[]> {
  const edits = carried.edits ?? [];
  if (edits.length === 0) return [];
  return editsInQuestion(edits, carried.before, await plainNotes(deps, stored), stored.sent);
}

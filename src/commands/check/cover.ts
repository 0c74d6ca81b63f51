// A draft pasted from regen or the review of a note that goes through a go-between opens with the
// coach's own line to them ("Ms Kim, as you suggested, ..."). With the interview and the person
// known (--profile or --from, and --to), that line is the one compose writes for them: blanked
// like the composed note's, so the checklist does not read it as the note's greeting.
import { withoutPastedCover } from '../../checklist/draft.js';
import type { CheckContext, Draft } from '../../checklist/types.js';
import { ComposeError } from '../../compose/errors.js';

export async function withoutCoverLine(draft: Draft, context: CheckContext): Promise<Draft> {
  const { interview, to, kind } = context;
  if (interview === undefined || to === undefined || interview.via === undefined) return draft;
  // Compose is loaded only for an interview with a go-between: most checks need none of it.
  const { composeNotes, kindsFor } = await import('../../compose/compose.js');
  for (const each of kind === undefined ? kindsFor(interview) : [kind]) {
    let covers: string[];
    try {
      covers = composeNotes(interview, each, { to }).flatMap((note) => (note.via ? [note.via.cover] : []));
    } catch (error) {
      // Nobody of that kind by that name: there is no cover line to look for.
      if (error instanceof ComposeError) continue;
      throw error;
    }
    const cover = covers.find((line) => draft.body.trimStart().startsWith(line));
    if (cover !== undefined) return withoutPastedCover(draft, cover);
  }
  return draft;
}

// Which id a saved interview keeps once its company or role changed in the session. The id is
// typed after `regen`, names the note files and is listed by `list`: while nothing of the
// interview has gone out it follows the answers, so a typo fixed in the role leaves no trace;
// once something did (a note marked sent, a calendar file, a later round filed under its
// stem), the id is what the outside world already holds, so it stays and the user hears why.
import { stemOf } from '../model/rounds.js';
import { slugFor } from '../model/slug.js';
import type { Interview } from '../model/types.js';
import { idMessages } from './messages.js';

export type IdChange =
  | { readonly kind: 'same' }
  | { readonly kind: 'rename'; readonly to: string; readonly notice: string }
  | { readonly kind: 'keep'; readonly notice: string };

/** Why the id may not move, or null when nothing of the interview has gone out. */
function wentOut(saved: Interview, all: readonly Interview[], inCalendar: boolean): string | null {
  if (saved.sent.length > 0) return idMessages.becauseSent;
  if (inCalendar) return idMessages.becauseCalendar;
  const stem = stemOf(saved);
  if ((saved.round ?? 1) > 1 || all.some((other) => other.id !== saved.id && stemOf(other) === stem)) {
    return idMessages.becauseRounds;
  }
  return null;
}

/** The id for `saved` now that its answers say `company` and `role`. Pure. */
export function idAfterChange(
  saved: Interview,
  answers: { readonly company: string; readonly role: string },
  all: readonly Interview[],
  inCalendar: boolean,
): IdChange {
  // Only a changed company or role moves an id: an imported file's own id stays otherwise.
  if (saved.company === answers.company && saved.role === answers.role) return { kind: 'same' };
  const base = slugFor(answers.company, answers.role, []);
  // Already that slug, or its `-2` beside another interview of the same name.
  if (saved.id === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`).test(saved.id)) {
    return { kind: 'same' };
  }
  const why = wentOut(saved, all, inCalendar);
  if (why !== null) return { kind: 'keep', notice: idMessages.kept(saved.id, why) };
  const to = slugFor(
    answers.company,
    answers.role,
    all.filter((other) => other.id !== saved.id).map((other) => other.id),
  );
  return { kind: 'rename', to, notice: idMessages.renamed(saved.id, to) };
}

// The notes under review and their findings. The rules that run at once give findings in a few
// milliseconds; spelling comes later from the worker and is merged in when it arrives, so the
// review never waits for it.
import { useCallback, useEffect, useState } from 'react';
import type { Finding, Interview, Note } from '../../model/types.js';
import { asSent, withEdit, type NotesPurpose } from '../../session/index.js';
import type { SessionDeps } from '../../session/effects.js';

export interface ReviewNote {
  readonly note: Note;
  readonly edited: boolean;
  /** Null while the rules run. */
  readonly findings: readonly Finding[] | null;
  readonly spellingPending: boolean;
}

// Which notes the review shows: a session-core type (src/session/guide-state.ts).
export type { NotesPurpose };

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const sorted = (findings: readonly Finding[]) =>
  [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line || a.column - b.column);

export function useReviewNotes(
  deps: SessionDeps,
  interview: Interview,
  purpose: NotesPurpose,
  others: readonly Interview[],
): { readonly notes: readonly ReviewNote[] | null; readonly replace: (index: number, subject: string, body: string) => void } {
  const [notes, setNotes] = useState<readonly ReviewNote[] | null>(null);

  const checkOne = useCallback(
    async (note: Note, siblings: readonly Note[], update: (change: (r: ReviewNote) => ReviewNote) => void) => {
      const context = { kind: note.kind, interview, to: note.to, otherInterviews: others, siblings, now: deps.now() };
      const rules = await deps.check(note, context);
      update((r) => ({ ...r, findings: sorted([...rules, ...(r.findings ?? []).filter((f) => isSpelling(f))]) }));
      const spelling = await deps.checkSpelling(note, context).catch(() => []);
      update((r) => ({
        ...r,
        spellingPending: false,
        findings: sorted([...(r.findings ?? []).filter((f) => !isSpelling(f)), ...spelling]),
      }));
    },
    [deps, interview, others],
  );

  useEffect(() => {
    let live = true;
    setNotes(null);
    void (async () => {
      const composed = purpose === 'follow-up' ? await deps.followUpNotes(interview) : await deps.reviewNotes(interview);
      if (!live) return;
      const start = composed.map((n) => shownNote(n, interview, purpose));
      setNotes(start.map(({ note, edited }) => ({ note, edited, findings: null, spellingPending: true })));
      // The same note objects as in the state: an update applies only while its note is current.
      const siblings = start.map(({ note }) => note);
      siblings.forEach((note, index) => {
        const update = (change: (r: ReviewNote) => ReviewNote) =>
          live && setNotes((all) => (all === null ? null : all.map((r, i) => (i === index && r.note === note ? change(r) : r))));
        void checkOne(note, siblings, update);
      });
    })();
    return () => {
      live = false;
    };
  }, [deps, interview, purpose, checkOne]);

  const replace = useCallback(
    (index: number, subject: string, body: string) => {
      setNotes((all) => {
        if (!all?.[index]) return all;
        const note = { ...all[index]!.note, subject, body };
        const next = all.map((r, i) => (i === index ? { note, edited: true, findings: null, spellingPending: true } : r));
        const siblings = next.map((r) => r.note);
        void checkOne(note, siblings, (change) =>
          setNotes((now) => (now === null ? null : now.map((r, i) => (i === index && r.note === note ? change(r) : r)))),
        );
        return next;
      });
    },
    [checkOne],
  );

  return { notes, replace };
}

/**
 * The note as the review shows it: in the review of the first notes, a note already sent as it
 * was sent (answers changed since do not rewrite what went out); else with the user's hand edit.
 */
function shownNote(composed: Note, interview: Interview, purpose: NotesPurpose): { note: Note; edited: boolean } {
  if (purpose === 'review') {
    const { sentAt, ...sent } = asSent(composed, interview.sent);
    if (sentAt !== null) return { note: sent, edited: false };
  }
  const { edited, ...note } = withEdit(composed, interview.edits);
  return { note, edited };
}

function isSpelling(finding: Finding): boolean {
  return finding.rule === 'spelling' || finding.rule === 'grammar';
}

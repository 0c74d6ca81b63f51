// What the home offers once there are saved interviews, in order: the notes and calls that are due
// or overdue (most urgent first: a thank-you not yet sent, a follow-up whose day has come, a
// thank-you an earlier round still owes), a new interview, each saved interview's notes, news for
// the latest round of each application, deleting a saved interview, and the card to read before
// an interview. Both front ends list exactly these and start on the first: when something is due,
// the most urgent step is one Enter away (a new user's trial found the home defaulting to a new
// interview while a thank-you waited).
import { type DateStyle, formatDay } from '../model/dates.js';
import { kindTitle } from '../model/note-kinds.js';
import { applications, latestRounds, roundOf, stemOf } from '../model/rounds.js';
import type { Interview, IsoDate, NoteKind } from '../model/types.js';
import type { DueFollowUp } from './effects.js';
import type { NoteRef } from './review/types.js';
import { deleteMessages, home } from './home-messages.js';
import { newsMessages } from './news-messages.js';

export type HomeChoice =
  | { readonly kind: 'new' }
  | { readonly kind: 'prep' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'news'; readonly interview: Interview }
  | { readonly kind: 'follow-up'; readonly interview: Interview; readonly at?: NoteRef }
  | { readonly kind: 'notes'; readonly interview: Interview; readonly at?: NoteRef };

export interface HomeEntry {
  /** Unique among the entries, for a list widget. */
  readonly value: string;
  readonly label: string;
  readonly choice: HomeChoice;
}

/** The steps that open the interview's follow-ups (SessionDeps.followUpNotes writes them); any other opens its review. */
const FOLLOW_UPS: ReadonlySet<NoteKind> = new Set(['follow-up', 'voicemail', 'stay-in-touch']);

function dueEntry({ interview, due: day, line, owed, kind, to }: DueFollowUp, style: DateStyle): HomeEntry {
  const what = line ?? formatDay(day, style);
  // The review opens on the step's first note (its person's), so each due entry opens its own.
  const at = kind === undefined || to === undefined ? {} : { at: { kind, to } };
  if (owed)
    return {
      value: `owed:${interview.id}`,
      label: home.owed(interview.company, interview.role, roundOf(interview), what),
      choice: { kind: 'notes', interview, ...at },
    };
  if (kind === undefined || FOLLOW_UPS.has(kind))
    return {
      value: `follow-up:${interview.id}`,
      label: (kind === 'stay-in-touch' ? home.stayInTouch : home.followUp)(interview.company, interview.role, what),
      choice: { kind: 'follow-up', interview, ...at },
    };
  // A thank-you (or the thanks after a no, or the contact request) is among the interview's notes.
  return {
    value: `due:${interview.id}`,
    label: home.due(kindTitle(kind), interview.company, interview.role, what),
    choice: { kind: 'notes', interview, ...at },
  };
}

/**
 * The due rows with a value each of their own: an earlier round that owes two things (a note
 * and a call, on different days) is two rows of one interview. The second keeps its place in the
 * order as its mark (`owed:ID:2`), which the same list gives it again on every draw.
 */
function distinct(entries: readonly HomeEntry[]): HomeEntry[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const count = (seen.get(entry.value) ?? 0) + 1;
    seen.set(entry.value, count);
    return count === 1 ? entry : { ...entry, value: `${entry.value}:${count}` };
  });
}

export function homeEntries(
  interviews: readonly Interview[],
  due: readonly DueFollowUp[],
  style: DateStyle,
): readonly HomeEntry[] {
  const rounds = new Set(
    applications(interviews)
      .filter((group) => group.length > 1)
      .map((group) => stemOf(group[0]!)),
  );
  return [
    ...distinct(due.map((item) => dueEntry(item, style))),
    { value: 'new', label: home.newInterview, choice: { kind: 'new' } },
    ...interviews.map(
      (interview): HomeEntry => ({
        value: `notes:${interview.id}`,
        // Rounds of one application share company and role: the round tells them apart.
        label: home.regen(interview.company, interview.role, rounds.has(stemOf(interview)) ? roundOf(interview) : undefined),
        choice: { kind: 'notes', interview },
      }),
    ),
    // News is the application's: offered for the latest round of each, which the schedule follows.
    ...latestRounds(interviews).map(
      (interview): HomeEntry => ({
        value: `news:${interview.id}`,
        label: newsMessages.homeEntry(interview.company, interview.role),
        choice: { kind: 'news', interview },
      }),
    ),
    // Only once there is something to delete (the last one deleted, the home still shows).
    ...(interviews.length === 0 ? [] : [{ value: 'delete', label: deleteMessages.entry, choice: { kind: 'delete' } } as const]),
    { value: 'prep', label: newsMessages.prepEntry, choice: { kind: 'prep' } },
  ];
}

/**
 * The line above the home's choices that counts what is due by today, one per person in each
 * step ("2 notes due today, the most urgent listed first."), or null when nothing is. The
 * entries themselves say who, which note and how late: a new user's trial read each step twice.
 */
export function dueSummary(due: readonly DueFollowUp[], today: IsoDate): string | null {
  const now = due.filter((item) => item.due <= today);
  if (now.length === 0) return null;
  return home.dueToday(now.reduce((sum, item) => sum + (item.notes ?? 1), 0));
}

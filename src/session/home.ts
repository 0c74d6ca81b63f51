// What the home offers once there are saved interviews, in order: a new interview, the follow-ups
// that are due and the thank-yous an earlier round still owes (most urgent first), each saved
// interview's notes, news for the latest round of each application, deleting a saved interview,
// and the card to read before an interview. Both front ends list exactly these.
import { type DateStyle, formatDay } from '../model/dates.js';
import { applications, latestRounds, roundOf, stemOf } from '../model/rounds.js';
import type { Interview, IsoDate } from '../model/types.js';
import type { DueFollowUp } from './effects.js';
import { deleteMessages, home } from './home-messages.js';
import { newsMessages } from './news-messages.js';

export type HomeChoice =
  | { readonly kind: 'new' }
  | { readonly kind: 'prep' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'news'; readonly interview: Interview }
  | { readonly kind: 'follow-up'; readonly interview: Interview }
  | { readonly kind: 'notes'; readonly interview: Interview };

export interface HomeEntry {
  /** Unique among the entries, for a list widget. */
  readonly value: string;
  readonly label: string;
  readonly choice: HomeChoice;
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
    { value: 'new', label: home.newInterview, choice: { kind: 'new' } },
    ...due.map(({ interview, due: day, line, owed, kind }): HomeEntry => {
      const what = line ?? formatDay(day, style);
      return owed
        ? {
            value: `owed:${interview.id}`,
            label: home.owed(interview.company, interview.role, roundOf(interview), what),
            choice: { kind: 'notes', interview },
          }
        : {
            value: `follow-up:${interview.id}`,
            label: (kind === 'stay-in-touch' ? home.stayInTouch : home.followUp)(interview.company, interview.role, what),
            choice: { kind: 'follow-up', interview },
          };
    }),
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
 * The line above the home's choices that says what is due by today, from the same schedule the
 * home lists ("2 notes due today: Acme Robotics, follow-up to Priya Raghunathan: due now; ..."),
 * or null when nothing is. A new user's trial found the home never said what was due.
 */
export function dueSummary(due: readonly DueFollowUp[], today: IsoDate, style: DateStyle): string | null {
  const now = due.filter((item) => item.due <= today);
  if (now.length === 0) return null;
  return home.dueToday(
    now.reduce((sum, item) => sum + (item.notes ?? 1), 0),
    now.map((item) => `${item.interview.company}, ${item.line ?? formatDay(item.due, style)}`),
  );
}

// The first question once there are saved interviews, as the Ink home asks it: start a new
// interview, write the follow-up that is due (most urgent first), or go back to a saved
// interview's notes. The same words as the Ink home, from its messages module.
import { formatDay } from '../model/dates.js';
import type { Interview } from '../model/types.js';
import type { DueFollowUp } from '../session/effects.js';
import type { HomeChoice } from '../ui/home.js';
import { home } from '../ui/messages.js';
import { newsMessages } from '../session/index.js';
import { latestRounds } from '../model/rounds.js';
import type { Prompter } from './prompter.js';

interface Entry {
  readonly value: string;
  readonly label: string;
  readonly choice: HomeChoice;
}

export async function askHome(
  interviews: readonly Interview[],
  due: readonly DueFollowUp[],
  prompter: Prompter,
): Promise<HomeChoice> {
  const entries: Entry[] = [
    { value: 'new', label: home.newInterview, choice: { kind: 'new' } },
    ...due.map(
      ({ interview, due: day, line }): Entry => ({
        value: `follow-up:${interview.id}`,
        label: home.followUp(interview.company, interview.role, line ?? formatDay(day)),
        choice: { kind: 'follow-up', interview },
      }),
    ),
    ...interviews.map(
      (interview): Entry => ({
        value: `notes:${interview.id}`,
        label: home.regen(interview.company, interview.role),
        choice: { kind: 'notes', interview },
      }),
    ),
    // News is the application's: offered for the latest round of each, as in the Ink home.
    ...latestRounds(interviews).map(
      (interview): Entry => ({
        value: `news:${interview.id}`,
        label: newsMessages.homeEntry(interview.company, interview.role),
        choice: { kind: 'news', interview },
      }),
    ),
    { value: 'prep', label: newsMessages.prepEntry, choice: { kind: 'prep' } },
  ];
  // Nothing comes before the home, so there is no "back" to offer.
  const picked = await prompter.choose(home.question, entries, 'new', false);
  return entries.find((entry) => entry.value === picked)?.choice ?? { kind: 'new' };
}

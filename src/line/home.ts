// The home, line by line: the choices the session core lists (src/session/home.ts), numbered.
import type { DateStyle } from '../model/dates.js';
import type { Interview, IsoDate } from '../model/types.js';
import type { DueFollowUp } from '../session/effects.js';
import { dueSummary, homeEntries, homeMessages, type HomeChoice } from '../session/index.js';
import type { Prompter } from './prompter.js';

export async function askHome(
  interviews: readonly Interview[],
  due: readonly DueFollowUp[],
  style: DateStyle,
  prompter: Prompter,
  today?: IsoDate,
): Promise<HomeChoice> {
  const entries = homeEntries(interviews, due, style);
  // What is due by today, above the choices, as the Ink home says it.
  const dueNow = today === undefined ? null : dueSummary(due, today);
  if (dueNow !== null) prompter.print(dueNow);
  // Nothing comes before the home, so there is no "back" to offer. Enter takes the first entry,
  // the most urgent step when one is due; a new interview is its number away.
  const picked = await prompter.choose(homeMessages.question, entries, entries[0]!.value, false);
  return entries.find((entry) => entry.value === picked)?.choice ?? { kind: 'new' };
}

// An interview as it stands once the thank-yous went out: one sent-log entry per interviewer
// (without its text), the day after the interview, besides what the log already holds. A
// follow-up quotes only a thank-you on record (src/compose/compose.ts, priorThankYou).
import { addDays } from '../../src/model/dates.js';
import type { Interview } from '../../src/model/types.js';

export function thanked(interview: Interview, at = `${addDays(interview.date, 1)}T15:00:00.000Z`): Interview {
  const logged = new Set(interview.sent.filter((entry) => entry.kind === 'thank-you').map((entry) => entry.to));
  const added = interview.interviewers
    .filter((person) => !logged.has(person.name))
    .map((person) => ({ kind: 'thank-you' as const, to: person.name, at, method: 'clipboard' as const }));
  return { ...interview, sent: [...interview.sent, ...added] };
}

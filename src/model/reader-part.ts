// What part a reader had in the candidate's day, from what the candidate saved about them: their
// title and what the two talked about. Someone who hosted the candidate (showed them round, took
// them to lunch, arranged the day) weighed nothing, and a note that tells them "As you decide" or
// asks them to remember the candidate's strength when they choose claims a part they never had.
// Anyone else on the panel is taken to have assessed the candidate, which is what a panel is for;
// nobody is said to decide on their own either way (the templates ask about "the decision").
import type { Interviewer } from './types.js';

export type ReaderPart = 'assessor' | 'host';

/** Titles whose head noun is a job of looking after visitors or arranging the day ("Recruiting Coordinator"). */
const HOST_HEAD = /^(coordinator|co-ordinator|receptionist|scheduler|concierge|host|hostess|greeter|guide)$/i;

/** What hosting is: a tour, a meal or coffee, the day's arrangements ("the office tour", "lunch with the team"). */
const HOSTING =
  /\b(tours?|toured|lunch|breakfast|coffee|dinner|itinerary|parking|directions|logistics|travel arrangements|showing me (a)?round|showed me (a)?round|walk-?(a)?round|(interview|visit) (schedule|day)|schedule for the day|day's schedule)\b/i;

/** The word that says what the title is: "Recruiting Coordinator" -> "Coordinator", "Assistant Store Manager" -> "Manager". */
function headOf(title: string): string {
  const first = title.split(/,| of | for | - | \u2013 |\(/)[0] ?? '';
  return first.trim().split(/\s+/).at(-1) ?? '';
}

/** A host when the title says so, or when everything talked about was the hosting itself. */
export function partOf(person: Pick<Interviewer, 'title' | 'topics'>): ReaderPart {
  if (HOST_HEAD.test(headOf(person.title))) return 'host';
  const topics = person.topics.map((topic) => topic.trim()).filter((topic) => topic.length > 0);
  return topics.length > 0 && topics.every((topic) => HOSTING.test(topic)) ? 'host' : 'assessor';
}

// The card to read before the interview: what to note down while you are there, so every
// note afterwards has a name, an address and something you talked about. Shared by
// `followup-coach prep`, the session's home screen and the line mode's.

export const PREP_TITLE = 'Before you go: what to note down during the interview';

export const PREP_ITEMS: readonly string[] = [
  "Each interviewer's name, spelled as on their card or profile, and their job title.",
  'Each one\'s e-mail address, or phone number if they called you. Ask at the end: "May I have your e-mail, so I can follow up?" Without it there is no note.',
  'What each person asked about or told you, in a few words: one topic per person is what makes each note their own.',
  'A personal detail, if one came up (a project they are proud of, a shared interest).',
  'When they expect to decide, in their own words ("by the end of next week"), and what the next step is.',
  "Who to ask if an address is missing: the recruiter's or HR contact's name and e-mail.",
];

export const PREP_CLOSING = 'Afterwards, run followup-coach and the notes are ready within the day.';

/** The card as plain text, one item a line, for the terminal and the line mode. */
export function prepCardText(): string {
  return [PREP_TITLE, '', ...PREP_ITEMS.map((item) => `  - ${item}`), '', PREP_CLOSING, ''].join('\n');
}

// Notes with a slip that two rules see at one place, and a subject that names nothing, for the
// review tests of findings at one place and of the subject hint: the note to Priya greets Sam
// (name-mismatch and wrong-person, both at "Sam"), and its subject is only "Thank you".
import type { Interview, Note } from '../../src/model/types.js';

export function oneSlipNotes(interview: Interview): Note[] {
  const [priya] = interview.interviewers;
  return [
    {
      kind: 'thank-you',
      to: priya!.name,
      address: priya!.email,
      subject: 'Thank you',
      body: `Dear Sam,\n\nThank you for talking with me about ${priya!.topics[0]} and ${priya!.topics[1]} for the ${interview.role} role at ${interview.company}. I enjoyed hearing how the team works.\n\nBest regards,\n${interview.candidate.name}`,
      attachments: [],
    },
  ];
}

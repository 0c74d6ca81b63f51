// Every word the guided session says about its questions: labels, hints and what to type when an
// answer cannot be used. The Ink views and the line mode both read these, so a screen reader user
// hears exactly what a sighted user reads.

export const sections = {
  about: 'About you',
  interview: 'The interview',
  interviewers: 'Interviewers',
  next: 'Next steps',
  review: 'Review',
} as const;

export const labels = {
  candidateName: 'Your name',
  candidateEmail: 'Your e-mail',
  candidatePhone: 'Your phone',
  candidateSignature: 'Signature line (optional)',
  candidateResume: 'Resume file (optional)',
  company: 'Company',
  role: 'Role',
  date: 'Interview date',
  format: 'Format',
  recruiterName: 'Recruiter or HR contact (optional)',
  recruiterEmail: "Recruiter's e-mail (optional)",
  interviewerName: 'Name',
  interviewerTitle: 'Title',
  interviewerEmail: 'E-mail',
  interviewerPhone: 'Phone',
  interviewerMedium: 'How did they reach you?',
  interviewerTopics: 'Topics you discussed',
  interviewerDetail: 'A personal detail (optional)',
  interviewers: 'Interviewers',
  timeframe: 'When did they say they would decide?',
  notSelected: 'Were you told you are not the final choice?',
} as const;

export const hints = {
  candidateName: 'As you sign your notes. Saved for next time.',
  candidateEmail: 'The address the company knows you by.',
  candidatePhone: 'So a phone interviewer can call you back.',
  candidateSignature: 'A line under your name, e.g. linkedin.com/in/you. Enter to skip.',
  candidateResume: 'A follow-up re-attaches it. Enter to skip.',
  company: 'As they write it, e.g. Acme Robotics.',
  role: 'The job title from the posting.',
  date: 'today, yesterday, a weekday (tuesday) or a date like 2026-11-24.',
  format: '',
  recruiterName: 'Who to ask for an address you lack. Enter to skip.',
  recruiterEmail: 'Enter to skip.',
  interviewerName: 'Check the spelling against their card or profile: a wrong name costs more than no note.',
  interviewerTitle: 'e.g. Engineering Manager.',
  interviewerEmail: 'Leave empty if you have none: the coach writes a note asking the recruiter for it.',
  interviewerPhone: 'Leave empty if you have none.',
  interviewerMedium: 'Answer e-mail with e-mail and calls with calls.',
  interviewerTopics:
    'Review your notes from the meeting: each note names what you discussed with this person. One topic per line; Enter on an empty line when done.',
  interviewerDetail: 'Something you shared, e.g. we both ran the Chicago marathon. Enter to skip.',
  interviewers: 'One note per person, never one note to the group.',
  timeframe: 'In their words, e.g. by the end of next week. Leave empty if they gave none.',
  notSelected: 'A gracious note now keeps you in mind for the next opening.',
} as const;

export const choices = {
  onsite: 'On site',
  video: 'Video call',
  phone: 'Phone call',
  email: 'E-mail',
  phoneMedium: 'Phone',
  no: 'No',
  yes: 'Yes, I was told',
} as const;

export const problems = {
  date: 'Type today, yesterday, a weekday such as tuesday, or a date like 2026-11-24.',
  futureDate: 'That date is in the future: type the day the interview took place.',
  choose: 'Choose one of the options with the arrow keys and press Enter.',
  topicsNone: 'Add at least one topic you discussed with this person: it is what makes the note theirs.',
  topicDuplicate: 'That topic is already on the list.',
  noInterviewers: 'Add at least one interviewer: every person you met gets a note of their own.',
  unfinished: (name: string, problem: string) => `Finish ${name} (edit them on the list): ${problem}`,
  unnamed: 'One interviewer has no name yet: edit or remove it.',
} as const;

export const understood = {
  date: (day: string) => `→ ${day}`,
  timeframe: (words: string, day: string) => `${words} → ${day}`,
  timeframeUnknown: "→ could not read a date in that; it is kept as you typed it",
  noTimeframe: '→ none given: the follow-up waits 5 business days after your thank-you',
} as const;


// Every word the guided session says about its questions: labels, hints and what to type when an
// answer cannot be used. The Ink views and the line mode both read these, so a screen reader user
// hears exactly what a sighted user reads.
import { joinList } from '../compose/words.js';

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
  /** The same question where the notes say CV (en-GB and its neighbours, compose/words.ts). */
  candidateCv: 'CV file (optional)',
  company: 'Company',
  role: 'Role',
  date: 'Interview date',
  format: 'Format',
  recruiterName: 'Recruiter or HR contact (optional)',
  recruiterEmail: "Recruiter's e-mail (optional)",
  recruiterPhone: "Recruiter's phone (optional)",
  interviewerName: 'Name',
  interviewerTitle: 'Title',
  interviewerEmail: 'E-mail',
  interviewerPhone: 'Phone',
  interviewerMedium: 'How did they reach you?',
  interviewerTopics: 'Topics you discussed',
  interviewerDetail: 'A personal detail (optional)',
  interviewerGreeting: 'How do you greet them?',
  recruiterGreeting: 'How do you greet the recruiter?',
  interviewerAddition: 'Something to add or send them (optional)',
  formality: 'How do you greet interviewers?',
  toldBy: 'Who told you? (optional)',
  strength: 'The strength you want them to remember (optional)',
  tone: 'How should the notes sound?',
  interviewers: 'Interviewers',
  timeframe: 'When did they say they would decide?',
  notSelected: 'Were you told you are not the final choice?',
  via: 'Did the recruiter ask you to send your notes through them?',
} as const;

/**
 * The questions about the recruiter or HR contact, once they are named: each names them, as they
 * may be an HR partner, a coordinator or a hiring manager (a trial's HR partner was asked for
 * "Recruiter's e-mail"). The labels above stand only where no name is known.
 */
export const contactLabels = {
  email: (name: string) => `${possessive(name)} e-mail (optional)`,
  phone: (name: string) => `${possessive(name)} phone (optional)`,
  greeting: (name: string) => `How do you greet ${name}?`,
  via: (name: string) => `Did ${name} ask you to send your notes through them?`,
  viaHint: (name: string) =>
    `As in "please send your thanks through me". Each person still gets a note of their own, sent to ${possessive(name)} address with a line asking to pass it on.`,
} as const;

/** "Dana Kim's", "James Ross's". */
function possessive(name: string): string {
  return `${name}'s`;
}

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
  recruiterPhone: 'If they called you, their number. Enter to skip.',
  interviewerName: 'Check the spelling against their card or profile: a wrong name costs more than no note.',
  interviewerTitle: 'e.g. Engineering Manager.',
  /** `recruiter`: whom the contact request asks, when known. */
  interviewerEmail: (recruiter: string) =>
    `Leave empty if you have none: the coach writes a note asking ${recruiter || 'the recruiter or another interviewer'} for it.`,
  /** The recruiter's own address, on the panel: nobody else is asked for it. */
  interviewerEmailOwn: 'Leave empty if you have none.',
  /** Every note goes through `via` (each one to a person without an address does). */
  interviewerEmailVia: (via: string) => `Leave empty if you have none: your notes go through ${via}, so no address is needed.`,
  interviewerPhone: 'Leave empty if you have none.',
  interviewerMedium: 'Answer e-mail with e-mail and calls with calls.',
  interviewerTopics:
    'Review your notes from the meeting: each note names what you discussed with this person. One topic per line; Enter on an empty line when done.',
  interviewerDetail:
    'Something personal you talked about, in your own words, e.g. "We both ran the Chicago marathon this year." The thank-you and the stay-in-touch note mention it; the note after a no leaves it out. Enter to skip.',
  interviewerGreeting: 'As you would address them in person, e.g. Priya or Dr. Okonkwo. Every note to them opens with it.',
  recruiterGreeting:
    'Their given name or their title and surname, e.g. Dana or Ms Kim, as you greet the panel. Every note to them opens with it.',
  interviewerAddition:
    'One thing you would add, answer better or send them, as a few words that finish "I would like to say more about ...", e.g. the dashboard mock-up I mentioned. Enter to skip.',
  formality:
    'First names suit most workplaces; titles suit schools, hospitals, law and government. You can change each greeting.',
  toldBy:
    'The interviewer or recruiter who gave you the news: only they are thanked for telling you. Enter if nobody in particular.',
  strength:
    'A few words that finish "I hope you remember ...", e.g. my six years on a telemetry floor. Every note mentions it once. Enter to skip.',
  tone: 'Warm suits most notes; formal suits law, finance and public service; brief suits a busy reader or a second note.',
  interviewers: 'One note per person, never one note to the group.',
  timeframe: 'In their words, e.g. by the end of next week. Leave empty if they gave none.',
  notSelected: 'A gracious note now keeps you in mind for the next opening.',
  via: 'As in "please send your thanks through me". Each person still gets a note of their own, sent to the recruiter\'s address with a line asking to pass it on.',
} as const;

export const choices = {
  onsite: 'On site',
  video: 'Video call',
  phone: 'Phone call',
  email: 'E-mail',
  phoneMedium: 'Phone',
  no: 'No',
  yes: 'Yes, I was told',
  firstNames: 'First names (Dear Priya)',
  titles: 'Titles and surnames (Dear Dr. Okonkwo)',
  warm: 'Warm',
  formal: 'Formal',
  brief: 'Brief',
  viaNone: 'No: I write to each person',
  viaThankYou: 'Yes, the thank-you notes',
  viaAll: 'Yes, every note (follow-ups too)',
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
  noResume: (path: string, word: 'CV' | 'resume' = 'resume') =>
    `There is no file at ${path}. Type the path of your ${word} as a terminal would read it (~/Documents/${word === 'CV' ? 'cv' : 'resume'}.pdf), or leave it empty: the notes then mention no attachment.`,
  toldBy: (text: string, names: readonly string[]) =>
    `Nobody called "${text}" is in this interview: type ${names.length === 0 ? 'the name of an interviewer or the recruiter' : names.length === 1 ? names[0] : `one of ${names.join(', ')}`}, or leave it empty.`,
  toldByAmbiguous: (text: string, names: readonly string[]) =>
    `"${text}" fits ${names.length === 2 ? 'both ' : ''}${joinList(names)}: type more of the name, or leave it empty.`,
} as const;

export const summaries = {
  tone: (label: string) => `${label.toLowerCase()} notes`,
} as const;

export const understood = {
  date: (day: string) => `→ ${day}`,
  timeframe: (words: string, day: string, reading?: string) => `${words} → ${day}${reading === undefined ? '' : ` (${reading})`}`,
  timeframeUnknown:
    '→ no date in that, so the follow-up waits 5 business days after your thank-you; if they gave a day or a span, type it as they said it ("in two weeks", "by Friday")',
  noTimeframe: '→ none given: the follow-up waits 5 business days after your thank-you',
  greeting: (name: string) => `→ Dear ${name},`,
  /** Greeted by titles, a name typed without one: the coach cannot tell which title it is. */
  greetingWhole: (name: string, surname: string) =>
    `→ Dear ${name}, (to greet them by their title, type it, e.g. Mr. ${surname} or Ms. ${surname})`,
  detail: (about: string) => `→ in the thank-you, for example: "I also enjoyed talking about ${about}."`,
  addition: (phrase: string, byPhone = false) =>
    byPhone
      ? `→ in the call, for example: "I would be happy to bring more on ${phrase} in person, or to talk it through on the phone."`
      : `→ in the note, for example: "I would like to follow up on ${phrase}, and I can send you more on it if that would help."`,
  strength: (phrase: string) => `→ in the notes, for example: "If one thing about me stays with you, I hope it is ${phrase}."`,
  toldBy: (name: string) => `→ ${name} is thanked for telling you; the others get a note that does not assume they did`,
  toldNobody: '→ nobody is thanked for the news; every note thanks them for their time',
} as const;

/** What the session says when a changed company or role moves the saved interview's id, or cannot. */
export const idMessages = {
  renamed: (from: string, to: string) => `Now saved as ${to} (was ${from}): regen and the other commands take the new id.`,
  kept: (id: string, why: string) => `The id stays ${id}, since ${why}; the notes use the new answers.`,
  becauseSent: 'a note of this interview was marked sent',
  becauseCalendar: 'a calendar file already has its steps',
  becauseRounds: 'its other rounds are filed under it',
} as const;

// Every word the pure model says to the user about what they typed. Each message says what to
// type, not only what is wrong, so a screen can show it under the field as it is.

export const MAX_NAME = 100;
export const MAX_TEXT = 120;
export const MAX_TOPIC = 200;

export const fieldMessages = {
  controls: 'Remove the control characters (they can garble the terminal); type plain text.',
  personNameEmpty: 'Type the person\'s name as it appears on their business card or LinkedIn, e.g. "Priya Raghunathan".',
  personNameLetters: 'A name needs letters: type it as the person writes it, e.g. "Zoë Martin".',
  personNameLong: `Keep the name under ${MAX_NAME} characters: the full name is enough, no titles or notes.`,
  emailEmpty: 'Type an e-mail address, e.g. "priya@acme.example".',
  emailShape: 'That does not look like an e-mail address: type it as name@company.com, with no spaces.',
  phoneEmpty: 'Type a phone number, e.g. "+1 555 0100".',
  phoneChars: 'Use only digits, spaces and + ( ) - . in a phone number, e.g. "+1 (555) 010-0100".',
  phoneShort: 'A phone number needs at least 7 digits; include the area code, e.g. "+1 555 010 0100".',
  phoneLong: 'That has more than 15 digits, more than any phone number: check it against your notes.',
  companyEmpty: 'Type the company\'s name as it writes it, e.g. "Acme Robotics".',
  roleEmpty: 'Type the job title from the posting, e.g. "Senior Backend Engineer".',
  titleEmpty: 'Type their job title, e.g. "Engineering Manager" (their e-mail signature or LinkedIn has it).',
  needsLetters: 'Type words here, not only symbols.',
  tooLong: (max: number) => `Keep it under ${max} characters: a few words are enough.`,
  topicEmpty: 'Type something you discussed with this person, e.g. "moving telemetry ingestion to Kafka".',
  topicLong: `Keep a topic under ${MAX_TOPIC} characters: the few words that will remind them of the conversation.`,
  timeframeLong: `Keep it under ${MAX_TEXT} characters: just their words, e.g. "by the end of next week".`,
} as const;

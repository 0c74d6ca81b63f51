// Every word the interview-file reader says. A problem says what is wrong; its fix says what to
// write instead, with an example from the format.
import { FORMATS, MEDIA, NOTE_KINDS, STATUSES } from './types.js';

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
// JSON quoting shows control characters as \u001b instead of sending them to the terminal.
const quoteShort = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);

export const fileMessages = {
  problemFor: (value: string) => (value.trim() === '' ? 'is empty.' : `${quoteShort(value)} cannot be used.`),
  notARealDay: (value: string) => `${value} is not a real calendar day.`,
  notIsoDate: (value: string) => `${quoteShort(value)} is not a date in YYYY-MM-DD form.`,
  dateFix:
    'Write the day of the interview as YYYY-MM-DD, e.g. "2026-11-24". Words such as "yesterday" work ' +
    'only in the guided session, where the coach shows the day it understood.',
  notAnInstant: (value: string) => `${quoteShort(value)} is not a date and time.`,
  instantFix: 'Write it as an ISO date and time, e.g. "2026-11-24T17:05:00.000Z".',
  badId: 'The id is not a slug.',
  idFix: 'Use lower-case words joined by dashes, e.g. "acme-robotics-senior-backend-engineer", or remove "id" to have one made.',

  unknownField: (key: string, where: string) => `${JSON.stringify(key)} is not a field ${where}.`,
  unknownFix: (suggestion: string | undefined, allowed: readonly string[]) =>
    suggestion === undefined
      ? `Remove it. The fields allowed here are: ${allowed.join(', ')}.`
      : `Did you mean ${JSON.stringify(suggestion)}? The fields allowed here are: ${allowed.join(', ')}.`,
  missing: (label: string) => `${label} is missing.`,
  wrongType: (label: string, expected: string, got: string) => `${label} should be ${expected}, not ${got}.`,
  badChoice: (label: string, value: unknown) => `${label} ${JSON.stringify(value)} is not one of the choices.`,
  choiceFix: (options: readonly unknown[]) => `Use one of: ${options.map((o) => JSON.stringify(o)).join(', ')}.`,
  otherFix: 'Compare this field with the example in the README.',

  versionMissing: 'The file has no "version".',
  versionMissingFix: 'Add "version": 1 as the first field.',
  versionWrong: (value: unknown) =>
    `The file says "version": ${JSON.stringify(value)}, but this followup-coach reads version 1 files.`,
  versionWrongFix:
    'Set "version": 1 if the file follows the format in the README; a file written by a newer followup-coach needs that newer version.',
  noTopics: (name: string | undefined) => `${name ?? 'This interviewer'} has no topics.`,
  noTopicsFix: (name: string | undefined) =>
    `Review your notes from the meeting and add what you discussed with ${name ?? 'this person'}, e.g. ` +
    '"topics": ["how on-call works"]. Each note mentions something you talked about with that person.',
  noInterviewers: 'The file lists no interviewers.',
  noInterviewersFix: 'Add one entry to "interviewers" for each person you met, with "name", "title", "medium" and "topics".',
  noCandidate: 'The file has no "candidate", and no candidate is saved yet.',
  noCandidateFix:
    'Add "candidate": {"name": "...", "email": "...", "phone": "..."} with your own details, ' +
    'or run the guided session once (followup-coach) so they are saved.',
  duplicateName: (name: string) => `"${name}" is listed twice.`,
  duplicateNameFix: 'Give each person one entry, and put everything you discussed with them in its "topics".',
  unknownTeller: (name: string) => `"${name}" is not an interviewer or the recruiter of this interview.`,
  unknownTellerFix: (names: readonly string[]) =>
    `Set "toldBy" to the person who told you the outcome: their name, or a given name or surname that fits only them (titles and accents optional), one of ${list(names)}.`,
  ambiguousTeller: (name: string, matches: readonly string[]) => `"${name}" fits more than one person: ${list(matches)}.`,
  ambiguousTellerFix: (names: readonly string[]) =>
    `Write more of the name, so that it fits only the person who told you the outcome: one of ${list(names)}.`,
  tellerSaved: (typed: string, name: string) => `"toldBy": "${typed}" is saved as ${JSON.stringify(name)}.`,
  unknownGoBetween: (name: string) => `"${name}" is not an interviewer or the recruiter of this interview.`,
  unknownGoBetweenFix: (names: readonly string[]) =>
    `Set "via.name" to the person who asked for the notes to go through them: their name, or a given name or surname that fits only them, one of ${list(names)}.`,
  ambiguousGoBetween: (name: string, matches: readonly string[]) => `"${name}" fits more than one person: ${list(matches)}.`,
  ambiguousGoBetweenFix: (names: readonly string[]) =>
    `Write more of the name, so that it fits only the person the notes go through: one of ${list(names)}.`,
  goBetweenWithoutEmail: (name: string) => `There is no e-mail address for ${name}, so no note can go through them.`,
  goBetweenWithoutEmailFix: (name: string, where: string) =>
    `Add the address ${name} gave you as "email" in ${where}, or leave out "via" to write to each person yourself.`,
  entrySaved: (path: string, typed: string, name: string) => `"${path}": "${typed}" is saved as ${JSON.stringify(name)}.`,
  ambiguousEntry: (name: string, matches: readonly string[]) => `"${name}" fits more than one person: ${list(matches)}.`,
  ambiguousEntryFix: (names: readonly string[]) =>
    `Write more of the name, so that it fits only the person the note went to: one of ${list(names)}.`,
  unknownEntry: (path: string, typed: string, names: readonly string[]) =>
    `"${path}": "${typed}" is not an interviewer or the recruiter of this interview, so that entry counts for nobody. If the note went to one of ${list(names)}, write their name there.`,
  goBetweenSaved: (typed: string, name: string) => `"via.name": "${typed}" is saved as ${JSON.stringify(name)}.`,
  invalidJson: (detail: string, line: number, column: number) =>
    `The file is not valid JSON at line ${line}, column ${column}: ${detail}.`,
  notJsonHere: 'the JSON stops being valid here',
  invalidJsonFix: 'Look for a missing comma, quote or bracket at that spot or just before it.',
  emptyFile: 'The file is empty.',
  tooDeep: (depth: number) => `Lists and objects are nested deeper here than the interview file has (${depth} levels).`,
  tooDeepFix: 'Compare the file with the example in the README: topics are a list of text, interviewers a list of objects.',
  duplicateKey: (key: string) => `The field ${JSON.stringify(key)} is given twice in the same object.`,
  duplicateKeyFix: (key: string) => `Keep one ${JSON.stringify(key)} with the value you mean, and remove the other.`,
  dateOutOfRange: (value: string) => `${quoteShort(value)} is outside the years 1970 to 2100.`,
  notAnObject: (kind: string) => `The file holds ${kind}, not one JSON object.`,
  notAnObjectFix: 'Start from the example in the README: the file is one object, { "version": 1, ... }.',

  /** A caller with an e-mail address and no number: the notes are e-mails (src/model/answer-medium.ts). */
  phoneWithEmailOnly: (name: string) =>
    `${name} reached you by phone, but the file has only their e-mail address: their notes are e-mails that offer a call; add "phone" to call them instead.`,
  phoneWithoutNumber: (name: string) =>
    `${name} reached you by phone, but the file has no phone number for them; add "phone" so the voicemail script can use it.`,
  noEmail: (name: string, recruiter: string | undefined, inThankYou = false) =>
    recruiter === undefined
      ? `There is no e-mail address for ${name} and nobody to ask for it: add "email", or a "recruiter" with an address.`
      : inThankYou
        ? `There is no e-mail address for ${name}: your thank-you to ${recruiter} will ask for it in one line.`
        : `There is no e-mail address for ${name}: the coach will write ${recruiter} a short request for it.`,
  /** The file lists the request for it as sent: said as done, not promised. */
  noEmailAsked: (name: string, asked: string, inThankYou: boolean) =>
    `There is no e-mail address for ${name}: you asked ${asked} for it ${inThankYou ? 'in your thank-you' : 'already'} (the file lists it as sent); add "email" once you have it.`,
  /** After the decision nobody is asked for an address, so the warning promises no request. */
  noEmailAfterDecision: (name: string) =>
    `There is no e-mail address for ${name}, and after the decision the coach asks nobody for one: add "email" if you have it.`,
} as const;

/** What a field is called in a message, by its key. */
export const LABELS: Readonly<Record<string, string>> = {
  version: 'The version',
  id: 'The id',
  candidate: 'The candidate',
  company: 'The company',
  role: 'The role',
  interviewDate: 'The interview date',
  format: 'The format',
  timeframe: 'The timeframe',
  status: 'The status',
  recruiter: 'The recruiter',
  via: 'Who the notes go through',
  notes: 'Which notes go through them',
  interviewers: 'The list of interviewers',
  name: 'The name',
  title: 'The job title',
  email: 'The e-mail address',
  phone: 'The phone number',
  medium: 'The medium',
  topics: 'The list of topics',
  detail: 'The personal detail',
  sent: 'The "sent" list',
  edits: 'The "edits" list',
  kind: 'The note kind',
  to: 'The recipient',
  at: 'The time',
  subject: 'The subject',
  body: 'The body',
  method: 'The method',
  statusOn: 'The day of the outcome',
  toldBy: 'Who told you',
  round: 'The round',
  signature: 'The signature',
  resume: 'The resume path',
  coverLetter: 'The cover letter path',
  link: 'The link',
};

/** How to write a field that is missing or of the wrong type, by its key. */
export const FIXES: Readonly<Record<string, string>> = {
  company: 'Add "company": "Acme Robotics", the company\'s name as it writes it.',
  role: 'Add "role": "Senior Backend Engineer", the job title from the posting.',
  interviewDate: 'Add "interviewDate": "2026-11-24", the day of the interview as YYYY-MM-DD.',
  format: `Add "format": one of ${list(FORMATS)}, how the interview took place.`,
  status: `Use one of ${list(STATUSES)}, or leave "status" out for "waiting".`,
  timeframe: 'Write their words as text, e.g. "timeframe": "by the end of next week", or null when they gave none.',
  name: 'Add "name": the person\'s full name as they write it.',
  title: 'Add "title": their job title, e.g. "Engineering Manager".',
  medium: `Add "medium": ${list(MEDIA)}: "email" if they wrote to you, "phone" if they called.`,
  email: 'Add "email": an address such as "name@company.com".',
  phone: 'Add "phone": a number such as "+1 555 0100".',
  topics: 'Write "topics" as a list of what you discussed, e.g. ["moving telemetry ingestion to Kafka", "how on-call works"].',
  interviewers: 'Write "interviewers" as a list with one object per person you met.',
  candidate: 'Write "candidate" as an object: {"name": "...", "email": "...", "phone": "..."}.',
  recruiter: 'Write "recruiter" as an object: {"name": "...", "email": "..."}, or leave it out.',
  kind: `Use one of ${list(NOTE_KINDS)}.`,
  to: 'Add "to": the name of the person the note went to.',
  at: 'Add "at": when it happened, e.g. "2026-11-24T17:05:00.000Z".',
  subject: 'Add "subject" as text.',
  body: 'Add "body" as text.',
};

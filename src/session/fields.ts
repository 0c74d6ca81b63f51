// The step table: every question of the guided session, in order, with how to read, check and
// write its answer. The Ink views and the line mode both walk this table; nothing else knows
// which question comes next (see flow.ts).
import type { IsoDate } from '../model/types.js';
import { EMPTY_INTERVIEWER, type Answers, type CandidateAnswers, type InterviewerAnswers } from './answers.js';
import { addressOf, defaultGreeting, greetingAfterRename, surnameOf } from '../model/greeting.js';
import { detailAbout } from '../compose/detail.js';
import { matchName, type Named } from '../compose/match-name.js';
import { asPhrase, foldName, resumeWord } from '../compose/words.js';
import { choices, contactLabels, hints, labels, problems, type sections, understood } from './messages.js';
import {
  optional,
  validateCompany,
  validateDetail,
  validateEmail,
  validatePersonName,
  validatePhone,
  validateRole,
  validateTimeframeText,
  validateTitle,
  validateTopic,
} from '../model/validate.js';
import { type DateStyle, formatDay } from '../model/dates.js';

export type SectionId = keyof typeof sections;

/** What the table needs from the outside world: the clock, the date readers of the model and how a day is written. */
export interface SessionContext {
  readonly now: Date;
  /** How the answers' days are written back ("Tuesday, November 24"). */
  readonly dateStyle: DateStyle;
  /** "yesterday", "tuesday", "2026-11-24" -> the day, or null when it cannot be read. */
  readonly understandDate: (text: string, now: Date) => IsoDate | null;
  /** "by the end of next week" -> the decision day, counted from the interview date. */
  /** `reading`: how words that name no day were read ("early in the new year"), for the preview. */
  readonly resolveTimeframe: (
    text: string,
    interviewDate: IsoDate,
  ) => { readonly date: IsoDate | null; readonly reading?: string | undefined };
  /** The user's today, for refusing interview dates in the future. */
  readonly today: IsoDate;
  /** What to type instead of an unreadable date, when the reader can say more than the default. */
  readonly dateProblem?: ((text: string, now: Date) => string | undefined) | undefined;
  /**
   * Whether `path` (`~/cv.pdf`, a relative path, as a shell reads it) is a file the mail drafts
   * can attach. Absent where nothing is on disk (most tests): then any path is taken.
   */
  readonly isFile?: ((path: string) => boolean) | undefined;
}

interface FieldBase<Id extends string, V> {
  readonly id: Id;
  readonly section: SectionId;
  readonly label: string;
  readonly hint: string;
  /** True for the questions asked once per interviewer; `index` then names the interviewer. */
  readonly perInterviewer: boolean;
  /** Asked only when this holds; a skipped question keeps an empty answer. */
  readonly when?: (answers: Answers, index: number) => boolean;
  readonly read: (answers: Answers, index: number) => V;
  /** What to type instead, or undefined when the answer can be used. */
  readonly validate: (value: V, answers: Answers, context: SessionContext) => string | undefined;
  readonly write: (answers: Answers, index: number, value: V, context: SessionContext) => Answers;
}

export interface TextField extends FieldBase<FieldId, string> {
  readonly kind: 'text';
  readonly optional: boolean;
  /** Shown live under the input as the user types: the day "yesterday" means, and so on. */
  /** `index`: the interviewer a per-interviewer question is about. */
  readonly preview?: (value: string, answers: Answers, context: SessionContext, index: number) => string | undefined;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface ChoiceField extends FieldBase<FieldId, string> {
  readonly kind: 'choice';
  readonly options: readonly Choice[];
  /** The option to preselect while none is chosen, from the answers so far (it is still asked). */
  readonly suggest?: (answers: Answers, index: number) => string;
}

/** The option a choice starts on: the one chosen, else the suggestion, else none. */
export function choiceStart(field: ChoiceField, answers: Answers, index: number): string {
  return field.read(answers, index) || (field.suggest?.(answers, index) ?? '');
}

/**
 * The option Enter takes at a choice: where it starts, or the first option when it starts on
 * none. Both front ends use it, so every menu has the same default in each (the line mode's
 * menus once had none: Enter answered "Please input a value").
 */
export function choiceDefault(field: ChoiceField, answers: Answers, index: number): string {
  const start = choiceStart(field, answers, index);
  return field.options.some((o) => o.value === start) ? start : (field.options[0]?.value ?? '');
}

export interface ListField extends FieldBase<FieldId, readonly string[]> {
  readonly kind: 'list';
  /** Checks one item before it joins the list. */
  readonly validateItem: (item: string, list: readonly string[]) => string | undefined;
}

export type Field = TextField | ChoiceField | ListField;
export type FieldValue = string | readonly string[];

export type FieldId =
  | 'candidate.name'
  | 'candidate.email'
  | 'candidate.phone'
  | 'candidate.signature'
  | 'candidate.resume'
  | 'interview.company'
  | 'interview.role'
  | 'interview.date'
  | 'interview.format'
  | 'interview.formality'
  | 'interview.recruiter-name'
  | 'interview.recruiter-email'
  | 'interview.recruiter-phone'
  | 'interview.recruiter-greeting'
  | 'interview.via'
  | 'interviewer.name'
  | 'interviewer.greeting'
  | 'interviewer.title'
  | 'interviewer.email'
  | 'interviewer.phone'
  | 'interviewer.medium'
  | 'interviewer.topics'
  | 'interviewer.detail'
  | 'interviewer.addition'
  | 'next.timeframe'
  | 'next.not-selected'
  | 'next.told-by'
  | 'next.strength'
  | 'next.tone';

function candidateText(
  id: FieldId,
  key: keyof CandidateAnswers,
  label: string,
  hint: string,
  validate: (value: string, context: SessionContext) => string | undefined,
  optional = false,
): TextField {
  return {
    id,
    kind: 'text',
    section: 'about',
    label,
    hint,
    optional,
    perInterviewer: false,
    read: (a) => a.candidate[key],
    validate: (value, _a, context) => validate(value, context),
    write: (a, _i, value) => ({ ...a, candidate: { ...a.candidate, [key]: value } }),
  };
}

type PlainKey = 'company' | 'role' | 'recruiterName' | 'recruiterEmail' | 'recruiterPhone' | 'recruiterGreeting';
function interviewText(
  id: FieldId,
  key: PlainKey,
  label: string,
  hint: string,
  validate: (value: string, context: SessionContext) => string | undefined,
  optional = false,
): TextField {
  return {
    id,
    kind: 'text',
    section: 'interview',
    label,
    hint,
    optional,
    perInterviewer: false,
    read: (a) => a[key],
    validate: (value, _a, context) => validate(value, context),
    write: (a, _i, value) => ({ ...a, [key]: value }),
  };
}

function person(a: Answers, index: number): InterviewerAnswers {
  return a.interviewers[index] ?? EMPTY_INTERVIEWER;
}

function withPerson(a: Answers, index: number, change: Partial<InterviewerAnswers>): Answers {
  const interviewers = [...a.interviewers];
  interviewers[index] = { ...person(a, index), ...change };
  return { ...a, interviewers };
}

type PersonTextKey = 'name' | 'title' | 'email' | 'phone' | 'detail' | 'addition';
function personText(
  id: FieldId,
  key: PersonTextKey,
  label: string,
  hint: string,
  validate: (value: string, context: SessionContext) => string | undefined,
  optional = false,
): TextField {
  return {
    id,
    kind: 'text',
    section: 'interviewers',
    label,
    hint,
    optional,
    perInterviewer: true,
    read: (a, i) => person(a, i)[key],
    validate: (value, _a, context) => validate(value, context),
    write: (a, i, value) => withPerson(a, i, { [key]: value }),
  };
}

function oneOf(options: readonly Choice[]) {
  return (value: string) => (options.some((o) => o.value === value) ? undefined : problems.choose);
}

const FORMAT_OPTIONS: readonly Choice[] = [
  { value: 'onsite', label: choices.onsite },
  { value: 'video', label: choices.video },
  { value: 'phone', label: choices.phone },
];
const MEDIUM_OPTIONS: readonly Choice[] = [
  { value: 'email', label: choices.email },
  { value: 'phone', label: choices.phoneMedium },
];
const FORMALITY_OPTIONS: readonly Choice[] = [
  { value: 'first-names', label: choices.firstNames },
  { value: 'titles', label: choices.titles },
];
const TONE_OPTIONS: readonly Choice[] = [
  { value: 'warm', label: choices.warm },
  { value: 'formal', label: choices.formal },
  { value: 'brief', label: choices.brief },
];
const VIA_OPTIONS: readonly Choice[] = [
  { value: 'none', label: choices.viaNone },
  { value: 'thank-you', label: choices.viaThankYou },
  { value: 'all', label: choices.viaAll },
];

/** Whether the notes go through the recruiter named in the answers (src/model/via.ts). */
function viaRecruiter(a: Answers): boolean {
  const recruiter = a.recruiterName.trim();
  return recruiter !== '' && foldName(a.viaName) === foldName(recruiter);
}
const YES_NO: readonly Choice[] = [
  { value: 'no', label: choices.no },
  { value: 'yes', label: choices.yes },
];

/** Whether the recruiter's name gives no greeting of its own: a formal greeting asked for, and no title in the name. */
function recruiterGreetingNeeded(a: Answers): boolean {
  const name = a.recruiterName.trim();
  return addressOf({ name }, a.formality || 'first-names').form === 'whole';
}

/** Whether interviewer `index` is the recruiter named earlier in the answers. */
function isRecruiter(a: Answers, index: number): boolean {
  const recruiter = a.recruiterName.trim();
  return recruiter !== '' && foldName(person(a, index).name) === foldName(recruiter);
}

/** The greeting a person gets unless the candidate says otherwise. */
function derivedGreeting(a: Answers, index: number): string {
  return defaultGreeting(person(a, index).name, a.formality || 'first-names');
}

/** The interviewers and the recruiter as "Who told you?" may name them (see matchName). */
function tellersOf(a: Answers): Named[] {
  const people = a.interviewers
    .map((p, i) => ({ name: p.name.trim(), greeting: p.greeting || derivedGreeting(a, i) }))
    .filter((p) => p.name !== '');
  const recruiter = a.recruiterName.trim();
  return recruiter === '' || people.some((p) => p.name === recruiter) ? people : [...people, { name: recruiter }];
}

/** The saved name of the one person `text` names, or undefined (then tellerProblem says why). */
function tellerNamed(a: Answers, text: string): string | undefined {
  const people = tellersOf(a);
  const match = matchName(people, text);
  return match.kind === 'found' ? people[match.indexes[0]!]!.name : undefined;
}

/** What to type instead when `text` names nobody of the interview, or two of them. */
function tellerProblem(a: Answers, text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const people = tellersOf(a);
  const match = matchName(people, text);
  if (match.kind === 'found') return undefined;
  const names = people.map((p) => p.name);
  return match.kind === 'ambiguous'
    ? problems.toldByAmbiguous(
        text.trim(),
        match.indexes.map((index) => names[index]!),
      )
    : problems.toldBy(text.trim(), names);
}

/** A resume the notes can say is attached: a file that is there (an empty answer skips it). */
function validateResume(value: string, context: SessionContext): string | undefined {
  const problem = validateDetail(value);
  if (problem !== undefined || value.trim() === '' || context.isFile === undefined) return problem;
  return context.isFile(value) ? undefined : problems.noResume(value.trim(), resumeWord(context.dateStyle.locale));
}

/** The questions asked about the recruiter or HR contact, by the name the answers give them. */
const ABOUT_CONTACT: Partial<Record<FieldId, (name: string) => string>> = {
  'interview.recruiter-email': contactLabels.email,
  'interview.recruiter-phone': contactLabels.phone,
  'interview.recruiter-greeting': contactLabels.greeting,
  'interview.via': contactLabels.via,
};

/**
 * A question's label as this user reads it: "CV file" where the notes say CV, as they do under
 * en_GB, and a question about the recruiter or HR contact by their name, never their assumed role.
 */
export function labelOf(field: Field, context: Pick<SessionContext, 'dateStyle'>, answers: Answers): string {
  if (field.id === 'candidate.resume' && resumeWord(context.dateStyle.locale) === 'CV') return labels.candidateCv;
  const contact = answers.recruiterName.trim();
  const named = ABOUT_CONTACT[field.id];
  return named !== undefined && contact !== '' ? named(contact) : field.label;
}

/**
 * The hint under a question, from the answers so far: an interviewer without an e-mail needs
 * none when a go-between passes the notes on, and otherwise gets a contact request, from the
 * recruiter unless this is the recruiter (a trial's HR partner on the panel was told the coach
 * would ask herself for her address).
 */
export function hintOf(field: Field, answers: Answers, index = 0): string {
  if (field.id === 'interview.via' && answers.recruiterName.trim() !== '')
    return contactLabels.viaHint(answers.recruiterName.trim());
  if (field.id !== 'interviewer.email') return field.hint;
  const via = answers.viaName.trim();
  if (via !== '' && answers.viaNotes !== '') return hints.interviewerEmailVia(via);
  if (isRecruiter(answers, index)) return hints.interviewerEmailOwn;
  return hints.interviewerEmail(answers.recruiterName.trim());
}

function resolveTimeframe(text: string, answers: Answers, context: SessionContext): IsoDate | null {
  if (text === '' || answers.date === null) return null;
  return context.resolveTimeframe(text, answers.date).date;
}

export const FIELDS: readonly Field[] = [
  candidateText('candidate.name', 'name', labels.candidateName, hints.candidateName, validatePersonName),
  candidateText('candidate.email', 'email', labels.candidateEmail, hints.candidateEmail, validateEmail),
  candidateText('candidate.phone', 'phone', labels.candidatePhone, hints.candidatePhone, validatePhone),
  candidateText('candidate.signature', 'signature', labels.candidateSignature, hints.candidateSignature, validateDetail, true),
  candidateText('candidate.resume', 'resume', labels.candidateResume, hints.candidateResume, validateResume, true),
  interviewText('interview.company', 'company', labels.company, hints.company, validateCompany),
  interviewText('interview.role', 'role', labels.role, hints.role, validateRole),
  {
    id: 'interview.date',
    kind: 'text',
    section: 'interview',
    label: labels.date,
    hint: hints.date,
    optional: false,
    perInterviewer: false,
    read: (a) => a.dateText,
    validate: (value, _a, c) => {
      const day = c.understandDate(value, c.now);
      if (day === null) return c.dateProblem?.(value, c.now) ?? problems.date;
      return day > c.today ? problems.futureDate : undefined;
    },
    preview: (value, _a, c) => {
      const day = value === '' ? null : c.understandDate(value, c.now);
      return day === null ? undefined : understood.date(formatDay(day, c.dateStyle));
    },
    write: (a, _i, value, c) => {
      // "monday" means another day next week: once understood, the answer is the day itself, so a
      // draft resumed later (or the question asked again) keeps the day the candidate meant.
      const date = c.understandDate(value, c.now);
      const changed = { ...a, dateText: date ?? value, date };
      // The timeframe counts from the interview day: a new day moves the decision day too.
      return { ...changed, timeframeDate: resolveTimeframe(a.timeframeText, changed, c) };
    },
  },
  {
    id: 'interview.format',
    kind: 'choice',
    section: 'interview',
    label: labels.format,
    hint: hints.format,
    options: FORMAT_OPTIONS,
    perInterviewer: false,
    read: (a) => a.format,
    validate: oneOf(FORMAT_OPTIONS),
    write: (a, _i, value) => ({ ...a, format: value as Answers['format'] }),
  },
  {
    id: 'interview.formality',
    kind: 'choice',
    section: 'interview',
    label: labels.formality,
    hint: hints.formality,
    options: FORMALITY_OPTIONS,
    perInterviewer: false,
    read: (a) => a.formality || 'first-names',
    validate: oneOf(FORMALITY_OPTIONS),
    write: (a, _i, value) => ({ ...a, formality: value as Answers['formality'] }),
  },
  interviewText('interview.recruiter-name', 'recruiterName', labels.recruiterName, hints.recruiterName, validateDetail, true),
  {
    // Asked only when the name alone cannot say: with titles chosen for the panel, a name with no
    // title would open "Dear Gemma Ashworth,", and Ms or Mr is the candidate's to choose. With
    // first names, the recruiter is greeted by theirs, as the panel is.
    ...interviewText(
      'interview.recruiter-greeting',
      'recruiterGreeting',
      labels.recruiterGreeting,
      hints.recruiterGreeting,
      optional(validatePersonName),
      true,
    ),
    when: (a) => a.recruiterName.trim() !== '' && (a.recruiterGreeting !== '' || recruiterGreetingNeeded(a)),
    // As the interviewer's: left empty, the whole name, and how to give the title instead.
    preview: (value, a) => {
      const address = addressOf({ name: a.recruiterName, greeting: value }, a.formality || 'first-names');
      if (address.name === '') return undefined;
      return address.form === 'whole'
        ? understood.greetingWhole(address.name, surnameOf(address.name))
        : understood.greeting(address.name);
    },
  },
  {
    ...interviewText(
      'interview.recruiter-email',
      'recruiterEmail',
      labels.recruiterEmail,
      hints.recruiterEmail,
      optional(validateEmail),
      true,
    ),
    when: (a) => a.recruiterName !== '',
  },
  {
    // A recruiter who called is common: their number gets the call scripts the notes to them become.
    ...interviewText(
      'interview.recruiter-phone',
      'recruiterPhone',
      labels.recruiterPhone,
      hints.recruiterPhone,
      optional(validatePhone),
      true,
    ),
    when: (a) => a.recruiterName !== '',
  },
  {
    // Only once the recruiter has an address: that is where the notes would go.
    id: 'interview.via',
    kind: 'choice',
    section: 'interview',
    label: labels.via,
    hint: hints.via,
    options: VIA_OPTIONS,
    perInterviewer: false,
    when: (a) => a.recruiterName.trim() !== '' && a.recruiterEmail.trim() !== '',
    read: (a) => (viaRecruiter(a) ? a.viaNotes || 'thank-you' : 'none'),
    validate: oneOf(VIA_OPTIONS),
    write: (a, _i, value) =>
      value === 'none'
        ? { ...a, viaName: '', viaNotes: '' }
        : { ...a, viaName: a.recruiterName.trim(), viaNotes: value as Answers['viaNotes'] },
  },
  {
    ...personText('interviewer.name', 'name', labels.interviewerName, hints.interviewerName, validatePersonName),
    // A greeting the candidate typed follows a corrected name ("Ms McAlister" -> "Ms McAllister").
    write: (a: Answers, i: number, value: string) =>
      withPerson(a, i, { name: value, greeting: greetingAfterRename(person(a, i).greeting, person(a, i).name, value) }),
  },
  {
    id: 'interviewer.greeting',
    kind: 'text',
    section: 'interviewers',
    label: labels.interviewerGreeting,
    hint: hints.interviewerGreeting,
    optional: true,
    perInterviewer: true,
    // Prefilled with the derived greeting; kept empty while it is the derived one, so a corrected
    // name corrects the greeting too.
    read: (a, i) => person(a, i).greeting || derivedGreeting(a, i),
    validate: optional(validatePersonName),
    // Greeted by titles, a name without one is greeted whole: say how to give the title instead.
    preview: (value, a, _c, i) => {
      if (value === '') return undefined;
      const whole = addressOf({ name: person(a, i).name, greeting: value }, a.formality || 'first-names').form === 'whole';
      return whole && a.formality === 'titles' ? understood.greetingWhole(value, surnameOf(value)) : understood.greeting(value);
    },
    write: (a, i, value) => withPerson(a, i, { greeting: value === derivedGreeting(a, i) ? '' : value }),
  },
  personText('interviewer.title', 'title', labels.interviewerTitle, hints.interviewerTitle, validateTitle),
  {
    ...personText(
      'interviewer.email',
      'email',
      labels.interviewerEmail,
      hints.interviewerEmail(''),
      optional(validateEmail),
      true,
    ),
    // The recruiter on the panel: prefilled with the address already given as the recruiter's.
    read: (a, i) => person(a, i).email || (isRecruiter(a, i) ? a.recruiterEmail : ''),
  },
  {
    ...personText('interviewer.phone', 'phone', labels.interviewerPhone, hints.interviewerPhone, optional(validatePhone), true),
    // The recruiter on the panel: prefilled with the number already given as the recruiter's.
    read: (a, i) => person(a, i).phone || (isRecruiter(a, i) ? a.recruiterPhone : ''),
  },
  {
    id: 'interviewer.medium',
    kind: 'choice',
    section: 'interviewers',
    label: labels.interviewerMedium,
    hint: hints.interviewerMedium,
    options: MEDIUM_OPTIONS,
    perInterviewer: true,
    read: (a, i) => person(a, i).medium,
    // Only a number and no e-mail address: they surely reached you by phone.
    suggest: (a, i) => (person(a, i).email.trim() === '' && person(a, i).phone.trim() !== '' ? 'phone' : ''),
    validate: oneOf(MEDIUM_OPTIONS),
    write: (a, i, value) => withPerson(a, i, { medium: value as InterviewerAnswers['medium'] }),
  },
  {
    id: 'interviewer.topics',
    kind: 'list',
    section: 'interviewers',
    label: labels.interviewerTopics,
    hint: hints.interviewerTopics,
    perInterviewer: true,
    read: (a, i) => person(a, i).topics,
    validateItem: (item, list) => {
      const problem = validateTopic(item);
      if (problem !== undefined) return problem;
      return list.some((t) => t.toLowerCase() === item.toLowerCase()) ? problems.topicDuplicate : undefined;
    },
    validate: (list) => (list.length === 0 ? problems.topicsNone : list.map(validateTopic).find((p) => p !== undefined)),
    write: (a, i, value) => withPerson(a, i, { topics: [...value] }),
  },
  {
    ...personText('interviewer.detail', 'detail', labels.interviewerDetail, hints.interviewerDetail, validateDetail, true),
    preview: (value) => (value === '' ? undefined : understood.detail(detailAbout(value, false))),
  },
  {
    ...personText(
      'interviewer.addition',
      'addition',
      labels.interviewerAddition,
      hints.interviewerAddition,
      validateDetail,
      true,
    ),
    // Someone who only phoned is offered it on the call, not sent it.
    preview: (value, a, _c, i) =>
      value === '' ? undefined : understood.addition(asPhrase(value), person(a, i).medium === 'phone'),
  },
  {
    id: 'next.timeframe',
    kind: 'text',
    section: 'next',
    label: labels.timeframe,
    hint: hints.timeframe,
    optional: true,
    perInterviewer: false,
    read: (a) => a.timeframeText,
    validate: validateTimeframeText,
    preview: (value, a, c) => {
      if (value === '') return understood.noTimeframe;
      const day = resolveTimeframe(value, a, c);
      if (day === null) return understood.timeframeUnknown;
      return understood.timeframe(value, formatDay(day, c.dateStyle), c.resolveTimeframe(value, a.date!).reading);
    },
    write: (a, _i, value, c) => ({ ...a, timeframeText: value, timeframeDate: resolveTimeframe(value, a, c) }),
  },
  {
    id: 'next.not-selected',
    kind: 'choice',
    section: 'next',
    label: labels.notSelected,
    hint: hints.notSelected,
    options: YES_NO,
    perInterviewer: false,
    read: (a) => a.notSelected,
    validate: oneOf(YES_NO),
    write: (a, _i, value) => ({ ...a, notSelected: value as Answers['notSelected'] }),
  },
  {
    id: 'next.told-by',
    kind: 'text',
    section: 'next',
    label: labels.toldBy,
    hint: hints.toldBy,
    optional: true,
    perInterviewer: false,
    when: (a) => a.notSelected === 'yes',
    read: (a) => a.toldBy,
    validate: (value, a) => tellerProblem(a, value),
    preview: (value, a) => {
      if (value === '') return understood.toldNobody;
      const name = tellerNamed(a, value);
      return name === undefined ? undefined : understood.toldBy(name);
    },
    write: (a, _i, value) => ({ ...a, toldBy: value === '' ? '' : (tellerNamed(a, value) ?? value) }),
  },
  {
    id: 'next.strength',
    kind: 'text',
    section: 'next',
    label: labels.strength,
    hint: hints.strength,
    optional: true,
    perInterviewer: false,
    read: (a) => a.strength,
    validate: validateDetail,
    preview: (value) => (value === '' ? undefined : understood.strength(asPhrase(value))),
    write: (a, _i, value) => ({ ...a, strength: value }),
  },
  {
    id: 'next.tone',
    kind: 'choice',
    section: 'next',
    label: labels.tone,
    hint: hints.tone,
    options: TONE_OPTIONS,
    perInterviewer: false,
    read: (a) => a.tone || 'warm',
    validate: oneOf(TONE_OPTIONS),
    write: (a, _i, value) => ({ ...a, tone: value as Answers['tone'] }),
  },
];

export function fieldById(id: FieldId): Field {
  const field = FIELDS.find((f) => f.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return field;
}

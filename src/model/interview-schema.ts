// The interview file, version 1, as a zod schema. Objects are strict (an unknown field is an
// error, so a typo such as "topic" never silently drops data). Field checks reuse the session's
// validators and attach the fix in `params.fix`, which file-problems.ts turns into the message.
import { z } from 'zod';
import { inDateRange } from './date-range.js';
import { parseIsoDate } from './dates.js';
import { fileMessages as m } from './file-messages.js';
import { isSlug } from './slug.js';
import { FORMALITIES, FORMATS, MEDIA, NOTE_KINDS, STATUSES, TONES } from './types.js';
import {
  type Validator,
  validateCompany,
  validateDetail,
  validateEmail,
  validatePersonName,
  validatePhone,
  validateRole,
  validateTimeframeText,
  validateTitle,
  validateTopic,
} from './validate.js';

/** A trimmed string that `validator` accepts; its message becomes the fix. */
function checked(validator: Validator) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const fix = validator(value);
      if (fix !== undefined) ctx.addIssue({ code: 'custom', message: m.problemFor(value), params: { fix } });
    });
}

/** An optional field: absent, null or "" all mean "none". */
function none(validator: Validator) {
  return z
    .string()
    .trim()
    .nullable()
    .optional()
    .superRefine((value, ctx) => {
      if (value === null || value === undefined || value === '') return;
      const fix = validator(value);
      if (fix !== undefined) ctx.addIssue({ code: 'custom', message: m.problemFor(value), params: { fix } });
    })
    .transform((value) => (value === null || value === '' ? undefined : value));
}

const freeText = z.string().optional();
const personName = checked(validatePersonName);

const inRange = inDateRange;

const isoDate = z.string().superRefine((value, ctx) => {
  if (parseIsoDate(value) !== null && value === value.trim() && !inRange(value)) {
    ctx.addIssue({ code: 'custom', message: m.dateOutOfRange(value), params: { fix: m.dateFix, complete: true } });
  } else if (parseIsoDate(value) === null || value !== value.trim()) {
    const shaped = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
    ctx.addIssue({
      code: 'custom',
      message: shaped ? m.notARealDay(value) : m.notIsoDate(value),
      params: { fix: m.dateFix, complete: true },
    });
  }
});

const instant = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    ctx.addIssue({ code: 'custom', message: m.notAnInstant(value), params: { fix: m.instantFix, complete: true } });
  } else if (!inRange(value)) {
    ctx.addIssue({ code: 'custom', message: m.dateOutOfRange(value), params: { fix: m.instantFix, complete: true } });
  }
});

export const candidateSchema = z.strictObject({
  name: personName,
  email: checked(validateEmail),
  phone: checked(validatePhone),
  signature: freeText,
  resume: freeText,
  coverLetter: freeText,
  link: freeText,
});

export const recruiterSchema = z.strictObject({
  name: personName,
  email: none(validateEmail),
  phone: none(validatePhone),
});

export const interviewerSchema = z.strictObject({
  name: personName,
  title: checked(validateTitle),
  email: none(validateEmail),
  phone: none(validatePhone),
  medium: z.enum(MEDIA),
  topics: z.array(checked(validateTopic)).min(1),
  detail: none(validateDetail),
  /** How the candidate greets them; derived from the name and the formality when absent. */
  greeting: none(validatePersonName),
  /** One thing the candidate would add, answer better or send them. */
  addition: none(validateDetail),
});

export const sentSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS),
  to: personName,
  at: instant,
  method: freeText,
  subject: freeText,
  body: freeText,
});

export const editSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS),
  to: personName,
  subject: z.string(),
  body: z.string(),
  at: instant,
});

export const interviewFileSchema = z.strictObject({
  version: z.literal(1),
  /** Optional: the saved id; `import` derives one from company and role when absent. */
  id: z
    .string()
    .refine(isSlug, { message: m.badId, params: { fix: m.idFix, complete: true } })
    .optional(),
  /** Optional when a candidate is already saved. */
  candidate: candidateSchema.optional(),
  company: checked(validateCompany),
  role: checked(validateRole),
  interviewDate: isoDate,
  /** Required: the notes word the meeting differently for onsite, video and phone. */
  format: z.enum(FORMATS),
  /** The interviewer's words; absent or null when they gave none. */
  timeframe: none(validateTimeframeText),
  /** Defaults to "waiting". */
  status: z.enum(STATUSES).optional(),
  /** Optional: the day the outcome was told. */
  statusOn: isoDate.optional(),
  /** Optional: 2 for a second round of the same application, and so on. */
  round: z.number().int().min(1).max(20).optional(),
  recruiter: recruiterSchema.optional(),
  interviewers: z.array(interviewerSchema).min(1),
  /** Optional, written by `export`: the notes already sent, so a re-import keeps the schedule. */
  sent: z.array(sentSchema).optional(),
  /** Optional, written by `export`: notes the user edited by hand. */
  edits: z.array(editSchema).optional(),
  /** How the notes read; warm when absent. */
  tone: z.enum(TONES).optional(),
  /** How greetings default: given names (the default) or title and surname. */
  formality: z.enum(FORMALITIES).optional(),
  /** The strength the candidate wants them to remember. */
  strength: none(validateDetail),
  /** Who told the candidate the outcome: an interviewer's or the recruiter's name. */
  toldBy: none(validatePersonName),
});

export type InterviewFileData = z.infer<typeof interviewFileSchema>;

/** The fields each object in the file allows, for "unknown field" messages. */
export const ALLOWED_FIELDS = {
  file: Object.keys(interviewFileSchema.shape),
  candidate: Object.keys(candidateSchema.shape),
  recruiter: Object.keys(recruiterSchema.shape),
  interviewers: Object.keys(interviewerSchema.shape),
  sent: Object.keys(sentSchema.shape),
  edits: Object.keys(editSchema.shape),
} as const;

// The interview file, version 1, as a zod schema built from the field tables of
// interview-fields.ts. Objects are strict (an unknown field is an error, so a typo such as
// "topic" never silently drops data). Field checks reuse the session's validators and attach the
// fix in `params.fix`, which file-problems.ts turns into the message.
import { z } from 'zod';
import { inDateRange } from './date-range.js';
import { parseIsoDate } from './dates.js';
import { fileMessages as m } from './file-messages.js';
import { isSlug } from './slug.js';
import {
  CANDIDATE_FIELDS,
  type DataOf,
  EDIT_FIELDS,
  type Field,
  type Fields,
  fileNameOf,
  INTERVIEW_FIELDS,
  INTERVIEWER_FIELDS,
  RECRUITER_FIELDS,
  SENT_FIELDS,
  VIA_FIELDS,
} from './interview-fields.js';
import type { Validator } from './validate.js';

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

/** The zod schema of one field, as the file writes it. */
function schemaOf(field: Field): z.ZodType {
  const base = requiredSchemaOf(field);
  return field.optional || field.omittable ? (field.type === 'text' ? base : base.optional()) : base;
}

function requiredSchemaOf(field: Field): z.ZodType {
  switch (field.type) {
    case 'text':
      return field.optional ? none(field.validate) : checked(field.validate);
    case 'free':
      return z.string();
    case 'id':
      return z.string().refine(isSlug, { message: m.badId, params: { fix: m.idFix, complete: true } });
    case 'choice':
      return z.enum(field.choices);
    case 'day':
      return isoDate;
    case 'instant':
      return instant;
    case 'count':
      return z.number().int().min(field.min).max(field.max);
    case 'literal':
      return z.literal(field.value);
    case 'list':
      return z.array(schemaOf(field.of)).min(field.min);
    case 'object':
      return objectSchema(field.fields);
    case 'nullable':
      return schemaOf(field.of).nullable();
    case 'split':
      return schemaOf(field.file);
  }
}

/** A strict object (an unknown field is an error) with each field under the name the file gives it. */
function objectSchema(fields: Fields) {
  return z.strictObject(
    Object.fromEntries(Object.entries(fields).map(([name, field]) => [fileNameOf(name, field), schemaOf(field)])),
  );
}

export type InterviewFileData = DataOf<typeof INTERVIEW_FIELDS>;

// The schema is built at run time from the same table DataOf reads, so what it parses is that
// type; zod cannot see through the building to infer it.
export const interviewFileSchema = objectSchema(INTERVIEW_FIELDS) as unknown as z.ZodType<InterviewFileData>;

const fileNames = (fields: Fields) => Object.entries(fields).map(([name, field]) => fileNameOf(name, field));

/** The fields each object in the file allows, for "unknown field" messages. */
export const ALLOWED_FIELDS = {
  file: fileNames(INTERVIEW_FIELDS),
  candidate: fileNames(CANDIDATE_FIELDS),
  recruiter: fileNames(RECRUITER_FIELDS),
  via: fileNames(VIA_FIELDS),
  interviewers: fileNames(INTERVIEWER_FIELDS),
  sent: fileNames(SENT_FIELDS),
  edits: fileNames(EDIT_FIELDS),
} as const;

// Every field of an interview, named once: the interview file's zod schema (interview-schema.ts)
// and the store's read-time check (src/store/entry-shape.ts) are both built from these tables,
// so a field added here is read from files and checked in the store alike. No zod here: the
// store reads on every `regen` and `list`, and zod would add about 14 ms and 900 KB to their
// start.
import { FORMALITIES, FORMATS, MEDIA, NOTE_KINDS, STATUSES, TONES, VIA_NOTES } from './types.js';
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

interface Flags {
  /** May be absent (in the file also null or "" for checked text). */
  readonly optional?: true;
  /** The file may leave it out and import fills it in (the saved candidate, "waiting", no notes); the store always has it. */
  readonly omittable?: true;
  /** Only in the file (its format version). */
  readonly fileOnly?: true;
  /** The file's name for the field, when it is not the model's. */
  readonly fileName?: string;
}

/** Text a validator accepts (validate.ts): its message says what to type. */
export interface TextField extends Flags {
  readonly type: 'text';
  readonly validate: Validator;
}
/** Any text, unchecked (a path, a signature, a note's body). */
export interface FreeField extends Flags {
  readonly type: 'free';
}
/** An interview id (slug.ts). */
export interface IdField extends Flags {
  readonly type: 'id';
}
export interface ChoiceField<C extends string = string> extends Flags {
  readonly type: 'choice';
  readonly choices: readonly [C, ...C[]];
}
/** A calendar day, YYYY-MM-DD, within the years the model handles (date-range.ts). */
export interface DayField extends Flags {
  readonly type: 'day';
}
/** An instant, as `new Date().toISOString()` writes it. */
export interface InstantField extends Flags {
  readonly type: 'instant';
}
/** A whole number from `min` to `max`. */
export interface CountField extends Flags {
  readonly type: 'count';
  readonly min: number;
  readonly max: number;
}
export interface LiteralField<V extends number = number> extends Flags {
  readonly type: 'literal';
  readonly value: V;
}
export interface ListField<I extends Field = Field> extends Flags {
  readonly type: 'list';
  readonly of: I;
  readonly min: number;
}
export interface ObjectField<F extends Fields = Fields> extends Flags {
  readonly type: 'object';
  readonly fields: F;
}
/** null or `of`. */
export interface NullableField<I extends Field = Field> extends Flags {
  readonly type: 'nullable';
  readonly of: I;
}
/** A field the file writes one way and the store keeps another (the timeframe: its words, or words and date). */
export interface SplitField<A extends Field = Field, B extends Field = Field> extends Flags {
  readonly type: 'split';
  readonly file: A;
  readonly store: B;
}

export type Field =
  | TextField
  | FreeField
  | IdField
  | ChoiceField
  | DayField
  | InstantField
  | CountField
  | LiteralField
  | ListField
  | ObjectField
  | NullableField
  | SplitField;
export type Fields = Readonly<Record<string, Field>>;

const text = (validate: Validator): TextField => ({ type: 'text', validate });
const free = (): FreeField => ({ type: 'free' });
const choice = <const C extends readonly [string, ...string[]]>(choices: C): ChoiceField<C[number]> => ({
  type: 'choice',
  choices,
});
const day = (): DayField => ({ type: 'day' });
const instant = (): InstantField => ({ type: 'instant' });
const list = <I extends Field>(of: I, min: number): ListField<I> => ({ type: 'list', of, min });
const object = <F extends Fields>(fields: F): ObjectField<F> => ({ type: 'object', fields });
const id = (): IdField => ({ type: 'id' });
const count = (min: number, max: number): CountField => ({ type: 'count', min, max });
const literal = <const V extends number>(value: V): LiteralField<V> => ({ type: 'literal', value });
const nullable = <I extends Field>(of: I): NullableField<I> => ({ type: 'nullable', of });
const split = <A extends Field, B extends Field>(file: A, store: B): SplitField<A, B> => ({ type: 'split', file, store });
const optional = <F extends Field>(field: F): F & { readonly optional: true } => ({ ...field, optional: true });
const omittable = <F extends Field>(field: F): F & { readonly omittable: true } => ({ ...field, omittable: true });
const fileOnly = <F extends Field>(field: F): F & { readonly fileOnly: true } => ({ ...field, fileOnly: true });
const named = <const N extends string, F extends Field>(fileName: N, field: F): F & { readonly fileName: N } => ({
  ...field,
  fileName,
});

export const CANDIDATE_FIELDS = {
  name: text(validatePersonName),
  email: text(validateEmail),
  phone: text(validatePhone),
  /** Extra lines under the name. */
  signature: optional(free()),
  /** The resume the follow-up re-attaches. */
  resume: optional(free()),
  /** A cover letter the mail drafts attach beside the resume. */
  coverLetter: optional(free()),
  link: optional(free()),
} as const;

export const RECRUITER_FIELDS = {
  name: text(validatePersonName),
  email: optional(text(validateEmail)),
  phone: optional(text(validatePhone)),
  greeting: optional(text(validatePersonName)),
} as const;

/** The person the notes go through (src/model/via.ts). */
export const VIA_FIELDS = {
  /** The recruiter or an interviewer; a given name or surname that fits one of them is saved as their full name. */
  name: text(validatePersonName),
  /** "thank-you" (the file may leave it out) or "all": every written note. */
  notes: omittable(choice(VIA_NOTES)),
} as const;

export const INTERVIEWER_FIELDS = {
  name: text(validatePersonName),
  title: text(validateTitle),
  email: optional(text(validateEmail)),
  phone: optional(text(validatePhone)),
  medium: choice(MEDIA),
  topics: list(text(validateTopic), 1),
  detail: optional(text(validateDetail)),
  /** How the candidate greets them; derived from the name and the formality when absent. */
  greeting: optional(text(validatePersonName)),
  /** One thing the candidate would add, answer better or send them. */
  addition: optional(text(validateDetail)),
} as const;

export const SENT_FIELDS = {
  kind: choice(NOTE_KINDS),
  to: text(validatePersonName),
  at: instant(),
  method: optional(free()),
  subject: optional(free()),
  body: optional(free()),
} as const;

export const EDIT_FIELDS = {
  kind: choice(NOTE_KINDS),
  to: text(validatePersonName),
  subject: free(),
  body: free(),
  at: instant(),
} as const;

/** The interview, in the order the file lists its fields. */
export const INTERVIEW_FIELDS = {
  version: fileOnly(literal(1)),
  /** The file may leave it out: import derives one from company and role. */
  id: omittable(id()),
  /** The file may leave it out when a candidate is already saved. */
  candidate: omittable(object(CANDIDATE_FIELDS)),
  company: text(validateCompany),
  role: text(validateRole),
  date: named('interviewDate', day()),
  /** The notes word the meeting differently for onsite, video and phone. */
  format: choice(FORMATS),
  /** The interviewer's words (absent or null when they gave none); the store keeps the date they resolve to too. */
  timeframe: split(
    optional(text(validateTimeframeText)),
    nullable(object({ text: text(validateTimeframeText), date: nullable(day()) })),
  ),
  /** "waiting" when the file has none. */
  status: omittable(choice(STATUSES)),
  /** The day the outcome was told. */
  statusOn: optional(day()),
  /** 2 for a second round of the same application, and so on (rounds.ts). */
  round: optional(count(1, 20)),
  recruiter: optional(object(RECRUITER_FIELDS)),
  /** Whom the notes go through, when the recruiter (or an interviewer) asked for that. */
  via: optional(object(VIA_FIELDS)),
  interviewers: list(object(INTERVIEWER_FIELDS), 1),
  /** The notes already sent, so a re-import keeps the schedule. */
  sent: omittable(list(object(SENT_FIELDS), 0)),
  /** Notes the user edited by hand. */
  edits: optional(list(object(EDIT_FIELDS), 0)),
  /** How the notes read; warm when absent. */
  tone: optional(choice(TONES)),
  /** How greetings default: given names (the default) or title and surname. */
  formality: optional(choice(FORMALITIES)),
  /** The strength the candidate wants them to remember. */
  strength: optional(text(validateDetail)),
  /** Who told the candidate the outcome: an interviewer's or the recruiter's name. */
  toldBy: optional(text(validatePersonName)),
} as const;

/** The name a field has in the file. */
export const fileNameOf = (name: string, field: Field): string => field.fileName ?? name;

// The file's data as its fields make it, for the code that turns a read file into an Interview.
type FileForm<S> = S extends SplitField<infer A, Field> ? A : S;
type ValueOf<S> = S extends TextField | FreeField | IdField | DayField | InstantField
  ? string
  : S extends ChoiceField<infer C>
    ? C
    : S extends CountField
      ? number
      : S extends LiteralField<infer V>
        ? V
        : S extends ListField<infer I>
          ? ValueOf<I>[]
          : S extends ObjectField<infer F>
            ? DataOf<F>
            : S extends NullableField<infer I>
              ? ValueOf<I> | null
              : S extends SplitField<infer A, Field>
                ? ValueOf<A>
                : never;
type FileKey<K, S> = S extends { readonly fileName: infer N extends string } ? N : K;
type IsOptional<S> = FileForm<S> extends { readonly optional: true } | { readonly omittable: true } ? true : false;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The data of an object in the file: optional fields may be absent. */
export type DataOf<F extends Fields> = Simplify<
  { readonly [K in keyof F as IsOptional<F[K]> extends true ? never : FileKey<K, F[K]>]: ValueOf<F[K]> } & {
    readonly [K in keyof F as IsOptional<F[K]> extends true ? FileKey<K, F[K]> : never]?: ValueOf<F[K]> | undefined;
  }
>;

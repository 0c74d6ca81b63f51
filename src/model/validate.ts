// Pure field validators. Each returns a message that says what to type, or undefined when the
// value can be used. They judge the text as typed; callers trim it before saving.
import { MAX_NAME, MAX_TEXT, MAX_TOPIC, fieldMessages as m } from './messages.js';

export type Validator = (text: string) => string | undefined;

// C0 and C1 controls and DEL. Tab and newline are allowed only where sanitizeText keeps them.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
let letter: RegExp | undefined;
let letterOrDigit: RegExp | undefined;

// Most of what is typed or saved is ASCII. V8 compiles a pattern on its first use, and one with
// Unicode property classes costs a millisecond or more to compile (the e-mail one, with nine of
// them, the most): every saved entry is checked on each start, so ASCII text takes patterns of
// the same meaning restricted to ASCII (\p{L} there is A-Z and a-z, \p{N} 0-9), and the Unicode
// ones are made only when a value needs them: V8 parses a RegExp literal when it is evaluated, and
// each \p{...} class costs a fresh process about half a million instructions there.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const LETTER = (): RegExp => (letter ??= /\p{L}/u);
const LETTER_OR_DIGIT = (): RegExp => (letterOrDigit ??= /[\p{L}\p{N}]/u);
const hasLetter = (value: string) => (PRINTABLE_ASCII.test(value) ? ASCII_LETTER : LETTER()).test(value);
const hasLetterOrDigit = (value: string) => (PRINTABLE_ASCII.test(value) ? ASCII_LETTER_OR_DIGIT : LETTER_OR_DIGIT()).test(value);

// ESC-introduced sequences a terminal acts on: CSI (ESC [ ... final), OSC and the string
// controls DCS/SOS/PM/APC (ESC ] P X ^ _ ... up to BEL or ESC \), then any other two-byte
// escape. Removing the whole sequence, not just ESC, keeps "[31m" debris out of the text.
const ESCAPES =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/gu;
const STRAY_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

/**
 * Removes everything that could drive a terminal (escape sequences, C0/C1 controls, DEL) from
 * text the user typed or pasted. Newline and tab survive; CR LF and lone CR become LF.
 */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(STRAY_CONTROLS, '');
}

function plainText(text: string, empty: string, max: number, long: string): string | undefined {
  const value = text.trim();
  if (value === '') return empty;
  if (CONTROL.test(value)) return m.controls;
  if (!hasLetterOrDigit(value)) return m.needsLetters;
  if (value.length > max) return long;
  return undefined;
}

export function validatePersonName(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return m.personNameEmpty;
  if (CONTROL.test(value)) return m.controls;
  if (!hasLetter(value)) return m.personNameLetters;
  if (value.length > MAX_NAME) return m.personNameLong;
  return undefined;
}

// One @, a local part of the characters mail systems accept unquoted, and a domain of dotted
// labels ending in a top-level domain of two or more letters. Stricter than RFC 5322 on purpose:
// a quoted local part in a follow-up address is far more likely a typo than real.
// Built on first use: a \p{..} class costs V8 its Unicode tables, and most commands never
// validate an address (regen, list).
let email: RegExp | undefined;
const unicodeEmail = (): RegExp =>
  (email ??=
    /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u);

const ASCII_EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Both forms of the shape, for the test that they agree on ASCII text. */
export const EMAIL_SHAPES = {
  get unicode(): RegExp {
    return unicodeEmail();
  },
  ascii: ASCII_EMAIL,
} as const;

function hasEmailShape(value: string): boolean {
  return (PRINTABLE_ASCII.test(value) ? ASCII_EMAIL : unicodeEmail()).test(value);
}

export function validateEmail(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return m.emailEmpty;
  if (CONTROL.test(value)) return m.controls;
  if (value.length > 254 || !hasEmailShape(value)) return m.emailShape;
  return undefined;
}

export function validatePhone(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return m.phoneEmpty;
  if (CONTROL.test(value)) return m.controls;
  if (!/^[\d\s+().-]+$/.test(value)) return m.phoneChars;
  const digits = value.replace(/\D/g, '').length;
  if (digits < 7) return m.phoneShort;
  if (digits > 15) return m.phoneLong;
  return undefined;
}

export function validateCompany(text: string): string | undefined {
  return plainText(text, m.companyEmpty, MAX_TEXT, m.tooLong(MAX_TEXT));
}

export function validateRole(text: string): string | undefined {
  return plainText(text, m.roleEmpty, MAX_TEXT, m.tooLong(MAX_TEXT));
}

/** An interviewer's job title. */
export function validateTitle(text: string): string | undefined {
  return plainText(text, m.titleEmpty, MAX_TEXT, m.tooLong(MAX_TEXT));
}

export function validateTopic(text: string): string | undefined {
  return plainText(text, m.topicEmpty, MAX_TOPIC, m.topicLong);
}

/** The interviewer's words about when they decide. Empty means "they gave none", which is fine. */
export function validateTimeframeText(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (CONTROL.test(value)) return m.controls;
  if (value.length > MAX_TEXT) return m.timeframeLong;
  return undefined;
}

/** A free-text extra such as the personal detail: optional, plain, short. */
export function validateDetail(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (CONTROL.test(value)) return m.controls;
  if (value.length > MAX_TOPIC) return m.tooLong(MAX_TOPIC);
  return undefined;
}

/** Lets a field be left empty ("none"), and checks it with `validator` otherwise. */
export function optional(validator: Validator): Validator {
  return (text) => (text.trim() === '' ? undefined : validator(text));
}

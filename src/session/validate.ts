// Field checks for the session: pure, each returns what to type, or undefined when the answer can
// be used. They see the answer already tidied (trimmed, controls removed).
import { problems } from './messages.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = 200;

export function required(what: string) {
  return (value: string): string | undefined => {
    if (value === '') return problems.required(what);
    if (value.length > MAX) return problems.tooLong(MAX);
    return undefined;
  };
}

export function optionalText(value: string): string | undefined {
  return value.length > MAX ? problems.tooLong(MAX) : undefined;
}

export function email(value: string): string | undefined {
  return EMAIL.test(value) ? undefined : problems.email;
}

export function emailOrNone(value: string): string | undefined {
  return value === '' || EMAIL.test(value) ? undefined : problems.emailOrNone;
}

function looksLikePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 3 && digits.length <= 20 && /^[+\d\s().\-/x]+$/i.test(value);
}

export function phone(value: string): string | undefined {
  return looksLikePhone(value) ? undefined : problems.phone;
}

export function phoneOrNone(value: string): string | undefined {
  return value === '' || looksLikePhone(value) ? undefined : problems.phoneOrNone;
}

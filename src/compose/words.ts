// Small text helpers the templates and tests share. Pure: strings in, strings out.
import type { IsoDate } from '../model/types.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "24 November 2026": a date as a letter writes it, unambiguous in every locale. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "A", "A and B", "A, B and C": the way a list reads in a sentence. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A phone number for reading aloud slowly: its digit groups separated by commas, so the caller
 * pauses between them ("+1 555 0100" -> "+1, 555, 0100").
 */
export function slowNumber(phone: string): string {
  const groups = phone.match(/\+?\d+/g);
  return groups ? groups.join(', ') : phone;
}

/** Words as a reader counts them: whitespace-separated tokens with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** A name folded for matching: case, accents and spacing do not matter ("jose  alvarez" = "José Álvarez"). */
export function foldName(name: string): string {
  // Plain ASCII has no accents to strip: skip the \p{M} RegExp, which V8 compiles on first use.
  if (/^[\x20-\x7e\s]*$/.test(name)) return name.toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0111/giu, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A file-name-safe slug that keeps letters of every script ("王伟" stays "王伟", "Nguyễn Thị Lan" -> "nguyen-thi-lan"). */
export function slugOf(name: string): string {
  return foldName(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last path segment of a file path, whichever separator the user's system used. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0);
  return parts[parts.length - 1] ?? path;
}

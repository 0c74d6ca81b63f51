// A `mailto:` link for a note (RFC 6068): the address, then subject and body as UTF-8
// percent-encoded fields, spaces as %20 (never +) and line breaks as %0D%0A. Mail programs and
// browsers cut long links differently; past about 2,000 characters some drop the body, so the
// caller copies the note instead (MAILTO_LIMIT).
import type { Note } from '../model/types.js';

export const MAILTO_LIMIT = 2000;

// encodeURIComponent leaves !'()* alone; RFC 6068's hfvalue allows them, but mail programs
// that hand the link to a shell do not all cope, so they are encoded too.
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** An addr-spec keeps its `@`; everything else in it is encoded (RFC 6068 section 2). */
const encodeAddress = (address: string) => address.split('@').map(encode).join('@');

export function mailtoLink(note: Pick<Note, 'address' | 'subject' | 'body'>): string {
  const body = note.body.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '');
  const fields = [...(note.subject.trim() === '' ? [] : [`subject=${encode(note.subject)}`]), `body=${encode(body)}`];
  return `mailto:${note.address === undefined ? '' : encodeAddress(note.address)}?${fields.join('&')}`;
}

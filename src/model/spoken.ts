// Whether a note is read aloud on a call (a voicemail, or the thank-you to someone who phoned)
// rather than written: its header then shows the number to dial, not an e-mail address.
import type { Note } from './types.js';

export function isSpoken(note: Pick<Note, 'kind' | 'by'>): boolean {
  return note.by === 'phone' || note.kind === 'voicemail';
}

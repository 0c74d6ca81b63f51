// `--out DIR`: one plain-text file per note, named for its kind and person, with the subject on
// the first line the way mail clients show it. Existing files are overwritten: regenerating a
// note means replacing the old copy.
// Synchronous on purpose: a handful of small files, and node:fs/promises costs every `regen`
// (not only --out) 2 ms to load, with the readline and stream modules it brings.
import { join } from 'node:path';
import { slugOf } from '../compose/words.js';
import { isSpoken } from '../model/spoken.js';
import type { Note } from '../model/types.js';
import { noteTextMessages } from './messages.js';
import { writeAllOrNothing } from '../store/atomic-write.js';
import { describeOutput } from '../store/output-error.js';

/** `thank-you-priya-raghunathan.txt`; a second note to the same person and kind gets `-2`. */
export function noteFileNames(notes: readonly Note[]): string[] {
  const used = new Set<string>();
  return notes.map((note) => {
    const base = `${note.kind}-${slugOf(note.to) || 'note'}`;
    let name = `${base}.txt`;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}.txt`;
    used.add(name);
    return name;
  });
}

/**
 * The file's text: `Subject: ...` (for a call script, its title), a blank line, the body, and a
 * final newline.
 */
export function noteFileText(note: Note): string {
  const body = note.body.endsWith('\n') ? note.body : `${note.body}\n`;
  if (note.subject.trim() === '') return body;
  const heading = isSpoken(note) ? noteTextMessages.scriptTitle : noteTextMessages.subject;
  return `${heading(note.subject)}\n\n${body}`;
}

/**
 * Writes every note into `dir` (created 0700 when missing), all of them whole or none, and
 * returns the paths written. Throws SaveError, naming `dir`, when they cannot be written.
 */
export function writeNoteFiles(dir: string, notes: readonly Note[]): string[] {
  const paths = noteFileNames(notes).map((name) => join(dir, name));
  // A note through a go-between goes to their address: the file says so, as regen's screen does.
  const viaLine = (note: Note) =>
    note.via === undefined ? '' : `${noteTextMessages.via(note.to, note.via.name, note.address)}\n`;
  writeAllOrNothing(
    notes.map((note, index) => ({ path: paths[index]!, data: viaLine(note) + noteFileText(note) })),
    { describe: describeOutput(dir, { flag: '--out', takes: 'folder', contents: 'the notes', example: 'notes' }) },
  );
  return paths;
}

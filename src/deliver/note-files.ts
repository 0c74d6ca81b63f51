// `--out DIR`: one plain-text file per note, named for its kind and person, with the subject on
// the first line the way mail clients show it. Existing files are overwritten: regenerating a
// note means replacing the old copy.
// Synchronous on purpose: a handful of small files, and node:fs/promises costs every `regen`
// (not only --out) 2 ms to load, with the readline and stream modules it brings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf } from '../compose/words.js';
import type { Note } from '../model/types.js';

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

/** The file's text: `Subject: ...`, a blank line, the body, and a final newline. */
export function noteFileText(note: Note): string {
  const body = note.body.endsWith('\n') ? note.body : `${note.body}\n`;
  return note.subject.trim() === '' ? body : `Subject: ${note.subject}\n\n${body}`;
}

/** Writes every note into `dir` (created when missing) and returns the paths written. */
export function writeNoteFiles(dir: string, notes: readonly Note[]): string[] {
  mkdirSync(dir, { recursive: true });
  const names = noteFileNames(notes);
  const paths = names.map((name) => join(dir, name));
  notes.forEach((note, index) => writeFileSync(paths[index]!, noteFileText(note), { mode: 0o600 }));
  return paths;
}

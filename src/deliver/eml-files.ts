// `regen --eml DIR`: one mail draft per note in DIR, named like the --out files
// (thank-you-priya-raghunathan.eml). Every attachment is read, and every draft built, before the
// first file is written, and they are written all or none: a missing resume or a full disk
// leaves DIR as it was.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slugOf } from '../compose/words.js';
import type { Candidate, Note } from '../model/types.js';
import { attachmentsFor, type Attachment } from './attachment-files.js';
import { buildDraft } from './eml.js';
import { noteFileNames } from './note-files.js';
import { writeAllOrNothing } from '../store/atomic-write.js';
import { describeOutput } from '../store/output-error.js';

export interface WrittenDraft {
  readonly note: Note;
  readonly path: string;
  /** The file names it attaches, the earlier thank-you included. */
  readonly attached: readonly string[];
}

export const draftFileNames = (notes: readonly Note[]): string[] =>
  noteFileNames(notes).map((name) => name.replace(/\.txt$/, '.eml'));

/** Whether the draft's To header names `address`: the one person it went to. */
function addressedTo(content: Buffer, address: string): boolean {
  const head = content.toString('latin1').split(/\r?\n\r?\n/)[0] ?? '';
  const to = /^to:(.*)$/im.exec(head.replace(/\r?\n[ \t]+/g, ' '))?.[1] ?? '';
  const wanted = address.trim().toLowerCase();
  return to
    .toLowerCase()
    .split(',')
    .some((part) => (/<([^>]*)>/.exec(part)?.[1] ?? part).trim() === wanted);
}

/**
 * The thank-you draft to this person an earlier `--eml` run left in `dir`, if it is the note they
 * received. A thank-you through a go-between went to the go-between, with a cover note to them: a
 * follow-up sent to the person's own address, or through the go-between again, would carry that
 * cover note along, so it attaches nothing (the follow-up quotes the thank-you either way).
 */
function earlierThankYou(dir: string, note: Note): { fileName: string; content: Buffer } | undefined {
  if (note.kind !== 'follow-up' || note.via !== undefined || note.address === undefined) return undefined;
  const fileName = `thank-you-${slugOf(note.to) || 'note'}.eml`;
  let content: Buffer;
  try {
    content = readFileSync(join(dir, fileName));
  } catch {
    return undefined;
  }
  return addressedTo(content, note.address) ? { fileName, content } : undefined;
}

export async function writeDrafts(dir: string, notes: readonly Note[], candidate: Candidate): Promise<WrittenDraft[]> {
  const folder = resolve(dir);
  const files = new Map<string, Attachment[]>();
  for (const note of notes) if (!files.has(note.kind)) files.set(note.kind, attachmentsFor(note.kind, candidate));
  const names = draftFileNames(notes);
  const built = await Promise.all(
    notes.map(async (note, index) => {
      const attachments = files.get(note.kind)!;
      const earlier = earlierThankYou(folder, note);
      const content = await buildDraft({ note, candidate, attachments, earlier });
      const attached = [...attachments.map((file) => file.fileName), ...(earlier ? [earlier.fileName] : [])];
      return { note, path: join(folder, names[index]!), attached, content };
    }),
  );
  // All the drafts or none: a full disk at the second leaves no first one to be sent alone.
  writeAllOrNothing(
    built.map((draft) => ({ path: draft.path, data: draft.content })),
    { describe: describeOutput(folder, { flag: '--eml', takes: 'folder', contents: 'the drafts', example: 'drafts' }) },
  );
  return built.map(({ note, path, attached }) => ({ note, path, attached }));
}

// The files a mail draft attaches: the candidate's resume and cover letter, read whole before
// any draft is written, so a missing or unreadable one stops the command with nothing half done.
import { namedAttachment } from '../compose/words.js';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, resolve } from 'node:path';
import { CliError } from '../cli/errors.js';
import type { Candidate, NoteKind } from '../model/types.js';
import { contentTypeOf } from './content-types.js';
import { draftMessages as m } from './messages.js';

export interface Attachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
  /** Where it was read from, for messages. */
  readonly path: string;
}

/** `~/cv.pdf` and relative paths as a shell would read them. */
export function expandPath(path: string, cwd: string = process.cwd()): string {
  const trimmed = path.trim();
  if (trimmed === '~' || trimmed.startsWith('~/')) return resolve(homedir(), trimmed.slice(2));
  return resolve(cwd, trimmed);
}

function readAttachment(what: 'resume' | 'coverLetter', path: string): Attachment {
  const full = expandPath(path);
  let content: Buffer;
  try {
    content = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    // The message names the file as the notes do ("the portfolio"), or as the file, never as a
    // resume the notes call a CV.
    const named = what === 'resume' ? namedAttachment(path) : null;
    const label = what === 'resume' ? (named ? `the ${named}` : m.label.resumeFile) : m.label[what];
    throw new CliError(m.unreadable(label, full, code), m.unreadableTry(what));
  }
  const fileName = basename(full);
  return { fileName, contentType: contentTypeOf(fileName), content, path: full };
}

/**
 * What a draft of `kind` attaches: a thank-you goes with the resume and the cover letter, a
 * follow-up re-attaches the resume (the note says so); the other notes attach nothing.
 */
export function attachmentsFor(kind: NoteKind, candidate: Candidate): Attachment[] {
  return attachedPaths(kind, candidate).map(([what, path]) => readAttachment(what, path));
}

/** The file names a draft of `kind` would attach, without reading them. */
export function attachmentNames(kind: NoteKind, candidate: Candidate): string[] {
  return attachedPaths(kind, candidate).map(([, path]) => basename(expandPath(path)));
}

function attachedPaths(kind: NoteKind, candidate: Candidate): ['resume' | 'coverLetter', string][] {
  const resume = candidate.resume?.trim();
  const cover = candidate.coverLetter?.trim();
  return [
    ...((kind === 'thank-you' || kind === 'follow-up') && resume ? [['resume', resume] as ['resume', string]] : []),
    ...(kind === 'thank-you' && cover ? [['coverLetter', cover] as ['coverLetter', string]] : []),
  ];
}

// One note as an unsent mail draft (RFC 5322 with MIME), built by nodemailer's MailComposer:
// it encodes the headers (RFC 2047), the body (quoted-printable UTF-8) and the attachments
// (base64) the way mail programs expect. What a draft must not have is set here on purpose:
// MailComposer adds Date and Message-ID to every message, but a draft gets both from the mail
// program when it is sent, and a Date would show the draft as written on the day it was made.
// nodemailer leaves a header out when its value is blank, so both are set blank.
import type MailComposerClass from 'nodemailer/lib/mail-composer';
import type { Candidate, Note } from '../model/types.js';
import type { Attachment } from './attachment-files.js';

// Loaded only when a draft is written: `regen` without --eml never pays for it.
async function mailComposer(): Promise<typeof MailComposerClass> {
  const loaded = (await import('nodemailer/lib/mail-composer')) as unknown as { default: typeof MailComposerClass };
  return loaded.default;
}

export interface DraftParts {
  readonly note: Note;
  readonly candidate: Candidate;
  readonly attachments: readonly Attachment[];
  /** An earlier draft (a whole .eml) this one carries as message/rfc822: the thank-you, on a follow-up. */
  readonly earlier?: { readonly fileName: string; readonly content: Buffer } | undefined;
}

/** RFC 2231 / 5987 `filename*` for a non-ASCII name, a quoted `filename` for an ASCII one. */
export function dispositionOf(fileName: string): string {
  if (/^[\x20-\x7e]*$/.test(fileName)) return `attachment; filename="${fileName.replace(/(["\\])/g, '\\$1')}"`;
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

export async function buildDraft(parts: DraftParts): Promise<Buffer> {
  const { note, candidate } = parts;
  const MailComposer = await mailComposer();
  const attachments = [
    ...parts.attachments.map((file) => ({
      filename: file.fileName,
      content: file.content,
      contentType: file.contentType,
      contentTransferEncoding: 'base64',
    })),
    ...(parts.earlier === undefined
      ? []
      : [{ filename: parts.earlier.fileName, content: parts.earlier.content, contentType: 'message/rfc822' }]),
  ].map((file) => ({
    ...file,
    // MailComposer writes a non-ASCII name as RFC 2231 continuations (filename*0*=); the one
    // `filename*=` is what every mail program reads. A prepared value goes out as given.
    contentDisposition: { prepared: true, value: dispositionOf(file.filename) } as unknown as string,
  }));
  const body = note.body.endsWith('\n') ? note.body : `${note.body}\n`;
  const mail = new MailComposer({
    from: { name: candidate.name, address: candidate.email },
    // A note through a go-between is addressed to them by name; whom it is for, its subject says.
    ...(note.address === undefined ? {} : { to: { name: note.via?.name ?? note.to, address: note.address } }),
    subject: note.subject,
    // Quoted-printable even for ASCII: long lines stay under 76 octets, and the charset is always said.
    text: { content: crlf(body), contentType: 'text/plain; charset=UTF-8', contentTransferEncoding: 'quoted-printable' },
    newline: 'windows',
    attachments,
    headers: { 'X-Unsent': '1', Date: ' ', 'Message-ID': { prepared: true, value: ' ' } },
    // Only the bytes handed in: never a path or a URL read behind our back.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Promise((done, fail) => mail.compile().build((error, message) => (error ? fail(error) : done(message))));
}

// Turns plain text or a pasted e-mail into a Draft. Offsets are never rewritten: the writer's own
// words keep their place in `prose`, everything else is blanked, so findings point into the text
// exactly as the user sees it in their editor (CRLF, tabs and all).
import type { Note } from '../model/types.js';
import type { Draft } from './types.js';

interface Line {
  readonly start: number;
  /** End of the content, before the line break. */
  readonly end: number;
  readonly content: string;
}

const HEADER = /^(subject|to|from|cc|bcc|date|reply-to|sent)\s*:(.*)$/i;
const QUOTED = /^[ \t]*>/;
const ATTRIBUTION = /^[ \t]*(?:On\b.{0,300}|[^>\r\n]{1,80})\bwrote:[ \t]*$/;
/** Outlook and Gmail put the earlier message under a rule instead of `>` markers. */
const SEPARATOR = /^[ \t]*-{2,}[ \t]*(Original Message|Forwarded message)[ \t]*-{2,}[ \t]*$/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index, content: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, content: text.slice(start) });
  return lines;
}

export function parseDraft(text: string): Draft {
  const lines = splitLines(text);
  const blank: Array<readonly [number, number]> = [];
  let subject: string | null = null;
  let subjectStart = -1;
  let index = 0;
  // A byte-order mark is invisible in editors; it must not count as the first word.
  if (text.startsWith('\uFEFF')) blank.push([0, 1]);

  // The header block: leading `Name: value` lines up to the first blank line.
  while (index < lines.length && lines[index]!.content.replace(/^\uFEFF/, '').trim() === '') index += 1;
  const firstHeader = index;
  while (index < lines.length) {
    const line = lines[index]!;
    const content = line.content.replace(/^\uFEFF/, '');
    const header = HEADER.exec(content);
    if (!header) break;
    if (header[1]!.toLowerCase() === 'subject' && subject === null) {
      const value = header[2]!;
      const lead = value.length - value.trimStart().length;
      subject = value.trim();
      subjectStart = line.end - content.length + content.indexOf(':') + 1 + lead;
    }
    blank.push([line.start, line.end]);
    index += 1;
  }
  const bodyLine = lines[index === firstHeader ? 0 : index] ?? lines[lines.length - 1]!;
  const bodyStart = index === firstHeader ? 0 : bodyLine.start;

  const quoted: string[] = [];
  let underSeparator = false;
  for (let at = index === firstHeader ? 0 : index; at < lines.length; at += 1) {
    const line = lines[at]!;
    if (SEPARATOR.test(line.content)) underSeparator = true;
    if (underSeparator || QUOTED.test(line.content) || ATTRIBUTION.test(line.content)) {
      blank.push([line.start, line.end]);
      if (QUOTED.test(line.content)) quoted.push(line.content.replace(/^[ \t]*(>[ \t]?)+/, ''));
      else if (underSeparator && !SEPARATOR.test(line.content)) quoted.push(line.content);
    }
  }
  return {
    text,
    subject,
    subjectStart,
    body: text.slice(bodyStart),
    bodyStart,
    prose: blankRanges(text, blank),
    quoted: quoted.join('\n'),
    attachments: [],
    quotes: null,
  };
}

/** The text a composed note stands for: a Subject header, a blank line, then the body. */
export function noteText(note: { readonly subject: string; readonly body: string }): string {
  return note.subject.trim() === '' ? note.body : `Subject: ${note.subject}\n\n${note.body}`;
}

type ComposedNote = Pick<Note, 'subject' | 'body'> & Partial<Pick<Note, 'attachments' | 'quotes' | 'via' | 'noEarlierNote'>>;

export function draftFromNote(note: ComposedNote): Draft {
  const text = noteText(note);
  const parsed = parseDraft(text);
  // An empty subject on a composed e-mail is still a subject (an empty one), not a missing header.
  const subject = parsed.subject ?? (note.subject.trim() === '' ? '' : null);
  return {
    ...parsed,
    prose: withoutCover(parsed.prose, text.length - note.body.length, note),
    subject,
    attachments: note.attachments ?? [],
    quotes: note.quotes ?? null,
    noEarlierNote: note.noEarlierNote === true,
  };
}

/**
 * A note sent through a go-between opens with a line to them (src/model/via.ts): the coach's own
 * words to someone else, not the note to its recipient, so the rules that read greetings and
 * names must not take it for the note's. Blanked while the body still opens with it as composed;
 * once edited it is the writer's text and is read like any other.
 */
function withoutCover(prose: string, bodyAt: number, note: ComposedNote): string {
  const cover = note.via?.cover;
  if (cover === undefined || cover === '' || !note.body.startsWith(cover)) return prose;
  const ranges = splitLines(cover).map((line) => [bodyAt + line.start, bodyAt + line.end] as const);
  return blankRanges(prose, ranges);
}

/**
 * A pasted draft that opens with the coach's own line to a go-between (`cover`, as composed): that
 * line blanked from the prose, as for the composed note, so it is not read as the note's greeting.
 */
export function withoutPastedCover(draft: Draft, cover: string): Draft {
  // The body as parsed may start with the blank line under the subject.
  const lead = draft.body.length - draft.body.trimStart().length;
  if (cover === '' || !draft.body.startsWith(cover, lead)) return draft;
  const at = draft.bodyStart + lead;
  const ranges = splitLines(cover).map((line) => [at + line.start, at + line.end] as const);
  return { ...draft, prose: blankRanges(draft.prose, ranges) };
}

function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

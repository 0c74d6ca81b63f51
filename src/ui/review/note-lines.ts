// The scrollable part of the review, as lines that fit the terminal: the subject, the body, then
// the checklist findings. Wrapping here (not in Ink) is what lets the review count the lines and
// scroll them, so a long note never pushes the keys off a 20-line screen.
import wrapAnsi from 'wrap-ansi';
import { showText } from '../../cli/terminal-text.js';
import { isSpoken } from '../../model/spoken.js';
import type { Finding, Note } from '../../model/types.js';
import { review } from '../messages.js';
import { groupByPlace } from '../../checklist/places.js';

export type LineTone = 'subject' | 'body' | 'error' | 'warning' | 'info' | 'muted';

export interface ReviewLine {
  readonly text: string;
  readonly tone: LineTone;
}

function wrapped(text: string, width: number, tone: LineTone, indent = ''): ReviewLine[] {
  // Keep a paragraph's own indentation, but never start a wrapped line with the space it broke at.
  const lead = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ');
  return wrapAnsi(text.trimStart(), Math.max(10, width - indent.length - lead.length), { hard: true, trim: true })
    .split('\n')
    .map((line, at) => ({ text: at === 0 ? lead + line : indent + lead + line, tone }));
}

const MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

export function noteLines(
  note: Pick<Note, 'subject' | 'body' | 'kind' | 'by'>,
  findings: readonly Finding[] | null,
  width: number,
): ReviewLine[] {
  const lines: ReviewLine[] = [];
  // The note may hold what the user typed or an editor wrote: shown through terminal-text.ts.
  // A call script's subject is its title: nothing is typed into a subject field.
  const title = isSpoken(note) ? review.scriptTitle : review.subject;
  lines.push(...wrapped(note.subject === '' ? review.noSubject : title(showText(note.subject)), width, 'subject'));
  lines.push({ text: '', tone: 'body' });
  for (const paragraph of showText(note.body).split('\n')) lines.push(...wrapped(paragraph, width, 'body'));
  if (findings !== null && findings.length > 0) {
    lines.push({ text: '', tone: 'body' }, { text: review.findingsTitle, tone: 'muted' });
    for (const place of groupByPlace(findings)) {
      if (place.findings.length === 1) {
        const f = place.findings[0]!;
        lines.push(
          ...wrapped(`${MARK[f.severity]} ${showText(review.finding(f.line, f.rule, f.message))}`, width, f.severity, '  '),
        );
        continue;
      }
      // Several findings at one place (src/checklist/places.ts): the place once, then each rule.
      const rules = place.findings.map((f) => f.rule);
      lines.push(
        ...wrapped(
          `${MARK[place.severity]} ${showText(review.place(place.line, place.excerpt, rules))}`,
          width,
          place.severity,
          '  ',
        ),
      );
      for (const f of place.findings) {
        lines.push(...wrapped(`  ${MARK[f.severity]} ${showText(review.ofRule(f.rule, f.message))}`, width, f.severity, '  '));
      }
    }
  }
  return lines;
}

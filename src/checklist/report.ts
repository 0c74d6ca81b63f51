// How `check` prints findings: exact JSON for tools, and for people the findings grouped by
// severity, each with its line and a caret under the place it means.
import stringWidth from 'string-width';
import type { Finding, Severity } from '../model/types.js';
import { showLine, showText } from '../cli/terminal-text.js';
import { checkMessages as m } from './report-messages.js';
import { splitLines } from './draft.js';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

export function formatJson(findings: readonly Finding[]): string {
  const { errors, warnings } = countFindings(findings);
  const list = findings.map(({ rule, severity, message, line, column, excerpt }) => ({
    rule,
    severity,
    message,
    line,
    column,
    excerpt,
  }));
  // The same \uXXXX escape JSON uses: valid JSON, the same text, nothing raw on a terminal.
  return `${showText(JSON.stringify({ findings: list, errors, warnings }))}\n`;
}

export interface Style {
  readonly heading: (severity: Severity, text: string) => string;
  readonly dim: (text: string) => string;
}

export const PLAIN: Style = { heading: (_severity, text) => text, dim: (text) => text };

export const COLOR: Style = {
  heading: (severity, text) =>
    `\u001B[1m${severity === 'error' ? '\u001B[31m' : severity === 'warning' ? '\u001B[33m' : '\u001B[36m'}${text}\u001B[39m\u001B[22m`,
  dim: (text) => `\u001B[2m${text}\u001B[22m`,
};

const TAB = 4;
/** Lines up to this long print whole (the terminal wraps them); longer ones print a window. */
const WHOLE_LINE = 160;
const WINDOW = 100;

/**
 * The source line as it shows in a terminal (tabs expanded, wide characters counted twice), cut
 * to a window around `column` so a 1 MB single-line draft still prints one readable line, with a
 * caret under the place the finding means.
 */
export function caretLines(line: string, column: number, length: number): { text: string; caret: string } {
  let from = 0;
  if (line.length > WHOLE_LINE) from = Math.max(0, Math.min(column - 1 - 30, line.length - WINDOW));
  if (from > 0 && /[\uDC00-\uDFFF]/.test(line[from] ?? '')) from += 1;
  let to = line.length > WHOLE_LINE ? Math.min(line.length, from + WINDOW) : line.length;
  if (to < line.length && /[\uD800-\uDBFF]/.test(line[to - 1] ?? '')) to -= 1;
  const prefix = from > 0 ? '…' : '';
  let shown = prefix;
  let width = prefix.length;
  let caretAt = -1;
  let caretWidth = 0;
  let offset = from;
  for (const char of line.slice(from, to)) {
    // A control character in the draft is shown escaped (src/cli/terminal-text.ts), as wide as its escape.
    const visible = char === '\t' ? char : showLine(char);
    const cell = char === '\t' ? TAB - (width % TAB) : visible === char ? stringWidth(char) : visible.length;
    if (offset === column - 1) caretAt = width;
    if (offset >= column - 1 && offset < column - 1 + Math.max(1, length)) caretWidth += cell;
    shown += char === '\t' ? ' '.repeat(cell) : visible;
    width += cell;
    offset += char.length;
  }
  if (caretAt < 0) caretAt = width;
  if (to < line.length) shown += '…';
  return { text: shown, caret: ' '.repeat(caretAt) + '^'.repeat(Math.max(1, caretWidth)) };
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function formatHuman(findings: readonly Finding[], text: string, style: Style = PLAIN): string {
  const counts = countFindings(findings);
  if (findings.length === 0) return `${m.clean}\n`;
  const lines = splitLines(text);
  const out: string[] = [];
  for (const severity of ORDER) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    out.push(style.heading(severity, `${m.headings[severity]} (${group.length})`), '');
    for (const finding of group) {
      const source = lines[finding.line - 1]?.content ?? '';
      const number = String(finding.line);
      const gutter = ' '.repeat(number.length);
      const { text: shown, caret } = caretLines(source, finding.column, finding.excerpt.length);
      out.push(`  ${finding.line}:${finding.column}  ${finding.rule}`);
      out.push(`  ${style.dim(`${number} |`)} ${shown}`);
      out.push(`  ${style.dim(`${gutter} |`)} ${caret}`);
      out.push(...wrap(showLine(finding.message), 76).map((line) => `    ${line}`), '');
    }
  }
  out.push(m.summary(counts.errors, counts.warnings, counts.infos));
  if (counts.errors > 0) out.push(m.blocking);
  return `${out.join('\n')}\n`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && stringWidth(current) + 1 + stringWidth(word) > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

// How `check` prints findings: exact JSON for tools, and for people the findings grouped by
// severity, each with its line and a caret under the place it means.
import stringWidth from 'string-width';
import type { Finding, Severity } from '../model/types.js';
import { showLine, showText } from '../cli/terminal-text.js';
import { checkMessages as m } from './report-messages.js';
import { splitLines } from './draft.js';
import { groupByPlace } from './places.js';

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
/** The width a report is laid out for when the output is not a terminal. */
export const REPORT_COLUMNS = 80;
/** Narrower than this, an excerpt would show too little of its line to be read. */
const MIN_EXCERPT = 20;

/**
 * The source line as it shows in a terminal (tabs expanded, wide characters counted twice), cut
 * to `room` cells around `column` so it never wraps (a 1 MB single-line draft still prints one
 * readable line), with a caret under the place the finding means.
 */
export function caretLines(line: string, column: number, length: number, room = REPORT_COLUMNS): { text: string; caret: string } {
  const budget = Math.max(MIN_EXCERPT, room);
  // Too wide for the room: a window that starts up to a third of the room before the finding
  // (counted in cells, whole characters); the cut at its end is by cells too.
  let from = 0;
  if (line.length > budget && stringWidth(line) + countTabs(line) * (TAB - 1) > budget) {
    from = Math.min(Math.max(0, column - 1), line.length);
    for (let back = 0; from > 0; ) {
      const size = from > 1 && /[\uDC00-\uDFFF]/.test(line[from - 1]!) ? 2 : 1;
      const char = line.slice(from - size, from);
      const cell = char === '\t' ? TAB : Math.max(1, stringWidth(char));
      if (back + cell > Math.floor(budget / 3)) break;
      back += cell;
      from -= size;
    }
  }
  const prefix = from > 0 ? '…' : '';
  let shown = prefix;
  let width = prefix.length;
  let caretAt = -1;
  let caretWidth = 0;
  let offset = from;
  let cut = false;
  for (const char of line.slice(from)) {
    // A control character in the draft is shown escaped (src/cli/terminal-text.ts), as wide as its escape.
    const visible = char === '\t' ? char : showLine(char);
    const cell = char === '\t' ? TAB - (width % TAB) : visible === char ? stringWidth(char) : visible.length;
    const last = offset + char.length >= line.length;
    // Room for this character, and for the "…" after it unless it is the line's last.
    if (width + cell + (last ? 0 : 1) > budget) {
      cut = true;
      break;
    }
    if (offset === column - 1) caretAt = width;
    if (offset >= column - 1 && offset < column - 1 + Math.max(1, length)) caretWidth += cell;
    shown += char === '\t' ? ' '.repeat(cell) : visible;
    width += cell;
    offset += char.length;
  }
  if (caretAt < 0) caretAt = width;
  if (cut) shown += '…';
  return { text: shown, caret: ' '.repeat(caretAt) + '^'.repeat(Math.max(1, Math.min(caretWidth, budget - caretAt))) };
}

function countTabs(line: string): number {
  let tabs = 0;
  for (let at = line.indexOf('\t'); at >= 0; at = line.indexOf('\t', at + 1)) tabs += 1;
  return tabs;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The findings for people, laid out for a terminal `columns` wide (REPORT_COLUMNS off a terminal).
 * Findings at one place (src/checklist/places.ts) show under one heading that names every rule,
 * listed with the most severe of them.
 */
export function formatHuman(
  findings: readonly Finding[],
  text: string,
  style: Style = PLAIN,
  columns: number = REPORT_COLUMNS,
): string {
  const counts = countFindings(findings);
  if (findings.length === 0) return `${m.clean}\n`;
  const lines = splitLines(text);
  const places = groupByPlace(findings);
  const width = Math.max(MIN_EXCERPT, Math.min(76, columns - 5));
  const out: string[] = [];
  for (const severity of ORDER) {
    const group = places.filter((place) => place.severity === severity);
    if (group.length === 0) continue;
    out.push(style.heading(severity, `${m.headings[severity]} (${group.length})`), '');
    for (const place of group) {
      const source = lines[place.line - 1]?.content ?? '';
      const number = String(place.line);
      const gutter = ' '.repeat(number.length);
      // "  12 | " before the excerpt, and one column spare: a line as wide as the terminal wraps in some.
      const room = columns - (number.length + 5) - 1;
      const { text: shown, caret } = caretLines(source, place.column, place.excerpt.length, room);
      out.push(`  ${place.line}:${place.column}  ${place.findings.map((finding) => finding.rule).join(m.ruleJoin)}`);
      out.push(`  ${style.dim(`${number} |`)} ${shown}`);
      out.push(`  ${style.dim(`${gutter} |`)} ${caret}`);
      for (const finding of place.findings) {
        // One finding is its heading's; of several, each message says whose it is.
        const message =
          place.findings.length === 1
            ? finding.message
            : m.ofRule(finding.rule, finding.severity === severity ? null : m.severities[finding.severity], finding.message);
        out.push(...wrap(showLine(message), width).map((line) => `    ${line}`));
      }
      out.push('');
    }
  }
  out.push(m.summary(counts.errors, counts.warnings, counts.infos, places.length < findings.length ? places.length : null));
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

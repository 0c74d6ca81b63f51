// How wide a checklist report may be: the terminal's width when the report goes to one, else
// the report's default (a file or a pipe has no width, and 80 columns reads well in both).
import { REPORT_COLUMNS } from '../../checklist/report.js';

export function reportColumns(stream: { readonly isTTY?: boolean; readonly columns?: number }): number {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : REPORT_COLUMNS;
}

/**
 * The width to lay printed text out to (src/cli/wrap-lines.ts): the terminal's; off a terminal
 * COLUMNS when it is a width, else the report's default. `list` and `prep` print so.
 */
export function outputColumns(context: {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { readonly isTTY?: boolean; readonly columns?: number };
}): number {
  const set = Number(context.env.COLUMNS);
  return context.stdout.isTTY !== true && Number.isInteger(set) && set >= 20 ? set : reportColumns(context.stdout);
}

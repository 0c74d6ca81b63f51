// Interview-file problems as the user reads them: where, what is wrong, and what to write.
import type { FieldProblem } from '../../model/interview-file.js';
import { showLine } from '../../cli/terminal-text.js';
import { inputMessages as m } from './input-messages.js';

export function formatProblems(file: string, problems: readonly FieldProblem[]): string {
  const lines = [m.problemsHeading(showLine(file), problems.length)];
  for (const { path, problem, fix } of problems) lines.push(m.problem(path, problem), m.fix(fix));
  return `${lines.join('\n')}\n`;
}

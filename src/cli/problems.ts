// Interview-file problems as the user reads them: where, what is wrong, and what to write.
import type { FieldProblem } from '../model/interview-file.js';

export function formatProblems(file: string, problems: readonly FieldProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = [`followup-coach: ${file} has ${count}; nothing was saved.`];
  for (const { path, problem, fix } of problems) {
    lines.push(`  ${path === '' ? '(the file)' : path}: ${problem}`, `    fix: ${fix}`);
  }
  return `${lines.join('\n')}\n`;
}

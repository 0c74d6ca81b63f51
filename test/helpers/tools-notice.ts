// vitest globalSetup: the one line that says which terminal and clipboard tests skip and what
// to install (test/helpers/tools.ts), printed once per run rather than once per test file.
import { missingTools, missingToolsLine, toolsRequired } from './tools.js';

export default function setup(): void {
  const missing = missingTools();
  if (missing.length > 0 && !toolsRequired()) process.stdout.write(`\n${missingToolsLine(missing)}\n\n`);
}

// `npm run test:compat`: the whole test suite (build, unit, CLI, real terminal) on Node 22 and 24,
// besides the Node 20 it normally runs on. The binaries come from the npm registry (the
// node-<platform>-<arch> packages, scripts/node-binaries.mjs) into node_modules/.cache and are
// reused after the first run. Not part of `npm test`: two more runs of the suite would double CI's time.
//
// Options: --versions 22,24 (default)
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nodeBinary } from './node-binaries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { versions: { type: 'string', default: '22,24' } } });

const failed = [];
for (const major of values.versions
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean)) {
  const node = nodeBinary(major, (line) => process.stdout.write(`test:compat: ${line}\n`));
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  process.stdout.write(`\ntest:compat: the suite on Node ${version}\n`);
  const run = spawnSync(node, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed.push(version);
}
if (failed.length > 0) {
  process.stderr.write(`test:compat: failed on ${failed.join(', ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('\ntest:compat: passed on every version asked for\n');
}

// `npm run test:compat`: the whole test suite (build, unit, CLI, real terminal) on Node 22 and 24,
// besides the Node 20 it normally runs on. The binaries come from the npm registry (FACTS.md:
// the node-<platform>-<arch> packages) into node_modules/.cache and are reused after the first
// run. Not part of `npm test`: two more runs of the suite would double CI's time.
//
// Options: --versions 22,24 (default)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { versions: { type: 'string', default: '22,24' } } });
const platform = `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function nodeBinary(major) {
  const prefix = join(root, 'node_modules', '.cache', 'followup-coach-node', major);
  const bin = join(prefix, 'node_modules', `node-${platform}`, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bin)) {
    process.stdout.write(`test:compat: fetching Node ${major} (node-${platform}) ...\n`);
    execFileSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node-${platform}@${major}`], { stdio: 'inherit' });
  }
  return bin;
}

const failed = [];
for (const major of values.versions.split(',').map((v) => v.trim()).filter(Boolean)) {
  const node = nodeBinary(major);
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

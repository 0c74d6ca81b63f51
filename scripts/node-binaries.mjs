// Node binaries of other major versions, from the npm registry's node-<platform>-<arch> packages,
// kept in node_modules/.cache and reused after the first fetch (test:compat and bench use them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const platform = `${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The node binary of major version `major`: this one when it is, else fetched once. */
export function nodeBinary(major, log = (line) => process.stdout.write(`${line}\n`)) {
  if (process.versions.node.split('.')[0] === String(major)) return process.execPath;
  const prefix = join(root, 'node_modules', '.cache', 'followup-coach-node', String(major));
  const bin = join(prefix, 'node_modules', `node-${platform}`, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bin)) {
    log(`fetching Node ${major} (node-${platform}) ...`);
    execFileSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node-${platform}@${major}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return bin;
}

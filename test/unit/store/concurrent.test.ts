// Real processes, real files: the lock is what stops two commands from losing each other's
// saves, and only separate processes show whether it works.
import { spawn } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { tempDir } from '../../helpers/temp-dir.js';

const root = resolve(import.meta.dirname, '../../..');
let writer = '';

// A child that saves `count` interviews named `${prefix}-${n}` one after another, starting at
// the agreed instant so the two children really overlap instead of one finishing first.
const WRITER = `
import { openStore } from ${JSON.stringify(join(root, 'src/store/index.ts'))};
import { sampleInterview } from ${JSON.stringify(join(root, 'test/helpers/sample-interview.ts'))};
const [home, prefix, count, startAt] = process.argv.slice(2);
const store = openStore({ env: {}, home });
await new Promise((go) => setTimeout(go, Math.max(0, Number(startAt) - Date.now())));
for (let n = 0; n < Number(count); n += 1) await store.saveInterview(sampleInterview({ id: prefix + '-' + n, company: prefix }));
`;

beforeAll(async () => {
  const dir = tempDir('fc-writer-');
  writeFileSync(join(dir, 'writer.ts'), WRITER);
  writer = join(dir, 'writer.mjs');
  await build({
    entryPoints: [join(dir, 'writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});

function runWriter(home: string, prefix: string, count: number, startAt: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, home, prefix, String(count), String(startAt)], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

describe('the store lock', () => {
  it('keeps every save when two processes save 20 interviews each at the same time', async () => {
    const home = tempDir();
    const startAt = Date.now() + 1_000;
    const codes = await Promise.all([runWriter(home, 'acme', 20, startAt), runWriter(home, 'globex', 20, startAt)]);
    expect(codes).toEqual([0, 0]);
    const ids = (await openStore({ env: {}, home }).interviews()).map((i) => i.id).sort();
    expect(ids).toHaveLength(40);
    expect(ids.filter((id) => id.startsWith('acme-'))).toHaveLength(20);
    expect(ids.filter((id) => id.startsWith('globex-'))).toHaveLength(20);
  }, 30_000);

  it('takes over a lock left behind by a process that died', async () => {
    const home = tempDir();
    const lock = join(home, 'config.json.lock');
    mkdirSync(lock);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const store = openStore({ env: {}, home });
    await store.saveInterview(sampleInterview());
    expect((await store.interviews()).length).toBe(1);
  });
});

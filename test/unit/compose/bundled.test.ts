// The CLI ships as an esbuild bundle split into dist/ and dist/chunks/. This bundles the composer
// the same way and runs it, proving the template folder is found from inside a chunk too.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { composeNotes } from '../../../src/compose/compose.js';
import { acme } from './samples.js';

const repo = join(import.meta.dirname, '../../..');
const out = join(repo, 'node_modules/.cache/followup-coach-compose-test', String(process.pid));

afterAll(() => rmSync(out, { recursive: true, force: true }));

it('a split bundle finds the templates and writes the same notes', async () => {
  await build({
    absWorkingDir: repo,
    // Two entries share the loader, so esbuild moves it into dist/chunks/ as in the real build.
    entryPoints: { cli: 'src/compose/compose.ts', loader: 'src/compose/template-files.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'silent',
  });
  // The loader (and its import.meta.url) must run from inside a chunk, one folder deeper.
  const chunks = readdirSync(join(out, 'chunks'));
  expect(chunks.some((file) => readFileSync(join(out, 'chunks', file), 'utf8').includes('templates folder above'))).toBe(true);
  const bundled = (await import(pathToFileURL(join(out, 'cli.js')).href)) as typeof import('../../../src/compose/compose.js');
  expect(bundled.composeNotes(acme, 'follow-up')).toEqual(composeNotes(acme, 'follow-up'));
});

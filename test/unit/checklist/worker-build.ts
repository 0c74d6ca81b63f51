// Builds just the lint worker for unit tests, into node_modules/.cache, with harper.js's WASM
// beside it as scripts/build.mjs lays out dist/, without touching the shared dist/ folder.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';

const root = resolve(import.meta.dirname, '../../..');

export async function buildTestWorker(): Promise<URL> {
  const outfile = resolve(root, `node_modules/.cache/followup-coach-test/lint-worker-${process.pid}.js`);
  await build({
    absWorkingDir: root,
    entryPoints: ['src/checklist/lint-worker.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const wasm = resolve(root, 'node_modules/.cache/followup-coach-test/harper/harper_wasm_bg.wasm');
  if (!existsSync(wasm)) {
    mkdirSync(join(wasm, '..'), { recursive: true });
    // Whole or not at all, as several test processes may copy it at once.
    const temp = `${wasm}.${process.pid}`;
    copyFileSync(resolve(root, 'node_modules/harper.js/dist/harper_wasm_bg.wasm'), temp);
    renameSync(temp, wasm);
  }
  return pathToFileURL(outfile);
}

/**
 * A spell checker on the test worker for the whole file: started before its tests, closed after.
 * `checker()` is the running one.
 */
export function spellCheckerForFile(): () => SpellChecker {
  let checker: SpellChecker | undefined;
  beforeAll(async () => {
    checker = startSpellChecker({ workerUrl: await buildTestWorker() });
    await checker.ready;
  });
  afterAll(() => checker?.close());
  return () => checker!;
}

// Builds just the lint worker for unit tests, into node_modules/.cache so that `harper.js`
// resolves from there exactly as it does from dist/, without touching the shared dist/ folder.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
    external: ['harper.js'],
    logLevel: 'warning',
  });
  return pathToFileURL(outfile);
}

// `node scripts/checklist-findings.mjs DIR`: every finding of the checklist's own rules (spelling
// and grammar aside: those are Harper's) on each draft of the development corpora
// (test/fixtures/corpus and corpus-dev-*), one JSON file per folder in DIR, for changes that
// must not change a finding (the checklist's speed): run it before and after, then `diff -r`.
// `--hashes` prints one SHA-256 per folder instead, held-out ones included, and writes nothing:
// the held-out drafts are only ever compared, never read (test/fixtures/corpus-heldout*).
import { runFolder } from './run-folder.mjs';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const hashes = args.includes('--hashes');
const out = args.find((arg) => !arg.startsWith('--'));
if (!hashes && !out) {
  process.stderr.write('usage: node scripts/checklist-findings.mjs DIR | --hashes\n');
  process.exit(2);
}
const cache = runFolder('followup-coach-findings');
await build({
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  stdin: {
    contents: [
      "export { checkNote } from './src/checklist/check-note.ts';",
      "export { parseDraft } from './src/checklist/draft.ts';",
      "export { corpusFolders, loadCorpus } from './test/unit/checklist/corpus-lib.ts';",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'findings-entry.ts',
  },
  outfile: join(cache, 'checklist.js'),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const { checkNote, parseDraft, corpusFolders, loadCorpus } = await import(pathToFileURL(join(cache, 'checklist.js')).href);
for (const folder of corpusFolders(join(root, 'test', 'fixtures'))) {
  if (folder.heldOut && !hashes) continue;
  const findings = loadCorpus(folder.corpus, folder.interviews).map((entry) => ({
    name: entry.name,
    findings: checkNote(parseDraft(entry.text), entry.context),
  }));
  const text = `${JSON.stringify(findings, null, 1)}\n`;
  if (hashes) process.stdout.write(`${createHash('sha256').update(text).digest('hex')}  ${folder.name}\n`);
  else writeFileSync(join(out, `${folder.name}.json`), text);
}

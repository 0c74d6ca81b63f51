// `node scripts/tone-dev.mjs [--quiet]`: the tone family's misses and false findings on the
// development corpora only (test/fixtures/corpus and corpus-dev-*), never a held-out one. Only the
// synchronous rules run (no spelling worker), so it takes seconds: the loop for tuning
// tone-scathing, tone-impatient, third-party and gimmick. `--quiet` prints the totals alone.
import { runFolder } from './run-folder.mjs';
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(runFolder('followup-coach-tone-dev'), 'entry.js');
const RULES = ['tone-scathing', 'tone-impatient', 'third-party', 'gimmick'];

await build({
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['harper.js'],
  logLevel: 'warning',
  stdin: {
    contents: [
      "export { checkNote } from './src/checklist/check-note.ts';",
      "export { parseDraft } from './src/checklist/draft.ts';",
      "export { corpusFolders, loadCorpus } from './test/unit/checklist/corpus-lib.ts';",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'tone-dev-entry.ts',
  },
  outfile: out,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const c = await import(pathToFileURL(out).href);
const quiet = process.argv.includes('--quiet');
const totals = Object.fromEntries(RULES.map((rule) => [rule, { planted: 0, found: 0, falseHits: 0 }]));
for (const folder of c.corpusFolders(join(root, 'test/fixtures')).filter((f) => !f.heldOut)) {
  const lines = [];
  for (const entry of c.loadCorpus(folder.corpus, folder.interviews)) {
    const findings = c.checkNote(c.parseDraft(entry.text), entry.context);
    for (const rule of RULES) {
      const mine = findings.filter((f) => f.rule === rule);
      const wanted = entry.expect.includes(rule);
      if (wanted) totals[rule].planted += 1;
      if (wanted && mine.length > 0) totals[rule].found += 1;
      if (wanted && mine.length === 0) lines.push(`  MISS  ${rule} ${entry.name}`);
      if (!wanted && mine.length > 0) {
        totals[rule].falseHits += 1;
        for (const f of mine) lines.push(`  FALSE ${rule} ${entry.name} (${f.severity}) ${f.line}:${f.column} ${f.excerpt}`);
      }
    }
  }
  if (!quiet && lines.length > 0) console.log(`${folder.name}\n${lines.join('\n')}`);
}
const pct = (n, d) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(0)}%`.padStart(5));
for (const [rule, t] of Object.entries(totals))
  console.log(
    `${rule.padEnd(15)} planted ${String(t.planted).padStart(3)} found ${String(t.found).padStart(3)} false ${String(t.falseHits).padStart(3)}  recall ${pct(t.found, t.planted)}  precision ${pct(t.found, t.found + t.falseHits)}`,
  );

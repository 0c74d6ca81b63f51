// `node scripts/regen-outputs.mjs DIR [TREE]`: what `regen` prints for every interview of
// test/fixtures/interviews, every kind and every person (--json, --print, and the note due
// now), written to DIR as one file per run: stdout, then stderr and the exit code. Made for
// changes that must not change what a user sees (start-up work, the checklist's speed): run it
// on a checkout of main and on the change, then `diff -r` the two folders. TREE is the checkout
// whose bin/ and dist/ run (default: this one); the fixtures are always this checkout's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const KINDS = ['thank-you', 'follow-up', 'voicemail', 'contact-request', 'not-selected', 'stay-in-touch'];
const root = fileURLToPath(new URL('..', import.meta.url));
const [out, tree = root] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node scripts/regen-outputs.mjs DIR [TREE]\n');
  process.exit(2);
}
const bin = join(resolve(tree), 'bin', 'followup-coach.js');
const home = mkdtempSync(join(tmpdir(), 'fc-regen-outputs-'));
// A fixed day, no code cache and no clipboard, so two runs differ only by what the code does.
const env = {
  ...process.env,
  FOLLOWUP_COACH_HOME: home,
  FOLLOWUP_COACH_NOW: '2026-11-25',
  FOLLOWUP_COACH_NO_CODE_CACHE: '1',
  CI: 'true',
};
const run = (args) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
const keep = (name, result) =>
  writeFileSync(join(out, name), `${result.stdout}\n--- stderr\n${result.stderr}\n--- exit ${result.status}\n`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
try {
  const fixtures = join(root, 'test', 'fixtures', 'interviews');
  for (const file of readdirSync(fixtures)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    keep(`import.${file}.txt`, run(['import', join(fixtures, file)]));
  }
  const listed = run(['list', '--json']);
  keep('list.txt', listed);
  const parsed = JSON.parse(listed.stdout);
  const ids = (Array.isArray(parsed) ? parsed : parsed.interviews).map((item) => item.id);
  for (const id of ids) {
    keep(`${id}.due.txt`, run(['regen', id, '--print']));
    for (const kind of KINDS) {
      const notes = run(['regen', id, '--kind', kind, '--json']);
      keep(`${id}.${kind}.json.txt`, notes);
      let people = [];
      try {
        people = [...new Set(JSON.parse(notes.stdout).map((note) => note.to))].sort();
      } catch {
        // No notes of this kind: the error is kept above.
      }
      for (const to of people)
        keep(`${id}.${kind}.${to.replace(/\W+/g, '-')}.txt`, run(['regen', id, '--kind', kind, '--to', to, '--print']));
    }
  }
  process.stdout.write(`${readdirSync(out).length} files in ${out}\n`);
} finally {
  rmSync(home, { recursive: true, force: true });
}

// templates/ is the source of truth even in an installed package: a template edited after the
// build is compiled at run time with the compiler the build ships (dist/handlebars.cjs), since
// an installed package has no devDependencies. The copy below has no node_modules at all.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'fc-package-'));
  for (const entry of ['bin', 'dist', 'templates', 'package.json'])
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

const notesOf = async (bin: string, home: string) => {
  const run = await runCli(['regen', 'acme-robotics-senior-backend-engineer', '--kind', 'thank-you', '--json'], { bin, home });
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Array<{ to: string; body: string }>;
};

it('renders a template edited after the build, without node_modules', async () => {
  const home = newHome();
  const bin = join(copy, 'bin', 'followup-coach.js');
  expect((await runCli(['import', FIXTURE], { bin, home })).code).toBe(0);
  const before = await notesOf(bin, home);
  expect(before[0]!.body).toMatch(/^Dear Priya,\n\nThank you for speaking with me about/);

  // A partial edited after the build is compiled from the file as well.
  const file = join(copy, 'templates', 'partials', 'thank-you-warm.hbs');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('Thank you for speaking with me about', 'Thank you, {{to.name}}, for speaking with me about'));
  const after = await notesOf(bin, home);
  // Priya's note opens with the edited sentence; Sam's is a call script, from another partial.
  expect(after.map((note) => note.body.split('\n')[2])).toEqual([
    before[0]!.body.split('\n')[2]!.replace('Thank you for', 'Thank you, Priya Raghunathan, for'),
    before[1]!.body.split('\n')[2],
  ]);
});

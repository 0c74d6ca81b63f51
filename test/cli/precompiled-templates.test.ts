// The build keeps each template's compiled spec and text in a file of its own, dist/precompiled/,
// and a note reads only the templates and specs it renders (scripts/precompile-templates.mjs):
// the bundles carry the names of those files, not 1 MB of compiled code and 77 KB of text. A
// copy of the package without the templates and specs a thank-you note does not use, and
// without the compiler that would stand in for a missing spec, still writes the same notes: so
// the templates and specs it uses are read, and nothing else.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const hbs = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => file.replace(/\.hbs$/, '.cjs'))
    .sort();

describe('dist/precompiled/', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'fc-precompiled-'));
    for (const entry of ['bin', 'dist', 'templates', 'package.json'])
      cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('holds one spec for each template and partial', () => {
    const notes = readdirSync(join(ROOT, 'dist', 'precompiled')).filter((file) => file.endsWith('.cjs'));
    expect(notes.sort()).toEqual(hbs('templates'));
    expect(readdirSync(join(ROOT, 'dist', 'precompiled', 'partials')).sort()).toEqual(hbs('templates/partials'));
  });

  it('is not inside the bundles, which keep only the names of the files', () => {
    const regen = readFileSync(join(ROOT, 'dist', 'commands', 'regen.js'), 'utf8');
    const spec = readFileSync(join(ROOT, 'dist', 'precompiled', 'partials', 'thank-you-warm.cjs'), 'utf8');
    expect(spec).toContain('"main":(function');
    expect(spec).toContain('Thank you for speaking with me about');
    expect(regen).not.toContain('"main":function');
    expect(regen).not.toContain('Thank you for speaking with me about');
    expect(regen).not.toContain('main: function');
  });

  it('is read only for what a note renders', async () => {
    const home = newHome();
    const bin = join(copy, 'bin', 'followup-coach.js');
    const args = ['regen', 'acme-robotics-senior-backend-engineer', '--kind', 'thank-you', '--json'];
    expect((await runCli(['import', FIXTURE], { bin, home })).code).toBe(0);
    const before = await runCli(args, { bin, home });
    expect(before.code).toBe(0);
    // Priya's thank-you is a written note, Sam's a call script: neither is a follow-up.
    for (const file of readdirSync(join(copy, 'dist', 'precompiled', 'partials')).filter((name) =>
      /^(follow-up|not-selected|stay-in-touch)-/.test(name),
    )) {
      rmSync(join(copy, 'dist', 'precompiled', 'partials', file));
      rmSync(join(copy, 'templates', 'partials', file.replace(/\.cjs$/, '.hbs')));
    }
    rmSync(join(copy, 'dist', 'precompiled', 'follow-up.cjs'));
    rmSync(join(copy, 'templates', 'follow-up.hbs'));
    rmSync(join(copy, 'dist', 'handlebars.cjs'));
    const after = await runCli(args, { bin, home });
    expect({ code: after.code, stderr: after.stderr }).toEqual({ code: 0, stderr: '' });
    expect(after.stdout).toBe(before.stdout);
    expect(JSON.parse(after.stdout)).toHaveLength(2);
  });
});

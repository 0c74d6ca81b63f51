// What the build puts in dist/ for quick commands (scripts/build.mjs): a small dispatcher, one
// CommonJS bundle per command that bin/ can compile with V8's code cache (so no import() in it),
// and the templates and phrase anchors worked out at build time inside those bundles.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/loaders.js';
import { ROOT } from '../helpers/run-cli.js';

const dist = (name: string) => join(ROOT, 'dist', name);
const COMMANDS = [...COMMAND_NAMES];

describe('dist/', () => {
  it('has a dispatcher that holds no command', () => {
    const text = readFileSync(dist('cli.cjs'), 'utf8');
    for (const name of COMMANDS) expect(text).not.toContain(`// src/commands/${name}.ts`);
    expect(statSync(dist('cli.cjs')).size).toBeLessThan(40_000);
  });

  it.each(COMMANDS)('has %s as one CommonJS bundle, with the dispatcher and without import()', (name) => {
    const text = readFileSync(dist(`${name}.cjs`), 'utf8');
    expect(text).toContain(`// src/commands/${name}.ts`);
    expect(text).toContain('// src/cli.ts');
    expect(text).not.toMatch(/\bimport\((?!\s*\))/);
  });

  it('has bin/ load each command by the same names as the dispatcher', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'followup-coach.js'), 'utf8');
    const listed = /const COMMANDS = \[([^\]]*)\]/.exec(bin)?.[1];
    expect(listed?.split(',').map((name) => name.trim().replaceAll("'", ''))).toEqual(COMMANDS);
  });

  it.each(['cli', 'regen', 'list'])('keeps %s ASCII, so Node reads it as a one-byte string', (name) => {
    expect(readFileSync(dist(`${name}.cjs`), 'utf8')).not.toMatch(/[^\x00-\x7f]/);
  });

  it('builds the precompiled templates and the phrase anchors into regen', () => {
    const text = readFileSync(dist('regen.cjs'), 'utf8');
    expect(text).toMatch(/PRECOMPILED_TEMPLATES = \{\s*options: \{ "noEscape": true, "strict": true \}/);
    expect(text).toMatch(/PRECOMPUTED_ANCHORS = \{ "/);
  });
});

// What the build puts in dist/ (scripts/build.mjs): a dispatcher that holds no command, one
// bundle per command of src/commands/index.ts with the dispatcher inside, and the templates and
// phrase anchors worked out at build time inside those bundles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { ROOT } from '../helpers/run-cli.js';

const dist = (name: string) => join(ROOT, 'dist', name);
const NAMES = Object.keys(COMMANDS);
/** The command's module as esbuild names it in a bundle: its folder's run.ts, or a single file. */
const sourceOf = (name: string) =>
  existsSync(join(ROOT, 'src', 'commands', name, 'run.ts')) ? `src/commands/${name}/run.ts` : `src/commands/${name}.ts`;

/** What a bundle's import statements name (esbuild writes them at the start of a line). */
const importsOf = (text: string) => [...text.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["'];/gm)].map((match) => match[1]!);

describe('dist/', () => {
  it('has a dispatcher that holds no command', () => {
    const text = readFileSync(dist('cli.js'), 'utf8');
    for (const name of NAMES) expect(text).not.toContain(`// ${sourceOf(name)}`);
    expect(statSync(dist('cli.js')).size).toBeLessThan(40_000);
  });

  it('has one bundle for each command of the registry, and no other', () => {
    expect(readdirSync(dist('commands')).sort()).toEqual(NAMES.map((name) => `${name}.js`).sort());
  });

  it.each(NAMES)('has %s as one ES module with the dispatcher, and what it loads on demand apart', (name) => {
    const text = readFileSync(dist(`commands/${name}.js`), 'utf8');
    expect(text).toContain(`// ${sourceOf(name)}`);
    expect(text).toContain('// src/cli.ts');
    // Up front it needs only pieces it shares with what it loads on demand; for the quickest
    // commands those are small.
    const upFront = importsOf(text).filter((path) => path.startsWith('.'));
    expect(upFront.every((path) => path.startsWith('../lazy/'))).toBe(true);
    const size = upFront.reduce((sum, path) => sum + statSync(join(ROOT, 'dist', 'commands', path)).size, 0);
    if (name === 'regen' || name === 'list') expect(size).toBeLessThan(30_000);
  });

  it("imports Node's own modules through require(), never as ES modules", () => {
    for (const file of ['cli.js', ...NAMES.map((name) => `commands/${name}.js`)]) {
      const imports = importsOf(readFileSync(dist(file), 'utf8')).filter((path) => !path.startsWith('.'));
      // The banner's createRequire is the one import left.
      expect(imports).toEqual(['node:module']);
    }
  });

  it('reads what a bundle imports from node:fs, node:path and the like without a copy per importer', () => {
    // esbuild wraps a CommonJS module that an ES module imports in a copy with a getter for each
    // export, once per importing file; scripts/build.mjs gives such imports an ES module instead.
    const regen = readFileSync(dist('commands/regen.js'), 'utf8');
    const chunks = importsOf(regen).filter((path) => path.startsWith('.'));
    const upFront = [regen, ...chunks.map((path) => readFileSync(join(ROOT, 'dist', 'commands', path), 'utf8'))];
    expect(upFront.some((text) => text.includes('__fcRead("readFileSync")'))).toBe(true);
    for (const text of upFront) expect(text).not.toMatch(/__toESM\(require_node_(?:fs|path|url|os|util|module|process)\(\)/);
    // Nothing sets up the terminal at load: process.stdin and stdout are getters.
    const bundles = ['commands', 'chunks', 'lazy'].flatMap((folder) =>
      readdirSync(dist(folder)).map((file) => `${folder}/${file}`),
    );
    for (const file of ['cli.js', ...bundles])
      expect(readFileSync(dist(file), 'utf8')).not.toMatch(/__fcRead\("(?:stdin|stdout|stderr)"\)/);
    // What loads on first use keeps its stand-in of getters.
    expect(regen).toMatch(/__toESM\(require_node_crypto\(\)/);
  });

  it.each(['cli.js', 'commands/regen.js', 'commands/list.js'])(
    'keeps %s ASCII, so Node reads it as a one-byte string',
    (name) => {
      expect(readFileSync(dist(name), 'utf8')).not.toMatch(/[^\x00-\x7f]/);
    },
  );

  it('builds the precompiled templates and the phrase anchors into regen', () => {
    const text = readFileSync(dist('commands/regen.js'), 'utf8');
    expect(text).toMatch(/PRECOMPILED_TEMPLATES = \{\s*options: \{ "noEscape": true, "strict": true, "knownHelpers": \{/);
    expect(text).toMatch(/PRECOMPUTED_ANCHORS = \{ "/);
  });

  it('reads checklist.json for the session without loading a rule of the checklist', () => {
    // The session reads the file before its first frame; the rules come later, in the background.
    const chunk = (file: string) => readFileSync(dist(`chunks/${file}`), 'utf8');
    const reader = readdirSync(dist('chunks')).find((file) => chunk(file).includes('// src/checklist/config-read.ts'));
    expect(reader).toBeDefined();
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const path of importsOf(chunk(file))) if (path.startsWith('./')) visit(path.slice(2));
      for (const [, path] of chunk(file).matchAll(/^import\s*["']\.\/([^"']+)["'];/gm)) visit(path!);
    };
    visit(reader!);
    expect(loaded.size).toBeGreaterThan(1);
    for (const file of loaded) expect(chunk(file)).not.toContain('// src/checklist/registry.ts');
  });

  it('leaves no staging folder behind', () => {
    expect(readdirSync(ROOT).filter((name) => name.startsWith('dist.'))).toEqual([]);
    expect(existsSync(dist('command-names.mjs'))).toBe(false);
  });
});

// The Ink app (src/ui) and the line mode (src/line) are two renderers of one session core
// (src/session): neither may import the other, and the core imports neither. Read from the
// import specifiers of every file, so a new file is checked as soon as it exists.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module a file names: `import ... from`, `export ... from`, `import '...'` and `import('...')`. */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;
  for (const match of source.matchAll(pattern)) found.push(match[2]!);
  return found;
}

/** The top folder under src/ (ui, line, session, ...) each relative import of `file` lands in. */
function foldersImportedBy(file: string): Array<{ readonly specifier: string; readonly folder: string }> {
  return specifiersOf(readFileSync(file, 'utf8'))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ specifier, folder: relative(SRC, resolve(dirname(file), specifier)).split(/[\\/]/)[0]! }));
}

function crossings(from: string, forbidden: readonly string[]): string[] {
  return filesUnder(join(SRC, from)).flatMap((file) =>
    foldersImportedBy(file)
      .filter(({ folder }) => forbidden.includes(folder))
      .map(({ specifier }) => `${relative(SRC, file)} imports ${specifier}`),
  );
}

describe('the front ends stay apart', () => {
  it('reads every kind of import specifier', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b/index.js';",
      "export { c } from './c.js';",
      "import './side-effect.js';",
      "const d = await import('../d.js');",
      "const text = 'not from here';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a.js', '../b/index.js', './c.js', './side-effect.js', '../d.js']);
  });

  it('finds the files it checks', () => {
    expect(filesUnder(join(SRC, 'ui')).length).toBeGreaterThan(10);
    expect(filesUnder(join(SRC, 'line')).length).toBeGreaterThan(5);
  });

  it('src/ui imports nothing from src/line', () => {
    expect(crossings('ui', ['line'])).toEqual([]);
  });

  it('src/line imports nothing from src/ui', () => {
    expect(crossings('line', ['ui'])).toEqual([]);
  });

  it('src/session imports neither front end', () => {
    expect(crossings('session', ['ui', 'line'])).toEqual([]);
  });
});

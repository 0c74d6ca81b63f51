// Bundles the CLI into dist/ so that a cold `npx followup-coach` installs two packages, not 150,
// and start-up reads a handful of files instead of the 400 that unbundled Ink pulls in.
//
//   dist/cli.cjs        the dispatcher (help, version, the session)
//   dist/regen.cjs ...  one CommonJS file per command, holding all it needs, the dispatcher
//                       included, so a command loads one file: bin/ compiles each
//                       through V8's code cache (Node 20 has no other way to cache compiled code),
//                       so a quick command like `regen` reads one file and parses nothing on
//                       later runs
//   dist/session.js     the guided session, ES modules split into dist/chunks/ (Ink and yoga
//                       need top-level await, which CommonJS cannot have), reached through the
//                       import() bin/ hands in (src/loaders.ts)
//   dist/lint-worker.js the spell and grammar worker (harper.js)
//   dist/handlebars.cjs the Handlebars compiler, for templates edited after the build
//   dist/holidays/      each country's public holidays, for business days (src/model/holidays.ts)
//
// Both bundles carry the templates precompiled and the checklist's phrase anchors precomputed, in
// place of the empty placeholder modules the source has (see generatedModules below).
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { holidayYears, writeHolidayTables } from './holidays.mjs';
import { precompiledTemplatesModule } from './precompile-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// conf's schema and migration libraries, swapped for stubs that throw (scripts/stubs/conf/):
// only when conf itself imports them, so nothing else that might need them is affected.
const CONF_STUBS = { 'ajv/dist/2020.js': 'ajv.js', 'ajv-formats': 'ajv-formats.js', semver: 'semver.js' };
const confStubs = {
  name: 'conf-stubs',
  setup(build) {
    build.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/ }, ({ path, importer }) =>
      /[\\/]node_modules[\\/]conf[\\/]/.test(importer) ? { path: join(root, 'scripts', 'stubs', 'conf', CONF_STUBS[path]) } : undefined,
    );
  },
};

/** Replaces the placeholder modules (by absolute path) with generated sources. */
const generatedModules = (sources) => ({
  name: 'generated-modules',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) => (Object.hasOwn(sources, path) ? { contents: sources[path], loader: 'ts' } : undefined));
  },
});

/** The anchors of every phrase pattern, from the rules themselves (scripts/phrase-anchors-entry.ts). */
async function phraseAnchorsModule(staging) {
  const outfile = join(root, staging, 'phrase-anchors.mjs');
  await build({ absWorkingDir: root, entryPoints: ['scripts/phrase-anchors-entry.ts'], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  const { table } = await import(pathToFileURL(outfile).href);
  await rm(outfile);
  return `export const PRECOMPUTED_ANCHORS = ${JSON.stringify(table)};\n`;
}

/**
 * dist/holidays/: each country's public holidays (scripts/holidays.mjs). Working them out takes
 * date-holidays about 8 s, so the tables are kept in node_modules/.cache per library version and
 * span of years, and copied from there.
 */
function copyHolidayTables(target) {
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'date-holidays', 'package.json'), 'utf8')).version;
  const years = holidayYears();
  const cache = join(root, 'node_modules', '.cache', 'followup-coach-holidays', `${version}-${years.from}-${years.to}`);
  if (!existsSync(join(cache, 'US.json'))) {
    const fresh = `${cache}.tmp-${process.pid}`;
    writeHolidayTables(fresh, years);
    try {
      renameSync(fresh, cache);
    } catch (error) {
      // Another build made the same tables meanwhile: keep theirs.
      rmSync(fresh, { recursive: true, force: true });
      if (!existsSync(join(cache, 'US.json'))) throw error;
    }
  }
  cpSync(cache, target, { recursive: true });
}

// Build beside dist/ and swap it in, so a test run or a session started from dist/ while
// another build runs never finds the folder missing or half written.
const staging = `dist.build-${process.pid}`;
const retired = `${root}/dist.old-${process.pid}`;
await rm(`${root}/${staging}`, { recursive: true, force: true });
// A failed build leaves nothing behind (a good one has been renamed to dist/ by then).
process.on('exit', () => rmSync(`${root}/${staging}`, { recursive: true, force: true }));
const generated = generatedModules({
  [join(root, 'src', 'compose', 'precompiled-templates.ts')]: precompiledTemplatesModule(join(root, 'templates')),
  [join(root, 'src', 'checklist', 'phrase-anchors.ts')]: await phraseAnchorsModule(staging),
});
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // clipboardy finds its xsel fallback relative to its own files; harper.js ships WASM;
  // nodemailer is required only when a mail draft is written (src/deliver/eml.ts).
  external: ['clipboardy', 'harper.js', 'nodemailer'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink, wrap-ansi, cli-truncate and our own code all measure text with src/ui/string-width.ts,
  // which gives string-width's answers without its 70 ms start (see that file).
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js', 'string-width': './src/ui/string-width.ts' },
  legalComments: 'none',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { session: 'src/commands/session.ts', 'lint-worker': 'src/checklist/lint-worker.ts' },
  outdir: staging,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [confStubs, generated],
  // Bundled CommonJS (handlebars, signal-exit, ...) calls require(); ESM has none.
  banner: {
    js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
  },
});
// The CommonJS bundles get their loaders from bin/ (src/loaders.ts), and import.meta.url is
// the bundle's own URL.
const handedIn = {
  name: 'loaders-handed-in',
  setup(build) {
    build.onResolve({ filter: /[\\/]loader-defaults\.js$/ }, () => ({ path: join(root, 'scripts', 'stubs', 'loader-defaults.ts') }));
  },
};
// Each command's bundle carries the dispatcher too, so `followup-coach regen` loads one file.
const COMMANDS = ['regen', 'list', 'check', 'import', 'export', 'calendar', 'status', 'sent', 'prep'];
const commandEntries = {
  name: 'command-entries',
  setup(build) {
    build.onResolve({ filter: /^command-entry:/ }, ({ path }) => ({ path: path.slice('command-entry:'.length), namespace: 'command-entry' }));
    build.onLoad({ filter: /.*/, namespace: 'command-entry' }, ({ path: name }) => ({
      contents: `export { runFromProcess } from './src/cli.ts';\nexport { run } from './src/commands/${name}.ts';\n`,
      resolveDir: root,
      loader: 'ts',
    }));
  },
};
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', ...Object.fromEntries(COMMANDS.map((name) => [name, `command-entry:${name}`])) },
  outdir: staging,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  plugins: [confStubs, generated, handedIn, commandEntries],
  define: { ...common.define, 'import.meta.url': '__fcImportMetaUrl' },
  banner: { js: "var __fcImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Code compiled through vm.Script (in bin/followup-coach.js) cannot run import() on Node 20. And the
// quick commands' bundles must be ASCII: one other character (esbuild leaves them in RegExp
// literals) makes the whole source a two-byte string, 2 ms more to read on every run.
for (const name of ['cli', ...COMMANDS]) {
  const text = readFileSync(`${root}/${staging}/${name}.cjs`, 'utf8');
  const wide = ['cli', 'regen', 'list'].includes(name) ? /[^\x00-\x7f]/.exec(text) : null;
  if (wide) {
    throw new Error(`dist/${name}.cjs is not ASCII (near "${text.slice(wide.index - 60, wide.index + 20)}"): write the character as a \\u escape in src/.`);
  }
  const leftover = /\bimport\((?!\s*\))/.exec(text);
  if (leftover) {
    throw new Error(`dist/${name}.cjs still calls import() (near "${text.slice(leftover.index - 60, leftover.index + 40)}"); route it through src/loaders.ts.`);
  }
}
copyHolidayTables(join(root, staging, 'holidays'));
// The compiler, for templates edited after this build (src/compose/handlebars-compiler.ts).
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/stubs/handlebars-compiler.cjs'],
  outfile: `${staging}/handlebars.cjs`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
await rename(`${root}/dist`, retired).catch((error) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(`${root}/${staging}`, `${root}/dist`);
await rm(retired, { recursive: true, force: true });

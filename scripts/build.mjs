// Bundles the CLI into dist/ so that a cold `npx followup-coach` installs two packages, not 150,
// and start-up reads a handful of files instead of the 400 that unbundled Ink pulls in. Every
// bundle is an ES module; bin/followup-coach.js turns on Node's compile cache before loading one.
//
//   dist/commands/<name>.js  one file per command of src/commands/index.ts, holding the command
//                            and the dispatcher, so `followup-coach regen` reads one file; what
//                            a command loads only on demand is in dist/lazy/
//   dist/cli.js              the dispatcher with every command (help, version, the session),
//                            split into dist/chunks/ so the session loads only its own code
//   dist/lint-worker.js      the spell and grammar worker, harper.js's JavaScript included
//   dist/harper/             the WASM file of harper.js that the worker loads, and its licence
//   dist/clipboardy/         clipboardy and its dependencies, loaded only to copy
//   dist/fallbacks/          clipboardy's helper programs
//   dist/precompiled/        each template of templates/ precompiled, read when first rendered
//   dist/handlebars.cjs      the Handlebars compiler, for templates edited after the build
//   dist/holidays/           each country's public holidays, for business days (src/model/holidays.ts)
//
// The bundles carry the checklist's phrase anchors precomputed, and the way to the precompiled
// templates, in place of the empty placeholder modules the source has (see generatedModules below).
import { build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TABLES_FORMAT, holidayYears, writeHolidayTables } from './holidays.mjs';
import { PRECOMPILED_FOLDER, precompiledTemplates } from './precompile-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// conf's schema and migration libraries, swapped for stubs that throw (scripts/stubs/conf/):
// only when conf itself imports them, so nothing else that might need them is affected.
const CONF_STUBS = { 'ajv/dist/2020.js': 'ajv.js', 'ajv-formats': 'ajv-formats.js', semver: 'semver.js' };
const confStubs = {
  name: 'conf-stubs',
  setup(build) {
    build.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/ }, ({ path, importer }) =>
      /[\\/]node_modules[\\/]conf[\\/]/.test(importer)
        ? { path: join(root, 'scripts', 'stubs', 'conf', CONF_STUBS[path]) }
        : undefined,
    );
  },
};

/** Replaces the placeholder modules (by absolute path) with generated sources. */
const generatedModules = (sources) => ({
  name: 'generated-modules',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) =>
      Object.hasOwn(sources, path) ? { contents: sources[path], loader: 'ts' } : undefined,
    );
  },
});

/** The anchors of every phrase pattern, from the rules themselves (scripts/phrase-anchors-entry.ts). */
async function phraseAnchorsModule(staging) {
  const outfile = join(root, staging, 'phrase-anchors.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/phrase-anchors-entry.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
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
  const cache = join(
    root,
    'node_modules',
    '.cache',
    'followup-coach-holidays',
    `${version}-${years.from}-${years.to}-v${TABLES_FORMAT}`,
  );
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

// `npm install` builds (prepare), and the first `npx followup-coach` in the checkout runs prepare
// again when npx links the checkout into its cache: that one finds dist/ made from the same
// inputs and stops (seconds saved on the first start). `npm run build` always builds.
const INPUTS_STAMP = '.build-inputs';
const inputs = inputsHash();
if (process.env.npm_lifecycle_event === 'prepare' && stampOf(join(root, 'dist')) === inputs) {
  console.log('dist/ is up to date with src/, templates/ and the lock file: not rebuilt');
  process.exit(0);
}

/** What the build reads of ours, and the years of holidays it writes: a change to any is a rebuild. */
function inputsHash() {
  const hash = createHash('sha256');
  const files = ['package.json', 'package-lock.json', 'tsconfig.json'];
  for (const folder of ['src', 'templates', 'scripts', 'bin'])
    for (const file of readdirSync(join(root, folder), { recursive: true, withFileTypes: true }))
      if (file.isFile()) files.push(relative(root, join(file.parentPath ?? file.path, file.name)));
  for (const file of files.sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.update(JSON.stringify(holidayYears())).digest('hex');
}

function stampOf(dist) {
  const file = join(dist, INPUTS_STAMP);
  return existsSync(join(dist, 'cli.js')) && existsSync(file) ? readFileSync(file, 'utf8') : null;
}

// Build beside dist/ and swap it in, so a test run or a session started from dist/ while
// another build runs never finds the folder missing or half written.
const staging = `dist.build-${process.pid}`;
const retired = `${root}/dist.old-${process.pid}`;
await rm(`${root}/${staging}`, { recursive: true, force: true });
// A failed build leaves nothing behind (a good one has been renamed to dist/ by then).
process.on('exit', () => rmSync(`${root}/${staging}`, { recursive: true, force: true }));
const templates = precompiledTemplates(join(root, 'templates'));
for (const [file, text] of Object.entries(templates.files)) {
  const path = join(root, staging, PRECOMPILED_FOLDER, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
const generated = generatedModules({
  [join(root, 'src', 'compose', 'precompiled-templates.ts')]: templates.module,
  [join(root, 'src', 'checklist', 'phrase-anchors.ts')]: await phraseAnchorsModule(staging),
});
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink, wrap-ansi, cli-truncate and our own code all measure text with src/ui/string-width.ts,
  // which gives string-width's answers without its 70 ms start (see that file).
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js', 'string-width': './src/ui/string-width.ts' },
  legalComments: 'none',
  logLevel: 'warning',
};
/** The names of the commands in src/commands/index.ts, read from the module itself. */
async function commandNames() {
  const outfile = join(root, staging, 'command-names.mjs');
  // The registry alone: what it imports stays outside, so this reads names without a build of every command.
  const registryOnly = {
    name: 'registry-only',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ kind, path }) => (kind === 'entry-point' ? undefined : { path, external: true }));
    },
  };
  await build({
    absWorkingDir: root,
    entryPoints: ['src/commands/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    plugins: [registryOnly],
    logLevel: 'warning',
  });
  const { COMMANDS } = await import(pathToFileURL(outfile).href);
  await rm(outfile);
  return Object.keys(COMMANDS);
}

/** What an arrow function takes from the code around it, and a function from its caller. */
const USES_ITS_CALLER = /\b(?:this|arguments|super)\b|\bnew\.target\b/;

/**
 * A command's bundle with each top-level function of our own modules (src/) compiled when the
 * file is: V8 compiles a function on its first call, except one written in parentheses, which
 * it compiles with the file, and Node's compile cache holds what was compiled by the time the
 * file's compilation ends, before it runs. So every function a command runs was compiled afresh
 * on every start (about 650 of them for `regen ID --print`, a tenth of its CPU on Node 22 and
 * 24). Each `function name(...) {...}` becomes `var name = (function name(...) {...});`, moved
 * to the start of the module as hoisting would place it; the bundle is an entry that nothing
 * imports, so nothing can call one before that. A top-level arrow function
 * (`var check = (draft, context) => {...};`, how the rules are written) is compiled on its first
 * call even in parentheses, so it becomes `var check = (function check(draft, context) {...});`
 * where it stands (an expression body is returned), unless it says `this`, `arguments`, `super`
 * or `new.target`, which an arrow takes from around it: about 110 in regen's bundle. Functions of
 * node_modules/ stay as they are: most of them never run in a quick command, and on Node 20,
 * which has no compile cache, an eager function that never runs is compiled for nothing.
 */
async function compiledWithTheFile(text, label) {
  const isWhole = (statement) =>
    transform(statement, { loader: 'js', format: 'esm', logLevel: 'silent' }).then(
      () => true,
      () => false,
    );
  const lines = text.split('\n');
  // The imports (the banner's first), each up to its `from "...";`.
  let at = 0;
  while (at < lines.length && lines[at].startsWith('import ')) {
    while (!/\sfrom\s*["'][^"']+["'];/.test(lines[at])) at += 1;
    at += 1;
  }
  const head = lines.slice(0, at);
  const hoisted = [];
  const converted = [];
  const rest = [];
  let module = '';
  for (let line = at; line < lines.length; line += 1) {
    const text = lines[line];
    // esbuild marks where each module's code starts with a comment naming its file.
    if (/^\/\/ \S+$/.test(text)) module = text.slice(3);
    // esbuild writes a top-level declaration from the start of a line, and its body's closing
    // brace alone on a line; template literals are the only thing that spans lines, and the
    // checks below refuse a cut through one.
    const declaration = /^(?:async )?function\*? ([\w$]+)\(/.exec(text);
    const after = rest.at(-1) ?? head.at(-1) ?? '';
    const arrow = /^var ([\w$]+) = (async )?\(([^()]*)\) => \{$/.exec(text);
    if (arrow !== null && module.startsWith('src/') && /(?:^|[;}])$|^\/\/ /.test(after)) {
      const end = lines.indexOf('};', line);
      const body = lines.slice(line + 1, end);
      if (!body.some((code) => USES_ITS_CALLER.test(code))) {
        const statement = [`var ${arrow[1]} = (${arrow[2] ?? ''}function ${arrow[1]}(${arrow[3]}) {`, ...body, '});'];
        converted.push(statement.join('\n'));
        rest.push(...statement);
        line = end;
        continue;
      }
    }
    // One written on a line of its own (`var label = (kind) => WORDS[kind].label;`) returns its expression.
    const short = /^var ([\w$]+) = (async )?\(([^()]*)\) => (?!\{)(.*);$/.exec(text);
    if (short !== null && module.startsWith('src/') && /(?:^|[;}])$|^\/\/ /.test(after) && !USES_ITS_CALLER.test(short[4])) {
      const statement = `var ${short[1]} = (${short[2] ?? ''}function ${short[1]}(${short[3]}) { return ${short[4]}; });`;
      // Kept as it is when that is not a whole statement (a template literal that goes on below).
      if (await isWhole(statement)) {
        rest.push(statement);
        continue;
      }
    }
    if (declaration === null || !module.startsWith('src/') || !/(?:^|[;}])$|^\/\/ /.test(after)) {
      rest.push(text);
      continue;
    }
    const end = lines.indexOf('}', line);
    const source = lines.slice(line, end + 1).join('\n');
    hoisted.push(`var ${declaration[1]} = (${source});`);
    line = end;
  }
  const out = [...head, ...hoisted, ...rest].join('\n');
  // Each function must be whole on its own, and the file still a module.
  await Promise.all(
    [...hoisted, ...converted].map((statement) => transform(statement, { loader: 'js', format: 'esm', logLevel: 'silent' })),
  );
  await transform(out, { loader: 'js', format: 'esm', logLevel: 'silent' });
  if (hoisted.length === 0) throw new Error(`${label}: found no function of src/ to compile with the file`);
  return out;
}

/** A command's module: src/commands/<name>/run.ts, or src/commands/<name>.ts for one kept in a single file. */
const commandSource = (name) =>
  existsSync(join(root, 'src', 'commands', name, 'run.ts')) ? `src/commands/${name}/run.ts` : `src/commands/${name}.ts`;

// Entries made here, not kept in src/: what starts the CLI lives in bin/ and this file alone.
//   entry:cli      every command and the session
//   entry:<name>   one command, for its own bundle
const entries = {
  name: 'entries',
  setup(build) {
    build.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path: path.slice('entry:'.length), namespace: 'entry' }));
    build.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path: name }) => ({
      contents:
        name === 'cli'
          ? "import { runFromProcess } from './src/cli.ts';\nimport { COMMANDS, SESSION } from './src/commands/index.ts';\nexport const start = () => runFromProcess({ commands: COMMANDS, session: SESSION });\n"
          : `import { runFromProcess } from './src/cli.ts';\nimport * as command from './${commandSource(name)}';\nexport const start = () => runFromProcess({ commands: { ${JSON.stringify(name)}: async () => command }, session: null });\n`,
      resolveDir: root,
      loader: 'ts',
    }));
  },
};
// clipboardy has a bundle of its own, dist/clipboardy/index.js, loaded only when copying: every
// bundle here is one folder below dist/, so it is ../clipboardy/index.js from all of them.
const clipboardyApart = {
  name: 'clipboardy-apart',
  setup(build) {
    build.onResolve({ filter: /^clipboardy$/ }, () => ({ path: '../clipboardy/index.js', external: true }));
  },
};
// Node's own modules through require(), not import: an ES module import of one reads every
// export of it once, getters included, so `import ... from 'node:fs'` loads the whole stream
// stack and `from 'node:process'` builds the list of allowed flags (about 20 ms of a 60 ms
// start on Node 22). require() hands over the module as it is.
//
// The ones below are not part of Node's own start and cost milliseconds to load (measured on
// Node 24: crypto 6 ms, child_process 4 ms; worker_threads and readline 1 to 6 ms),
// yet every bundle that merely might need one (the store's atomic writes, opening a mail
// program, the spelling worker, the prompts) would load it on every start: a bundle imports at
// its top. So their stand-in is an object of getters, one per export, that loads the module on
// first use.
// The exports are those of the Node running the build; one that Node lacks reads as undefined,
// as it would there. A module that is extended at load (`class extends Writable`) loads then.
const LOADED_ON_FIRST_USE = new Set(['crypto', 'child_process', 'worker_threads', 'readline']);
const requireHere = createRequire(import.meta.url);

function builtinStandIn(path) {
  const require = JSON.stringify(path);
  // A module that is itself a class (node:stream is Stream, which mute-stream extends) cannot be
  // stood in for by an object.
  if (!LOADED_ON_FIRST_USE.has(path.replace(/^node:/, '')) || typeof requireHere(path) !== 'object')
    return `module.exports = require(${require});\n`;
  const names = Object.keys(requireHere(path)).filter((name) => name !== 'default' && name !== '__esModule');
  return [
    'let loaded;',
    `const load = () => (loaded ??= require(${require}));`,
    'const exports = {};',
    'for (const name of NAMES)',
    '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name], set: (value) => { load()[name] = value; } });',
    'module.exports = exports;',
    '',
  ]
    .join('\n')
    .replace('NAMES', JSON.stringify(names));
}

/**
 * The stand-in for an `import` of a module loaded up front: an ES module with one export per name,
 * each read from the module only if some importer uses it (esbuild drops the unused ones, since
 * they are marked pure). A CommonJS stand-in imported this way is wrapped at load in a copy with
 * a getter for every export, once per importing file: eleven copies of node:fs, with a hundred
 * getters each, in regen's bundle alone.
 */
function builtinModuleStandIn(path) {
  // A name imported from a getter (node:util's parseArgs, node:fs's promises) runs the getter at
  // load, where the CommonJS stand-in ran it on first use: the modules in IMPORTED_AS_MODULES are
  // those whose getters the code imports only to use at once.
  const names = Object.keys(requireHere(path)).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  return [
    `const __fcModule = require(${JSON.stringify(path)});`,
    'const __fcRead = (name) => __fcModule[name];',
    'export default __fcModule;',
    ...names.map((name) => `export const ${name} = /* @__PURE__ */ __fcRead(${JSON.stringify(name)});`),
    '',
  ].join('\n');
}

// The modules an `import` reaches through builtinModuleStandIn: loaded up front anyway, and
// plain objects, none a class (node:stream, node:events). The names read from them at load are
// functions and constants, parseArgs the one getter (src/cli/args.ts, used at once), never
// process.stdin or stdout, whose getters set up the terminal: test/cli/bundles.test.ts.
const IMPORTED_AS_MODULES = new Set(['fs', 'path', 'url', 'os', 'util', 'module', 'process', 'tty', 'buffer']);
const importsAsModule = (path) => IMPORTED_AS_MODULES.has(path.replace(/^node:/, ''));

const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, ({ path, namespace, kind }) => {
      if (!isBuiltin(path)) return undefined;
      // The require() inside the stand-in module is the real one.
      if (namespace === 'builtin' || namespace === 'builtin-import') return { path, external: true };
      // import('node:path') stays Node's own: it runs only when asked for, and a stand-in in a
      // chunk of its own would export only a default, so `const { resolve } = await import(...)`
      // read undefined (the session's reminders failed with "resolve is not a function").
      if (kind === 'dynamic-import') return { path, external: true };
      return { path, namespace: kind === 'import-statement' && importsAsModule(path) ? 'builtin-import' : 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({ contents: builtinStandIn(path), loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-import' }, ({ path }) => ({
      contents: builtinModuleStandIn(path),
      loader: 'js',
    }));
  },
};
const esm = {
  ...common,
  format: 'esm',
  plugins: [builtinsByRequire, confStubs, generated, entries, clipboardyApart],
  // Bundled CommonJS (handlebars, signal-exit, ...) calls require(); ESM has none.
  banner: {
    js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
  },
};
await build({
  ...esm,
  entryPoints: { cli: 'entry:cli' },
  outdir: staging,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// The spelling worker with harper.js's JavaScript inside, and beside it the one WASM file it
// loads (src/checklist/lint-worker.ts) and harper.js's licence (Apache-2.0, which asks for it):
// harper.js itself, 73 MB with its other builds, is no dependency of the package.
await build({
  ...esm,
  plugins: [builtinsByRequire, confStubs, generated],
  entryPoints: { 'lint-worker': 'src/checklist/lint-worker.ts' },
  outdir: staging,
});
const harper = join(root, 'node_modules', 'harper.js');
mkdirSync(join(root, staging, 'harper'));
copyFileSync(join(harper, 'dist', 'harper_wasm_bg.wasm'), join(root, staging, 'harper', 'harper_wasm_bg.wasm'));
copyFileSync(join(harper, 'LICENSE'), join(root, staging, 'harper', 'LICENSE'));
// clipboardy and its dependencies, bundled: it finds its helper programs (xsel on Linux,
// clipboard.exe on Windows) at ../fallbacks/ from its own module, so they go to dist/fallbacks/.
// With harper.js and clipboardy inside, a cold `npx followup-coach` fetches one package.
await build({
  ...common,
  format: 'esm',
  plugins: [builtinsByRequire],
  entryPoints: { index: 'clipboardy' },
  outdir: join(staging, 'clipboardy'),
  banner: esm.banner,
});
cpSync(join(root, 'node_modules', 'clipboardy', 'fallbacks'), join(root, staging, 'fallbacks'), { recursive: true });
copyFileSync(join(root, 'node_modules', 'clipboardy', 'license'), join(root, staging, 'fallbacks', 'license'));
const COMMANDS = await commandNames();
// Each command on its own, split: what it imports up front is in its one file, and what it
// imports on demand (the prompts, the report's layout) in dist/lazy/, so the Node modules those
// need (readline, worker_threads, ...) are not loaded on every start as a single ES module's
// hoisted imports would be.
for (const name of COMMANDS) {
  await build({
    ...esm,
    entryPoints: { [`commands/${name}`]: `entry:${name}` },
    outdir: staging,
    splitting: true,
    chunkNames: 'lazy/[name]-[hash]',
  });
}
for (const name of COMMANDS) {
  const file = join(root, staging, 'commands', `${name}.js`);
  writeFileSync(file, await compiledWithTheFile(readFileSync(file, 'utf8'), `dist/commands/${name}.js`));
}
// The quickest commands' bundles must be ASCII: one other character (esbuild leaves them in
// RegExp literals) makes the whole source a two-byte string, 2 ms more to read on every run.
for (const file of ['cli.js', 'commands/regen.js', 'commands/list.js']) {
  const text = readFileSync(join(root, staging, file), 'utf8');
  const wide = /[^\x00-\x7f]/.exec(text);
  if (wide) {
    throw new Error(
      `dist/${file} is not ASCII (near "${text.slice(wide.index - 60, wide.index + 20)}"): write the character as a \\u escape in src/.`,
    );
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
writeFileSync(join(root, staging, INPUTS_STAMP), inputs);
await rename(`${root}/dist`, retired).catch((error) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(`${root}/${staging}`, `${root}/dist`);
await rm(retired, { recursive: true, force: true });

// Bundles the CLI into dist/ so that a cold `npx followup-coach` installs two packages, not 150,
// and start-up reads a handful of files instead of the 400 that unbundled Ink pulls in.
// Splitting keeps each command in its own chunk: `regen` never parses React.
import { build } from 'esbuild';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompileTemplates } from './precompile-templates.mjs';

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

// Build beside dist/ and swap it in, so a test run or a session started from dist/ while
// another build runs never finds the folder missing or half written.
const staging = `dist.build-${process.pid}`;
const retired = `${root}/dist.old-${process.pid}`;
await rm(`${root}/${staging}`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli.ts',
    'lint-worker': 'src/checklist/lint-worker.ts',
  },
  outdir: staging,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // clipboardy finds its xsel fallback relative to its own files; harper.js ships WASM.
  external: ['clipboardy', 'harper.js'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink, wrap-ansi, cli-truncate and our own code all measure text with src/ui/string-width.ts,
  // which gives string-width's answers without its 70 ms start (see that file).
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js', 'string-width': './src/ui/string-width.ts' },
  plugins: [confStubs],
  // Bundled CommonJS (handlebars, signal-exit, ...) calls require(); ESM has none.
  banner: {
    js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
precompileTemplates(join(root, 'templates'), join(root, staging, 'templates.cjs'));
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

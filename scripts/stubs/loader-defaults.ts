// Stands in for src/loader-defaults.ts in the CommonJS bundles (scripts/build.mjs): there,
// bin/followup-coach.js hands in every loader, and reaching these means it did not.
import type { Loaders } from '../../src/loaders.js';

const missing = (what: string) => () =>
  Promise.reject(new Error(`${what} was not handed in by bin/followup-coach.js (provideLoaders): the build is inconsistent. Run npm run build.`));

export const defaultLoaders: Loaders = {
  command: (name) => missing(`The ${name} command`)(),
  session: missing('The guided session'),
  clipboardy: missing('clipboardy'),
};

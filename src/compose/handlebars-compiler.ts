// The Handlebars compiler, loaded on demand and synchronously (rendering is synchronous). The
// build bundles it as dist/handlebars.cjs, because an installed package has no devDependencies;
// a checkout without a build uses node_modules.
import type Handlebars from 'handlebars';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findPackageRoot } from './package-root.js';

export function loadHandlebarsCompiler(): typeof Handlebars {
  const require = createRequire(import.meta.url);
  const bundled = join(findPackageRoot(), 'dist', 'handlebars.cjs');
  return (existsSync(bundled) ? require(bundled) : require('handlebars')) as typeof Handlebars;
}

// The package root, where templates/ and dist/ are. Apart from template-files.ts, whose
// precompiled templates (70 KB of text in a bundle) the public-holiday tables (src/model/holidays.ts)
// and the guided session's first frame do not need.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'followup-coach';

function isPackageRoot(folder: string): boolean {
  const manifest = join(folder, 'package.json');
  if (!existsSync(manifest) || !existsSync(join(folder, 'templates'))) return false;
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    return parsed.name === PACKAGE_NAME && statSync(join(folder, 'templates')).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The package root, found by walking up from this module. The module may be src/compose/ (tests),
 * dist/ or dist/chunks/ (the bundle), or any of those inside node_modules/followup-coach/ (npx),
 * so a fixed `../..` would be wrong in at least one of them.
 */
export function findPackageRoot(from: string = import.meta.url): string {
  let folder = dirname(fileURLToPath(from));
  for (;;) {
    if (isPackageRoot(folder)) return folder;
    const parent = dirname(folder);
    if (parent === folder) {
      throw new Error(
        `Could not find the ${PACKAGE_NAME} templates folder above ${dirname(fileURLToPath(from))}; ` +
          'the installation looks incomplete. Reinstall followup-coach.',
      );
    }
    folder = parent;
  }
}

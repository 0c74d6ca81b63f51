// The one place that reads templates from disk. Everything downstream gets a TemplateSet and
// stays pure, so tests can hand the real files (or their own) to the composer.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot } from './package-root.js';
import { NOTE_KINDS, type NoteKind } from '../model/types.js';
import { COMPILE_OPTIONS } from './compile-options.js';
import { PRECOMPILED_TEMPLATES, type PrecompiledTemplates } from './precompiled-templates.js';

export { findPackageRoot } from './package-root.js';

export interface TemplateSource {
  /** Where it came from, for error messages ("templates/thank-you.hbs"). */
  readonly name: string;
  readonly text: string;
  /**
   * The same text precompiled at build time (Handlebars.precompile with the renderer's options),
   * when the build's copy still matches `text`; the renderer then skips compiling it.
   */
  readonly precompiled?: object | undefined;
}

export interface TemplateSet {
  readonly notes: Readonly<Record<NoteKind, TemplateSource>>;
  /** Partials by name: `partials/signature.hbs` is `{{> signature}}`. */
  readonly partials: Readonly<Record<string, TemplateSource>>;
}

/** Reads every note template and partial from a templates folder. */
export function readTemplateSet(templatesDir: string): TemplateSet {
  const read = (relative: string): TemplateSource => ({
    name: `templates/${relative}`,
    text: readFileSync(join(templatesDir, relative), 'utf8'),
  });
  const notes = Object.fromEntries(NOTE_KINDS.map((kind) => [kind, read(`${kind}.hbs`)])) as Record<NoteKind, TemplateSource>;
  const partials: Record<string, TemplateSource> = {};
  for (const file of readdirSync(join(templatesDir, 'partials')).sort()) {
    if (file.endsWith('.hbs')) partials[file.slice(0, -'.hbs'.length)] = read(`partials/${file}`);
  }
  return { notes, partials };
}

/** The build's precompiled templates, unless they were compiled with other options than the renderer's. */
function precompiledForRenderer(precompiled: PrecompiledTemplates | null): PrecompiledTemplates | null {
  return precompiled !== null && sameOptions(precompiled.options) ? precompiled : null;
}

/** The renderer's flags, no more and no less (util.isDeepStrictEqual would load 1 ms of Node internals for this). */
function sameOptions(options: unknown): boolean {
  if (typeof options !== 'object' || options === null) return false;
  const wanted = Object.entries(COMPILE_OPTIONS);
  return (
    Object.keys(options).length === wanted.length &&
    wanted.every(([key, value]) => (options as Record<string, unknown>)[key] === value)
  );
}

/**
 * Attaches each build-time spec whose source text is still the text read from templates/. The
 * spec is read when the renderer first asks for it: the build keeps each in a file of its own
 * (scripts/precompile-templates.mjs), and a note needs only a few of them.
 */
export function withPrecompiled(set: TemplateSet, precompiled: PrecompiledTemplates | null): TemplateSet {
  if (precompiled === null) return set;
  const attach = (source: TemplateSource): TemplateSource => {
    const entry = Object.hasOwn(precompiled.templates, source.name) ? precompiled.templates[source.name] : undefined;
    if (entry?.text !== source.text) return source;
    return Object.defineProperty({ ...source }, 'precompiled', { get: () => entry.spec, enumerable: true });
  };
  const map = <K extends string>(sources: Readonly<Record<K, TemplateSource>>) =>
    Object.fromEntries(Object.entries<TemplateSource>(sources).map(([key, source]) => [key, attach(source)])) as Record<
      K,
      TemplateSource
    >;
  return { notes: map(set.notes), partials: map(set.partials) };
}

let cached: TemplateSet | undefined;

/**
 * The package's own templates, read once per process. templates/ is always read (it is the
 * source of truth); the build's precompiled copy only saves compiling what has not changed.
 */
export function loadTemplates(): TemplateSet {
  if (cached) return cached;
  const root = findPackageRoot();
  cached = withPrecompiled(readTemplateSet(join(root, 'templates')), precompiledForRenderer(PRECOMPILED_TEMPLATES));
  return cached;
}

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
  const files = templateFiles(templatesDir);
  const notes = Object.fromEntries(Object.entries(files.notes).map(([kind, relative]) => [kind, read(relative)]));
  const partials = Object.fromEntries(Object.entries(files.partials).map(([name, relative]) => [name, read(relative)]));
  return { notes: notes as Record<NoteKind, TemplateSource>, partials };
}

/** The file of each note template and partial, relative to the templates folder. */
function templateFiles(templatesDir: string): {
  readonly notes: Record<NoteKind, string>;
  readonly partials: Record<string, string>;
} {
  const notes = Object.fromEntries(NOTE_KINDS.map((kind) => [kind, `${kind}.hbs`])) as Record<NoteKind, string>;
  const partials: Record<string, string> = {};
  for (const file of readdirSync(join(templatesDir, 'partials')).sort()) {
    if (file.endsWith('.hbs')) partials[file.slice(0, -'.hbs'.length)] = `partials/${file}`;
  }
  return { notes, partials };
}

/** The build's precompiled templates, unless they were compiled with other options than the renderer's. */
function precompiledForRenderer(precompiled: PrecompiledTemplates | null): PrecompiledTemplates | null {
  return precompiled !== null && sameOptions(precompiled.options) ? precompiled : null;
}

/** The renderer's options, no more and no less (util.isDeepStrictEqual would load 1 ms of Node internals for this). */
function sameOptions(options: unknown, wanted: unknown = COMPILE_OPTIONS): boolean {
  if (typeof wanted !== 'object' || wanted === null) return options === wanted;
  if (typeof options !== 'object' || options === null) return false;
  const entries = Object.entries(wanted);
  return (
    Object.keys(options).length === entries.length &&
    entries.every(([key, value]) => Object.hasOwn(options, key) && sameOptions((options as Record<string, unknown>)[key], value))
  );
}

/**
 * The templates of a folder, each read when a note first asks for it (a note renders a handful of
 * them), with the build-time spec attached while its text is still the text on disk. The build
 * keeps each template's text and spec in a file of its own (scripts/precompile-templates.mjs),
 * read then too.
 */
export function templatesOnDemand(templatesDir: string, precompiled: PrecompiledTemplates | null): TemplateSet {
  const source = (relative: string): TemplateSource => {
    const read = { name: `templates/${relative}`, text: readFileSync(join(templatesDir, relative), 'utf8') };
    const file =
      precompiled !== null && Object.hasOwn(precompiled.templates, read.name) ? precompiled.templates[read.name] : undefined;
    if (precompiled === null || file === undefined) return read;
    const built = precompiled.read(file);
    return built.text === read.text ? { ...read, precompiled: built.spec } : read;
  };
  const onDemand = <K extends string>(files: Readonly<Record<K, string>>) => {
    const sources = {} as Record<K, TemplateSource>;
    for (const [key, relative] of Object.entries<string>(files)) {
      let read: TemplateSource | undefined;
      Object.defineProperty(sources, key, { enumerable: true, get: () => (read ??= source(relative)) });
    }
    return sources;
  };
  const files = templateFiles(templatesDir);
  return { notes: onDemand(files.notes), partials: onDemand(files.partials) };
}

let cached: TemplateSet | undefined;

/**
 * The package's own templates, each read once per process when first used. templates/ is always
 * read (it is the source of truth); the build's precompiled copy only saves compiling what has
 * not changed.
 */
export function loadTemplates(): TemplateSet {
  if (cached) return cached;
  const root = findPackageRoot();
  cached = templatesOnDemand(join(root, 'templates'), precompiledForRenderer(PRECOMPILED_TEMPLATES));
  return cached;
}

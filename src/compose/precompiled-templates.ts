// Placeholder for the templates precompiled by the build. scripts/build.mjs replaces this module
// in the bundles with every file of templates/: its text, and its spec precompiled into a file of
// dist/precompiled/ that is read on first use (scripts/precompile-templates.mjs), so the CLI renders
// with ready template functions. Run from source, as the tests do, there is none and every
// template is compiled from templates/.

export interface PrecompiledTemplates {
  /** The options they were compiled with; the loader ignores them unless these are the renderer's. */
  readonly options: unknown;
  /** By name ("templates/thank-you.hbs"): the text each was compiled from, and its spec (read when asked for). */
  readonly templates: Readonly<Record<string, { readonly text: string; readonly spec: object }>>;
}

export const PRECOMPILED_TEMPLATES: PrecompiledTemplates | null = null;

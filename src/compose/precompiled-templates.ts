// Placeholder for the templates precompiled by the build. scripts/build.mjs replaces this module
// in the bundles with every file of templates/ precompiled (scripts/precompile-templates.mjs), so
// the CLI starts with ready template functions inside its own (code-cached) bundle. Run from
// source, as the tests do, there is none and every template is compiled from templates/.

export interface PrecompiledTemplates {
  /** The options they were compiled with; the loader ignores them unless these are the renderer's. */
  readonly options: unknown;
  /** By name ("templates/thank-you.hbs"): the text each was compiled from, and its spec. */
  readonly templates: Readonly<Record<string, { readonly text: string; readonly spec: object }>>;
}

export const PRECOMPILED_TEMPLATES: PrecompiledTemplates | null = null;

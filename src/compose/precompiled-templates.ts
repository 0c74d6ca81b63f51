// Placeholder for the templates precompiled by the build. scripts/build.mjs replaces this module
// in the bundles with the names of the files of templates/, each precompiled into a file of
// dist/precompiled/ that holds its text and spec and is read on first use
// (scripts/precompile-templates.mjs), so the CLI renders with ready template functions. Run from
// source, as the tests do, there is none and every template is compiled from templates/.

/** A template as the build compiled it: the text it was compiled from, and its spec. */
export interface BuiltTemplate {
  readonly text: string;
  readonly spec: object;
}

export interface PrecompiledTemplates {
  /** The options they were compiled with; the loader ignores them unless these are the renderer's. */
  readonly options: unknown;
  /** By name ("templates/thank-you.hbs"): the file under dist/precompiled/ that holds its build. */
  readonly templates: Readonly<Record<string, string>>;
  /** Reads one of those files. */
  readonly read: (file: string) => BuiltTemplate;
}

export const PRECOMPILED_TEMPLATES: PrecompiledTemplates | null = null;

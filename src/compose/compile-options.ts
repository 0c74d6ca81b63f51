// How every template is compiled: plain text (no HTML escaping) and strict, so a field the
// template expects but the context lacks is an error. Every helper a template may call is known
// (Handlebars' own and those render.ts registers), so `{{role}}` compiles to a field lookup
// alone, not a lookup that first asks whether some helper is called `role`: a fifth less code in
// every precompiled template, and a template that calls a helper nobody registered fails when it
// is compiled. scripts/precompile-templates.mjs uses the same options at build time and records
// them; the loader ignores a build made with others.
export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpers: { eq: true, list: true, slowly: true, quote: true },
  knownHelpersOnly: true,
} as const;

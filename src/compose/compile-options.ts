// How every template is compiled: plain text (no HTML escaping) and strict, so a field the
// template expects but the context lacks is an error. scripts/precompile-templates.mjs uses the
// same options at build time and records them; the loader ignores a build made with others.
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

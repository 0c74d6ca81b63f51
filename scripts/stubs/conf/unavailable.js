// conf imports ajv, ajv-formats and semver at its top, but calls them only when a `schema`,
// `rootSchema`, `ajvOptions` or `migrations` option is passed, and the store passes none.
// Bundled, they cost every command that opens the store ~370 KB of parsing. scripts/build.mjs
// swaps them for these stubs for conf alone; if a later change passes one of those options,
// this error says what to do instead of failing somewhere inside conf.
export function unavailable(what) {
  return function stubbed() {
    throw new Error(
      `${what} is left out of the followup-coach bundle (scripts/stubs/conf/). conf needs it only ` +
        'for its `schema`, `rootSchema`, `ajvOptions` or `migrations` options: remove the ' +
        'conf stubs from scripts/build.mjs before passing one of them.',
    );
  };
}

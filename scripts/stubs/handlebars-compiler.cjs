// Entry of dist/handlebars.cjs (scripts/build.mjs): the full Handlebars, compiler included, for
// templates edited after the build. lib/index.js would also hook require() for .hbs files.
module.exports = require('handlebars/dist/cjs/handlebars').default;

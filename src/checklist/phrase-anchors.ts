// Placeholder for the anchors of every phrase pattern (phrase-list.ts), worked out by the build:
// scripts/build.mjs replaces this module in the bundles with phraseAnchorTable()'s answer, since
// reading a hundred patterns for their anchors costs a fresh process about 6 ms. Run from source,
// as the tests do, it is empty and each PhraseList reads its own patterns. Its keys are
// phrase-list.ts's anchorKey of each pattern, its values the anchors of each of the pattern's
// top-level alternatives (alternativeAnchors).

export const PRECOMPUTED_ANCHORS: Readonly<Record<string, readonly (readonly (readonly string[])[] | null)[]>> = {};

// Bundled and run by scripts/build.mjs: loads every checklist rule, and so every phrase list,
// and hands back the anchors of all their patterns for src/checklist/phrase-anchors.ts.
import '../src/checklist/registry.js';
import { PhraseList, phraseAnchorTable } from '../src/checklist/phrase-list.js';
import { BEHALF_GRAMMAR } from '../src/checklist/rules/behalf-grammar.js';

// third-party makes its list of these per note, of the ones the note can match, so loading the
// rules makes none: without them here, every regen worked their anchors out afresh (3 of them).
new PhraseList(BEHALF_GRAMMAR);

export const table = phraseAnchorTable();

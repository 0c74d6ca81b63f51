// Bundled and run by scripts/build.mjs: loads every checklist rule, and so every phrase list,
// and hands back the anchors of all their patterns for src/checklist/phrase-anchors.ts.
import '../src/checklist/registry.js';
import { phraseAnchorTable } from '../src/checklist/phrase-list.js';

export const table = phraseAnchorTable();

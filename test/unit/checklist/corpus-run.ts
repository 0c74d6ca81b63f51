// Scores a labelled corpus folder with the whole checklist, spelling and grammar included, on
// a worker built for the tests. Shared by corpus.test.ts and corpus-heldout.test.ts.
import { resolve } from 'node:path';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor, roleWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { startSpellChecker } from '../../../src/checklist/spell.js';
import type { Finding } from '../../../src/model/types.js';
import { corpusFolders, loadCorpus, scoreCorpus, type CorpusEntry, type CorpusScore } from './corpus-lib.js';
import { buildTestWorker } from './worker-build.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

export function corpusEntries(folder: string): CorpusEntry[] {
  const found = corpusFolders(fixtures).find((entry) => entry.name === folder);
  if (!found) throw new Error(`no corpus folder ${folder}`);
  return loadCorpus(found.corpus, found.interviews);
}

/** The names of the held-out folders (test/fixtures/corpus-heldout*). */
export const HELD_OUT = corpusFolders(fixtures)
  .filter((entry) => entry.heldOut)
  .map((entry) => entry.name);

export async function scoreWithSpelling(entries: readonly CorpusEntry[]): Promise<CorpusScore> {
  const spell = startSpellChecker({ workerUrl: await buildTestWorker() });
  try {
    // Harper is linted draft by draft in the order of their known words, so the worker loads each
    // interview's words once (lint-worker.ts clears and imports them whenever they change), not
    // once per draft; the drafts are scored in their own order.
    const known = new Map(entries.map((entry) => [entry, knownWordsFor(entry.context)]));
    const key = (entry: CorpusEntry) => [...known.get(entry)!].sort().join('\n');
    const spelled = new Map<CorpusEntry, readonly Finding[]>();
    for (const entry of [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)))
      spelled.set(
        entry,
        await spell.lint(parseDraft(entry.text), known.get(entry)!, {
          typed: typedWordsFor(entry.context),
          role: roleWordsFor(entry.context),
        }),
      );
    return await scoreCorpus(entries, async (entry) =>
      mergeFindings(checkNote(parseDraft(entry.text), entry.context), spelled.get(entry)!),
    );
  } finally {
    await spell.close();
  }
}

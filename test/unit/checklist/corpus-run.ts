// Scores a labelled corpus folder with the whole checklist, spelling and grammar included, on
// a worker built for the tests. Shared by corpus.test.ts and corpus-heldout.test.ts.
import { resolve } from 'node:path';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { startSpellChecker } from '../../../src/checklist/spell.js';
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
    return await scoreCorpus(entries, async (entry) => {
      const draft = parseDraft(entry.text);
      return mergeFindings(
        checkNote(draft, entry.context),
        await spell.lint(draft, knownWordsFor(entry.context), { typed: typedWordsFor(entry.context) }),
      );
    });
  } finally {
    await spell.close();
  }
}

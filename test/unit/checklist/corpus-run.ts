// Scores a labelled corpus folder with the whole checklist, spelling and grammar included, on
// a worker built for the tests. Shared by corpus.test.ts and corpus-heldout.test.ts.
import { resolve } from 'node:path';
import { checkNote } from '../../../src/checklist/check-note.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { mergeFindings } from '../../../src/checklist/merge.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { startSpellChecker } from '../../../src/checklist/spell.js';
import { loadCorpus, scoreCorpus, type CorpusEntry, type CorpusScore } from './corpus-lib.js';
import { buildTestWorker } from './worker-build.js';

export function corpusEntries(folder: 'corpus' | 'corpus-heldout'): CorpusEntry[] {
  const fixtures = resolve(import.meta.dirname, '../../fixtures');
  return loadCorpus(resolve(fixtures, folder), resolve(fixtures, 'interviews'));
}

export async function scoreWithSpelling(entries: readonly CorpusEntry[]): Promise<CorpusScore> {
  const spell = startSpellChecker({ workerUrl: await buildTestWorker() });
  try {
    return await scoreCorpus(entries, async (entry) => {
      const draft = parseDraft(entry.text);
      return mergeFindings(checkNote(draft, entry.context), await spell.lint(draft, knownWordsFor(entry.context)));
    });
  } finally {
    await spell.close();
  }
}

// Moving a saved interview to a new id (a fixed company or role) is all or nothing: the entry,
// in its place in the order, with the draft that names it; a draft that cannot be rewritten
// leaves the store as it was.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { tempDir } from '../../helpers/temp-dir.js';

const OLD = 'hollis-crane-outfitters-assistant-distrcit-manager';
const NEW = 'hollis-crane-outfitters-assistant-district-manager';
const typo = sampleInterview({ id: OLD, company: 'Hollis Crane Outfitters', role: 'Assistant Distrcit Manager' });
const fixed = { ...typo, id: NEW, role: 'Assistant District Manager' };

async function storeWithThree() {
  const home = tempDir();
  const store = openStore({ env: {}, home });
  await store.saveInterview(sampleInterview({ id: 'first', company: 'First' }));
  await store.saveInterview(typo);
  await store.saveInterview(sampleInterview({ id: 'last', company: 'Last' }));
  return { home, store };
}

describe('saving an interview under a new id', () => {
  it('replaces the old entry in its place and points the draft at the new id', async () => {
    const { home, store } = await storeWithThree();
    await store.saveDraft({ version: 1, interviewId: OLD, answers: {} });
    const saved = await store.saveInterview(fixed, { replace: true, renameFrom: OLD });
    expect(saved.id).toBe(NEW);
    expect((await store.interviews()).map((i) => [i.id, i.role])).toEqual([
      ['first', 'Senior Backend Engineer'],
      [NEW, 'Assistant District Manager'],
      ['last', 'Senior Backend Engineer'],
    ]);
    expect(JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')).draft.interviewId).toBe(NEW);
  });

  it('puts the old entry back when the draft cannot be rewritten', async () => {
    const { home, store } = await storeWithThree();
    mkdirSync(join(home, 'draft.json'));
    await expect(store.saveInterview(fixed, { replace: true, renameFrom: OLD })).rejects.toThrow();
    expect((await store.interviews()).map((i) => [i.id, i.role])).toEqual([
      ['first', 'Senior Backend Engineer'],
      [OLD, 'Assistant Distrcit Manager'],
      ['last', 'Senior Backend Engineer'],
    ]);
  });
});

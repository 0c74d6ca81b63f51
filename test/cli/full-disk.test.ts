// Fault injection with a real full disk: a 256 KiB tmpfs holding the store, filled until less
// room is left than the store needs. Every write must fail whole: the old file byte for byte,
// exit 1, a message that says the disk is full and what to do, and never "Saved".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { fillDisk, tmpfsUnavailable, withTmpfs } from '../helpers/tmpfs.js';
import { runCli } from '../helpers/run-cli.js';

const ACME = readFileSync(join(import.meta.dirname, '../fixtures/interviews/acme.json'), 'utf8');

/** A store of 30 interviews (about 18 KB) in `home`. */
async function storeOf30(home: string): Promise<void> {
  const store = openStore({ env: {}, home });
  await store.saveCandidate(sampleInterview().candidate);
  for (let n = 0; n < 30; n += 1) await store.saveInterview(sampleInterview({ id: `company-${n}`, company: `Company ${n}` }));
}

describe.skipIf(tmpfsUnavailable !== null)('a full disk', () => {
  it('import leaves the old store byte for byte, says why, and exits 1', async () => {
    await withTmpfs('256k', async (disk) => {
      const home = join(disk, 'home');
      await storeOf30(home);
      const before = readFileSync(join(home, 'config.json'));
      expect(before.length).toBeGreaterThan(12_000);
      fillDisk(join(disk, 'filler'), 8 * 1024);
      const run = await runCli(['import', '-'], { home, input: ACME });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('Saved');
      expect(run.stderr).toBe(
        `followup-coach: cannot save ${join(home, 'config.json')}: the disk is full; the file was left as it was.\n` +
          `Try: free some space on the disk that holds ${home}, then run the command again.\n`,
      );
      expect(readFileSync(join(home, 'config.json')).equals(before)).toBe(true);
      expect(readdirSync(home).sort()).toEqual(['config.json']);
      const list = await runCli(['list', '--json'], { home });
      expect(list.code).toBe(0);
      expect((JSON.parse(list.stdout) as unknown[]).length).toBe(30);
    });
  });

  it('delete --yes leaves the old store byte for byte, says why, and exits 1', async () => {
    await withTmpfs('256k', async (disk) => {
      const home = join(disk, 'home');
      await storeOf30(home);
      const before = readFileSync(join(home, 'config.json'));
      fillDisk(join(disk, 'filler'), 8 * 1024);
      const run = await runCli(['delete', 'company-3', '--yes'], { home });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('Deleted');
      expect(run.stderr).toContain(`cannot save ${join(home, 'config.json')}: the disk is full; the file was left as it was.\n`);
      expect(readFileSync(join(home, 'config.json')).equals(before)).toBe(true);
      expect(readdirSync(home).sort()).toEqual(['config.json']);
    });
  });

  it('regen --out writes each note file whole or not at all', async () => {
    await withTmpfs('256k', async (disk) => {
      const home = join(disk, 'home');
      await storeOf30(home);
      fillDisk(join(disk, 'filler'), 0);
      const out = join(disk, 'notes');
      const run = await runCli(['regen', 'company-3', '--kind', 'thank-you', '--out', out], { home });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot write into ${join(disk, 'notes')}: the disk is full; nothing was written.\n`);
      expect(run.stdout).not.toContain('Wrote');
      // Nothing half-written: no notes folder could be made, or it is empty.
      const left = (() => {
        try {
          return readdirSync(out);
        } catch {
          return [];
        }
      })();
      expect(left).toEqual([]);
    });
  });
});

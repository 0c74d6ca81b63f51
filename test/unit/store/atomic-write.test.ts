import { readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/store/atomic-write.js';
import { SaveError } from '../../../src/store/save-error.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('writeFileAtomic', () => {
  it('replaces the file whole, 0600, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'config.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeFileAtomic(file, 'new text ✓');
    expect(readFileSync(file, 'utf8')).toBe('new text ✓');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('never writes through a symbolic link, and leaves its target alone', () => {
    const dir = tempDir();
    const target = join(tempDir(), 'theirs.json');
    writeFileSync(target, 'theirs');
    symlinkSync(target, join(dir, 'config.json'));
    expect(() => writeFileAtomic(join(dir, 'config.json'), 'ours')).toThrow(SaveError);
    expect(readFileSync(target, 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('a folder in the way: the old state stays and the message says what to set', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'home'), '');
    const error = (() => {
      try {
        writeFileAtomic(join(dir, 'home', 'config.json'), 'x');
      } catch (caught) {
        return caught as SaveError;
      }
      throw new Error('no error');
    })();
    expect([error.reason, error.tryMessage]).toEqual([
      'a part of its folder path is a file, not a folder',
      'set FOLLOWUP_COACH_HOME to a folder (or move the file that is in the way).',
    ]);
  });
});

describe('what a failed write says', () => {
  const said = (code: string) => {
    const error = SaveError.from(Object.assign(new Error(code), { code }), '/home/jo/.config/followup-coach/config.json');
    return [error.message, error.tryMessage];
  };

  it.each([
    [
      'ENOSPC',
      'the disk is full',
      'free some space on the disk that holds /home/jo/.config/followup-coach, then run the command again.',
    ],
    [
      'EDQUOT',
      'your disk quota is used up',
      'free some of your space on the disk that holds /home/jo/.config/followup-coach, then run the command again.',
    ],
    [
      'EROFS',
      'the disk is read-only',
      'set FOLLOWUP_COACH_HOME to a folder on a writable disk, e.g. FOLLOWUP_COACH_HOME=$HOME/followup-coach.',
    ],
    [
      'EIO',
      'the disk reported an input/output error',
      'check the disk (it may be failing or unplugged), then run the command again.',
    ],
  ])('%s', (code, reason, fix) => {
    expect(said(code)).toEqual([
      `cannot save /home/jo/.config/followup-coach/config.json: ${reason}; the file was left as it was.`,
      fix,
    ]);
  });
});

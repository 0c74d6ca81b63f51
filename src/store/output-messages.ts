// What a failed write of a file the user asked for says (regen --eml DIR, regen --out DIR,
// calendar --out FILE, export --out FILE): the path they gave, the cause in a person's words,
// and what to pass instead. Never the store's setting (FOLLOWUP_COACH_HOME): it moves the saved
// data, not these files.
import { dirname } from 'node:path';
import { showLine } from '../cli/terminal-text.js';

/** Where the files go, as the user named it. */
export interface OutputTarget {
  /** The flag that named the path: "--eml", "--out". */
  readonly flag: string;
  /** A folder the files go into, or the file itself. */
  readonly takes: 'folder' | 'file';
  /** What goes into the folder, for the message: "the drafts". */
  readonly contents?: string;
  /** A value that works for the flag: "drafts", "follow-ups.ics". */
  readonly example: string;
}

export const outputMessages = {
  cannotWrite: (path: string, reason: string) => `cannot write ${showLine(path)}: ${reason}; nothing was written.`,
  cannotWriteInto: (dir: string, reason: string) => `cannot write into ${showLine(dir)}: ${reason}; nothing was written.`,
  cannotCreate: (dir: string, reason: string) => `cannot create the folder ${showLine(dir)}: ${reason}; nothing was written.`,
  /**
   * `path`: the file or folder that failed; `target`: how the user named where it goes; `dir`:
   * the folder to make room in or writable (for a folder that could not be made, the nearest
   * one that exists).
   */
  explain(
    code: string,
    path: string,
    detail: string,
    target: OutputTarget,
    folder = target.takes === 'folder' ? path : dirname(path),
  ): { reason: string; fix: string } {
    const { flag } = target;
    // Paths in a message are one line each (terminal-text.ts): a line break in one stays visible.
    const dir = showLine(folder);
    const shown = showLine(path);
    const place = target.takes === 'folder' ? 'a folder' : 'a path';
    switch (code) {
      case 'ENOSPC':
        return {
          reason: 'the disk is full',
          fix: `free some space on the disk that holds ${dir}, or give ${flag} ${place} on another disk.`,
        };
      case 'EDQUOT':
        return {
          reason: 'your disk quota is used up',
          fix: `free some of your space on the disk that holds ${dir}, or give ${flag} ${place} on another disk.`,
        };
      case 'EROFS':
        return { reason: 'the disk is read-only', fix: `give ${flag} ${place} on a writable disk.` };
      case 'EACCES':
      case 'EPERM':
        return {
          reason: 'permission denied',
          fix: `make ${dir} writable for you, or give ${flag} ${place} where you can write.`,
        };
      case 'EIO':
        return {
          reason: 'the disk reported an input/output error',
          fix: `check the disk (it may be failing or unplugged), or give ${flag} ${place} on another disk.`,
        };
      case 'EISFILE':
        if (target.takes === 'file') return outputMessages.explain('ENOTDIR', path, detail, target, folder);
        return {
          reason: 'it is a file, not a folder',
          fix: `give ${flag} a folder (${target.contents ?? 'the files'} go into it, one file each), e.g. ${flag} ${target.example}`,
        };
      case 'EISDIR':
        return { reason: 'it is a folder', fix: `give ${flag} a file name, e.g. ${flag} ${shown}/${target.example}` };
      case 'ENOTDIR':
      case 'EEXIST':
        return {
          reason: 'a part of its path is a file, not a folder',
          fix: `give ${flag} ${place} with no file in the way on its path.`,
        };
      case 'ENAMETOOLONG':
        return { reason: 'the path is too long for this system', fix: `give ${flag} a shorter path.` };
      case 'ELOOP':
        return { reason: 'its path goes through a loop of symbolic links', fix: `give ${flag} a path without the loop.` };
      case 'ESYMLINK':
        return {
          reason: 'it is a symbolic link, and followup-coach never writes through one',
          fix: `give ${flag} the path of the file itself, or remove the link: rm ${shown}`,
        };
      case 'ENOENT':
        return {
          reason: 'a folder on its path does not exist',
          fix: `create it first (mkdir -p ${dir}), or give ${flag} another path.`,
        };
      default:
        return {
          reason: `the system said ${code} (${detail})`,
          fix: `check that ${dir} is a folder you can write to, or give ${flag} another path.`,
        };
    }
  },
} as const;

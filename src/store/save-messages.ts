// What a failed write or folder says: the cause in a person's words and the way out. Every
// message names the setting that moves the data (FOLLOWUP_COACH_HOME) where that helps.
import { dirname } from 'node:path';
import { showLine } from '../cli/terminal-text.js';

const HOME = 'FOLLOWUP_COACH_HOME';

export const saveMessages = {
  cannotSave: (path: string, reason: string) => `cannot save ${showLine(path)}: ${reason}; the file was left as it was.`,
  cannotCreate: (dir: string, reason: string) => `cannot create the folder ${showLine(dir)}: ${reason}; nothing was saved.`,
  cannotRead: (path: string, reason: string) => `cannot read ${showLine(path)}: ${reason}.`,
  symlink: 'it is a symbolic link, and followup-coach never writes through one',
  symlinkFix: (path: string) => `replace the link with a real file (or remove it): rm ${showLine(path)}`,
  explain(code: string, file: string, detail: string): { reason: string; fix: string } {
    const path = showLine(file);
    const dir = showLine(dirname(file));
    switch (code) {
      case 'ENOSPC':
        return { reason: 'the disk is full', fix: `free some space on the disk that holds ${dir}, then run the command again.` };
      case 'EDQUOT':
        return {
          reason: 'your disk quota is used up',
          fix: `free some of your space on the disk that holds ${dir}, then run the command again.`,
        };
      case 'EROFS':
        return {
          reason: 'the disk is read-only',
          fix: `set ${HOME} to a folder on a writable disk, e.g. ${HOME}=$HOME/followup-coach.`,
        };
      case 'EACCES':
      case 'EPERM':
        return { reason: 'permission denied', fix: `make ${dir} writable for you, or set ${HOME} to a folder you own.` };
      case 'EIO':
        return {
          reason: 'the disk reported an input/output error',
          fix: 'check the disk (it may be failing or unplugged), then run the command again.',
        };
      case 'EISDIR':
        return { reason: 'it is a folder, not a file', fix: `move the folder out of the way: mv ${path} ${path}.folder` };
      case 'EISFILE':
      case 'ENOTDIR':
      case 'EEXIST':
        return {
          reason: 'a part of its folder path is a file, not a folder',
          fix: `set ${HOME} to a folder (or move the file that is in the way).`,
        };
      case 'ENAMETOOLONG':
        return {
          reason: 'the path is too long for this system',
          fix: `set ${HOME} (or XDG_CONFIG_HOME) to a shorter folder path.`,
        };
      case 'ELOOP':
        return { reason: 'its path goes through a loop of symbolic links', fix: `set ${HOME} to a real folder.` };
      case 'ENOENT':
        return {
          reason: 'a folder on its path does not exist',
          fix: `set ${HOME} to a folder that exists (it is created when missing, but not its parents on another disk).`,
        };
      default:
        return {
          reason: `the system said ${code} (${detail})`,
          fix: `check that ${dir} is a writable folder, or set ${HOME} to one.`,
        };
    }
  },
} as const;

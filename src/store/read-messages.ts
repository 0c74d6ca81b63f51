// What the store says about one of its files that it will not read: a link, a folder, a FIFO,
// or text that is not JSON. Never a byte of the file itself: it may not be ours.

import { showLine } from '../cli/terminal-text.js';

export const readMessages = {
  cannotRead: (path: string, reason: string) => `cannot read ${showLine(path)}: ${reason}.`,
  link: 'it is a symbolic link, and followup-coach never reads or writes its data through one',
  linkFix: (path: string) => `replace the link with a real file, or remove it to start with an empty store: rm ${showLine(path)}`,
  folder: 'it is a folder, not the file followup-coach keeps its data in',
  folderFix: (path: string) =>
    `move the folder out of the way (mv ${showLine(path)} ${showLine(path)}.folder), then run the command again.`,
  notRegular: 'it is not a regular file (a FIFO, a device or a socket)',
  notRegularFix: (path: string) =>
    `move it out of the way (mv ${showLine(path)} ${showLine(path)}.old), then run the command again.`,
  notJson: 'not valid JSON',
  notJsonAt: (line: number, column: number) => `not valid JSON: the first error is at line ${line}, column ${column}`,
} as const;

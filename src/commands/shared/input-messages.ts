// What reading an interview file says when it cannot, and how its problems are listed.
export const inputMessages = {
  stdin: 'stdin',
  cannotRead: (file: string, why: string) => `cannot read ${file}: ${why}.`,
  why: (code: string | undefined) =>
    code === 'ENOENT'
      ? 'there is no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENAMETOOLONG'
            ? 'the path is too long'
            : code === 'ENOTDIR'
              ? 'a part of the path is a file, not a folder'
              : code === 'ENXIO'
                ? 'it is a device or a FIFO nobody writes to'
                : `the system said ${code ?? 'no more'}`,
  folder: 'it is a folder',
  fifo: 'it is a FIFO (a named pipe), not a file; pipe it in with `-` instead',
  device: 'it is a device, not a file',
  socket: 'it is a socket, not a file',
  notRegular: 'it is not a regular file',
  tooBig: (file: string, max: number) =>
    `${file} is larger than ${max / 1024 / 1024} MiB, far more than any interview file; nothing was read past that.`,
  notUtf8: (file: string) => `${file} is not UTF-8 text: some bytes are no character, and would not be kept exactly.`,
  tryPath: 'check the path; `followup-coach export ID > FILE` writes a valid example.',
  tryRegular: 'pass a regular file, or `-` to read stdin (`followup-coach import - < FILE`).',
  tryBig: 'check that this is the interview file you meant; `followup-coach export ID` shows what one looks like.',
  tryUtf8: 'save the file as UTF-8 (most editors have it under "Save with encoding").',
  problemsHeading: (file: string, count: number) =>
    `followup-coach: ${file} has ${count === 1 ? '1 problem' : `${count} problems`}; nothing was saved.`,
  problem: (path: string, problem: string) => `  ${path === '' ? '(the file)' : path}: ${problem}`,
  fix: (fix: string) => `    fix: ${fix}`,
} as const;

// A file that could not be written (or a folder that could not be made): what happened in a
// person's words, and what to do. Exit code 1; the old file is untouched.
import { CliError } from '../cli/errors.js';
import { saveMessages as m } from './save-messages.js';

/** The code atomic-write.ts gives a target that is a symbolic link (kept here: it imports this file). */
export const SYMLINK = 'ESYMLINK';

export class SaveError extends CliError {
  constructor(
    /** Short, for a status line: "the disk is full". */
    readonly reason: string,
    readonly path: string,
    tryMessage: string,
    readonly code: string,
    message = m.cannotSave(path, reason),
  ) {
    super(message, tryMessage);
    this.name = 'SaveError';
  }

  static from(error: unknown, path: string): SaveError {
    if (error instanceof SaveError) return error;
    if ((error as NodeJS.ErrnoException | undefined)?.code === SYMLINK) return SaveError.symlink(path);
    const code = String((error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN');
    const { reason, fix } = m.explain(code, path, error instanceof Error ? error.message : String(error));
    return new SaveError(reason, path, fix, code);
  }

  /** A folder that could not be made: nothing was written at all. */
  static folder(error: unknown, dir: string): SaveError {
    const saved = SaveError.from(error, `${dir}/-`);
    return new SaveError(saved.reason, dir, saved.tryMessage ?? '', saved.code, m.cannotCreate(dir, saved.reason));
  }

  static symlink(path: string): SaveError {
    return new SaveError(m.symlink, path, m.symlinkFix(path), 'ELOOP');
  }
}

/** Whether `value` is a SaveError from any bundle (each bundle has its own copy of the class). */
export function isSaveError(value: unknown): value is SaveError {
  return value instanceof Error && value.name === 'SaveError' && typeof (value as SaveError).reason === 'string';
}

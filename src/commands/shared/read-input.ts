// The text of FILE, or of stdin for `-`, exactly as written or not at all: a regular file (a
// FIFO or a device is refused at once, never waited on), at most MAX_INPUT_BYTES (no more is
// read), and valid UTF-8 (a byte that is no character is an error, not a silent U+FFFD).
// Read errors are usage errors that name the file.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UsageError } from '../../cli/errors.js';
import { showLine } from '../../cli/terminal-text.js';
import { inputMessages as m } from './input-messages.js';

/** The largest interview file read (1 MiB): real ones are a few KB. Documented in the README. */
export const MAX_INPUT_BYTES = 1024 * 1024;

function kindOf(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return m.folder;
  if (stats.isFIFO()) return m.fifo;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return m.device;
  if (stats.isSocket()) return m.socket;
  return m.notRegular;
}

function readFileLimited(file: string): Buffer {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of hanging.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UsageError(m.cannotRead(showLine(file), m.why((error as NodeJS.ErrnoException).code)), m.tryPath);
  }
  try {
    const stats = fstatSync(fd);
    const kind = kindOf(stats);
    if (kind !== null) throw new UsageError(m.cannotRead(showLine(file), kind), m.tryRegular);
    if (stats.size > MAX_INPUT_BYTES) throw new UsageError(m.tooBig(showLine(file), MAX_INPUT_BYTES), m.tryBig);
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    for (let got = -1; got !== 0 && length < buffer.length; length += got) {
      got = readSync(fd, buffer, length, buffer.length - length, null);
    }
    // It grew while being read.
    if (length > MAX_INPUT_BYTES) throw new UsageError(m.tooBig(showLine(file), MAX_INPUT_BYTES), m.tryBig);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(m.cannotRead(showLine(file), m.why((error as NodeJS.ErrnoException).code)), m.tryPath);
  } finally {
    closeSync(fd);
  }
}

async function readStdinLimited(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const bytes = Buffer.from(chunk as Buffer | string);
    chunks.push(bytes);
    length += bytes.length;
    if (length > MAX_INPUT_BYTES) throw new UsageError(m.tooBig(m.stdin, MAX_INPUT_BYTES), m.tryBig);
  }
  return Buffer.concat(chunks);
}

export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  const bytes = file === '-' ? await readStdinLimited(stdin) : readFileLimited(file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(m.notUtf8(file === '-' ? m.stdin : showLine(file)), m.tryUtf8);
  }
}

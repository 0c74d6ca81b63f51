// stdout when it is a file or a pipe (`regen --print > note.txt`, `list --json | jq`, the
// socket another program's spawn hands over as a pipe, or /dev/null): the text goes straight to
// the descriptor. process.stdout is a stream that Node sets up on first use, and for a pipe that
// loads its whole stream and socket stack (a few milliseconds of a quick command) to write a few
// lines that writeSync writes at once. Node itself writes to files, and to pipes on Linux,
// synchronously: the order of what reaches the reader is the same.
import { fstatSync, type Stats, statSync, writeSync } from 'node:fs';

/**
 * True when `fd` is a regular file, a pipe, a socket or the null device: never a terminal, so
 * nothing to set up.
 */
export function isFileOrPipe(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (stats.isCharacterDevice()) return isNullDevice(stats);
    return stats.isFile() || stats.isFIFO() || stats.isSocket();
  } catch {
    return false;
  }
}

/**
 * Whether a character device is /dev/null (the same device number, wherever its node is), as
 * for `regen --print > /dev/null` in a script that wants only the exit code. Node's own stream
 * for it writes with writeSync too, and loads the stream stack first. Any other character
 * device may be a terminal, which keeps Node's stream.
 */
function isNullDevice(stats: Stats): boolean {
  try {
    const nul = statSync('/dev/null');
    return nul.isCharacterDevice() && nul.rdev === stats.rdev;
  } catch {
    // No /dev/null (Windows): nothing is the null device.
    return false;
  }
}

type Callback = (error?: Error | null) => void;

/**
 * A stand-in for the stream `real()` returns, on a file or a pipe: write() goes to `fd` with
 * writeSync; anything else a caller asks of a stream (on, once, end: a prompt library's output)
 * hands over to the real one, which takes every write from then on. A full non-blocking pipe
 * (EAGAIN) hands over too, with the rest of the chunk; a reader that has gone (EPIPE) calls
 * `closed`.
 */
export function plainOutput(fd: number, real: () => NodeJS.WriteStream, closed: () => void): NodeJS.WriteStream {
  let stream: NodeJS.WriteStream | undefined;
  const write = (chunk: string | Uint8Array, encoding?: BufferEncoding | Callback, callback?: Callback): boolean => {
    const done = typeof encoding === 'function' ? encoding : callback;
    if (stream !== undefined) return stream.write(chunk, done);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk;
    let written = 0;
    while (written < bytes.length) {
      try {
        written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          closed();
          return false;
        }
        if (code !== 'EAGAIN') throw error;
        stream = real();
        return stream.write(bytes.subarray(written), done);
      }
    }
    done?.();
    return true;
  };
  // What a file or a pipe is known to be without asking the stream: not a terminal.
  const known: Record<PropertyKey, unknown> = { write, isTTY: false, columns: undefined, rows: undefined, fd };
  return new Proxy(known, {
    get(target, key) {
      if (stream === undefined && Object.hasOwn(target, key)) return target[key];
      stream ??= real();
      const value: unknown = Reflect.get(stream, key);
      return typeof value === 'function' ? value.bind(stream) : value;
    },
    has(target, key) {
      if (stream === undefined && Object.hasOwn(target, key)) return true;
      stream ??= real();
      return key in stream;
    },
  }) as unknown as NodeJS.WriteStream;
}

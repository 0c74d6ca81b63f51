// stdout on a file or a pipe without Node's stream (src/cli/plain-output.ts), against real
// descriptors: a FIFO opened non-blocking fills up (EAGAIN) and loses its reader (EPIPE) as a
// pipe to `less` or `head` does.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isFileOrPipe, plainOutput } from '../../../src/cli/plain-output.js';

const folders: string[] = [];
const fds: number[] = [];
afterEach(() => {
  for (const fd of fds.splice(0)) {
    try {
      closeSync(fd);
    } catch {}
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'fc-plain-'));
  folders.push(made);
  return made;
}

/** Both ends of a new FIFO, non-blocking, as a pipe whose reader is slow. */
function fifo(): { reader: number; writer: number } {
  const path = join(folder(), 'pipe');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  fds.push(reader, writer);
  return { reader, writer };
}

function drain(fd: number): Buffer {
  const parts: Buffer[] = [];
  const buffer = Buffer.alloc(65536);
  for (;;) {
    let read = 0;
    try {
      read = readSync(fd, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
    if (read === 0) break;
    parts.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(parts);
}

/** A stream that records what reaches it, for the hand-over. */
function recorder() {
  const chunks: Buffer[] = [];
  const calls: string[] = [];
  const stream = {
    write(chunk: string | Uint8Array, callback?: () => void) {
      chunks.push(Buffer.from(chunk));
      callback?.();
      return true;
    },
    on(event: string) {
      calls.push(`on ${event}`);
      return stream;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, chunks, calls };
}

describe('isFileOrPipe', () => {
  it('is true for a regular file, a FIFO and /dev/null, false for another character device', () => {
    const file = openSync(join(folder(), 'out.txt'), 'w');
    fds.push(file);
    const nul = openSync('/dev/null', 'w');
    fds.push(nul);
    // A character device that takes writes as /dev/null does, and may not be written to as one.
    const zero = openSync('/dev/zero', 'w');
    fds.push(zero);
    expect([
      isFileOrPipe(file),
      isFileOrPipe(fifo().writer),
      isFileOrPipe(nul),
      isFileOrPipe(zero),
      isFileOrPipe(987654),
    ]).toEqual([true, true, true, false, false]);
  });
});

describe('plainOutput', () => {
  it('writes every byte to a file, in order, and calls back', () => {
    const path = join(folder(), 'note.txt');
    const fd = openSync(path, 'w');
    fds.push(fd);
    const real = recorder();
    const out = plainOutput(
      fd,
      () => real.stream,
      () => {},
    );
    const called: string[] = [];
    out.write('Dear Priya,\n');
    out.write('Thank you for the tour — and the Kafka talk.\n', () => called.push('first'));
    out.write(Buffer.from('Jordan\n'), 'utf8', () => called.push('second'));
    expect(readFileSync(path, 'utf8')).toBe('Dear Priya,\nThank you for the tour — and the Kafka talk.\nJordan\n');
    expect(called).toEqual(['first', 'second']);
    expect(real.chunks).toEqual([]);
  });

  it('answers isTTY, columns and fd without setting up the stream', () => {
    let opened = 0;
    const out = plainOutput(
      fifo().writer,
      () => {
        opened += 1;
        return recorder().stream;
      },
      () => {},
    );
    expect([out.isTTY, out.columns, 'isTTY' in out, opened]).toEqual([false, undefined, true, 0]);
  });

  it('hands over to the real stream when asked for anything else, and sends it every later write', () => {
    const { reader, writer } = fifo();
    const real = recorder();
    const out = plainOutput(
      writer,
      () => real.stream,
      () => {},
    );
    out.write('before\n');
    out.on('drain', () => {});
    out.write('after\n');
    expect(drain(reader).toString()).toBe('before\n');
    expect(real.calls).toEqual(['on drain']);
    expect(Buffer.concat(real.chunks).toString()).toBe('after\n');
  });

  it('hands the rest of a chunk to the real stream when a full pipe refuses it (EAGAIN), losing nothing', () => {
    const { reader, writer } = fifo();
    const real = recorder();
    const text = Buffer.from('0123456789abcdef'.repeat(65536)); // 1 MiB, far more than a pipe holds
    const out = plainOutput(
      writer,
      () => real.stream,
      () => {},
    );
    out.write(text);
    const direct = drain(reader);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBeLessThan(text.length);
    expect(Buffer.concat([direct, ...real.chunks]).equals(text)).toBe(true);
  });

  it('says the reader has gone (EPIPE) instead of throwing', () => {
    const { reader, writer } = fifo();
    closeSync(reader);
    fds.splice(fds.indexOf(reader), 1);
    let gone = 0;
    const out = plainOutput(
      writer,
      () => recorder().stream,
      () => {
        gone += 1;
      },
    );
    expect(out.write('Dear Priya,\n')).toBe(false);
    expect(gone).toBe(1);
  });

  it('passes on any other write error', () => {
    const path = join(folder(), 'read-only.txt');
    writeFileSync(path, '');
    const fd = openSync(path, 'r');
    fds.push(fd);
    const out = plainOutput(
      fd,
      () => recorder().stream,
      () => {},
    );
    expect(() => out.write('x')).toThrow(expect.objectContaining({ code: 'EBADF' }));
  });
});

// Writable streams that remember what was written, optionally pretending to be a terminal.
import { Writable } from 'node:stream';

export interface CapturedStream extends Writable {
  isTTY?: boolean;
  columns?: number;
  /** Everything written so far, as text. */
  text(): string;
}

export function captureStream(options: { isTTY?: boolean; columns?: number } = {}): CapturedStream {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  }) as CapturedStream;
  if (options.isTTY) stream.isTTY = true;
  if (options.columns !== undefined) stream.columns = options.columns;
  stream.text = () => Buffer.concat(chunks).toString('utf8');
  return stream;
}

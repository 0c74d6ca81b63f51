// stderr through terminal-text.ts: every message there can carry what a user or another
// program wrote (a path, a field, a helper's complaint).
import { Writable } from 'node:stream';
import { showText } from './terminal-text.js';

/** A stream that writes everything through showText to `target`, at once (never buffered). */
export function showingStream(target: NodeJS.WritableStream): NodeJS.WritableStream {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      target.write(showText(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
      done();
    },
  });
  return Object.assign(stream, { isTTY: (target as { isTTY?: boolean }).isTTY });
}

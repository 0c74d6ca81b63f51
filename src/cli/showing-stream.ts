// stderr through terminal-text.ts: every message there can carry what a user or another
// program wrote (a path, a field, a helper's complaint).
import { createRequire } from 'node:module';
import { showText } from './terminal-text.js';

// node:stream is read when the first such stream is made, not when a bundle loads: a quick
// command that writes nothing to stderr never loads Node's stream stack.
const load = createRequire(import.meta.url);

/** A stream that writes everything through showText to `target`, at once (never buffered). */
export function showingStream(target: NodeJS.WritableStream): NodeJS.WritableStream {
  const { Writable } = load('node:stream') as typeof import('node:stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      target.write(showText(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
      done();
    },
  });
  return Object.assign(stream, { isTTY: (target as { isTTY?: boolean }).isTTY });
}

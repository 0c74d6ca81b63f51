// The check command in-process, for what a subprocess cannot fake: a terminal on stdin.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/errors.js';
import { run } from '../../../src/commands/check.js';
import { captureStream } from '../../helpers/streams.js';

function context(argv: string[], stdin: Readable & { isTTY?: boolean }) {
  return { argv, stdin, stdout: captureStream(), stderr: captureStream(), env: {}, interactive: false, now: () => new Date('2026-11-25T09:00:00') };
}

describe('check without a FILE', () => {
  it('asks for a file or a pipe when stdin is a terminal', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const error = await run(context(['--no-spell'], stdin)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('check needs a draft to read.');
    expect((error as UsageError).tryMessage).toBe('pass a file (followup-coach check note.txt) or pipe one (pbpaste | followup-coach check -)');
  });

  it('reads piped stdin when no FILE is given', async () => {
    const stdin = Readable.from([Buffer.from('Subject: Checking in\n\nHi Sam,\nCall me back ASAP!!!\n')]);
    const ctx = context(['--no-spell', '--json'], stdin);
    expect(await run(ctx)).toBe(0);
    const json = JSON.parse(ctx.stdout.text()) as { findings: Array<{ rule: string; line: number; column: number }> };
    expect(json.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      'generic-subject 1:10',
      'one-liner 4:1',
      'tone-impatient 4:14',
      'tone-impatient 4:18',
    ]);
  });
});

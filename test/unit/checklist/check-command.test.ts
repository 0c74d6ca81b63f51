// The check command in-process, for what a subprocess cannot fake: a terminal on stdin.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/errors.js';
import { MAX_BYTES } from '../../../src/checklist/input.js';
import { run } from '../../../src/commands/check/run.js';
import { captureStream } from '../../helpers/streams.js';

function context(argv: string[], stdin: Readable & { isTTY?: boolean }) {
  return {
    argv,
    stdin,
    stdout: captureStream(),
    stderr: captureStream(),
    env: {},
    interactive: false,
    now: () => new Date('2026-11-25T09:00:00'),
  };
}

describe('check without a FILE', () => {
  it('asks for a file or a pipe when stdin is a terminal', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const error = await run(context(['--no-spell'], stdin)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('check needs a draft to read.');
    expect((error as UsageError).tryMessage).toBe(
      'pass a file (followup-coach check note.txt) or pipe one (pbpaste | followup-coach check -)',
    );
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

describe('check has a size limit', () => {
  const tooLarge = `"${'x'}" is over the 1 MB (1,048,576 bytes) that check reads, far too large to be a note.`;

  it('is 1 MiB', () => expect(MAX_BYTES).toBe(1024 * 1024));

  it('refuses a file past the limit with a usage error, and takes one at the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-limit-'));
    try {
      const line = 'Thank you for the tour of the ward. ';
      const big = join(dir, 'big.txt');
      writeFileSync(big, `Hi Sam,\n${line.repeat(Math.ceil(MAX_BYTES / line.length))}`);
      const error = await run(context(['--no-spell', big], Readable.from([]))).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe(tooLarge.replace('"x"', `"${big}"`));
      expect((error as UsageError).tryMessage).toBe('check one note at a time: save just the draft to a file and pass that');
      const fits = join(dir, 'fits.txt');
      writeFileSync(fits, `Hi Sam,\n${line.repeat(Math.floor((MAX_BYTES - 8) / line.length))}`);
      expect(await run(context(['--no-spell', '--json', fits], Readable.from([])))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops reading an endless stdin one chunk past the limit', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, 0x61));
      },
    });
    const error = await run(context(['--no-spell', '-'], endless)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      'stdin is over the 1 MB (1,048,576 bytes) that check reads, far too large to be a note.',
    );
    expect(pulled).toBeLessThanOrEqual(MAX_BYTES + 4 * 64 * 1024);
  });
});

describe('check on terminals of different widths', () => {
  const draft =
    'Hi Sam,\n\nThank you for the interview last week. I need an answer by Friday, or I will have to take another offer.\n';
  async function report(stdout: ReturnType<typeof captureStream>) {
    const folder = mkdtempSync(join(tmpdir(), 'fc-width-'));
    try {
      writeFileSync(join(folder, 'note.txt'), draft);
      const ctx = { ...context(['--no-spell', join(folder, 'note.txt')], Readable.from([])), stdout };
      await run(ctx);
      return stdout.text().split('\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const excerptLines = (lines: readonly string[]) =>
    lines.map((line) => line.replace(/\u001B\[[0-9;]*m/g, '')).filter((line) => /^ {2}(\d+| +) \| /.test(line));

  it('fits every excerpt and caret in an 80-column terminal, and in 80 columns when not a terminal', async () => {
    for (const stdout of [captureStream({ isTTY: true, columns: 80 }), captureStream()]) {
      const lines = excerptLines(await report(stdout));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.length).toBeLessThan(80);
    }
  });

  it('uses the width of a narrower terminal', async () => {
    const lines = excerptLines(await report(captureStream({ isTTY: true, columns: 50 })));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.length).toBeLessThan(50);
  });
});

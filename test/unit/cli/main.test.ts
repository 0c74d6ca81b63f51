// The entry point's decisions (src/cli.ts): which command runs, and the exit code each way a
// command can end maps to. Commands here are stand-ins handed to main as the registry is.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type Dispatch } from '../../../src/cli.js';
import { CancelledError, CliError, UsageError } from '../../../src/cli/errors.js';
import { captureStream } from '../../helpers/streams.js';

function run(argv: readonly string[], dispatch: Dispatch) {
  const stdout = captureStream();
  const stderr = captureStream();
  const base = {
    stdin: Readable.from([]),
    stdout,
    stderr,
    env: { FOLLOWUP_COACH_COUNTRY: 'none' },
    now: () => new Date('2026-11-25T12:00:00Z'),
  };
  return main(argv, base, dispatch).then((code) => ({ code, stdout: stdout.text(), stderr: stderr.text() }));
}

const failing = (error: unknown): Dispatch => ({
  commands: {
    go: async () => ({
      run: async () => {
        throw error;
      },
    }),
  },
  session: null,
});

describe('main', () => {
  it('runs the named command with the arguments after its name', async () => {
    const seen: (readonly string[])[] = [];
    const dispatch: Dispatch = {
      commands: {
        go: async () => ({
          run: async (context) => {
            seen.push(context.argv);
            return 0;
          },
        }),
      },
      session: null,
    };
    expect(await run(['go', '--print', 'x'], dispatch)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(seen).toEqual([['--print', 'x']]);
  });

  it('runs the session with every argument when no command is named', async () => {
    const seen: (readonly string[])[] = [];
    const dispatch: Dispatch = {
      commands: {},
      session: async () => ({
        run: async (context) => {
          seen.push(context.argv);
          return 0;
        },
      }),
    };
    expect((await run(['--plain'], dispatch)).code).toBe(0);
    expect((await run([], dispatch)).code).toBe(0);
    expect(seen).toEqual([['--plain'], []]);
  });

  it('refuses a word that names no command (exit 2)', async () => {
    expect(await run(['frobnicate'], { commands: {}, session: null })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'followup-coach: unknown command "frobnicate".\nTry: followup-coach --help\n',
    });
    // "toString" is no command either, whatever objects inherit.
    expect((await run(['toString'], { commands: {}, session: null })).code).toBe(2);
  });

  it.each([
    [new UsageError('a wrong flag.', 'followup-coach go --help'), 2],
    [new CancelledError('Cancelled: nothing was copied.'), 130],
    [new CliError('the store is busy.', 'try again'), 1],
  ])('maps %s to its exit code', async (error, code) => {
    const result = await run(['go'], failing(error));
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(`followup-coach: ${error.message}\n${error.tryMessage ? `Try: ${error.tryMessage}\n` : ''}`);
  });

  it('reports any other error as a bug (exit 1), with its stack', async () => {
    const result = await run(['go'], failing(new TypeError('x is undefined')));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^followup-coach: something went wrong that should not have\.\nTypeError: x is undefined\n/);
    expect(result.stderr).toMatch(/Your saved interviews are untouched\. Please report this with the lines above\.\n$/);
  });
});

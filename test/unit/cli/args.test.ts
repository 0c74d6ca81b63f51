import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/cli/args.js';

const spec = {
  name: 'regen',
  options: { kind: { type: 'string' }, to: { type: 'string' }, print: { type: 'boolean' }, 'no-copy': { type: 'boolean' } },
  positionals: ['ID?'],
} as const;

const usage = (message: string) => ({ message, tryMessage: 'followup-coach regen --help', name: 'UsageError' });

describe('parseCommand', () => {
  it('returns values and positionals', () => {
    expect(parseCommand(spec, ['acme', '--kind', 'follow-up', '--to=Priya', '--no-copy'])).toEqual({
      help: false,
      values: { kind: 'follow-up', to: 'Priya', 'no-copy': true },
      positionals: ['acme'],
    });
  });

  it('answers --help and -h', () => {
    expect(parseCommand(spec, ['--kind', 'x', '-h'])).toEqual({ help: true });
    expect(parseCommand(spec, ['--help'])).toEqual({ help: true });
  });

  it.each([
    [['--kidn', 'x'], 'unknown option --kidn. Did you mean --kind?'],
    [['--frobnicate'], 'unknown option --frobnicate.'],
    [['--kind'], '--kind needs a value.'],
    [['--print=yes'], '--print is a switch and takes no value.'],
    [['--to', '--print'], '--to needs a value.'],
    [['--to=--print'], '--to needs a value, but got the option --print.'],
    [['--to', ' '], '--to needs a value, but it is empty.'],
    [['a', 'b'], 'regen takes ID; unexpected "b".'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(spec, argv)).toThrow(expect.objectContaining(usage(message)));
  });

  it('names a missing required argument and rejects any for a command that takes none', () => {
    const exportSpec = { name: 'export', options: {}, positionals: ['ID'] } as const;
    expect(() => parseCommand(exportSpec, [])).toThrow('export needs ID.');
    const listSpec = { name: 'list', options: {}, positionals: [] } as const;
    expect(() => parseCommand(listSpec, ['x'])).toThrow('list takes no arguments; unexpected "x".');
  });
});

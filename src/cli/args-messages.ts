// The words of argument parsing (args.ts): what was wrong with the command line.
export const argsMessages = {
  helpTry: (command: string) => `followup-coach ${command} --help`,
  gotOption: (name: string, value: string) => `--${name} needs a value, but got the option ${value}.`,
  emptyValue: (name: string) => `--${name} needs a value, but it is empty.`,
  unexpected: (command: string, positionals: readonly string[], extra: readonly string[]) =>
    `${command} ${positionals.length === 0 ? 'takes no arguments' : `takes ${positionals.join(' ')}`}; unexpected ${extra
      .map((arg) => `"${arg}"`)
      .join(', ')}.`,
  missing: (command: string, positional: string) => `${command} needs ${positional}.`,
  unknownOption: (flag: string, guess: string | undefined) =>
    `unknown option ${flag}.${guess ? ` Did you mean --${guess}?` : ''}`,
  needsValue: (flag: string) => `${flag} needs a value.`,
  isSwitch: (flag: string) => `${flag} is a switch and takes no value.`,
} as const;

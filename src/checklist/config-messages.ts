// The words about the checklist's config file and --rule.
export const configMessages = {
  notJson: (source: string, reason: string) => `${source} is not valid JSON (${reason}).`,
  notJsonAt: (line: number, column: number, problem: string) => `at line ${line}, column ${column}: ${problem}`,
  notJsonSomewhere: 'the JSON stops being valid somewhere in it',
  isFolder: 'it is a folder, not a file',
  notRegular: 'it is not a regular file (a FIFO, a device or a socket)',
  notObject: (source: string) => `${source} must hold one JSON object, such as {"rules": {"cliche": "off"}}.`,
  unknownKey: (source: string, key: string) => `${source} has an unknown field "${key}"; the only field is "rules".`,
  rulesNotObject: (source: string) => `"rules" in ${source} must be an object of rule ids and levels, such as {"cliche": "off"}.`,
  unknownRule: (source: string, id: string, near: string | undefined) =>
    `${source} names the rule "${id}", which does not exist${near ? `; did you mean "${near}"?` : '.'}`,
  badLevel: (source: string, id: string, level: unknown) =>
    `${source} sets "${id}" to ${JSON.stringify(level)}; a level is "off", "warning" or "error".`,
  badFlag: (value: string) => `--rule wants ID=LEVEL (such as --rule cliche=off), not "${value}".`,
  flagSource: '--rule',
  notFound: (path: string) => `cannot read the checklist config "${path}": no such file.`,
  unreadable: (path: string, reason: string) => `cannot read the checklist config "${path}": ${reason}.`,
  fileSource: (path: string) => `the checklist config "${path}"`,
  tryFix: 'fix it (the format is in the README under "Rule levels"), or pass --config with another file',
  tryRules: (ids: readonly string[]) => `rule ids: ${ids.join(', ')}`,
  sessionNotice: (problem: string) => `${problem} The checklist uses its default levels until it is fixed.`,
} as const;

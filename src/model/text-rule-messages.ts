// What the text rule says about a field, with the character named as U+XXXX (never sent raw).
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

export const textRuleMessages = {
  control: (code: number, multiLine: boolean) =>
    `contains the control character ${hex(code)}${multiLine ? '' : ' (this field is one line: no line breaks or tabs)'}.`,
  bidi: (code: number) => `contains the bidirectional control ${hex(code)}, which changes how the text reads on screen.`,
  tooDeep: 'is nested far deeper than any field of followup-coach.',
  loneSurrogate: 'contains half of a character (a lone UTF-16 surrogate).',
  fix: 'Remove the control characters (they can garble the terminal); type plain text.',
} as const;

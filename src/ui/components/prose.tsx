// Text wrapped at word boundaries to the terminal's width with no stray space at the start of a
// wrapped line: Ink's own wrapping keeps the space it broke at (" person"), which looks like a typo.
import { Text, type TextProps } from 'ink';
import wrapAnsi from 'wrap-ansi';
import { useTerminalSize } from '../use-terminal-size.js';

export interface ProseProps extends Omit<TextProps, 'children' | 'wrap'> {
  readonly children: string;
  /** Columns already taken on the left (a prefix such as "✖ "). */
  readonly indent?: number;
}

export function Prose({ children, indent = 0, ...style }: ProseProps) {
  const { columns } = useTerminalSize();
  const width = Math.max(10, columns - indent);
  return <Text {...style}>{wrapAnsi(children, width, { hard: true, trim: true })}</Text>;
}

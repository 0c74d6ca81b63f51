// A one-line input with a visible cursor:   › Priya Rag█
// and, after a paste of several lines was joined into it, a line that says so.
import { Box, Text } from 'ink';
import { useTextInput } from './use-text-input.js';

export interface TextInputProps {
  readonly defaultValue?: string;
  readonly placeholder?: string;
  readonly isActive: boolean;
  readonly onChange?: (value: string) => void;
  readonly onSubmit: (value: string) => void;
  /** Takes a paste of several lines one line each (a list); without it they join into one. */
  readonly onLines?: (lines: readonly string[]) => void;
}

export function TextInput({ defaultValue = '', placeholder = '', isActive, onChange, onSubmit, onLines }: TextInputProps) {
  const { chars, cursor, notice } = useTextInput({ defaultValue, isActive, onChange, onSubmit, onLines });
  const line =
    chars.length === 0 ? (
      <Text>
        <Text inverse={isActive}> </Text>
        <Text dimColor>{placeholder}</Text>
      </Text>
    ) : (
      <Text>
        {chars.slice(0, cursor).join('')}
        {isActive ? <Text inverse>{chars[cursor] ?? ' '}</Text> : (chars[cursor] ?? '')}
        {chars.slice(cursor + 1).join('')}
      </Text>
    );
  if (notice === null) return line;
  return (
    <Box flexDirection="column">
      {line}
      <Text dimColor>{notice}</Text>
    </Box>
  );
}

// A one-line input with a visible cursor:   › Priya Rag█
import { Text } from 'ink';
import { useTextInput } from './use-text-input.js';

export interface TextInputProps {
  readonly defaultValue?: string;
  readonly placeholder?: string;
  readonly isActive: boolean;
  readonly onChange?: (value: string) => void;
  readonly onSubmit: (value: string) => void;
}

export function TextInput({ defaultValue = '', placeholder = '', isActive, onChange, onSubmit }: TextInputProps) {
  const { chars, cursor } = useTextInput({ defaultValue, isActive, onChange, onSubmit });
  if (chars.length === 0) {
    return (
      <Text>
        <Text inverse={isActive}> </Text>
        <Text dimColor>{placeholder}</Text>
      </Text>
    );
  }
  const before = chars.slice(0, cursor).join('');
  const at = chars[cursor] ?? ' ';
  const after = chars.slice(cursor + 1).join('');
  return (
    <Text>
      {before}
      {isActive ? <Text inverse>{at}</Text> : at === ' ' ? '' : at}
      {after}
    </Text>
  );
}

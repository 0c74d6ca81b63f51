// One line of feedback under an input: a problem (what to type instead) or a quiet note.
import { Text } from 'ink';

export type Tone = 'problem' | 'warning' | 'success' | 'info';

export function MessageLine({ tone, children }: { readonly tone: Tone; readonly children: string }) {
  switch (tone) {
    case 'problem':
      return <Text color="red" wrap="wrap">✖ {children}</Text>;
    case 'warning':
      return <Text color="yellow" wrap="wrap">⚠ {children}</Text>;
    case 'success':
      return <Text color="green" wrap="wrap">✓ {children}</Text>;
    case 'info':
      return <Text dimColor wrap="wrap">{children}</Text>;
  }
}

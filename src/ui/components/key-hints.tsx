// The keys that work right now, always on screen:  Enter next · Esc back · Ctrl-C save and quit
import { Text } from 'ink';
import { Fragment } from 'react';

export interface KeyHintsProps {
  readonly hints: ReadonlyArray<readonly [string, string]>;
}

export function KeyHints({ hints }: KeyHintsProps) {
  return (
    <Text dimColor wrap="wrap">
      {hints.map(([key, action], index) => (
        <Fragment key={key}>
          {index > 0 ? ' · ' : ''}
          <Text bold>{key}</Text> {action}
        </Fragment>
      ))}
    </Text>
  );
}

// The keys that work right now, always on screen:  Enter next · Esc back · Ctrl-C save and quit
import { Text } from 'ink';
import { Fragment } from 'react';

export interface KeyHintsProps {
  readonly hints: ReadonlyArray<readonly [string, string]>;
}

/** No-break spaces inside a hint, so a narrow terminal wraps between hints, never inside one. */
const glued = (text: string) => text.replace(/ /g, '\u00a0');

export function KeyHints({ hints }: KeyHintsProps) {
  return (
    <Text dimColor wrap="wrap">
      {hints.map(([key, action], index) => (
        <Fragment key={key}>
          {index > 0 ? ' · ' : ''}
          <Text bold>{glued(key)}</Text>
          {glued(` ${action}`)}
        </Fragment>
      ))}
    </Text>
  );
}

// A lone one-line input on screen, for the tests of editing keys as they arrive: one
// stdin.write is one terminal read, so a paste or a burst of keys arrives whole.
import { render } from 'ink-testing-library';
import { TextInput } from '../../src/ui/text-input/text-input.js';
import { waitFor } from './helpers.js';

/** Writes `text` in one read and waits until the screen is exactly `expected`. */
export async function typeAndSee(app: ReturnType<typeof render>, text: string, expected: string): Promise<string> {
  app.stdin.write(text);
  return waitFor(app, (frame) => frame === expected);
}

/** The input, holding `defaultValue`, and what it submitted so far. */
export function oneLineInput(defaultValue = '') {
  const submitted: string[] = [];
  const app = render(
    <TextInput defaultValue={defaultValue} placeholder="type here" isActive onSubmit={(value) => submitted.push(value)} />,
  );
  return { app, submitted };
}

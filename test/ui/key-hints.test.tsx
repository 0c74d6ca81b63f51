import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';
import { KeyHints } from '../../src/ui/components/key-hints.js';
import { hints } from '../../src/ui/messages.js';

it('wraps between hints on a narrow screen, never inside one', () => {
  const app = render(
    <Box width={40}>
      <KeyHints hints={hints.review} />
    </Box>,
  );
  const lines = (app.lastFrame() ?? '').split('\n').map((line) => line.trim());
  expect(lines.length).toBeGreaterThan(1);
  // Every hint, key and action, sits whole on one line.
  for (const [key, action] of hints.review) {
    expect(lines.some((line) => line.includes(`${key} ${action}`.replace(/ /g, '\u00a0')))).toBe(true);
  }
  expect(lines.every((line) => line.length <= 40)).toBe(true);
  app.unmount();
});

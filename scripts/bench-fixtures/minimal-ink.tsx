// The floor for any Ink program: one line of text, bundled with the same esbuild recipe as the
// CLI. scripts/bench.mjs compares the guided session's first frame against this app's.
import React from 'react';
import { render, Text } from 'ink';

render(<Text>Ready.</Text>, { exitOnCtrlC: true });
// Stay mounted like an interactive screen would, until the benchmark stops it.
setInterval(() => undefined, 1 << 30);

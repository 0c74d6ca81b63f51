import { render, Text } from 'ink';

render(<Text>Ready.</Text>, { exitOnCtrlC: true });
// Stay mounted like an interactive screen would, until the benchmark stops it.
setInterval(() => undefined, 1 << 30);

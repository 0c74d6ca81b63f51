// Two guided sessions at once, in two real terminals on one store: the second is told the
// unfinished interview is open in the first and never writes its draft, so the first one's
// answers survive both (they used to overwrite each other's draft after every answer).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newHome } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

async function start(home: string): Promise<Terminal> {
  const terminal = await startTerminal({ home, columns: 100, rows: 30 });
  open.push(terminal);
  return terminal;
}

const answers = (home: string) =>
  (JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')) as { draft: { answers: Record<string, unknown> } }).draft.answers;
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

describe('two guided sessions on one store', () => {
  it('the second leaves the first one’s draft alone and says why', async () => {
    const home = newHome();
    const a = await start(home);
    await a.waitForScreen('Your name', 20_000);
    await a.submit('Tomás Ibáñez');
    await a.waitForScreen('Your e-mail', 20_000);
    await a.submit('tomas.ibanez@example.com');
    await a.waitForScreen('Your phone', 20_000);

    const b = await start(home);
    const told = await b.waitForScreen((s) => flat(s).includes('open in another followup-coach session'), 20_000);
    expect(flat(told)).toContain(
      'Your unfinished interview is open in another followup-coach session, so this one leaves it alone',
    );
    expect(told).not.toContain('Pick up where you left off?');

    await a.submit('+1 617 555 0142');
    await a.waitForScreen('Signature line (optional)', 20_000);
    // B answers its own first question: it is kept in memory, not over A's draft.
    await b.waitForScreen('Your name', 20_000);
    await b.submit('Someone Else');
    const warned = await b.waitForScreen((s) => flat(s).includes('cannot save'), 20_000);
    expect(flat(warned)).toContain('cannot save: your unfinished interview is open in another followup-coach session');

    await b.sendKeys('C-c');
    expect(await b.waitForExit(20_000)).toBe(130);
    await a.sendKeys('C-c');
    expect(await a.waitForExit(20_000)).toBe(130);
    expect(answers(home).candidate).toMatchObject({
      name: 'Tomás Ibáñez',
      email: 'tomas.ibanez@example.com',
      phone: '+1 617 555 0142',
    });

    // With both gone, the next start offers A's draft again.
    const c = await start(home);
    await c.waitForScreen((s) => flat(s).includes('Pick up where you left off?'), 20_000);
  }, 120_000);
});

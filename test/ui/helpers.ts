// Driving the Ink session as a person would: keys, typing, and waiting for the screen to change.
// The world it runs in is the one every session test shares: test/support/fake-world.ts.
import type { render } from 'ink-testing-library';

export const KEY = {
  enter: '\r',
  esc: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  backspace: '\u007f',
  ctrlC: '\u0003',
} as const;

type Instance = ReturnType<typeof render>;

const strip = (text: string) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

export function screen(app: Instance): string {
  return strip(app.lastFrame() ?? '');
}

/**
 * How long a frame may take on a loaded machine (two cores shared by several test runs drew
 * some frames after more than two seconds). Only a failing wait takes this long.
 */
const PATIENCE_MS = 6000;

/**
 * How long a frame must stay unchanged before the next key: the handlers re-subscribe in a
 * passive effect after the commit (about 10 ms on an idle machine; keys were still lost at 12 ms
 * with the load average at 7 on two cores).
 */
const SETTLE_MS = 25;

/**
 * Lets the work React scheduled with the last frame run before the next key: the handlers
 * re-subscribe in a passive effect, which React's scheduler runs from setImmediate. A timer
 * alone is not enough: a process that the busy machine paused runs its due timers first when
 * it wakes, before those immediates, and a key written then was lost.
 */
async function afterEffects(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await new Promise((done) => setImmediate(done));
}

/** Waits until the screen satisfies `test` (or shows `text`), up to PATIENCE_MS. */
export async function waitFor(app: Instance, test: string | ((frame: string) => boolean), ms = PATIENCE_MS): Promise<string> {
  const ok = typeof test === 'string' ? (frame: string) => frame.includes(test) : test;
  const until = Date.now() + ms;
  for (;;) {
    const frame = screen(app);
    if (ok(frame)) {
      // The input handlers re-subscribe after the commit that drew this frame.
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await afterEffects();
      return screen(app);
    }
    if (Date.now() > until) throw new Error(`screen never matched ${String(test)}; last frame:\n${frame}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/**
 * Writes `input`, waits for the frame to change, then ~10 ms more: Ink re-subscribes the input
 * handler in a passive effect after the commit, and a key written before that is lost.
 */
export async function typeAndWait(app: Instance, input: string): Promise<string> {
  const before = app.lastFrame();
  app.stdin.write(input);
  const until = Date.now() + 2000;
  while (app.lastFrame() === before && Date.now() < until) await new Promise((done) => setTimeout(done, 2));
  // Some keys render twice (a Select shows the pick, then the next step): wait until it settles.
  let last = app.lastFrame();
  let stableSince = Date.now();
  while (Date.now() - stableSince < SETTLE_MS && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 3));
    if (app.lastFrame() !== last) {
      last = app.lastFrame();
      stableSince = Date.now();
    }
  }
  await afterEffects();
  return screen(app);
}

/** The option a Select marks as chosen (the line with ❯), or null. */
const marked = (frame: string) => frame.split('\n').find((line) => line.includes('❯')) ?? null;

/**
 * Moves a Select's marker down to the option that contains `label`, by what the screen shows:
 * each Down is sent once the marker is seen where the last one put it. A Select takes keys only
 * once its handler is subscribed (after its frame), and a key sent before that moves nothing:
 * then it is sent again. Enter goes only after a Down has moved the marker, so the Select is
 * known to be listening.
 */
export async function choose(app: Instance, label: string, ms = 5000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const frame = screen(app);
    const line = marked(frame);
    if (line?.includes(label)) break;
    if (Date.now() > until) throw new Error(`never reached the option ${label}; last frame:\n${frame}`);
    app.stdin.write(KEY.down);
    const moved = Date.now() + 250;
    while (marked(screen(app)) === line && Date.now() < moved) await new Promise((done) => setTimeout(done, 3));
  }
  return typeAndWait(app, KEY.enter);
}

/**
 * Clears a text input with Ctrl-U, sent again until the frame changes: on a loaded machine the
 * input of a question just drawn may not listen yet, and a key sent before then is lost.
 */
export async function clearInput(app: Instance, ms = PATIENCE_MS): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const before = app.lastFrame();
    app.stdin.write('\u0015');
    const retryAt = Date.now() + 100;
    while (app.lastFrame() === before && Date.now() < retryAt) await new Promise((done) => setTimeout(done, 3));
    if (app.lastFrame() !== before) {
      // The handlers re-subscribe after the commit that drew the cleared input.
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await afterEffects();
      return screen(app);
    }
    if (Date.now() > until) throw new Error(`the input never cleared; last frame:\n${screen(app)}`);
  }
}

/** Types a line of text, then Enter as its own key. */
export async function answer(app: Instance, text: string): Promise<string> {
  if (text !== '') await typeAndWait(app, text);
  return typeAndWait(app, KEY.enter);
}

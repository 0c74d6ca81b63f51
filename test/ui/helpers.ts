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
 * How long the spell checker's first answers may take on a loaded machine: under the load of
 * several full runs on two cores, a review's first spelling verdict took more than 30 s (its
 * worker compiles its linters on first use). A test that waits this long sets SPELLING_TEST_MS.
 */
export const SPELLING_PATIENCE_MS = 100_000;
export const SPELLING_TEST_MS = 120_000;

/** A turn of the event loop, so the app's timers and promises can run while a test waits. */
const turn = () => new Promise((done) => setTimeout(done, 2));

// No wait after a frame: a screen listens from the commit that draws it (src/ui/keys/use-keys.ts,
// src/ui/text-input/use-raw-input.ts), so a key written once the frame shows is never lost.

/** Waits until the screen satisfies `test` (or shows `text`), up to PATIENCE_MS. */
export async function waitFor(app: Instance, test: string | ((frame: string) => boolean), ms = PATIENCE_MS): Promise<string> {
  const ok = typeof test === 'string' ? (frame: string) => frame.includes(test) : test;
  const until = Date.now() + ms;
  for (;;) {
    const frame = screen(app);
    if (ok(frame)) return frame;
    if (Date.now() > until) throw new Error(`screen never matched ${String(test)}; last frame:\n${frame}`);
    await turn();
  }
}

/** Writes `input` and waits for the frame to change. */
export async function typeAndWait(app: Instance, input: string): Promise<string> {
  const before = app.lastFrame();
  app.stdin.write(input);
  return waitFor(app, () => app.lastFrame() !== before);
}

/**
 * Writes `input` the moment a frame first satisfies `test`: in the microtask after the commit
 * that drew it, before React runs its passive effects (where Ink's own useInput subscribes).
 * Resolves with the screen once the key was written.
 */
export function pressOnArrival(app: Instance, test: string | ((frame: string) => boolean), input: string): Promise<string> {
  const ok = typeof test === 'string' ? (frame: string) => frame.includes(test) : test;
  if (ok(screen(app))) throw new Error(`the screen already matched ${String(test)}`);
  const { stdout } = app;
  const write = stdout.write;
  return new Promise((resolve) => {
    stdout.write = (frame: string) => {
      write(frame);
      if (!ok(strip(frame))) return;
      stdout.write = write;
      queueMicrotask(() => {
        app.stdin.write(input);
        resolve(screen(app));
      });
    };
  });
}

/** The option a list marks as focused (the line with ❯), or null. */
const marked = (frame: string) => frame.split('\n').find((line) => line.includes('❯')) ?? null;

/** Moves a list's marker down to the option that contains `label`, one Down at a time, then Enter. */
export async function choose(app: Instance, label: string): Promise<string> {
  for (;;) {
    const line = marked(screen(app));
    if (line?.includes(label)) break;
    app.stdin.write(KEY.down);
    await waitFor(app, (frame) => marked(frame) !== line).catch(() => {
      throw new Error(`never reached the option ${label}; last frame:\n${screen(app)}`);
    });
  }
  return typeAndWait(app, KEY.enter);
}

/**
 * The screen below the scrollback: from the step's header on. The recaps of finished sections
 * stay above it (Ink's <Static>) and name every answer given, so a check for what the current
 * step shows looks here.
 */
export function belowRecap(frame: string): string {
  const at = frame.lastIndexOf('followup-coach ·');
  return at < 0 ? frame : frame.slice(at);
}

/** The line being typed in a text input (the one the › prompt marks), or ''. */
export function inputLine(frame: string): string {
  return (
    belowRecap(frame)
      .split('\n')
      .find((line) => line.startsWith('›')) ?? ''
  );
}

/** Clears a text input with Ctrl-U and waits for the cleared frame. */
export async function clearInput(app: Instance): Promise<string> {
  return typeAndWait(app, '\u0015');
}

/** Types a line of text, then Enter as its own key. */
export async function answer(app: Instance, text: string): Promise<string> {
  if (text !== '') await typeAndWait(app, text);
  return typeAndWait(app, KEY.enter);
}

// What a person sees as one character is one character to the editing keys: "é" typed as e and
// a combining accent, an emoji with a skin tone, a ZWJ family. One Backspace, one Delete or one
// arrow press each, never a half character left on screen.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { TextInput } from '../../src/ui/text-input/text-input.js';
import { KEY, waitFor } from './helpers.js';

const DELETE = '\u001b[3~';
const ACCENT = '\u0301';
const THUMB = '👍🏽';
const FAMILY = '👩‍👩‍👧';

/** Writes `text` in one read and waits until the screen is exactly `expected`. */
async function typeAndSee(app: ReturnType<typeof render>, text: string, expected: string): Promise<string> {
  app.stdin.write(text);
  return waitFor(app, (frame) => frame === expected);
}

function input(defaultValue = '') {
  const submitted: string[] = [];
  const app = render(
    <TextInput defaultValue={defaultValue} placeholder="type here" isActive onSubmit={(value) => submitted.push(value)} />,
  );
  return { app, submitted };
}

describe('a one-line input, by graphemes', () => {
  it('takes a combining accent typed after its letter as one character, and one Backspace deletes both', async () => {
    const { app, submitted } = input();
    await waitFor(app, 'type here');
    await typeAndSee(app, 'Rene', 'Rene');
    await typeAndSee(app, ACCENT, `Rene${ACCENT}`);
    expect(await typeAndSee(app, KEY.backspace, 'Ren')).toBe('Ren');
    await typeAndSee(app, `e${ACCENT}e`, `Ren${'e'}${ACCENT}e`);
    app.stdin.write(KEY.enter);
    await waitFor(app, () => submitted.length > 0);
    expect(submitted).toEqual([`Rene${ACCENT}e`]);
    app.unmount();
  });

  it('deletes an emoji with a skin tone, or a ZWJ family, with one Backspace or one Delete', async () => {
    const { app } = input(`Go ${THUMB}${FAMILY}`);
    await waitFor(app, `Go ${THUMB}${FAMILY}`);
    expect(await typeAndSee(app, KEY.backspace, `Go ${THUMB}`)).toBe(`Go ${THUMB}`);
    await typeAndSee(app, `${FAMILY}!`, `Go ${THUMB}${FAMILY}!`);
    // Two Left presses pass the "!" and the whole family; Delete then takes the family alone.
    expect(await typeAndSee(app, `${KEY.left}${KEY.left}${DELETE}`, `Go ${THUMB}!`)).toBe(`Go ${THUMB}!`);
    expect(await typeAndSee(app, KEY.backspace, 'Go !')).toBe('Go !');
    app.unmount();
  });

  it('moves the cursor over a whole grapheme: text typed after one Left lands before it', async () => {
    const { app } = input(`Caf${'e'}${ACCENT}`);
    await waitFor(app, 'Caf');
    expect(await typeAndSee(app, `${KEY.left}x`, `Cafx${'e'}${ACCENT}`)).toBe(`Cafx${'e'}${ACCENT}`);
    expect(await typeAndSee(app, `${KEY.right}${KEY.right}!`, `Cafx${'e'}${ACCENT}!`)).toBe(`Cafx${'e'}${ACCENT}!`);
    app.unmount();
  });
});

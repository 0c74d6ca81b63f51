import { describe, expect, it } from 'vitest';
import { typeAndSee, oneLineInput } from './one-line-input.js';
import { KEY, waitFor } from './helpers.js';

const DELETE = '\u001b[3~';
const ACCENT = '\u0301';
const THUMB = '👍🏽';
const FAMILY = '👩‍👩‍👧';

describe('a one-line input, by graphemes', () => {
  it('takes a combining accent typed after its letter as one character, and one Backspace deletes both', async () => {
    const { app, submitted } = oneLineInput();
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
    const { app } = oneLineInput(`Go ${THUMB}${FAMILY}`);
    await waitFor(app, `Go ${THUMB}${FAMILY}`);
    expect(await typeAndSee(app, KEY.backspace, `Go ${THUMB}`)).toBe(`Go ${THUMB}`);
    await typeAndSee(app, `${FAMILY}!`, `Go ${THUMB}${FAMILY}!`);
    // Two Left presses pass the "!" and the whole family; Delete then takes the family alone.
    expect(await typeAndSee(app, `${KEY.left}${KEY.left}${DELETE}`, `Go ${THUMB}!`)).toBe(`Go ${THUMB}!`);
    expect(await typeAndSee(app, KEY.backspace, 'Go !')).toBe('Go !');
    app.unmount();
  });

  it('moves the cursor over a whole grapheme: text typed after one Left lands before it', async () => {
    const { app } = oneLineInput(`Caf${'e'}${ACCENT}`);
    await waitFor(app, 'Caf');
    expect(await typeAndSee(app, `${KEY.left}x`, `Cafx${'e'}${ACCENT}`)).toBe(`Cafx${'e'}${ACCENT}`);
    expect(await typeAndSee(app, `${KEY.right}${KEY.right}!`, `Cafx${'e'}${ACCENT}!`)).toBe(`Cafx${'e'}${ACCENT}!`);
    app.unmount();
  });
});

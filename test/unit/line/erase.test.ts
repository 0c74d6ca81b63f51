// Backspace in line mode takes what a person sees as one character: a letter with its accents,
// an emoji with its skin tone, a flag. A code point at a time left "Adébáyọ" of "Adébáyọ̀".
import { PassThrough } from 'node:stream';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { applyErasures, erasedCodePoints } from '../../../src/line/erase.js';
import { plainPrompter } from '../../../src/line/plain-prompter.js';
import { captureStream } from '../../helpers/streams.js';

// "ọ̀" typed as o, a dot below and a grave accent: three code points, one character.
const NAME = 'Adébáyo\u0323\u0300';
const DEL = '\u007f';

describe('applyErasures', () => {
  it('takes a whole character per Backspace (DEL or BS)', () => {
    expect(applyErasures(`${NAME}${DEL}`)).toBe('Adébáy');
    expect(applyErasures(`Thanks 👍🏽${DEL}!`)).toBe('Thanks !');
    expect(applyErasures(`Team 🇳🇬\u0008${DEL}s`)).toBe('Teams');
    expect(applyErasures(`家族👨‍👩‍👧${DEL}`)).toBe('家族');
  });

  it('clears the line on Ctrl-U, and leaves a line without editing keys alone', () => {
    expect(applyErasures(`wrong\u0015${NAME}`)).toBe(NAME);
    expect(applyErasures(NAME)).toBe(NAME);
    expect(applyErasures(`${DEL}${DEL}a`)).toBe('a');
  });
});

describe('erasedCodePoints', () => {
  it('counts the code points of the last character', () => {
    expect(erasedCodePoints(NAME)).toBe(3);
    expect(erasedCodePoints('ok 👍🏽')).toBe(2);
    expect(erasedCodePoints('abc')).toBe(1);
    expect(erasedCodePoints('')).toBe(1);
  });
});

describe('the dumb terminal prompter, where the keys arrive as characters', () => {
  it('answers with the line as edited', async () => {
    const input = new PassThrough();
    const signals = new EventEmitter() as EventEmitter & Pick<NodeJS.Process, 'on' | 'off'>;
    const prompter = plainPrompter({ input, output: captureStream(), signals });
    const name = prompter.text('Your name', '', () => undefined);
    input.write(`${NAME} X👍🏽${DEL}${DEL}${DEL}${DEL}Z\n`);
    expect(await name).toBe('AdébáyZ');
  });
});

import { describe, expect, it } from 'vitest';
import { osc52Sequence } from '../../../src/deliver/osc52.js';

describe('osc52Sequence', () => {
  it('encodes the text as UTF-8 base64 between ESC ] 52 ; c ; and BEL', () => {
    expect(osc52Sequence('Dear Zoë,\n', {})).toBe(`\u001b]52;c;${Buffer.from('Dear Zoë,\n').toString('base64')}\u0007`);
    expect(osc52Sequence('hi', {})).toBe('\u001b]52;c;aGk=\u0007');
  });

  it('wraps it for GNU screen, and not for tmux, which forwards it itself', () => {
    expect(osc52Sequence('hi', { STY: '123.pts-0' })).toBe('\u001bP\u001b]52;c;aGk=\u0007\u001b\\');
    expect(osc52Sequence('hi', { TMUX: '/tmp/tmux-0/default,1,0' })).toBe('\u001b]52;c;aGk=\u0007');
  });
});

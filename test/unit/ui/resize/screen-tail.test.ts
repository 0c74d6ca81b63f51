// Ink's erase of its last frame, counted in the rows that frame takes at the terminal's width
// now: what keeps a narrowed terminal from showing the old frame's top rows above the new one.
import { describe, expect, it } from 'vitest';
import { eraseLines, leadingErase } from '../../../../src/ui/resize/erase-lines.js';
import { rowsAt } from '../../../../src/ui/resize/reflow-rows.js';
import { ScreenTail } from '../../../../src/ui/resize/screen-tail.js';

const BOLD = '\u001b[1m';
const PLAIN = '\u001b[22m';
const long = `› ${'a'.repeat(58)}bbbbbb `; // 67 columns, the cursor's cell included
const frame = (prompt: string) => `${BOLD}followup-coach · 1/5 About you${PLAIN}\n\nYour phone\n${prompt}\n\nEnter next\n`;

describe('rowsAt', () => {
  it.each([
    ['', 60, 1],
    ['a'.repeat(60), 60, 1],
    ['a'.repeat(61), 60, 2],
    ['a'.repeat(120), 60, 2],
    ['a'.repeat(121), 60, 3],
    [long, 45, 2],
    [long, 100, 1],
  ])('%j at %i columns takes %i rows', (line, columns, rows) => {
    expect(rowsAt(line, columns)).toBe(rows);
  });

  it('moves a wide character that does not fit to the next row, as the terminal does', () => {
    // 8 columns at 4: "aaa" (王 does not fit), "王王", "a".
    expect(rowsAt('aaa王王a', 4)).toBe(3);
    expect(rowsAt('王王王王', 4)).toBe(2);
  });
});

describe('eraseLines and leadingErase', () => {
  it('writes what ansi-escapes writes and reads it back', () => {
    expect(eraseLines(0)).toBe('');
    expect(eraseLines(1)).toBe('\u001b[2K\u001b[G');
    expect(eraseLines(3)).toBe('\u001b[2K\u001b[1A\u001b[2K\u001b[1A\u001b[2K\u001b[G');
    expect(leadingErase(`${eraseLines(3)}next`)).toEqual({ count: 3, rest: 'next' });
    expect(leadingErase('text')).toBeNull();
    expect(leadingErase('\u001b[2K\u001b[1Atext')).toBeNull();
  });
});

describe('ScreenTail', () => {
  it('passes an erase unchanged while every line still fits the width', () => {
    const tail = new ScreenTail();
    expect(tail.pass(frame(long), 100)).toBe(frame(long));
    const next = `${eraseLines(7)}${frame('› short')}`;
    expect(tail.pass(next, 100)).toBe(next);
  });

  it('counts the erase in rows once the terminal is narrower than a line of the frame', () => {
    const tail = new ScreenTail();
    tail.pass(frame(long), 100);
    // Seven lines (six and the cursor's): the long one now takes two rows at 60 and at 45.
    expect(tail.pass(`${eraseLines(7)}${frame('› a')}`, 45)).toBe(`${eraseLines(8)}${frame('› a')}`);
    // The frame just written fits: the next erase is its own count again.
    expect(tail.pass(`${eraseLines(7)}${frame('› b')}`, 45)).toBe(`${eraseLines(7)}${frame('› b')}`);
  });

  it('counts only the lines the erase covers, not what was printed above them', () => {
    const tail = new ScreenTail();
    tail.pass(`${'story '.repeat(30)}\n`, 100);
    tail.pass(frame('› a'), 100);
    expect(tail.pass(eraseLines(7), 40)).toBe(eraseLines(7));
  });

  it('forgets every line above the cursor after the screen is cleared', () => {
    const tail = new ScreenTail();
    tail.pass(frame(long), 100);
    tail.pass(`\u001b[2J\u001b[3J\u001b[H${frame('› a')}`, 100);
    expect(tail.pass(eraseLines(7), 45)).toBe(eraseLines(7));
  });

  it('takes a frame written in pieces as the terminal shows it', () => {
    const tail = new ScreenTail();
    tail.pass('\u001b[?2026h', 100);
    tail.pass(frame(long).slice(0, 40), 100);
    tail.pass(frame(long).slice(40), 100);
    tail.pass('\u001b[?2026l', 100);
    expect(tail.pass(eraseLines(7), 60)).toBe(eraseLines(8));
  });
});

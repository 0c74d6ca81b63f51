// What Harper reads of a long draft: bounded pieces, each distinct one once, no blobs, a budget.
import { describe, expect, it } from 'vitest';
import { blankLongTokens, lintPieces, LONG_TOKEN, PIECE_CHARS, SPELL_BUDGET } from '../../../src/checklist/lint-pieces.js';

describe('lintPieces', () => {
  it('reads a note as one piece, as Harper read it before pieces', () => {
    const text = 'Hi Sam,\n\nThank you for the tour.\r\n\r\nBest,\nJo';
    expect(lintPieces(text).pieces).toEqual([{ text, offsets: [0] }]);
  });

  it('cuts a long draft at blank lines into pieces of at most PIECE_CHARS, each at its offset', () => {
    const text = Array.from({ length: 200 }, (_, n) => `Paragraph ${n} is about shift ${n} on the ward.`).join('\n\n');
    const { pieces } = lintPieces(text, Number.MAX_SAFE_INTEGER);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(PIECE_CHARS);
      expect(piece.text.startsWith('Paragraph ')).toBe(true);
      for (const offset of piece.offsets) expect(text.slice(offset, offset + piece.text.length)).toBe(piece.text);
    }
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('lints a repeated paragraph once and places it at every occurrence', () => {
    const paragraph = 'We restocked the pharmacy cart before every shift.';
    const text = Array.from({ length: 500 }, () => paragraph).join('\n\n');
    const { pieces, checkedChars, totalChars } = lintPieces(text);
    // Runs of the same paragraphs repeat too: a few distinct pieces cover all 25 KB.
    expect(pieces.length).toBeLessThanOrEqual(3);
    expect(pieces.reduce((sum, piece) => sum + piece.text.length * piece.offsets.length, 0)).toBe(text.length);
    for (const piece of pieces)
      for (const offset of piece.offsets) expect(text.slice(offset, offset + piece.text.length)).toBe(piece.text);
    expect(checkedChars).toBe(totalChars);
  });

  it('cuts a long paragraph after a sentence, never past the piece size', () => {
    const text = 'The class planned lessons for the whole term. '.repeat(400);
    const { pieces } = lintPieces(text, Number.MAX_SAFE_INTEGER);
    expect(Math.max(...pieces.map((piece) => piece.text.length))).toBeLessThanOrEqual(PIECE_CHARS);
    expect(pieces.every((piece) => piece.text.endsWith('. ') || piece.text.endsWith('.'))).toBe(true);
  });

  it('stops at the budget of distinct text and says how much it read', () => {
    let text = '';
    for (let n = 0; text.length < SPELL_BUDGET * 3; n += 1)
      text += `Shift ${n} covered the front desk and the late check-ins.\n\n`;
    const { pieces, checkedChars, totalChars } = lintPieces(text);
    expect(pieces.reduce((sum, piece) => sum + piece.text.length, 0)).toBeLessThanOrEqual(SPELL_BUDGET);
    expect(checkedChars / totalChars).toBeGreaterThan(0.3);
    expect(checkedChars / totalChars).toBeLessThan(0.36);
  });
});

describe('blankLongTokens', () => {
  it('blanks a blob longer than a word can be, keeping the length', () => {
    const blob = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789abcdef';
    expect(blob.length).toBeGreaterThan(LONG_TOKEN);
    const text = `See ${blob} here, and supercalifragilistic too.`;
    const blanked = blankLongTokens(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(`See ${' '.repeat(blob.length)} here, and supercalifragilistic too.`);
  });
});

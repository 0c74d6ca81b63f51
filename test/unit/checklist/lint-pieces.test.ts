// What Harper reads of a long draft: bounded pieces, each distinct one once, no blobs, a budget.
import { describe, expect, it } from 'vitest';
import { blankLongTokens, lintPieces, LONG_TOKEN, PIECE_CHARS, SPELL_BUDGET } from '../../../src/checklist/lint-pieces.js';

describe('lintPieces', () => {
  it('cuts at blank lines and keeps every offset where the text has it', () => {
    const text = 'Hi Sam,\n\nThank you for the tour.\r\n\r\nBest,\nJo';
    const { pieces } = lintPieces(text);
    for (const piece of pieces) for (const offset of piece.offsets) expect(text.slice(offset, offset + piece.text.length)).toBe(piece.text);
    expect(pieces.map((piece) => piece.text.trim())).toEqual(['Hi Sam,', 'Thank you for the tour.', 'Best,\nJo']);
  });

  it('lints a repeated paragraph once and places it at every occurrence', () => {
    const paragraph = 'We restocked the pharmacy cart before every shift.';
    const text = Array.from({ length: 500 }, () => paragraph).join('\n\n');
    const { pieces, checkedChars, totalChars } = lintPieces(text);
    expect(pieces).toHaveLength(2); // the first carries no blank line before it, the rest do
    expect(pieces.reduce((sum, piece) => sum + piece.offsets.length, 0)).toBe(500);
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
    for (let n = 0; text.length < SPELL_BUDGET * 3; n += 1) text += `Shift ${n} covered the front desk and the late check-ins.\n\n`;
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

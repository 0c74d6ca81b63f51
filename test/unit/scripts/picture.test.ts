// The README's picture is drawn from tmux's ANSI capture (scripts/picture.mjs): styles carry
// over cell by cell, and the SVG shows the text as it was, escaped.
import { describe, expect, it } from 'vitest';
import { cellsOf, svgOf } from '../../../scripts/picture.mjs';

describe('the session picture', () => {
  it('reads SGR colours and styles into cells', () => {
    const [row] = cellsOf('\u001b[1mNote\u001b[0m \u001b[38;5;2m✓\u001b[39m \u001b[7mx\u001b[27m');
    expect(row?.map((cell) => cell.char).join('')).toBe('Note ✓ x');
    expect(row?.[0]).toMatchObject({ bold: true, fg: null });
    expect(row?.[4]).toMatchObject({ bold: false });
    expect(row?.[5]).toMatchObject({ fg: '#0dbc79' });
    expect(row?.[7]).toMatchObject({ inverse: true });
  });

  it('draws each styled run as text, escaped, and inverse text on its own background', () => {
    const svg = svgOf(cellsOf('\u001b[1m<priya@acme.example>\u001b[0m\n\u001b[7mok\u001b[0m'), 40);
    expect(svg).toContain('font-weight="bold">&lt;priya@acme.example&gt;</text>');
    expect(svg).toMatch(/<rect x="14.0" y="32" width="16.8" height="18" fill="#d4d4d4"\/>/);
    expect(svg).toMatch(/fill="#1e1e1e" textLength="16.8">ok<\/text>/);
  });
});

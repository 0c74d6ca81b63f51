// Laying list lines out to the terminal's width: broken between words, every word kept, the
// continuation hung under the text it continues.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { widthFor, wrapLine, wrapText } from '../../../src/cli/wrap-lines.js';

const NEXT = '  next: thanks after the decision to Siobhán Kelly, Kenji Watanabe and Emily Carter: due now';
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

describe('wrapLine', () => {
  it.each([
    [60, ['  next: thanks after the decision to Siobhán Kelly, Kenji', '    Watanabe and Emily Carter: due now']],
    [80, ['  next: thanks after the decision to Siobhán Kelly, Kenji Watanabe and Emily', '    Carter: due now']],
    [100, [NEXT]],
  ])('at %i columns', (columns, lines) => {
    expect(wrapLine(NEXT, columns, stringWidth)).toEqual(lines);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
  });

  it('hangs a "Label:   value" line under its value and keeps the gaps that line a column up', () => {
    expect(wrapLine('Write a note:  followup-coach regen ID   (--kind KIND, --to NAME)', 60, stringWidth)).toEqual([
      'Write a note:  followup-coach regen ID   (--kind KIND, --to',
      '               NAME)',
    ]);
  });

  it('keeps a word wider than the terminal whole, on a line of its own', () => {
    const id = 'a-very-long-company-name-and-an-even-longer-role-title-engineer';
    expect(wrapLine(`  followup-coach regen ${id}`, 40, stringWidth)).toEqual(['  followup-coach regen', `    ${id}`]);
  });

  it('counts wide characters as the terminal shows them', async () => {
    const line = '  next: thank-you to 王伟 and 李娜: due today, by Wednesday';
    const width = await widthFor(line);
    expect(wrapText(line, 40, width).split('\n')).toEqual(['  next: thank-you to 王伟 and 李娜: due', '    today, by Wednesday']);
    expect(words(wrapText(line, 40, width))).toEqual(words(line));
  });

  // A trial's list (80 columns, into a pipe) read "interviewed Thursday, December" / "    3".
  it('keeps a date whole: the day with its month, the year with its day', () => {
    const line = '  Halverson Building Services, Lead Electrician · interviewed Thursday, December 3';
    expect(wrapLine(line, 80, stringWidth)).toEqual([
      '  Halverson Building Services, Lead Electrician · interviewed Thursday,',
      '    December 3',
    ]);
    const british = '  Halverson Building Services, Lead Electrician · interviewed Thursday 3 December';
    expect(wrapLine(british, 80, stringWidth)).toEqual([
      '  Halverson Building Services, Lead Electrician · interviewed Thursday',
      '    3 December',
    ]);
    const year = '  Halverson Building Services, Lead Electrician · interviewed December 3, 2026';
    expect(wrapLine(year, 76, stringWidth)).toEqual([
      '  Halverson Building Services, Lead Electrician · interviewed',
      '    December 3, 2026',
    ]);
    for (const text of [line, british, year]) expect(words(wrapText(text, 60, stringWidth))).toEqual(words(text));
  });
});

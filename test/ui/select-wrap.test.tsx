// A choice whose label wraps keeps its pointer apart from its words, and its second row under
// its first. A trial's home, on 100 columns, showed the due follow-up focused as
// "❯Follow up: Halverson ... and Deborah " over " Ellery, ...": the long label squeezed the
// pointer to no width, so the words began where the space should be.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { SelectInput } from '../../src/ui/select/select-input.js';

const LONG =
  'Follow up: Halverson Building Services, Lead Electrician (follow-up to Grace Whitcombe and Deborah Ellery, and follow-up call to Tomasz Wojcik: due today)';

const frame = (options: readonly { label: string; value: string }[]) => {
  const app = render(<SelectInput options={options} isActive onChange={() => undefined} />);
  const rows = (app.lastFrame() ?? '').split('\n');
  app.unmount();
  return rows;
};

describe('select: a label that wraps', () => {
  it('focused: the pointer, a space, then the label, wrapped as it is when not focused', () => {
    // ink-testing-library's terminal is 100 columns wide: the label wraps to a second row.
    const focused = frame([
      { label: LONG, value: 'follow-up' },
      { label: 'Start a new interview', value: 'new' },
    ]);
    const unfocused = frame([
      { label: 'Start a new interview', value: 'new' },
      { label: LONG, value: 'follow-up' },
    ]);
    expect(focused[0]).toBe(
      '❯ Follow up: Halverson Building Services, Lead Electrician (follow-up to Grace Whitcombe and Deborah',
    );
    expect(unfocused[1]).toBe(`  ${focused[0]!.slice(2)}`);
    // The second row starts where the label does, in both.
    expect(focused[1]).toBe(unfocused[2]);
    expect(focused[1]!.trimStart()).toBe('Ellery, and follow-up call to Tomasz Wojcik: due today)');
    expect(focused[2]).toBe('  Start a new interview');
  });
});

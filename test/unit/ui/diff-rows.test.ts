// The keep-or-replace question's rows (src/ui/review/diff-rows.ts) at any width from 60 to 140
// columns: each row fits, and a wrapped row starts under its mark's text, never with a stray
// space, also where the words that differ are underlined or the text has a double space.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { textDiff } from '../../../src/session/review/text-diff.js';
import { diffRows } from '../../../src/ui/review/diff-rows.js';

const yours =
  'Dear Priya,\n\nThank you for speaking with me about the Senior Backend Engineer role at Acme Robotics. I revisit with real pleasure,  and more than once since, our talk on moving telemetry ingestion to Kafka and how on-call works.\n\nKind regards,\nJordan Lee';
const fresh =
  'Dear Priya,\n\nThank you for speaking with me about the Staff Backend Engineer role at Acme Robotics. I particularly enjoyed discussing moving telemetry ingestion to Kafka and how on-call works.\n\nKind regards,\nJordan Lee';
const plain = (row: string) => row.replace(/\u001b\[\d+m/g, '');

describe('diffRows at every width from 60 to 140', () => {
  it('fits each row, and starts no row with a stray space', () => {
    const lines = textDiff(yours, fresh);
    for (let columns = 60; columns <= 140; columns += 1) {
      const width = columns - 1;
      const rows = diffRows(lines, width).map((row) => plain(row.text));
      for (const row of rows) {
        expect(stringWidth(row), `${columns} columns: ${row}`).toBeLessThanOrEqual(width);
        expect(row, `${columns} columns`).not.toMatch(/^(?:− |\+ | {2}) /);
      }
      // Nothing lost in the wrapping: the edit's words read back whole.
      const read = rows
        .map((row) => row.slice(2))
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(read).toContain('I revisit with real pleasure, and more than once since, our talk on moving');
    }
  });
});

// The review in a narrow terminal: a schedule line keeps the names whole while they fit, and
// gives up the other words of what is due first (the weekday, the advice, the day it is due by),
// then the other people; a copy held back by an error brings the error into view, so "fix the
// error above" points at something on the screen.
import { describe, expect, it } from 'vitest';
import type { Finding, Interview, Note } from '../../src/model/types.js';
import { fitLine } from '../../src/ui/review/schedule-lines.js';
import { typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

const PANEL =
  "thank-you to Joost van der Berg, Dr. María José García-López, Sean O'Neill and Alex Kim (round 2): due now, by Tuesday, December 1";
const PAIR = 'thank-you to Kwame Mensah-Bonsu and Lin Yu: due now, by Tuesday, December 1';

describe('a schedule line too wide for the terminal', () => {
  it('keeps a name whole while it fits, trimming the other words first, and always says what is due', () => {
    expect(fitLine(PANEL, 99)).toBe('thank-you to Joost van der Berg and 3 others (round 2): due now, by Tuesday, December 1');
    expect(fitLine(PANEL, 69)).toBe('thank-you to Joost van der Berg and 3 others (round 2): due now');
    for (const width of [99, 79, 69, 59]) {
      const fitted = fitLine(PANEL, width);
      expect(fitted.length).toBeLessThanOrEqual(width);
      expect(fitted).toMatch(/ \(round 2\): due now(, by (Tuesday, )?December 1)?$/);
    }
    // Both names stay: the weekday gives way first.
    expect(fitLine(PAIR, 69)).toBe('thank-you to Kwame Mensah-Bonsu and Lin Yu: due now, by December 1');
    expect(fitLine(PAIR, 100)).toBe(PAIR);
  });

  it('shows the day of a four-person line in a 100-column review', async () => {
    const deps = { ...worldDeps(emptyWorld()), schedule: async () => [PANEL] };
    const app = renderReview({ deps, columns: 100, rows: 30 });
    const shown = await waitFor(app, 'and 3 others');
    expect(shown).toContain('thank-you to Joost van der Berg and 3 others (round 2): due now, by Tuesday, December 1');
    app.unmount();
  });
});

describe('a copy held back at 70x24', () => {
  it('scrolls the error into view above the message that points at it', async () => {
    const long = Array.from({ length: 30 }, (_, at) => `Line ${at + 1} of a long note about the bridge retrofit.`).join('\n');
    const notes = (interview: Interview): Note[] => [
      {
        kind: 'thank-you',
        to: interview.interviewers[0]!.name,
        address: interview.interviewers[0]!.email,
        subject: 'Thank you',
        body: `Dear Priya,\n\n${long}\n\nBest regards,\nJordan Lee`,
        attachments: [],
      },
    ];
    const error: Finding = {
      rule: 'placeholder',
      severity: 'error',
      message: 'A stand-in is left in the text: replace [Company].',
      line: 3,
      column: 1,
      excerpt: 'Line',
    };
    const deps = worldDeps(emptyWorld(), { notes, check: () => [error] });
    const app = renderReview({ deps, columns: 70, rows: 24 });
    const before = await waitFor(app, 'Line 1 of a long note');
    expect(before).not.toContain('A stand-in is left in the text');
    const blocked = (await typeAndWait(app, 'c')).replace(/\s+/g, ' ');
    expect(blocked).toContain('Copying is held back: fix the error above');
    const screen = await waitFor(app, 'A stand-in is left in the text');
    expect(screen.indexOf('A stand-in is left')).toBeLessThan(screen.indexOf('Copying is held back'));
    expect(screen.split('\n').length).toBeLessThanOrEqual(24);
    app.unmount();
  });
});

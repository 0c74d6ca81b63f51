// The schedule under each note in the review: every line about that note's recipient, at 80x30
// and still at 60x20 with the note's own lines visible.
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../src/model/dates.js';
import { describe, expect, it } from 'vitest';
import { fitLine, fitLines, linesFor } from '../../src/ui/review/schedule-lines.js';
import { describeItem } from '../../src/model/due.js';
import { kindSteps } from '../../src/model/note-kinds.js';
import { scheduleFor } from '../../src/model/schedule.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';
import { TODAY, emptyWorld, worldDeps } from '../support/fake-world.js';

const SCHEDULE = [
  'contact-request to Dana Kim: due today',
  'thank-you to Priya Raghunathan and Sam Ortiz: due today',
  'follow-up to Priya Raghunathan: not before Monday, December 7, 2026',
  'voicemail to Sam Ortiz: not before Monday, December 7, 2026',
];

function reviewAt(columns: number, rows: number) {
  const deps = { ...worldDeps(emptyWorld()), schedule: async () => SCHEDULE };
  return renderReview({ deps, columns, rows, manualConfirmed: false });
}

describe('the schedule in the review', () => {
  it.each([
    [80, 30],
    [60, 20],
  ])('at %ix%i shows every line about the recipient, the follow-up included', async (columns, rows) => {
    const app = reviewAt(columns, rows);
    // Each line as wide as the screen allows: at 60 columns the follow-up's weekday gives way to the name.
    const fitted = (line: string) => fitLine(line, columns - 1);
    const priya = await waitFor(app, fitted('follow-up to Priya Raghunathan: not before Monday, December 7, 2026'));
    expect(priya).toContain('follow-up to Priya Raghunathan: not before ');
    expect(priya).toContain('December 7, 2026');
    expect(priya).toContain('thank-you to Priya Raghunathan and Sam Ortiz: due today');
    expect(priya).toContain('Dear Priya Raghunathan,');
    expect(priya).not.toContain('voicemail to Sam Ortiz');
    expect(priya).not.toContain('contact-request to Dana Kim');
    expect(priya.split('\n').length).toBeLessThanOrEqual(rows);
    const sam = await typeAndWait(app, KEY.right);
    expect(sam).toContain(fitted('voicemail to Sam Ortiz: not before Monday, December 7, 2026'));
    expect(sam).toContain('thank-you to Priya Raghunathan and Sam Ortiz: due today');
    expect(sam).not.toContain('follow-up to Priya');
    app.unmount();
  });
});

describe('a step line wider than the review', () => {
  const OVERDUE =
    'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since Wednesday, November 25; send and phone today';

  it.each([
    [100, 'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since November 25'],
    [60, 'thank-you call to Sam Ortiz and 1 other: overdue'],
  ])('at %i columns names Sam whole on his own note', async (columns, shown) => {
    const deps = { ...worldDeps(emptyWorld()), schedule: async () => [OVERDUE] };
    const app = renderReview({ deps, columns, rows: 30 });
    await waitFor(app, 'Note 1 of 2');
    const sam = await typeAndWait(app, KEY.right);
    expect(sam).toContain('Note 2 of 2 · Thank-you to Sam Ortiz');
    expect(sam.split('\n').map((line) => line.trimEnd())).toContain(shown);
    app.unmount();
  });
});

describe('the schedule after marking a note sent', () => {
  it('drops the note marked sent at once, for this person and the next', async () => {
    const world = emptyWorld();
    const base = worldDeps(world);
    // The real schedule over the interview the screen shows.
    const deps = {
      ...base,
      schedule: async (interview: Parameters<typeof scheduleFor>[0]) =>
        scheduleFor(interview, base.now(), WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) =>
          describeItem(item, TODAY, US_WITH_YEARS),
        ),
    };
    const app = renderReview({ deps, columns: 80 });
    const before = await waitFor(app, 'thank-you to Priya Raghunathan and Sam Ortiz: due today');
    expect(before).toContain('follow-up to Priya Raghunathan: not before Monday, December 7, 2026');
    app.stdin.write('s');
    // The status line and the schedule are two updates: wait for the second.
    const after = await waitFor(app, (frame) => frame.includes('Marked as sent') && !frame.includes('thank-you to Priya'));
    expect(after).toContain('Marked as sent on Wednesday, November 25, 2026');
    expect(after).toContain('follow-up to Priya Raghunathan: not before Monday, December 7, 2026');
    // The step Priya's note was one of stays in sight, for those still owed it.
    expect(after).toContain('thank-you to Sam Ortiz: due today');
    expect(world.sent.map(({ entry }) => [entry.kind, entry.to])).toEqual([['thank-you', 'Priya Raghunathan']]);
    const sam = await typeAndWait(app, KEY.right);
    expect(sam).toContain('thank-you to Sam Ortiz: due today');
    expect(sam).not.toContain('Priya Raghunathan and Sam Ortiz');
    app.unmount();
  });
});

describe('linesFor and fitLines', () => {
  it('keeps the recipient’s lines, or all lines when none names them', () => {
    expect(linesFor(SCHEDULE, 'Dana Kim')).toEqual(['contact-request to Dana Kim: due today']);
    expect(linesFor(['Two follow-ups went out without a reply: stop here.'], 'Priya Raghunathan')).toEqual([
      'Two follow-ups went out without a reply: stop here.',
    ]);
  });

  it('keeps the lines of the note’s own step too, once its recipient is off them', () => {
    const owed = [
      'thank-you to Kwame Asante and 3 others: due today',
      'follow-up to Tomás Ortega: not before Monday, December 28',
    ];
    expect(linesFor(owed, 'Tomás Ortega', kindSteps('thank-you'))).toEqual(owed);
    expect(
      linesFor(['thank-you call to Gus Pettibone: due today', ...owed], 'Tomás Ortega', kindSteps('thank-you')),
    ).toHaveLength(3);
    expect(linesFor(owed, 'Tomás Ortega', kindSteps('follow-up'))).toEqual([owed[1]]);
  });

  // A trial at 100 columns: "thank-you to Priya Raghuna… and 1 other" on Sam's own note.
  const OVERDUE =
    'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since Wednesday, November 25; send and phone today';

  it('keeps every name whole from 60 to 120 columns while they fit, trimming what is due around them first', () => {
    expect(fitLine(OVERDUE, 119, 'Sam Ortiz')).toBe(
      'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since November 25; send and phone today',
    );
    expect(fitLine(OVERDUE, 99, 'Sam Ortiz')).toBe(
      'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since November 25',
    );
    expect(fitLine(OVERDUE, 79, 'Sam Ortiz')).toBe('thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue');
    // Too narrow for both: the other person gives way, and the note's own recipient stays.
    expect(fitLine(OVERDUE, 59, 'Sam Ortiz')).toBe('thank-you call to Sam Ortiz and 1 other: overdue');
    expect(fitLine(OVERDUE, 59, 'Priya Raghunathan')).toBe('thank-you to Priya Raghunathan and 1 other: overdue');
    for (const width of [59, 69, 79, 89, 99, 109, 119]) {
      for (const recipient of ['Sam Ortiz', 'Priya Raghunathan']) {
        const fitted = fitLine(OVERDUE, width, recipient);
        expect(fitted.length).toBeLessThanOrEqual(width);
        expect(fitted).toContain(recipient);
        expect(fitted).toMatch(/: overdue/);
      }
    }
  });

  it('keeps the day a step may not be sent before, which says when it is due', () => {
    const later = 'follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Monday, December 7, 2026';
    expect(fitLine(later, 79, 'Sam Ortiz')).toBe('follow-up call to Sam Ortiz and 1 other: not before Monday, December 7, 2026');
    expect(fitLine(later, 71, 'Sam Ortiz')).toBe('follow-up call to Sam Ortiz and 1 other: not before December 7, 2026');
    // No room for a name beside the day: the people are counted, and the day stays.
    expect(fitLine(later, 59, 'Sam Ortiz')).toBe('follow-up to 2 people: not before December 7, 2026');
  });

  it('shortens the bracket after the day before any name', () => {
    const line =
      'follow-up call to Siobhán Ní Bhriain: not before Wednesday, December 16 (no phone number for Siobhán Ní Bhriain yet)';
    expect(fitLine(line, 90)).toBe('follow-up call to Siobhán Ní Bhriain: not before Wednesday, December 16 (no phone number…)');
    // With no room left for a few words of it, the bracket goes, and the name stays whole.
    expect(fitLine(line, 75)).toBe('follow-up call to Siobhán Ní Bhriain: not before Wednesday, December 16');
  });

  it('says how many more lines there are when the room runs out', () => {
    expect(fitLines(SCHEDULE, 4)).toEqual(SCHEDULE);
    expect(fitLines(SCHEDULE, 2)).toEqual([SCHEDULE[0], '… 3 more due items: followup-coach list']);
    expect(fitLines(SCHEDULE, -3)).toEqual(['… 4 more due items: followup-coach list']);
  });
});

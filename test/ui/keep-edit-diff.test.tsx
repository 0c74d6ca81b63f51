// The question whether to keep a hand edit once the answers changed: both texts in full, in one
// column that marks where they differ (− the edit, + the new text, the shared lines once), and
// scrolled with the arrows on a short screen. Each paragraph used to be cut to one line with
// "…", so the edit and the new text looked the same and the change could not be seen.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Note, NoteEdit } from '../../src/model/types.js';
import { KeepEdit } from '../../src/ui/review/keep-edit.js';
import { KEY, screen as frameOf, typeAndWait } from './helpers.js';

const ADDED = 'I also enjoyed hearing how the crew splits colonies before the flow.';
const paragraph = (role: string, extra = '') =>
  `I wanted to thank you for our conversation about the ${role} role at Golden Valley Honey Cooperative. It was a pleasure to meet you, and I appreciated our talk about seasonal crew hiring.${extra}`;
const closing = 'Thank you once more for your time and for considering me, and I hope the rest of your week goes well.';
const body = (role: string, extra = '') => `Dear Ruth,\n\n${paragraph(role, extra)}\n\n${closing}\n\nBest wishes,\nJordan Lee`;

const edit: NoteEdit = {
  kind: 'thank-you',
  to: 'Ruth Adeyemi',
  subject: 'Thank you',
  body: body('Apiary Manager', ` ${ADDED}`),
  at: '2026-12-03T09:00:00.000Z',
};
const fresh: Note = {
  kind: 'thank-you',
  to: 'Ruth Adeyemi',
  subject: 'Thank you',
  body: body('Lead Apiary Manager'),
  attachments: [],
};

/** The screen, with the key hints' no-break spaces as spaces. */
const screen = (app: ReturnType<typeof render>) => frameOf(app).replace(/\u00a0/g, ' ');

function keepEditAt(rows: number, answers: boolean[] = [], question = { edit, fresh }) {
  return render(
    <KeepEdit question={question} n={1} total={1} columns={80} rows={rows} isActive onAnswer={(keep) => answers.push(keep)} />,
  );
}

/** The rows marked `mark` ("− ", "+ ", or two spaces for a line in both), as one line each run. */
function marked(frame: string, mark: string): string[] {
  const runs: string[] = [];
  let run: string | null = null;
  for (const row of frame.split('\n')) {
    if (row.startsWith(mark)) {
      if (run !== null) runs.push(run);
      run = row.slice(2);
    } else if (run !== null && row.startsWith('  ') && row.trim() !== '' && mark !== '  ') run += ` ${row.trim()}`;
    else if (run !== null) {
      runs.push(run);
      run = null;
    }
  }
  if (run !== null) runs.push(run);
  return runs;
}

describe('keep the hand edit, or use the new text', () => {
  it('shows both texts whole, marking only where they differ', () => {
    const app = keepEditAt(50);
    const frame = screen(app);
    expect(frame).not.toContain('…');
    expect(marked(frame, '− ')).toEqual([paragraph('Apiary Manager', ` ${ADDED}`)]);
    expect(marked(frame, '+ ')).toEqual([paragraph('Lead Apiary Manager')]);
    // What both say is there once, unmarked.
    expect(frame.split('Dear Ruth,')).toHaveLength(2);
    expect(frame.replace(/\s+/g, ' ')).toContain(closing);
    expect(frame).toContain('↑↓ scroll · k keep my edit · n use the new text');
    app.unmount();
  });

  it('shows a changed subject line, when the role corrected changed only that', () => {
    const mine = { ...edit, subject: 'Thank you: Apiary Manager interview', body: body('Apiary Manager') };
    const corrected = { ...fresh, subject: 'Thank you: Lead Apiary Manager interview', body: body('Apiary Manager') };
    const app = keepEditAt(50, [], { edit: mine, fresh: corrected });
    const frame = screen(app);
    expect(marked(frame, '− ')).toEqual(['Subject: Thank you: Apiary Manager interview']);
    expect(marked(frame, '+ ')).toEqual(['Subject: Thank you: Lead Apiary Manager interview']);
    expect(frame).not.toContain('read the same');
    app.unmount();
  });

  it('scrolls a diff taller than the screen, and keeps the keys in view', async () => {
    const answers: boolean[] = [];
    const app = keepEditAt(18, answers);
    const first = screen(app);
    expect(first.split('\n').length).toBeLessThanOrEqual(18);
    expect(first).toMatch(/↓ \d+ more lines?/);
    expect(first).not.toContain('Jordan Lee');
    expect(first).toContain('k keep my edit');
    let frame = first;
    while (/↓ \d+ more line/.test(frame)) {
      await typeAndWait(app, KEY.down);
      frame = screen(app);
    }
    expect(frame).toContain('Jordan Lee');
    expect(frame.split('\n').length).toBeLessThanOrEqual(18);
    app.stdin.write('k');
    expect(answers).toEqual([true]);
    app.unmount();
  });
});

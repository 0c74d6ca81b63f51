// The Ink review of the trial run's restaurant interview (test/fixtures/interviews/brasa.json),
// with the real templates: the phone-only chef's thank-you is a call (its title is a script's,
// its key marks it as called, no subject to copy), a note already sent is copied as it went and
// never recorded twice (no edit or mark key on it), and the pastry lead with no address is told
// so, with what to do, before and after the copy.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../src/checklist/check-note.js';
import type { CheckContext } from '../../src/checklist/types.js';
import { describeItem } from '../../src/model/due.js';
import { US_WITH_YEARS } from '../../src/model/dates.js';
import type { Finding, Note } from '../../src/model/types.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';
import { realReviewNotes, trialInterview } from '../support/trial-interviews.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { renderReview } from './render-review.js';

const brasa = trialInterview('brasa');
/** The frame as one line: the screen wraps long lines at its width. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');
/** The key hints, the last line of the screen (their spaces are no-break ones). */
const hintsOf = (frame: string) => flat(frame).slice(flat(frame).lastIndexOf('←→ note')).trim();

describe('the review of a call, a sent note and a note with no address', () => {
  it('says a late thank-you call is a call to make, and a late note a note to send', async () => {
    // The real late-thank-you rule, four days after the interview, on what the review passes it.
    const later = new Date('2026-12-04T12:00:00Z');
    const check = (note: Pick<Note, 'subject' | 'body'>, context: CheckContext): Finding[] =>
      checkNote(note, { ...context, now: later }).filter((finding) => finding.rule === 'late-thank-you');
    const deps = worldDeps(emptyWorld(), { notes: realReviewNotes, check });
    const app = renderReview({ deps, interview: brasa, columns: 120, rows: 40 });
    const call = flat(
      await waitFor(app, (frame) => frame.includes('Note 1 of 3 · Thank-you call') && frame.includes('late-thank-you')),
    );
    expect(call).toContain('late-thank-you: Your interview was 4 days ago, and thank-you calls are best made within');
    expect(call).toContain('a late thank-you still beats none, and most candidates never make one.');
    expect(call).not.toContain('notes are best sent');
    const note = flat(await typeAndWait(app, KEY.right));
    expect(note).toContain('Note 2 of 3 · Thank-you to');
    expect(note).toContain('late-thank-you: Your interview was 4 days ago, and thank-you notes are best sent within');
    app.unmount();
  });

  it('shows a call script as a script, with the keys of a call', async () => {
    const world = emptyWorld();
    const app = renderReview({ deps: worldDeps(world, { notes: realReviewNotes }), interview: brasa, columns: 120, rows: 40 });
    const frame = await waitFor(app, 'Note 1 of 3 · Thank-you call to Chef Aoife Ní Bhriain <+1 312 555 0180>');
    expect(frame).toContain('Thank-you call: Sous Chef interview (a script to read out on the call)');
    expect(frame).not.toContain('Subject:');
    expect(hintsOf(frame)).toBe(
      '←→ note · ↑↓ scroll · c copy · e edit · s mark made · r reminders · a change answers · Esc back · q finish',
    );
    await typeAndWait(app, 'c');
    expect(flat(await waitFor(app, 'Copied to the clipboard'))).toContain('then press s to mark the call made.');
    expect(flat(await typeAndWait(app, 's'))).toContain('Marked the call as made on Wednesday, November 25, 2026.');
    expect(world.sent.map(({ entry }) => [entry.kind, entry.to])).toEqual([['thank-you', 'Chef Aoife Ní Bhriain']]);
    // On record now: neither edited nor marked again, so neither key is offered; a call was made, not sent.
    const called = await waitFor(app, 'Called Wednesday, November 25, 2026.');
    expect(called).not.toContain('Sent Wednesday');
    expect(hintsOf(called)).toBe('←→ note · ↑↓ scroll · c copy · r reminders · a change answers · Esc back · q finish');
    app.unmount();
  });

  it('copies a sent note as it went, past its checklist and the manual checks, and records nothing new', async () => {
    const world = emptyWorld();
    const body = 'Dear Kwame,\n\nThe text that went out, [Name] and all.\n\nTomás';
    const sent = {
      kind: 'thank-you' as const,
      to: 'Kwame Mensah-Bonsu',
      at: '2026-11-30T20:00:00.000Z',
      subject: 'Thanks',
      body,
    };
    const interview = { ...brasa, sent: [sent] };
    const placeholder: Finding = {
      rule: 'placeholder',
      severity: 'error',
      message: 'A stand-in.',
      line: 3,
      column: 22,
      excerpt: '[Name]',
    };
    const deps = worldDeps(world, {
      notes: realReviewNotes,
      check: (note) => (note.body === body ? [placeholder] : []),
    });
    const app = renderReview({ deps, interview, columns: 120, rows: 40, manualConfirmed: false });
    await waitFor(app, 'Note 1 of 3');
    const frame = await typeAndWait(app, KEY.right);
    expect(frame).toContain('The text that went out, [Name] and all.');
    expect(hintsOf(frame)).not.toContain('e edit');
    expect(hintsOf(frame)).not.toContain('mark sent');
    const copied = flat(await typeAndWait(app, 'c'));
    expect(copied).not.toContain('Copying is held back');
    expect(copied).not.toContain('three things only you can check');
    expect(copied).toContain(
      'Copied to the clipboard: the text that went out, which is on record already: nothing new is recorded.',
    );
    expect(world.copied).toEqual([body]);
    expect(flat(await typeAndWait(app, 's'))).toContain(
      'Already on record as sent Monday, November 30, 2026: nothing new was recorded.',
    );
    expect(world.sent).toEqual([]);
    app.unmount();
  });

  it('says a note to someone with no address cannot go out yet, and what to do', async () => {
    const world = emptyWorld();
    const app = renderReview({ deps: worldDeps(world, { notes: realReviewNotes }), interview: brasa, columns: 120, rows: 40 });
    await waitFor(app, 'Note 1 of 3');
    await typeAndWait(app, KEY.right);
    const frame = flat(await typeAndWait(app, KEY.right));
    expect(frame).toContain('Note 3 of 3 · Thank-you to Lin Yu · no e-mail address on file');
    expect(frame).toContain(
      'No e-mail address for this person yet: your thank-you to Kwame Mensah-Bonsu asks for it. Once you have it, press a and add it under The interviewers.',
    );
    const copied = flat(await typeAndWait(app, 'c'));
    expect(copied).toContain(
      'Copied to the clipboard, but there is no e-mail address for this person yet (your thank-you to Kwame Mensah-Bonsu asks for it): press a to add it under The interviewers, send the note, then press s.',
    );
    expect(copied).not.toContain('Paste it into your mail');
    expect(world.sent).toEqual([]);
    app.unmount();
  });

  // A trial: the review headed a stay-in-touch call script "Stay in touch", and its step line
  // named a stay-in-touch note, to someone there was only a number for.
  it('heads a stay-in-touch call script as a call, and its step line names the call', async () => {
    const interview = sampleInterview({ status: 'not-selected', statusOn: '2026-08-20' });
    const call: Note = {
      kind: 'stay-in-touch',
      to: 'Sam Ortiz',
      address: '+1 555 0101',
      by: 'phone',
      subject: 'Stay-in-touch call (a script to read out on the call)',
      body: 'Hello Sam, this is Jordan Lee.',
      attachments: [],
    };
    const step = describeItem(
      {
        kind: 'stay-in-touch',
        to: ['Priya Raghunathan', 'Sam Ortiz'],
        notBefore: '2026-11-20',
        recommended: '2026-11-20',
        by: null,
        state: 'due',
        why: 'three months on',
        interview,
        round: null,
      },
      '2026-11-25',
      US_WITH_YEARS,
    );
    const deps = worldDeps(emptyWorld(), { notes: () => [call], schedule: () => [step] });
    const app = renderReview({ deps, interview, columns: 120, rows: 30 });
    const frame = flat(await waitFor(app, 'Note 1 of 1'));
    expect(frame).toContain('Note 1 of 1 · Stay-in-touch call to Sam Ortiz <+1 555 0101>');
    expect(frame).toContain('stay-in-touch note to Priya Raghunathan and a call to Sam Ortiz: due now');
    app.unmount();
  });
});

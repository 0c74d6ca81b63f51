// The line the Ink session ends with on Ctrl-C: never "nothing was changed" after news was saved.
import { describe, expect, it } from 'vitest';
import { stoppedWords } from '../../../src/commands/session.js';

describe('stoppedWords', () => {
  it('away from the questions: what was recorded, or just that it stopped', () => {
    expect(
      stoppedWords({ kind: 'cancelled', savedDraft: false, recorded: ['the thanks after the decision to Jordan Lee'] }),
    ).toBe('Stopped. Saved: the thanks after the decision to Jordan Lee.');
    expect(
      stoppedWords({ kind: 'cancelled', savedDraft: false, recorded: ['an offer for Acme', 'the follow-up call to Sam Ortiz'] }),
    ).toBe('Stopped. Saved: an offer for Acme; the follow-up call to Sam Ortiz.');
    expect(stoppedWords({ kind: 'cancelled', savedDraft: false, recorded: [] })).toBe('Stopped.');
  });

  it('while answering: the draft saved, or why not', () => {
    expect(stoppedWords({ kind: 'cancelled', savedDraft: true })).toMatch(/^Every answer you gave is saved/);
    expect(stoppedWords({ kind: 'cancelled', savedDraft: false, notSaved: 'the disk is full' })).toMatch(
      /^Stopped\. Your latest answers were NOT saved \(the disk is full\)/,
    );
  });

  it('on the review of an interview saved whole: saved, with nothing to pick up, and the news recorded before', () => {
    const id = 'acme-robotics-senior-backend-engineer';
    expect(stoppedWords({ kind: 'cancelled', savedDraft: false, savedAs: id, recorded: [] })).toBe(
      `Stopped. Saved as ${id}, every answer included: its notes are on the home at the next start.`,
    );
    expect(stoppedWords({ kind: 'cancelled', savedDraft: false, savedAs: id, recorded: ['an offer for Lumen Health'] })).toBe(
      `Stopped. Saved as ${id}, every answer included: its notes are on the home at the next start. Also saved: an offer for Lumen Health.`,
    );
  });
});

// The line mode's review of the trial run's restaurant interview (test/fixtures/interviews/brasa.json)
// with the real templates: a call script is headed as a script and its copy is not the call (the
// question whether it was made defaults to no), a note already sent is copied as it went with no
// question and no second record, and the pastry lead with no address is told so and what to do.
import { describe, expect, it } from 'vitest';
import { runReview, type ReviewDeps } from '../../../src/line/review.js';
import type { Finding, Interview, SentEntry } from '../../../src/model/types.js';
import { answersOf } from '../../../src/session/index.js';
import { shownNote } from '../../../src/session/review/index.js';
import { realReviewNotes, trialInterview } from '../../support/trial-interviews.js';
import { scriptedReviewDeps } from '../../helpers/line-review-deps.js';
import { NOW, scripted } from './script.js';

const brasa = trialInterview('brasa');

function deps(play: ReturnType<typeof scripted>, recorded: SentEntry[], findings: readonly Finding[] = []): ReviewDeps {
  return scriptedReviewDeps(play, recorded, {
    // As the session's line deps give them (src/line/adapt.ts): a sent note as it went.
    notesFor: async (interview: Interview) => realReviewNotes(interview).map((note) => shownNote(note, interview, 'review').note),
    schedule: async () => [],
    findings,
    now: NOW,
  });
}

describe('the line review of a call, a sent note and a note with no address', () => {
  it('heads a call script as a script, and its copy asks whether the call was made, default no', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Have you made the call? Mark it as made (recorded with the time)?', answer: false },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    await runReview(brasa, answersOf(brasa), deps(play, recorded));
    expect(play.left()).toBe(0);
    expect(play.printed).toContain('Thank-you call: Sous Chef interview (a script to read out on the call)');
    expect(play.printed).not.toContain('Subject: Thank-you call: Sous Chef interview');
    // Are all three true? (yes), then: was the call made? Enter says no.
    expect(play.confirmDefaults).toEqual([false, false]);
    expect(play.printed).toContain(
      'Not marked yet: once you have made the call, pick Mark call as made here, or run followup-coach sent.',
    );
    expect(recorded).toEqual([]);
  });

  it('marks a call made later from the menu, without copying it again, and offers it no more', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Have you made the call? Mark it as made (recorded with the time)?', answer: false },
      { choose: 'What next?', answer: 'sent:0' },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    await runReview(brasa, answersOf(brasa), deps(play, recorded));
    expect(play.left()).toBe(0);
    expect(play.offered[1]?.labels).toContain('Mark call 1 as made');
    expect(play.printed).toContain('Marked as made: the thank-you call to Chef Aoife Ní Bhriain (call 1).');
    expect(recorded.map((entry) => [entry.kind, entry.to])).toEqual([['thank-you', 'Chef Aoife Ní Bhriain']]);
    expect(play.offered[2]?.labels).not.toContain('Mark call 1 as made');
    expect(play.offered[2]?.labels).toContain('Mark note 2 as sent');
  });

  it('copies a sent note as it went: no checklist to override, no checks, no question, no second record', async () => {
    const body = 'Dear Kwame,\n\nThe text that went out.\n\nTomás';
    const sent: SentEntry = { kind: 'thank-you', to: 'Kwame Mensah-Bonsu', at: NOW.toISOString(), subject: 'Thanks', body };
    const interview = { ...brasa, sent: [sent] };
    const error: Finding = {
      rule: 'placeholder',
      severity: 'error',
      message: 'A stand-in.',
      line: 1,
      column: 1,
      excerpt: 'Dear',
    };
    const play = scripted([
      { choose: 'What next?', answer: 'copy:1' },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    const copied: string[] = [];
    const copy = async (text: string) => {
      copied.push(text);
      return { method: 'clipboard' as const };
    };
    const all = { ...deps(play, recorded, [error]), copy };
    await runReview(interview, answersOf(interview), all);
    expect(play.left()).toBe(0);
    expect(copied).toEqual([body]);
    expect(play.printed).toContain(
      'Copied (system clipboard): the text that went out, which is on record already: nothing new is recorded.',
    );
    expect(recorded).toEqual([]);
  });

  it('says the pastry lead has no address yet and whose thank-you asks for it; marking her note defaults to no', async () => {
    const play = scripted([
      { choose: 'What next?', answer: 'copy:2' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Mark it as sent (recorded with the time)?', answer: false },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const recorded: SentEntry[] = [];
    await runReview(brasa, answersOf(brasa), deps(play, recorded));
    expect(play.left()).toBe(0);
    const heading = play.printed.indexOf('\n-- Note 3 of 3: thank-you note for Lin Yu (no e-mail address on file) --');
    expect(play.printed[heading + 1]).toBe(
      // Kwame sat on the panel: his own thank-you asks for her address, and there is no request of its own.
      'No e-mail address for this person yet: your thank-you to Kwame Mensah-Bonsu asks for it. Once you have it, add it with Change an answer, then The interviewers.',
    );
    expect(play.printed).toContain(
      'Copied (system clipboard), but there is no e-mail address for this person yet (your thank-you to Kwame Mensah-Bonsu asks for it): add it with Change an answer, then The interviewers, before you send it.',
    );
    expect(play.confirmDefaults).toEqual([false, false]);
    expect(recorded).toEqual([]);
  });
});

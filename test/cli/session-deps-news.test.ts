// The session's real deps over a temp store: what they record from home, the reminders file,
// and saving the answers over a saved interview without losing what the questions do not ask
// (the outcome, who told it, the round, the cover letter).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersOf, interviewOf } from '../../src/session/index.js';
import { openStore } from '../../src/store/index.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { sessionDepsAt } from '../helpers/session-deps.js';
import { tempDir } from '../helpers/temp-dir.js';

const now = () => new Date('2026-11-25T09:00:00Z');

const open = (home: string) => sessionDepsAt(home, now).deps;

describe('session deps: news, reminders and what a re-save keeps', () => {
  it('records an offer from home; saving the answers again keeps it, the round and the cover letter', async () => {
    const home = tempDir();
    const store = openStore({ env: {}, home });
    const candidate = { ...sampleInterview().candidate, coverLetter: '/cv/cover.pdf', link: 'example.com/jordan' };
    await store.saveCandidate(candidate);
    const saved = await store.saveInterview(
      sampleInterview({ id: 'acme-robotics-senior-backend-engineer-round-2', round: 2, candidate }),
    );
    const deps = open(home);
    const { interview, next } = await deps.recordNews(saved, { type: 'outcome', status: 'offer', toldBy: 'Dana Kim' });
    expect(interview).toMatchObject({ status: 'offer', statusOn: '2026-11-25', toldBy: 'Dana Kim' });
    expect(next).toBe(
      'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.',
    );
    // The review saves the answers (which only know "not selected: no") over it.
    const answered = interviewOf(answersOf(interview), { id: interview.id, sent: interview.sent });
    expect(answered.status).toBe('waiting');
    const again = await deps.saveInterview(answered, { replace: true });
    expect(again).toMatchObject({ status: 'offer', statusOn: '2026-11-25', toldBy: 'Dana Kim', round: 2 });
    expect(again.candidate).toMatchObject({ coverLetter: '/cv/cover.pdf', link: 'example.com/jordan' });
    await deps.saveCandidate(answered.candidate);
    expect(await openStore({ env: {}, home }).candidate()).toMatchObject({
      coverLetter: '/cv/cover.pdf',
      link: 'example.com/jordan',
    });
  });

  it('the home and the review count the thank-you an earlier round still owes, with its round', async () => {
    const home = tempDir();
    const store = openStore({ env: {}, home });
    const first = await store.saveInterview(sampleInterview({ date: '2026-11-20' }));
    const [priya] = first.interviewers;
    // Round 2 met Priya again, not Sam: his round-1 thank-you is still owed.
    const second = await store.saveInterview(
      sampleInterview({ id: `${first.id}-round-2`, round: 2, date: '2026-11-24', timeframe: null, interviewers: [priya!] }),
    );
    const deps = open(home);
    expect(await deps.dueFollowUps([first, second])).toEqual([
      {
        interview: first,
        due: '2026-11-20',
        line: 'thank-you call to Sam Ortiz: overdue since Saturday, November 21; make it today',
        owed: true,
        notes: 1,
        kind: 'thank-you',
        // The entry opens that round's notes on Sam's call script.
        to: 'Sam Ortiz',
      },
      // Round 2's own thank-you, due too, beside it.
      {
        interview: second,
        due: '2026-11-24',
        line: 'thank-you to Priya Raghunathan: due today',
        kind: 'thank-you',
        to: 'Priya Raghunathan',
        notes: 1,
      },
    ]);
    const lines = await deps.schedule(second);
    expect(lines[0]).toBe('thank-you call to Sam Ortiz (round 1): overdue since Saturday, November 21; make it today');
    expect(lines.slice(1).every((line) => line.includes('(round 2)'))).toBe(true);
    // Once Sam is thanked, round 1 owes nothing and the home offers nothing for it.
    await store.recordSent(first.id, { kind: 'thank-you', to: 'Sam Ortiz', at: '2026-11-25T08:00:00.000Z' });
    const thanked = (await store.interview(first.id))!;
    expect((await deps.dueFollowUps([thanked, second])).map((entry) => entry.interview.id)).toEqual([second.id]);
    expect((await deps.schedule(second)).some((line) => line.includes('Sam Ortiz'))).toBe(false);
  });

  it('records a note sent by hand, and writes the reminders with a SEQUENCE', async () => {
    const home = tempDir();
    const saved = await openStore({ env: {}, home }).saveInterview(sampleInterview());
    const deps = open(home);
    const { interview } = await deps.recordNews(saved, { type: 'sent', kind: 'thank-you', to: 'Priya Raghunathan' });
    expect(interview.sent).toEqual([
      { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-25T09:00:00.000Z', method: 'outside' },
    ]);
    const cwd = process.cwd();
    process.chdir(home);
    try {
      const { path, count } = await deps.writeCalendar(saved);
      expect(path).toBe(join(home, 'acme-robotics-senior-backend-engineer.ics'));
      // Sam's thank-you and the two follow-ups: Priya's thank-you went out already.
      expect(count).toBe(3);
      expect(readFileSync(path, 'utf8')).toContain('SUMMARY:Call Sam Ortiz to say thank you: Acme Robotics\r\n');
    } finally {
      process.chdir(cwd);
    }
  });

  it("the review warns when a later round's note repeats what the same person had after an earlier one", async () => {
    const deps = open(tempDir());
    const body =
      'Dear Priya Raghunathan,\n\nThank you for meeting with me about the Senior Backend Engineer role at Acme Robotics. I enjoyed our conversation about moving telemetry ingestion to Kafka.\n\nBest regards,\nJordan Lee\n';
    const first = sampleInterview({
      sent: [{ kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T17:00:00.000Z', body }],
    });
    const later = sampleInterview({ id: `${first.id}-round-2`, round: 2, date: '2026-12-03' });
    const findings = await deps.check(
      { subject: 'Thank you', body, attachments: [] },
      { kind: 'thank-you', interview: later, to: 'Priya Raghunathan', otherInterviews: [first], now: now() },
    );
    expect(findings.find((f) => f.rule === 'round-repeat')).toMatchObject({
      severity: 'warning',
      message:
        'This reads like what you sent Priya Raghunathan after round 1 (100% the same words). You met again: say what was new in this meeting.',
    });
  });
});

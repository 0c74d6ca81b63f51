import { describe, expect, it } from 'vitest';
import type { SessionDepsHandle } from '../../src/commands/session-deps.js';
import { reviewDeps } from '../../src/line/adapt.js';
import { runReview } from '../../src/line/review.js';
import type { Interview } from '../../src/model/types.js';
import { answersOf } from '../../src/session/index.js';
import { sessionReviewEffects, settle, startReview } from '../../src/session/review/index.js';
import { openStore } from '../../src/store/index.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { sessionDepsAt } from '../helpers/session-deps.js';
import { tempDir } from '../helpers/temp-dir.js';
import { scripted } from '../unit/line/script.js';

// Acme: "by the end of next week" is Friday, December 4, so a follow-up goes from Monday the 7th.
// On Tuesday, December 1 both thank-yous are on record and Sam's follow-up is a call.
const now = () => new Date('2026-12-01T15:00:00Z');
const thanked = sampleInterview({
  sent: [
    { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z', method: 'clipboard' },
    { kind: 'thank-you', to: 'Sam Ortiz', at: '2026-11-24T18:05:00.000Z', method: 'clipboard' },
  ],
});

async function open(): Promise<{ home: string; interview: Interview; handle: SessionDepsHandle }> {
  const home = tempDir();
  const interview = await openStore({ env: {}, home }).saveInterview(thanked);
  const handle = sessionDepsAt(home, now);
  handle.deps.warmUp();
  return { home, interview, handle };
}

const sentKinds = async (home: string, id: string) =>
  ((await openStore({ env: {}, home }).interview(id))?.sent ?? []).map((entry) => [entry.kind, entry.to]);

const before = [
  ['thank-you', 'Priya Raghunathan'],
  ['thank-you', 'Sam Ortiz'],
];

describe('an early follow-up call in the session', () => {
  it('the review calls it early and records it only on the second yes', async () => {
    const { home, interview, handle } = await open();
    const effects = {
      ...sessionReviewEffects(handle.deps, interview, 'follow-up', []),
      copy: async () => ({ method: 'clipboard' as const }),
    };
    const start = startReview({ manualConfirmed: true, editorName: 'nano' });
    let state = await settle(start.state, start.effects, effects);
    const at = state.notes!.findIndex((shown) => shown.note.kind === 'voicemail');
    expect(state.notes![at]!.note.to).toBe('Sam Ortiz');
    expect(state.notes![at]!.findings!.map((finding) => finding.rule)).toContain('too-early');
    state = await settle(state, { type: 'show', index: at }, effects);
    state = await settle(state, { type: 'copy', override: true }, effects);
    state = await settle(state, { type: 'mark-sent', at: now().toISOString() }, effects);
    expect(state.status).toEqual({ kind: 'early' });
    expect(await sentKinds(home, interview.id)).toEqual(before);
    state = await settle(state, { type: 'mark-sent', at: now().toISOString() }, effects);
    expect(state.status.kind).toBe('sent');
    expect(await sentKinds(home, interview.id)).toEqual([...before, ['voicemail', 'Sam Ortiz']]);
  }, 60_000);

  it('line mode asks before recording it, and a no records nothing', async () => {
    const { home, interview, handle } = await open();
    const play = scripted([
      { choose: 'What next?', answer: 'copy:1' },
      { confirm: 'Are all three true?', answer: true },
      {
        confirm:
          'The checklist says this note is early (too-early): recorded as sent, it tells the schedule the wait is over. Mark it as sent anyway?',
        answer: false,
      },
      { choose: 'What next?', answer: 'finish' },
    ]);
    const deps = {
      ...reviewDeps(handle.deps, [interview], play.prompter, 'follow-up'),
      copy: async () => ({ method: 'clipboard' as const }),
    };
    const notes = await deps.notesFor(interview);
    expect(notes.map((note) => `${note.kind} -> ${note.to}`)).toEqual([
      'follow-up -> Priya Raghunathan',
      'voicemail -> Sam Ortiz',
    ]);
    const findings = await deps.check(notes[1]!, interview, notes);
    expect(findings.find((finding) => finding.rule === 'too-early')?.message).toBe(
      'They said they would decide "by the end of next week", and that has not passed yet. Following up before the date they gave looks impatient. Hold this note until Monday, December 7.',
    );
    expect(await runReview(interview, answersOf(interview), deps)).toEqual({ type: 'finish' });
    expect(play.left()).toBe(0);
    expect(await sentKinds(home, interview.id)).toEqual(before);
  }, 60_000);
});

// A second round through the built CLI, as a new user met it: the round-1 thank-you still owed
// to someone met only in round 1 stays on import's "Next", `list`, `calendar` and `sent`,
// labelled with its round and its own command, until it is sent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { startTerminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';
const env = { FOLLOWUP_COACH_NOW: '2026-12-01' };

/** Round 1 on November 27 met Priya and Sam; round 2 on November 30 meets Priya again and Lena. */
async function twoRounds(home: string) {
  const first = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  first.interviewDate = '2026-11-27';
  writeFileSync(join(home, 'round-1.json'), JSON.stringify(first));
  expect((await runCli(['import', join(home, 'round-1.json')], { home, env })).code).toBe(0);
  // Round 2 meets Priya again and Lena for the first time; Sam, who called, only in round 1.
  const second = { ...first, candidate: undefined, interviewDate: '2026-11-30' };
  second.interviewers = [
    first.interviewers[0],
    { name: 'Lena Fischer', title: 'CTO', email: 'lena@acme.example', medium: 'email', topics: ['the roadmap'] },
  ];
  writeFileSync(join(home, 'round-2.json'), JSON.stringify(second));
  return runCli(['import', join(home, 'round-2.json'), '--round'], { home, env });
}

describe('a thank-you an earlier round still owes', () => {
  it('is on import, list, calendar and sent until it goes out, under round 1', async () => {
    const home = newHome();
    const imported = await twoRounds(home);
    expect(imported.stdout.split('\n').slice(2, 5)).toEqual([
      'Next: thank-you call to Sam Ortiz (round 1): overdue since Saturday, November 28; make it today',
      '  These were due by the end of Saturday, November 28. Send them today anyway: a late thank-you still counts, and silence does not.',
      `  followup-coach regen ${ID} --kind thank-you --to "Sam Ortiz"`,
    ]);

    const list = await runCli(['list'], { home, env: { ...env, COLUMNS: '200' } });
    expect(list.stdout.split('\n').slice(0, 4)).toEqual([
      `${ID}-round-2`,
      '  Acme Robotics, Senior Backend Engineer · 2 rounds: round 1 Friday, November 27, round 2 Monday, November 30',
      '  next: thank-you call to Sam Ortiz (round 1): overdue since Saturday, November 28; make it today',
      `  followup-coach regen ${ID} --kind thank-you --to "Sam Ortiz"`,
    ]);

    const calendar = JSON.parse((await runCli(['calendar', '--json'], { home, env })).stdout);
    const thanks = calendar.events.filter((event: { kind: string }) => event.kind === 'thank-you');
    expect(thanks.map((event: { id: string; to: string; summary: string }) => [event.id, event.to, event.summary])).toEqual([
      [ID, 'Sam Ortiz', 'Call Sam Ortiz to say thank you: Acme Robotics, round 1'],
      [`${ID}-round-2`, 'Priya Raghunathan', 'Send a thank-you to Priya Raghunathan: Acme Robotics, round 2'],
      [`${ID}-round-2`, 'Lena Fischer', 'Send a thank-you to Lena Fischer: Acme Robotics, round 2'],
    ]);
    // The round's own id gives the same steps: it is one application.
    const one = JSON.parse((await runCli(['calendar', ID, '--json'], { home, env })).stdout);
    expect(one.events.map((event: { uid: string }) => event.uid)).toEqual(
      calendar.events.map((event: { uid: string }) => event.uid),
    );

    const sent = await runCli(['sent', ID, '--kind', 'thank-you', '--to', 'Sam'], { home, env });
    expect(sent.stdout.split('\n').slice(0, 2)).toEqual([
      'Recorded: the thank-you call to Sam Ortiz, made on Tuesday, December 1.',
      'Next: thank-you to Priya Raghunathan and Lena Fischer (round 2): due today',
    ]);
    expect((await runCli(['list'], { home, env: { ...env, COLUMNS: '200' } })).stdout.split('\n')[2]).toBe(
      '  next: thank-you to Priya Raghunathan and Lena Fischer (round 2): due today',
    );
  });
});

describe("regen with the first round's id after a second round, without --kind", () => {
  it('writes what the application owes now, as list says, from the round it belongs to', async () => {
    const home = newHome();
    expect((await twoRounds(home)).code).toBe(0);
    // Round 1 still owes Sam his thank-you: that, and not round 1's own thank-you to Priya,
    // whom round 2 met again.
    const sam = await runCli(['regen', ID, '--print'], { home, env });
    expect(sam.code).toBe(0);
    expect(sam.stderr.split('\n')[0]).toBe(
      'No --kind given: writing the thank-you call script to Sam Ortiz (thank-you call to Sam Ortiz (round 1): overdue since Saturday, November 28; make it today).',
    );
    expect(sam.stdout.split('\n\n')[0]).toBe(
      'Thank-you call: Senior Backend Engineer interview (a script to read out on the call)',
    );

    // Priya's thank-you is round 2's now; the id of round 1 says so and gives round 2's note.
    const priya = await runCli(['regen', ID, '--to', 'Priya', '--json'], { home, env });
    expect(priya.code).toBe(0);
    expect(priya.stderr).toBe(
      `${ID} owes nothing more itself; what its application owes now belongs to round 2: writing it from ${ID}-round-2.\n`,
    );
    const [note] = JSON.parse(priya.stdout);
    expect([note.kind, note.to, note.subject]).toEqual([
      'thank-you',
      'Priya Raghunathan',
      'Thank you: Senior Backend Engineer interview, second round',
    ]);

    // Once every thank-you is out, the follow-up to wait for is round 2's, with round 2's command.
    for (const [id, to] of [
      [ID, 'Sam'],
      [`${ID}-round-2`, 'Priya'],
      [`${ID}-round-2`, 'Lena'],
    ] as const)
      expect((await runCli(['sent', id, '--kind', 'thank-you', '--to', to], { home, env })).code).toBe(0);
    const list = await runCli(['list'], { home, env: { ...env, COLUMNS: '200' } });
    const next = list.stdout.split('\n')[2]!.replace('  next: ', '');
    expect(next).toMatch(/^follow-up to Priya Raghunathan and Lena Fischer \(round 2\): not before /);
    const waiting = await runCli(['regen', ID], { home, env });
    expect({ code: waiting.code, stdout: waiting.stdout }).toEqual({ code: 1, stdout: '' });
    expect(waiting.stderr.split('\n').slice(0, 2)).toEqual([
      // About the interview asked for: round 1 is done, and the step to wait for is round 2's.
      `followup-coach: ${ID} owes nothing more itself; what its application owes next belongs to round 2, and it is not due yet, so nothing was copied or recorded.`,
      `Next: ${next}`,
    ]);
    expect(waiting.stderr).toContain(
      `Try: followup-coach regen ${ID}-round-2 --kind follow-up --to "Priya Raghunathan" --print   (to read it now; it is not recorded)\n`,
    );
  });

  // A copy through the terminal (OSC 52) cannot be read back, so regen records it only once the
  // user says it went, with the command it prints: that command names the round it belongs to.
  it.skipIf(skipWithout('tmux'))('copied, the note is recorded as sent on the round it belongs to', async () => {
    const home = newHome();
    expect((await twoRounds(home)).code).toBe(0);
    const terminal = await startTerminal({ args: ['regen', ID, '--to', 'Priya'], home, now: env.FOLLOWUP_COACH_NOW });
    try {
      expect(await terminal.waitForExit()).toBe(0);
      expect(await terminal.history()).toContain(
        'Copied the thank-you note to Priya Raghunathan <priya@acme.example> through the terminal (OSC 52).',
      );
      expect(await terminal.history()).toContain('Not recorded as sent yet.');
    } finally {
      await terminal.close();
    }
    const sent = async (id: string) => JSON.parse((await runCli(['export', id], { home, env })).stdout).sent;
    expect(await sent(`${ID}-round-2`)).toBeUndefined();
    const record = ['sent', `${ID}-round-2`, '--kind', 'thank-you', '--to', 'Priya Raghunathan'];
    expect((await runCli(record, { home, env })).code).toBe(0);
    expect(await sent(ID)).toBeUndefined();
    expect(await sent(`${ID}-round-2`)).toMatchObject([{ kind: 'thank-you', to: 'Priya Raghunathan' }]);
  });
});

describe("regen --kind follow-up with the first round's id after a second round", () => {
  it("writes round 2's follow-up, about the latest meeting, and says so; someone met only in round 1 keeps theirs", async () => {
    const home = newHome();
    expect((await twoRounds(home)).code).toBe(0);
    const later = { FOLLOWUP_COACH_NOW: '2026-12-21' };
    const priya = await runCli(['regen', ID, '--kind', 'follow-up', '--json'], { home, env: later });
    expect(priya.code).toBe(0);
    expect(priya.stderr.split('\n')[0]).toBe(
      `${ID} was an earlier round: since round 2, the follow-up is that round's, about your latest meeting. Writing it from ${ID}-round-2.`,
    );
    const notes = JSON.parse(priya.stdout);
    expect(notes.map((note: { to: string; subject: string }) => [note.to, note.subject])).toEqual([
      ['Priya Raghunathan', 'Following up: Senior Backend Engineer interview, second round'],
      ['Lena Fischer', 'Following up: Senior Backend Engineer interview, second round'],
    ]);
    // It thanks for the meeting of round 2, not the one round 2 followed.
    expect(notes[0].body).toContain('November 30');
    expect(notes[0].body).not.toContain('November 27');

    // Sam, who called in round 1 and did not sit on round 2, still gets round 1's follow-up call.
    const sam = await runCli(['regen', ID, '--kind', 'voicemail', '--to', 'Sam', '--print'], { home, env: later });
    expect(sam.code).toBe(0);
    expect(sam.stderr).not.toContain('was an earlier round');
    expect(sam.stdout).toContain('Senior Backend Engineer');
  });
});

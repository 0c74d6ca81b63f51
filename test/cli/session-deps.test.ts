// The session's real deps (in-process, with the built spell-checker worker from dist/): the Ink
// review and line mode show the rules' findings and checkSpelling's side by side, so
// checkSpelling must not repeat what a rule already says.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNote } from '../../src/checklist/check-note.js';
import { createSessionDeps, type SessionDepsHandle } from '../../src/commands/session-deps.js';
import { dueSummary, homeEntries } from '../../src/session/home.js';
import { EMPTY_ANSWERS, draftOf, initialState } from '../../src/session/index.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { captureStream } from '../helpers/streams.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The session's deps over a store in `home`, with no terminal, at `now`. */
const depsAt = (home: string, now = () => new Date('2026-11-24T18:00:00Z')) =>
  createSessionDeps({
    argv: [],
    stdin: new PassThrough(),
    stdout: captureStream(),
    stderr: captureStream(),
    env: { FOLLOWUP_COACH_HOME: home },
    interactive: false,
    now,
  });

let handle: SessionDepsHandle | undefined;
afterEach(async () => {
  await handle?.dispose();
  handle = undefined;
});

describe('session deps: checkSpelling', () => {
  it('leaves a misspelled name to the name-mismatch error, and still reports other misspellings', async () => {
    const now = () => new Date('2026-11-24T18:00:00Z');
    handle = depsAt(tempDir(), now);
    handle.deps.warmUp();
    const interview = sampleInterview();
    const note = {
      subject: 'Thank you: Senior Backend Engineer interview',
      body: 'Dear Pryia,\n\nThank you for meeting with me today. I enjoyed our talk about moving telemetry ingestion to Kafka and how on-call works, and I am definately excited about the role at Acme Robotics.\n\nBest regards,\nJordan Lee',
    };
    const context = { kind: 'thank-you' as const, interview, to: 'Priya Raghunathan', now: now() };
    const rules = checkNote(note, context);
    const spelling = await handle.deps.checkSpelling(note, context);
    const at = (f: { line: number; column: number }) => `${f.line}:${f.column}`;
    const nameAt = rules.filter((f) => f.rule === 'name-mismatch').map(at);
    expect(nameAt).toHaveLength(1);
    expect(spelling.map(at)).not.toContain(nameAt[0]);
    expect(spelling.map((f) => [f.rule, f.excerpt])).toContainEqual(['spelling', 'definately']);
  }, 60_000);
});

describe('session deps: roleSlips', () => {
  it('finds the slip in the role once the spell checker runs, and none in a role spelled right', async () => {
    handle = depsAt(tempDir());
    const context = { kind: 'thank-you' as const, interview: sampleInterview({ role: 'Senoir Backend Engineer' }) };
    // Before the worker is started, it cannot tell.
    expect([...(await handle.deps.roleSlips(context))]).toEqual([]);
    handle.deps.warmUp();
    expect([...(await handle.deps.roleSlips(context))]).toEqual(['senoir']);
    expect([...(await handle.deps.roleSlips({ kind: 'thank-you', interview: sampleInterview() }))]).toEqual([]);
  }, 60_000);
});

describe('session deps: the draft', () => {
  it('a draft of the wrong shape is moved to a backup and reported, never overwritten unseen', async () => {
    const home = tempDir();
    const wrong = JSON.stringify({ version: 1, savedAt: '2026-11-24T18:00:00.000Z', draft: { version: 9, answers: [] } });
    writeFileSync(join(home, 'draft.json'), wrong);
    handle = depsAt(home);
    const loaded = await handle.deps.load();
    const backup = join(home, 'draft.json.corrupt-2026-11-24T18-00-00');
    expect(loaded.draft).toBeNull();
    expect(loaded.notices).toEqual([
      `The unfinished draft is not one this followup-coach can continue; it was moved aside to ${backup} and the session starts fresh.`,
    ]);
    expect(readFileSync(backup, 'utf8')).toBe(wrong);
    // Beside it, the lock this session holds on the draft while it runs.
    expect(readdirSync(home).sort()).toEqual(['draft.json.corrupt-2026-11-24T18-00-00', 'session.lock', 'session.owner']);
    await handle.dispose();
    expect(readdirSync(home)).toEqual(['draft.json.corrupt-2026-11-24T18-00-00']);
  });
});

describe('session deps: two sessions at once', () => {
  const open = (home: string) => depsAt(home);
  const draftOn = (home: string) => JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')).draft;
  const at = { step: 'interview.role', index: 0 } as const;
  const draftWith = (company: string) => draftOf(initialState({ ...EMPTY_ANSWERS, company }, at));
  const second: SessionDepsHandle[] = [];
  afterEach(async () => {
    for (const h of second.splice(0)) await h.dispose();
  });

  it('the second session is told the draft is open elsewhere, is not offered it and never writes it', async () => {
    const home = tempDir();
    handle = open(home);
    const a = handle.deps;
    await a.load();
    await a.saveDraft(draftWith('Company A'));
    const b = open(home);
    second.push(b);
    const loaded = await b.deps.load();
    expect(loaded.draft).toBeNull();
    expect(loaded.notices).toEqual([
      'Your unfinished interview is open in another followup-coach session, so this one leaves it alone: finish it there. A new interview started here is saved once you reach its review, not as a draft.',
    ]);
    const why = 'your unfinished interview is open in another followup-coach session';
    await expect(b.deps.saveDraft(draftWith(''))).rejects.toThrow(why);
    expect(() => b.deps.saveDraftNow?.(draftWith(''))).toThrow(why);
    await expect(b.deps.clearDraft()).rejects.toThrow(why);
    expect(draftOn(home)).toEqual(draftWith('Company A'));

    // Once the first one ends (Ctrl-C or done), the next session owns the draft and is offered it.
    await handle.dispose();
    handle = undefined;
    const c = open(home);
    second.push(c);
    const resumed = await c.deps.load();
    expect([resumed.notices, resumed.draft]).toEqual([[], draftWith('Company A')]);
    await c.deps.saveDraft(draftWith('Company C'));
    expect(draftOn(home)).toEqual(draftWith('Company C'));
  });

  it('takes over at once the lock of a session that was killed', async () => {
    const home = tempDir();
    // A process that held the lock and died without releasing it (kill -9): its lock folder and owner file stay.
    const { spawnSync } = await import('node:child_process');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    mkdirSync(join(home, 'session.lock'));
    writeFileSync(join(home, 'session.owner'), JSON.stringify({ pid: Number(dead), host: hostname() }));
    handle = open(home);
    expect((await handle.deps.load()).notices).toEqual([]);
    await handle.deps.saveDraft(draftWith('After the crash'));
    expect(draftOn(home)).toEqual(draftWith('After the crash'));
  });
});

describe('session deps: rule levels', () => {
  const session = (home: string) => depsAt(home);
  const note = {
    subject: 'Thank you: Senior Backend Engineer interview',
    body: 'Dear Priya,\n\nJust checking in after our talk about moving telemetry ingestion to Kafka and how on-call works. I enjoyed it, and I am excited about the Senior Backend Engineer role at Acme Robotics.\n\nBest regards,\nJordan Lee',
    attachments: [],
  };
  const context = () => ({
    kind: 'thank-you' as const,
    interview: sampleInterview(),
    to: 'Priya Raghunathan',
    now: new Date('2026-11-24T18:00:00Z'),
  });

  it('honours checklist.json next to the store', async () => {
    const home = tempDir();
    handle = session(home);
    expect((await handle.deps.check(note, context())).map((f) => `${f.rule}:${f.severity}`)).toContain('cliche:warning');
    await handle.dispose();
    writeFileSync(join(home, 'checklist.json'), '{"rules":{"cliche":"error"}}');
    handle = session(home);
    expect((await handle.deps.check(note, context())).map((f) => `${f.rule}:${f.severity}`)).toContain('cliche:error');
    await handle.dispose();
    writeFileSync(join(home, 'checklist.json'), '{"rules":{"cliche":"off"}}');
    handle = session(home);
    expect((await handle.deps.check(note, context())).map((f) => f.rule)).not.toContain('cliche');
  });

  it('reports a broken file on the first screen and keeps the default levels', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'checklist.json'), '{"rules":{"clichee":"off"}}');
    handle = session(home);
    const loaded = await handle.deps.load();
    expect(loaded.notices).toContain(
      `the checklist config "${join(home, 'checklist.json')}" names the rule "clichee", which does not exist; did you mean "cliche"? The checklist uses its default levels until it is fixed.`,
    );
    expect((await handle.deps.check(note, context())).map((f) => f.rule)).toContain('cliche');
  });
});

describe('session deps: idle', () => {
  it('resolves only once the calls under way have finished, and what they started in turn', async () => {
    handle = depsAt(tempDir());
    const finished: string[] = [];
    // Neither is awaited, as a review that was left before its checklist answered.
    void handle.deps
      .check(
        { subject: 'Thank you', body: 'Dear Priya,\n\nThank you for the talk about Kafka.\n\nJordan Lee', attachments: [] },
        { kind: 'thank-you', interview: sampleInterview(), to: 'Priya Raghunathan', now: new Date('2026-11-24T18:00:00Z') },
      )
      .then(() => finished.push('check'));
    void handle.deps.load().then(() => finished.push('load'));
    await handle.idle();
    expect(finished.sort()).toEqual(['check', 'load']);
    // With nothing under way it resolves at once.
    await handle.idle();
  });
});

describe('session deps: deleteInterview', () => {
  it('removes the interview from the store and says whether a calendar file had its steps', async () => {
    const home = tempDir();
    const now = () => new Date('2026-11-25T09:00:00Z');
    handle = depsAt(home, now);
    const { deps } = handle;
    const acme = await deps.saveInterview(sampleInterview(), { replace: false });
    const lumen = await deps.saveInterview(sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health' }), {
      replace: false,
    });
    const cwd = process.cwd();
    process.chdir(home);
    try {
      await deps.writeCalendar(acme);
    } finally {
      process.chdir(cwd);
    }
    expect(await deps.deleteInterview(lumen.id)).toEqual({ reminders: false });
    expect(await deps.deleteInterview(acme.id)).toEqual({ reminders: true });
    expect((await deps.load()).interviews).toEqual([]);
  });
});

describe('session deps: nextSteps', () => {
  it("names this application's due steps first, then every other application's, each with its company", async () => {
    const home = tempDir();
    handle = depsAt(home, () => new Date('2026-11-24T18:00:00'));
    const { deps } = handle;
    const acme = await deps.saveInterview(sampleInterview(), { replace: false });
    expect(await deps.nextSteps(acme.id)).toEqual([
      'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due now, by Wednesday, November 25',
    ]);
    const lumen = await deps.saveInterview(
      sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' }),
      { replace: false },
    );
    expect(await deps.nextSteps(lumen.id)).toEqual([
      'Lumen Health: thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due now, by Wednesday, November 25',
      'Acme Robotics: thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due now, by Wednesday, November 25',
    ]);
    expect(await deps.nextSteps('no-such-interview')).toEqual([]);
  });

  // A new user's trial: with the thank-yous sent, the closing "Next:" named the follow-up e-mail
  // to Priya and not the follow-up call to Sam, due in the same window.
  it('names every step coming when none is due yet, each with everyone in it, in date order', async () => {
    let today = new Date('2026-11-25T10:00:00');
    handle = depsAt(tempDir(), () => today);
    const { deps } = handle;
    const thanked = ['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({
      kind: 'thank-you' as const,
      to,
      at: '2026-11-24T18:00:00.000Z',
      method: 'manual' as const,
    }));
    const acme = await deps.saveInterview(sampleInterview({ sent: thanked }), { replace: false });
    expect(await deps.nextSteps(acme.id)).toEqual([
      'follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Monday, December 7',
    ]);
    // Once the first follow-ups went out on two days, the second ones come in two windows: the
    // earlier first.
    const followedUp = await deps.saveInterview(
      sampleInterview({
        sent: [
          ...thanked,
          { kind: 'follow-up', to: 'Priya Raghunathan', at: '2026-12-09T09:00:00.000Z', method: 'manual' },
          { kind: 'voicemail', to: 'Sam Ortiz', at: '2026-12-07T09:00:00.000Z', method: 'manual' },
        ],
      }),
      { replace: true },
    );
    today = new Date('2026-12-10T10:00:00');
    expect(await deps.nextSteps(followedUp.id)).toEqual([
      'follow-up call to Sam Ortiz: not before Thursday, December 17',
      'follow-up to Priya Raghunathan: not before Monday, December 21',
    ]);
  });
});

describe('session deps: the stay-in-touch notes after a no', () => {
  // A trial: months after a no, with every note to date sent, the home offered only the saved
  // interview's notes and the review's schedule named stay-in-touch notes it did not have.
  const told = sampleInterview({
    status: 'not-selected',
    statusOn: '2026-12-30',
    sent: ['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({
      kind: 'not-selected' as const,
      to,
      at: '2026-12-30T10:00:00.000Z',
      method: 'manual' as const,
    })),
  });

  it('are offered on the home and reviewed once due, and not before', async () => {
    const home = tempDir();
    handle = depsAt(home, () => new Date('2027-03-31T10:00:00'));
    const { deps } = handle;
    const saved = await deps.saveInterview(told, { replace: false });
    const due = await deps.dueFollowUps([saved]);
    expect(due.map((entry) => [entry.kind, entry.line])).toEqual([
      ['stay-in-touch', 'stay-in-touch note to Priya Raghunathan and a call to Sam Ortiz: due now'],
    ]);
    expect(homeEntries([saved], due, deps.dateStyle).map((entry) => entry.label)).toContain(
      'Stay in touch: Acme Robotics, Senior Backend Engineer (stay-in-touch note to Priya Raghunathan and a call to Sam Ortiz: due now)',
    );
    const kinds = (notes: readonly { kind: string; to: string }[]) => notes.map((note) => `${note.kind} ${note.to}`);
    expect(kinds(await deps.followUpNotes(saved))).toEqual(['stay-in-touch Priya Raghunathan', 'stay-in-touch Sam Ortiz']);
    // Sam left only a number: his is a call script, as the line above says.
    expect((await deps.followUpNotes(saved)).map((note) => note.by)).toEqual([undefined, 'phone']);
    expect(kinds(await deps.reviewNotes(saved))).toEqual([
      'not-selected Priya Raghunathan',
      'not-selected Sam Ortiz',
      'stay-in-touch Priya Raghunathan',
      'stay-in-touch Sam Ortiz',
    ]);
  });

  it('are neither offered nor reviewed while the three months run', async () => {
    handle = depsAt(tempDir(), () => new Date('2027-02-01T10:00:00'));
    const { deps } = handle;
    const saved = await deps.saveInterview(told, { replace: false });
    expect(await deps.dueFollowUps([saved])).toEqual([]);
    expect((await deps.reviewNotes(saved)).map((note) => note.kind)).toEqual(['not-selected', 'not-selected']);
  });
});

describe('session deps: the home on the day follow-ups are due', () => {
  it('names the follow-up call beside the e-mails and counts one note per person', async () => {
    handle = depsAt(tempDir(), () => new Date('2026-12-07T10:00:00'));
    const { deps } = handle;
    const thanked = ['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({
      kind: 'thank-you' as const,
      to,
      at: '2026-11-24T18:00:00.000Z',
      method: 'manual' as const,
    }));
    const saved = await deps.saveInterview(sampleInterview({ sent: thanked }), { replace: false });
    const due = await deps.dueFollowUps([saved]);
    expect(dueSummary(due, '2026-12-07')).toBe('2 notes due today, the most urgent listed first.');
    expect(homeEntries([saved], due, deps.dateStyle)[0]?.label).toBe(
      'Follow up: Acme Robotics, Senior Backend Engineer (follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: due now, by Tuesday, December 8)',
    );
  });
});

describe('session deps: the home lists every step due, as list does', () => {
  // A new user's trial: the follow-up call to Sam was never made, so the home offered only that
  // call, and the second follow-up to Priya, due meanwhile, had no entry (`list` says it on an
  // "also due" line).
  it('gives the step due beside the overdue one an entry of its own, which opens the follow-ups', async () => {
    handle = depsAt(tempDir(), () => new Date('2026-12-18T10:00:00'));
    const { deps } = handle;
    const sent = [
      ...['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({ kind: 'thank-you' as const, to, at: '2026-11-24T18:00:00.000Z' })),
      { kind: 'follow-up' as const, to: 'Priya Raghunathan', at: '2026-12-07T09:00:00.000Z' },
    ].map((entry) => ({ ...entry, method: 'manual' as const }));
    const saved = await deps.saveInterview(sampleInterview({ sent }), { replace: false });
    const due = await deps.dueFollowUps([saved]);
    expect(due.map((entry) => [entry.kind, entry.line, entry.notes])).toEqual([
      ['voicemail', 'follow-up call to Sam Ortiz: overdue since Tuesday, December 8; make it today', 1],
      ['follow-up', 'follow-up to Priya Raghunathan: due now, by Monday, December 21', 1],
    ]);
    const entries = homeEntries([saved], due, deps.dateStyle);
    const id = saved.id;
    expect(entries.slice(0, 3).map((entry) => [entry.value, entry.label, entry.choice.kind])).toEqual([
      [
        `follow-up:${id}`,
        'Follow up: Acme Robotics, Senior Backend Engineer (follow-up call to Sam Ortiz: overdue since Tuesday, December 8; make it today)',
        'follow-up',
      ],
      [
        `follow-up:${id}:2`,
        'Follow up: Acme Robotics, Senior Backend Engineer (follow-up to Priya Raghunathan: due now, by Monday, December 21)',
        'follow-up',
      ],
      ['new', 'Start a new interview', 'new'],
    ]);
    // Either entry opens the follow-ups, where both notes are.
    expect((await deps.followUpNotes(saved)).map((note) => `${note.kind} ${note.to}`)).toEqual([
      'follow-up Priya Raghunathan',
      'voicemail Sam Ortiz',
    ]);
    expect(dueSummary(due, '2026-12-18')).toBe('2 notes due today, the most urgent listed first.');
  });
});

describe('session deps: the home lists what is due, most urgent first', () => {
  // A new user's trial: the home had no entry for a thank-you not yet sent, and started on a new interview.
  it('offers a thank-you not yet sent, the overdue one before one merely due, and starts on it', async () => {
    handle = depsAt(tempDir(), () => new Date('2026-11-27T10:00:00'));
    const { deps } = handle;
    const lumen = await deps.saveInterview(
      sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer', date: '2026-11-26' }),
      { replace: false },
    );
    const acme = await deps.saveInterview(sampleInterview(), { replace: false });
    const due = await deps.dueFollowUps([lumen, acme]);
    expect(due.map((entry) => [entry.interview.id, entry.kind, entry.line])).toEqual([
      [
        acme.id,
        'thank-you',
        'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since Wednesday, November 25; send and phone today',
      ],
      [lumen.id, 'thank-you', 'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due today'],
    ]);
    const [first, second, third] = homeEntries([lumen, acme], due, deps.dateStyle);
    expect(first).toEqual({
      value: `due:${acme.id}`,
      label:
        'Thank-you: Acme Robotics, Senior Backend Engineer (thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: overdue since Wednesday, November 25; send and phone today)',
      // It opens the review on the step's first note.
      choice: { kind: 'notes', interview: acme, at: { kind: 'thank-you', to: 'Priya Raghunathan' } },
    });
    expect(second?.value).toBe(`due:${lumen.id}`);
    expect(third?.choice).toEqual({ kind: 'new' });
  });
});

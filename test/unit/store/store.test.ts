import { existsSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { tempDir } from '../../helpers/temp-dir.js';

const at = new Date('2026-11-26T17:50:00.000Z');
const candidate = { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' };

describe('openStore', () => {
  it('lives in FOLLOWUP_COACH_HOME, readable by the owner only', async () => {
    const home = tempDir();
    const store = openStore({ env: { FOLLOWUP_COACH_HOME: home } });
    expect(store.path).toBe(join(home, 'config.json'));
    await store.saveCandidate(candidate);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    await store.saveDraft({ step: 'company' });
    expect(statSync(join(home, 'draft.json')).mode & 0o777).toBe(0o600);
  });

  it('prefers an explicit home to the environment', () => {
    const home = tempDir();
    expect(openStore({ env: { FOLLOWUP_COACH_HOME: tempDir() }, home }).path).toBe(join(home, 'config.json'));
  });

  it("uses conf's per-user config folder otherwise", () => {
    const xdg = tempDir();
    const previous = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = xdg; // env-paths, inside conf, reads the real environment
    try {
      expect(openStore({ env: {} }).path).toBe(join(xdg, 'followup-coach', 'config.json'));
    } finally {
      if (previous === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = previous;
    }
  });
});

describe('temporary files of cut-short writes', () => {
  it('the first draft save removes those an hour old, and leaves fresh ones and other files alone', async () => {
    const home = tempDir();
    const old = ['draft.json.tmp-573965524669d829', 'config.json.tmp-5739655934c92745'];
    const keep = ['draft.json.tmp-57409668180b404b', 'notes.txt', 'draft.json.tmp-not-ours'];
    for (const name of [...old, ...keep]) writeFileSync(join(home, name), '');
    const hourAgo = new Date(at.getTime() - 61 * 60 * 1000);
    for (const name of [...old, 'notes.txt', 'draft.json.tmp-not-ours']) utimesSync(join(home, name), hourAgo, hourAgo);
    utimesSync(join(home, keep[0]!), at, at);
    const store = openStore({ env: {}, home, now: () => at });
    await store.saveDraft({ step: 'company' });
    expect(readdirSync(home).sort()).toEqual(['draft.json', ...keep].sort());
  });
});

describe('saved data', () => {
  it('keeps the candidate and interviews for the next process', async () => {
    const home = tempDir();
    const first = openStore({ env: {}, home });
    expect(await first.candidate()).toBeNull();
    expect(await first.interviews()).toEqual([]);
    await first.saveCandidate(candidate);
    const saved = await first.saveInterview(sampleInterview());
    const second = openStore({ env: {}, home });
    expect(await second.candidate()).toEqual(candidate);
    expect(await second.interview(saved.id)).toEqual(sampleInterview());
    expect(await second.interview('nope')).toBeNull();
    expect(await second.interview('toString')).toBeNull();
  });

  it('makes a taken id unique unless asked to replace', async () => {
    const store = openStore({ env: {}, home: tempDir() });
    await store.saveInterview(sampleInterview());
    expect((await store.saveInterview(sampleInterview({ role: 'Backend Engineer' }))).id).toBe(
      'acme-robotics-senior-backend-engineer-2',
    );
    expect((await store.saveInterview(sampleInterview({ status: 'offer' }), { replace: true })).id).toBe(
      'acme-robotics-senior-backend-engineer',
    );
    expect((await store.interviews()).map((i) => [i.id, i.status, i.role])).toEqual([
      ['acme-robotics-senior-backend-engineer', 'offer', 'Senior Backend Engineer'],
      ['acme-robotics-senior-backend-engineer-2', 'waiting', 'Backend Engineer'],
    ]);
  });

  it('records what was sent and hand edits', async () => {
    const store = openStore({ env: {}, home: tempDir() });
    const { id } = await store.saveInterview(sampleInterview());
    const entry = { kind: 'thank-you', to: 'Sam Ortiz', at: at.toISOString(), method: 'osc52' } as const;
    await store.recordSent(id, entry);
    const edit = { kind: 'thank-you', to: 'Sam Ortiz', subject: 'Thanks', body: 'Dear Sam', at: at.toISOString() } as const;
    await store.saveEdit(id, edit);
    expect(await store.interview(id)).toMatchObject({ sent: [entry], edits: [edit] });
  });

  it('refuses to update an interview that is not saved, naming the saved ids', async () => {
    const store = openStore({ env: {}, home: tempDir() });
    await store.saveInterview(sampleInterview());
    await expect(store.updateInterview('globex', (i) => i)).rejects.toMatchObject({
      message: 'no saved interview has the id "globex".',
      tryMessage: 'one of: acme-robotics-senior-backend-engineer  (followup-coach list shows them all)',
      name: 'UsageError',
    });
  });

  it('never lets an update move an interview to another id', async () => {
    const store = openStore({ env: {}, home: tempDir() });
    const { id } = await store.saveInterview(sampleInterview());
    await store.updateInterview(id, (i) => ({ ...i, id: 'other', status: 'closed' }));
    expect((await store.interviews()).map((i) => [i.id, i.status])).toEqual([[id, 'closed']]);
  });

  it('does not lose writes made at once through separate store objects', async () => {
    const home = tempDir();
    const stores = [openStore({ env: {}, home }), openStore({ env: {}, home })];
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => stores[n % 2]!.saveInterview(sampleInterview({ id: `company-${n}` }))),
    );
    expect((await stores[0]!.interviews()).length).toBe(20);
  });
});

describe('a damaged store', () => {
  it.each([
    ['{"interviews": {', 'not valid JSON'],
    ['[1, 2]', 'it is not a JSON object'],
  ])('is moved aside to a dated backup and the command goes on clean (%s)', async (content, reason) => {
    const home = tempDir();
    writeFileSync(join(home, 'config.json'), content);
    const store = openStore({ env: {}, home, now: () => at });
    expect(await store.interviews()).toEqual([]);
    const backup = join(home, 'config.json.corrupt-2026-11-26T17-50-00');
    expect(readFileSync(backup, 'utf8')).toBe(content);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(`could not be read (${reason}`);
    expect(store.notices[0]).toContain(`moved aside to ${backup}`);
    await store.saveCandidate(candidate);
    expect(await openStore({ env: {}, home }).candidate()).toEqual(candidate);
  });

  it('is noticed by a write too, and a second backup in the same second gets its own name', async () => {
    const home = tempDir();
    const file = join(home, 'config.json');
    writeFileSync(file, 'old');
    const store = openStore({ env: {}, home, now: () => at });
    writeFileSync(file, 'older');
    writeFileSync(`${file}.corrupt-2026-11-26T17-50-00`, 'earlier backup');
    await store.saveInterview(sampleInterview());
    expect(readFileSync(`${file}.corrupt-2026-11-26T17-50-00-2`, 'utf8')).toBe('older');
    expect(readFileSync(`${file}.corrupt-2026-11-26T17-50-00`, 'utf8')).toBe('earlier backup');
    expect((await store.interviews()).length).toBe(1);
  });
});

describe('the draft', () => {
  it('is saved, read back and cleared on its own file', async () => {
    const home = tempDir();
    const store = openStore({ env: {}, home, now: () => at });
    expect(await store.draft()).toBeNull();
    await store.saveDraft({ step: 'interviewers', answers: { company: 'Acme' } });
    expect(existsSync(store.path)).toBe(false);
    expect(await openStore({ env: {}, home }).draft()).toEqual({ step: 'interviewers', answers: { company: 'Acme' } });
    await store.clearDraft();
    expect(await store.draft()).toBeNull();
    await store.clearDraft();
  });

  it('is moved aside when damaged, with a notice', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'draft.json'), '{"draft": ');
    const store = openStore({ env: {}, home, now: () => at });
    expect(await store.draft()).toBeNull();
    expect(readdirSync(home)).toContain('draft.json.corrupt-2026-11-26T17-50-00');
    expect(store.notices).toEqual([
      `The unfinished draft could not be read; it was moved aside to ${join(home, 'draft.json.corrupt-2026-11-26T17-50-00')}.`,
    ]);
  });
});

describe('one bad entry', () => {
  it('is moved to a named 0600 backup and reported; the others keep working', async () => {
    const home = tempDir();
    const good = sampleInterview();
    const broken = [
      ['a-number', 42],
      ['no-fields', { id: 'no-fields' }],
      [
        'string-topics',
        { ...sampleInterview({ id: 'string-topics' }), interviewers: [{ ...good.interviewers[0], topics: 'Kafka' }] },
      ],
      ['far-future', sampleInterview({ id: 'far-future', date: '9999-12-31' })],
      ['escape', sampleInterview({ id: 'escape', company: 'Acme\u001b]52;c;Y3VybA==\u0007' })],
    ] as const;
    const file = { version: 1, candidate, interviews: { [good.id]: good, ...Object.fromEntries(broken) } };
    writeFileSync(join(home, 'config.json'), JSON.stringify(file));
    const store = openStore({ env: {}, home, now: () => at });
    expect((await store.interviews()).map((i) => i.id)).toEqual([good.id]);
    expect(store.notices).toHaveLength(5);
    expect(store.notices[0]).toBe(
      `The saved interview "a-number" in ${join(home, 'config.json')} could not be used (it is not an object).\n` +
        `  It was moved aside to ${join(home, 'config.json.bad-a-number-2026-11-26T17-50-00')}; every other interview works as before.\n` +
        '  Repair it and import it again as an interview file (followup-coach import FILE).',
    );
    expect(store.notices[2]).toContain('(interviewers: [0] topics: is not a list)');
    expect(store.notices[3]).toContain('(date: is not a day from 1970 to 2100 (YYYY-MM-DD))');
    expect(store.notices[4]).toContain('(company: The company contains the control character U+001B');
    const backup = join(home, 'config.json.bad-escape-2026-11-26T17-50-00');
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toEqual(broken[4][1]);
    // The store itself now holds the good one only, and says nothing more next time.
    const again = openStore({ env: {}, home, now: () => at });
    expect((await again.interviews()).map((i) => i.id)).toEqual([good.id]);
    expect(again.notices).toEqual([]);
  });

  it('a bad candidate is set aside alone', async () => {
    const home = tempDir();
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({ version: 1, candidate: { name: 7 }, interviews: { [sampleInterview().id]: sampleInterview() } }),
    );
    const store = openStore({ env: {}, home, now: () => at });
    expect(await store.candidate()).toBeNull();
    expect(await store.interviews()).toHaveLength(1);
    expect(store.notices[0]).toContain('The saved candidate (you)');
  });

  it('never reads or writes through a symlinked store', async () => {
    const home = tempDir();
    const other = join(tempDir(), 'other.json');
    writeFileSync(other, '{"theirs": true}');
    symlinkSync(other, join(home, 'config.json'));
    const store = openStore({ env: {}, home });
    await expect(store.saveCandidate(candidate)).rejects.toThrow(
      `cannot read ${join(home, 'config.json')}: it is a symbolic link, and followup-coach never reads or writes its data through one.`,
    );
    expect(readFileSync(other, 'utf8')).toBe('{"theirs": true}');
  });
});

describe('an entry nested too deep to walk', () => {
  it('is set aside like any bad entry (the whole file kept as its backup), never a stack overflow', async () => {
    const home = tempDir();
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const text = `{"version":1,"interviews":{"x":{"id":"x","deep":${deep}},"${sampleInterview().id}":${JSON.stringify(sampleInterview())}}}`;
    writeFileSync(join(home, 'config.json'), text);
    const store = openStore({ env: {}, home, now: () => at });
    expect((await store.interviews()).map((i) => i.id)).toEqual([sampleInterview().id]);
    expect(store.notices[0]).toContain('is nested far deeper than any field of followup-coach.');
    expect(readFileSync(join(home, 'config.json.bad-x-2026-11-26T17-50-00'), 'utf8')).toBe(text);
  });
});

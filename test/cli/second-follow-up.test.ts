// The second follow-up is a note of its own. Tomás thanked Kwame on Monday, November 30 and
// followed up on Monday, December 14; two weeks later, with no reply, the advice is one more
// short note. regen wrote the first follow-up again (and said on stderr that it had been "recorded
// as sent"); when the first had gone from the tool, its very text came back as the second. Until
// the second is due (ten days after the first), the first is still the note of record; from then
// on the follow-up is the second: new words, naming the first's day, quoting it in the same thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editable } from '../../src/session/review/index.js';
import { openStore } from '../../src/store/index.js';
import { brasaFile } from '../helpers/brasa.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { sessionDepsAt, settledReview } from '../helpers/session-deps.js';

const ID = 'brasa-co-sous-chef';
const FIRST_BODY =
  'Dear Kwame,\n\nA short note to say I am still keen on the Sous Chef role, and I enjoyed our talk about food cost targets.\n\nMany thanks,\nTomás Ibáñez';

async function saved(sent: object[]): Promise<string> {
  const home = newHome();
  const file = join(home, 'brasa.json');
  writeFileSync(file, JSON.stringify(brasaFile({}, { sent })));
  expect((await runCli(['import', file], { home, env: { FOLLOWUP_COACH_NOW: '2026-11-30' } })).code).toBe(0);
  return home;
}

const thanks = { kind: 'thank-you', to: 'Kwame Mensah-Bonsu', at: '2026-11-30T17:00:00.000Z' };
const followUp = (extra: object = {}) => ({
  kind: 'follow-up',
  to: 'Kwame Mensah-Bonsu',
  at: '2026-12-14T15:00:00.000Z',
  ...extra,
});
const regen = (home: string, day: string) =>
  runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Kwame', '--print'], { home, env: { FOLLOWUP_COACH_NOW: day } });

describe('regen --kind follow-up after a first follow-up', () => {
  it('shows the first, as recorded, until the second is due', async () => {
    const home = await saved([thanks, followUp()]);
    for (const day of ['2026-12-14', '2026-12-23']) {
      const run = await regen(home, day);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('The follow-up note to Kwame Mensah-Bonsu was recorded as sent on Monday, December 14');
      expect(run.stdout).toContain('On November 30, Tomás Ibáñez wrote:\n> Dear Kwame,');
    }
  }, 60_000);

  it('writes the second two weeks later: its own words, naming the first, quoting it', async () => {
    const home = await saved([thanks, followUp()]);
    const first = await regen(home, '2026-12-14');
    const run = await regen(home, '2026-12-28');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('recorded as sent');
    expect(run.stderr).not.toContain('too-early');
    expect(run.stdout).toMatch(/^Subject: Re: Thank you: Sous Chef interview\n\nDear Kwame,\n\n/);
    expect(run.stdout).toContain('December 14');
    // The first follow-up (which quotes the thank-you) is quoted in the same thread.
    expect(run.stdout).toContain('On December 14, Tomás Ibáñez wrote:\n> Dear Kwame,');
    expect(run.stdout).toContain('> On November 30, Tomás Ibáñez wrote:');
    const own = (text: string) => text.slice(0, text.indexOf('\nOn Monday'));
    expect(own(run.stdout)).not.toEqual(own(first.stdout));
  }, 60_000);

  it('never hands back the text of a first follow-up copied from the tool as the second', async () => {
    const home = await saved([
      thanks,
      followUp({ method: 'clipboard', subject: 'Re: Thank you: Sous Chef interview', body: FIRST_BODY }),
    ]);
    const same = await regen(home, '2026-12-14');
    expect(same.stdout).toContain(FIRST_BODY);
    const run = await regen(home, '2026-12-28');
    expect(run.stderr).not.toContain('as it went');
    expect(run.stdout.startsWith(`Subject: Re: Thank you: Sous Chef interview\n\n${FIRST_BODY}`)).toBe(false);
    // The first is what the second quotes, word for word.
    expect(run.stdout).toContain(
      `On December 14, Tomás Ibáñez wrote:\n${FIRST_BODY.replace(/^/gm, '> ').replace(/^> $/gm, '>')}`,
    );
  }, 60_000);

  it('says nothing false about a second follow-up call on stderr', async () => {
    const call = { kind: 'voicemail', to: 'Chef Aoife Ní Bhriain', at: '2026-12-14T15:00:00.000Z' };
    const home = await saved([{ ...thanks, to: 'Chef Aoife Ní Bhriain' }, call]);
    const run = await runCli(['regen', ID, '--kind', 'voicemail', '--to', 'Aoife', '--print'], {
      home,
      env: { FOLLOWUP_COACH_NOW: '2026-12-29' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('recorded as sent');
    expect(run.stdout).toContain('December 14');
  }, 60_000);
});

/** Kwame's follow-up as the session's review of follow-ups shows it at `at`. */
async function reviewed(home: string, at: string) {
  const interview = (await openStore({ env: {}, home }).interview(ID))!;
  const state = await settledReview(sessionDepsAt(home, at), interview, 'follow-up');
  return state.notes!.find(({ note }) => note.to === 'Kwame Mensah-Bonsu')!;
}

describe('the session’s review of follow-ups after a first one', () => {
  it('shows the first as sent until the second is due, then the second as a note to send', async () => {
    const home = await saved([thanks, followUp()]);
    const sameDay = await reviewed(home, '2026-12-14T18:00:00Z');
    expect(editable(sameDay)).toBe(false);
    const later = await reviewed(home, '2026-12-28T15:00:00Z');
    expect(editable(later)).toBe(true);
    expect(later.note.body).toContain('December 14');
    expect(later.findings!.map((finding) => finding.rule)).toEqual([]);
  }, 120_000);
});

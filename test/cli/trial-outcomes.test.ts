// The second trial run's outcomes, through the commands the user ran: the nurse's offer and the
// teacher's no, what list and status then say, and the ids the files are saved under.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const NURSE = join(FIXTURES, 'st-brigids.json');
const TEACHER = join(FIXTURES, 'ashcombe.json');
const NURSE_ID = 'st-brigids-medical-center-charge-nurse-cardiac-step-down';
const TEACHER_ID = 'ashcombe-academy-head-of-geography';
const BRITISH = { LANG: 'en_GB.UTF-8' };

async function imported(file: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const home = newHome();
  const run = await runCli(['import', file], { home, env: { FOLLOWUP_COACH_NOW: '2026-11-25', ...env } });
  expect(run.code).toBe(0);
  return home;
}

describe('ids', () => {
  it('an apostrophe does not split a word of the id', async () => {
    const run = await runCli(['import', NURSE], { env: { FOLLOWUP_COACH_NOW: '2026-11-25' } });
    expect(run.stdout).toMatch(new RegExp(`^Saved ${NURSE_ID}\\.\\n`));
  });

  it('an interview saved under the older id is still found when the same file comes again', async () => {
    const older = 'st-brigid-s-medical-center-charge-nurse-cardiac-step-down';
    const home = newHome();
    const withId = join(home, 'with-id.json');
    writeFileSync(withId, JSON.stringify({ ...JSON.parse(readFileSync(NURSE, 'utf8')), id: older }));
    expect((await runCli(['import', withId], { home })).code).toBe(0);
    const again = await runCli(['import', NURSE], { home });
    expect(again.stdout).toMatch(new RegExp(`^Already saved as ${older}; nothing changed\\.\\n`));
    expect((await runCli(['regen', older, '--kind', 'thank-you', '--to', 'Jordan', '--print'], { home })).code).toBe(0);
  });
});

describe('after an offer', () => {
  it('status says once that nothing more is due', async () => {
    const home = await imported(NURSE);
    const run = await runCli(['status', NURSE_ID, 'offer', '--told-by', 'Dubois-Martin'], {
      home,
      env: { FOLLOWUP_COACH_NOW: '2026-12-09' },
    });
    expect(run.stdout).toBe(
      `Recorded for ${NURSE_ID}: an offer (Wednesday, December 9, told by Dr. Hélène Dubois-Martin).\n` +
        'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.\n',
    );
  });

  it('regen offers no note that asks to be considered, and refuses one asked for by name', async () => {
    const home = await imported(NURSE);
    const env = { FOLLOWUP_COACH_NOW: '2026-12-09' };
    expect((await runCli(['status', NURSE_ID, 'offer', '--told-by', 'Dubois-Martin'], { home, env })).code).toBe(0);
    const due = await runCli(['regen', NURSE_ID, '--print'], { home, env });
    expect(due.code).toBe(1);
    expect(due.stderr).toContain(
      `Try: followup-coach regen ${NURSE_ID} --kind thank-you --print   (the thank-you, to read again)\n`,
    );
    const asked = await runCli(['regen', NURSE_ID, '--kind', 'stay-in-touch', '--to', 'Hélène', '--print'], { home, env });
    expect({ code: asked.code, stdout: asked.stdout, stderr: asked.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'followup-coach: you have an offer, so there is no stay-in-touch note to write: it would ask to be considered, or chase an answer you already have. ' +
        'Answer the offer itself, and thank Dr. Hélène Dubois-Martin for it in that reply.\n' +
        `Try: followup-coach regen ${NURSE_ID} --kind thank-you --print   (the thank-you, to read again)\n`,
    });
    const thanks = await runCli(['regen', NURSE_ID, '--kind', 'thank-you', '--to', 'Hélène', '--print'], { home, env });
    expect(thanks.stdout).toMatch(/^Subject: Thank you: Charge Nurse, Cardiac Step-Down interview\n\nDear Dr\. Dubois-Martin,\n/);
  });
});

describe('after a no on a Friday', () => {
  async function toldNo(): Promise<string> {
    const home = await imported(TEACHER, BRITISH);
    const run = await runCli(['status', TEACHER_ID, 'not-selected', '--told-by', 'Carrington-Smythe'], {
      home,
      env: { FOLLOWUP_COACH_NOW: '2026-12-11', ...BRITISH },
    });
    expect(run.code).toBe(0);
    return home;
  }

  it('the thanks are due by the Monday, in words', async () => {
    const home = await toldNo();
    const list = await runCli(['list'], { home, env: { FOLLOWUP_COACH_NOW: '2026-12-12', ...BRITISH, COLUMNS: '1000' } });
    // Councillor O'Donoghue left no e-mail and no number: no note after the no can reach her, and
    // nobody is asked for one after a no, so the schedule leaves her out and says so.
    expect(list.stdout).toContain(
      '  next: thanks after the decision to Mrs Philippa Carrington-Smythe and Mr Dev Patel: due now, by Monday 14 December\n' +
        "  You have no e-mail address for Councillor Ruth O'Donoghue, so no note after the decision can reach them. " +
        'After a no, it is best not to ask anyone for contact details, so the schedule leaves them out. If it arrives, add it with ' +
        'followup-coach export ashcombe-academy-head-of-geography > ashcombe-academy-head-of-geography.json, your edit, and followup-coach import ashcombe-academy-head-of-geography.json --replace.\n',
    );
  });

  it('three months on, the schedule has moved on to the stay-in-touch note and says why', async () => {
    const home = await toldNo();
    const list = await runCli(['list'], { home, env: { FOLLOWUP_COACH_NOW: '2027-03-15', ...BRITISH, COLUMNS: '1000' } });
    expect(list.stdout).toContain(
      '  next: stay-in-touch note to Mrs Philippa Carrington-Smythe and Mr Dev Patel: due now\n' +
        '  The thanks for the news of Friday 11 December 2026 did not go out within the week, and later it reads as an afterthought: the schedule moves on. ' +
        "You have no e-mail address for Councillor Ruth O'Donoghue, so no note after the decision can reach them.",
    );
  });
});

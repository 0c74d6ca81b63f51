// The contact request goes with the thank-you notes, through every door. Brasa & Co.
// (test/fixtures/interviews/brasa.json): interviewed on Monday, November 30; Lin Yu wrote to
// Tomás but he has no e-mail for her, so the contact request asks Kwame. Three weeks on, on
// Monday, December 21, `list` once said "contact request to Kwame Mensah-Bonsu: overdue since
// Tuesday, December 1, send it today", regen wrote it, and the calendar kept a reminder for it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { sessionDepsAt, settledReview } from '../helpers/session-deps.js';

const ID = 'brasa-co-sous-chef';
const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/brasa.json');
// Two weeks on, while the late thank-yous are still asked for (src/model/contact-schedule.ts gives
// them up after that, for the follow-up).
const LATE = { FOLLOWUP_COACH_NOW: '2026-12-14', FOLLOWUP_COACH_COUNTRY: 'none' };
const LAPSED =
  "Too late to ask Kwame Mensah-Bonsu for Lin Yu's e-mail address for a thank-you; if it arrives, add it with " +
  `followup-coach export ${ID} > ${ID}.json, your edit, and followup-coach import ${ID}.json --replace.`;

async function imported(): Promise<string> {
  const home = newHome();
  expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
  return home;
}

describe('two weeks after the interview, the contact request is no longer due', () => {
  it('list names the late thank-yous, says why Lin Yu is not among them, and asks nothing of Kwame', async () => {
    const home = await imported();
    const list = await runCli(['list'], { home, env: { ...LATE, COLUMNS: '400' } });
    expect(list.stdout).toContain(
      '  next: thank-you to Kwame Mensah-Bonsu and thank-you call to Chef Aoife Ní Bhriain: overdue since Tuesday, December 1; send and phone today\n' +
        `  ${LAPSED}\n`,
    );
    expect(list.stdout).not.toContain('contact request');
  });

  it('regen writes the late thank-you, not the contact request', async () => {
    const home = await imported();
    const regen = await runCli(['regen', ID, '--print'], { home, env: LATE });
    expect(regen.stderr).toContain('No --kind given: writing the thank-you call script to Chef Aoife Ní Bhriain');
    expect(regen.stdout).not.toContain('Contact details');
  });

  it('the calendar keeps Lin Yu’s follow-up, marked, and has no reminder to ask Kwame or thank Lin Yu', async () => {
    const home = await imported();
    const run = await runCli(['calendar', '--json'], { home, env: LATE });
    const events = (JSON.parse(run.stdout) as { events: { kind: string; to: string }[] }).events;
    // The reminder to follow up with Lin Yu says first that there is no address for her yet.
    const ics = (await runCli(['calendar'], { home, env: LATE })).stdout.replace(/\r\n /g, '');
    expect(ics).toContain('DESCRIPTION:You have no e-mail address for Lin Yu yet.\\n\\nThey said');
    expect(events.map(({ kind, to }) => `${kind} ${to}`)).toEqual([
      'thank-you Chef Aoife Ní Bhriain',
      'thank-you Kwame Mensah-Bonsu',
      'follow-up Lin Yu',
      'follow-up Kwame Mensah-Bonsu',
      'voicemail Chef Aoife Ní Bhriain',
    ]);
  });

  it('the session’s review offers no contact request, and its schedule says why', async () => {
    const home = await imported();
    const interview = (await openStore({ env: {}, home }).interview(ID))!;
    const state = await settledReview(sessionDepsAt(home, '2026-12-14T15:00:00Z'), interview, 'review');
    expect(state.notes!.map(({ note }) => `${note.kind} ${note.to}`)).toEqual([
      'thank-you Chef Aoife Ní Bhriain',
      'thank-you Kwame Mensah-Bonsu',
      'thank-you Lin Yu',
    ]);
    expect(state.schedule).toEqual([
      'thank-you to Kwame Mensah-Bonsu and thank-you call to Chef Aoife Ní Bhriain: overdue since Tuesday, December 1; send and phone today',
      LAPSED,
      'follow-up to Lin Yu: due now, by Tuesday, December 15 (no e-mail address for Lin Yu yet)',
      'follow-up to Kwame Mensah-Bonsu: not before Tuesday, December 15',
      'follow-up call to Chef Aoife Ní Bhriain: not before Tuesday, December 15',
    ]);
  }, 60_000);
});

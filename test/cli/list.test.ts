// list of the built CLI: most urgent first, what is due and when, the JSON form, the empty store.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');

/** A home with Acme saved as said "by Wednesday" (25 Nov 2026), with `sent` on record. */
async function acmeSaidWednesday(sent: readonly { kind: string; to: string; at: string }[]): Promise<string> {
  const acme = JSON.parse(readFileSync(join(FIXTURES, 'acme.json'), 'utf8')) as Record<string, unknown>;
  const file = join(newHome(), 'acme-wednesday.json');
  writeFileSync(file, JSON.stringify({ ...acme, timeframe: 'by Wednesday', sent }));
  const home = newHome();
  expect((await runCli(['import', file], { home })).code).toBe(0);
  return home;
}

describe('list', () => {
  it('says how to start when nothing is saved, in text and as an empty JSON list', async () => {
    const text = await runCli(['list']);
    expect(text).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        'No interviews saved yet.\n' +
        'Start with the guided session:   followup-coach\n' +
        'or save an interview file:       followup-coach import FILE   (the README shows the format)\n',
    });
    expect((await runCli(['list', '--json'])).stdout).toBe('[]\n');
  });

  describe('with five interviews', () => {
    let home = '';
    beforeAll(async () => {
      home = newHome();
      // Saved in an order unlike the urgency, so the sorting shows.
      for (const name of ['northwind-bank', 'acme', 'kestrel-games', 'lumen-health', 'harbor-logistics']) {
        expect((await runCli(['import', join(FIXTURES, `${name}.json`)], { home })).code).toBe(0);
      }
    });

    it('shows each with what is due next and when, overdue first, upcoming last', async () => {
      const run = await runCli(['list'], { home });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toBe(
        [
          'lumen-health-product-designer',
          '  Lumen Health, Product Designer · interviewed Friday, November 20',
          '  next: thank-you to José Álvarez: overdue since Saturday, November 21; send it',
          '    today',
          '',
          'harbor-logistics-operations-analyst',
          '  Harbor Logistics, Operations Analyst · interviewed Monday, November 23',
          '  next: thank-you call to Raymond Okafor: overdue since Tuesday, November 24;',
          '    make it today',
          '',
          'acme-robotics-senior-backend-engineer',
          '  Acme Robotics, Senior Backend Engineer · interviewed Tuesday, November 24',
          '  next: thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due',
          '    today',
          '',
          'kestrel-games-gameplay-programmer',
          '  Kestrel Games, Gameplay Programmer · interviewed Tuesday, November 10 · not',
          '    selected',
          '  next: thanks after the decision to Siobhán Kelly, Kenji Watanabe and Emily',
          '    Carter: due now',
          '',
          'northwind-bank-data-platform-engineer',
          '  Northwind Bank, Data Platform Engineer · interviewed Monday, December 28',
          '  next: contact request to Hannah Schmidt and thank-you to 王伟, Zoë Fischer,',
          '    Marcus Oyelaran, Aisha Rahman and Tomás Ferreira: not before Monday,',
          '    December 28',
          '',
          'Write a note:  followup-coach regen ID   (--kind KIND, --to NAME)',
          'Record news:   followup-coach status ID OUTCOME',
          '           or  followup-coach sent ID --kind KIND --to NAME',
          '',
        ].join('\n'),
      );
    });

    it('--json gives the same order with the schedule item behind each line', async () => {
      const rows = JSON.parse((await runCli(['list', '--json'], { home })).stdout);
      expect(rows.map((row: { id: string; next: { state: string } }) => [row.id, row.next.state])).toEqual([
        ['lumen-health-product-designer', 'overdue'],
        ['harbor-logistics-operations-analyst', 'overdue'],
        ['acme-robotics-senior-backend-engineer', 'due'],
        ['kestrel-games-gameplay-programmer', 'due'],
        ['northwind-bank-data-platform-engineer', 'upcoming'],
      ]);
      expect(rows[2]).toEqual({
        id: 'acme-robotics-senior-backend-engineer',
        company: 'Acme Robotics',
        role: 'Senior Backend Engineer',
        date: '2026-11-24',
        status: 'waiting',
        rounds: [{ id: 'acme-robotics-senior-backend-engineer', round: 1, date: '2026-11-24' }],
        next: {
          // The interview (round) the note belongs to; its round only when there are several.
          id: 'acme-robotics-senior-backend-engineer',
          round: null,
          kind: 'thank-you',
          to: ['Priya Raghunathan', 'Sam Ortiz'],
          notBefore: '2026-11-24',
          recommended: '2026-11-24',
          by: '2026-11-25',
          state: 'due',
          text: 'thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due today',
          why: 'Thank-you notes go out within 24 hours of the interview: send them by the end of Wednesday, November 25.',
        },
        alsoDue: [],
      });
    });

    it('moves with the clock: a week later the unsent Acme thank-you notes are overdue', async () => {
      const rows = JSON.parse((await runCli(['list', '--json'], { home, env: { FOLLOWUP_COACH_NOW: '2026-12-02' } })).stdout);
      const acme = rows.find((row: { id: string }) => row.id === 'acme-robotics-senior-backend-engineer');
      expect(acme.next).toMatchObject({ kind: 'thank-you', state: 'overdue' });
    });

    it('refuses arguments it does not take', async () => {
      const run = await runCli(['list', 'acme'], { home });
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 2,
        stderr: 'followup-coach: list takes no arguments; unexpected "acme".\nTry: followup-coach list --help\n',
      });
    });
  });

  it("counts the user's public holidays as days off: the country's, from the locale or FOLLOWUP_COACH_COUNTRY", async () => {
    // They said "by Wednesday" (25 Nov 2026); both thank-you notes went out the day before.
    const at = '2026-11-24T18:00:00.000Z';
    const home = await acmeSaidWednesday([
      { kind: 'thank-you', to: 'Priya Raghunathan', at },
      { kind: 'thank-you', to: 'Sam Ortiz', at },
    ]);
    const next = async (env: NodeJS.ProcessEnv) =>
      (await runCli(['list'], { home, env: { COLUMNS: '200', ...env } })).stdout.split('\n')[2];
    // The follow-up e-mail to Priya and the follow-up call to Sam share the day.
    expect(await next({})).toBe(
      '  next: follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Thursday, November 26',
    );
    expect(await next({ FOLLOWUP_COACH_COUNTRY: 'US' })).toBe(
      '  next: follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Friday, November 27',
    );
    expect(await next({ FOLLOWUP_COACH_COUNTRY: undefined, LC_ALL: undefined, LC_TIME: undefined, LANG: 'en_US.UTF-8' })).toBe(
      '  next: follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Friday, November 27',
    );
    const json = JSON.parse((await runCli(['list', '--json'], { home, env: { FOLLOWUP_COACH_COUNTRY: 'US' } })).stdout);
    expect(json[0].next.why).toContain('Thursday, November 26 is Thanksgiving Day, a public holiday.');
    // A country without Thanksgiving keeps Thursday.
    expect(await next({ FOLLOWUP_COACH_COUNTRY: 'GB' })).toBe(
      '  next: follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Thursday, November 26',
    );
    // A setting that names no country is said, and only weekends count.
    const wrong = await runCli(['list'], { home, env: { FOLLOWUP_COACH_COUNTRY: 'USA', COLUMNS: '200' } });
    expect(wrong.stderr).toBe(
      'followup-coach: FOLLOWUP_COACH_COUNTRY=USA is not a two-letter country code (US, GB, DE, ...), a region of one with holidays of its own (GB-SCT), or "none": counting weekends only.\n',
    );
    expect(wrong.stdout.split('\n')[2]).toBe(
      '  next: follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Thursday, November 26',
    );
  });

  it('says what else is due beside the next step: an overdue call does not hide the e-mail that fell due after it', async () => {
    // A new user's trial: the follow-up call to Sam was never made, so the schedule's next step
    // stayed that call, and the second follow-up to Priya, due meanwhile, was on no line.
    const home = await acmeSaidWednesday([
      { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z' },
      { kind: 'thank-you', to: 'Sam Ortiz', at: '2026-11-24T18:05:00.000Z' },
      { kind: 'follow-up', to: 'Priya Raghunathan', at: '2026-11-26T09:00:00.000Z' },
    ]);
    const env = { COLUMNS: '200', FOLLOWUP_COACH_COUNTRY: 'GB', FOLLOWUP_COACH_NOW: '2026-12-08' };
    const lines = (await runCli(['list'], { home, env })).stdout.split('\n');
    expect(lines.slice(2, 4)).toEqual([
      '  next: follow-up call to Sam Ortiz: overdue since Friday, November 27; make it today',
      '  also due: follow-up to Priya Raghunathan: due now, by Thursday, December 10',
    ]);
    const [row] = JSON.parse((await runCli(['list', '--json'], { home, env })).stdout);
    expect(row.alsoDue).toEqual([
      {
        id: 'acme-robotics-senior-backend-engineer',
        round: null,
        kind: 'follow-up',
        to: ['Priya Raghunathan'],
        by: '2026-12-10',
        state: 'due',
        text: 'follow-up to Priya Raghunathan: due now, by Thursday, December 10',
      },
    ]);
    // Before the second follow-up's days, the call is the only thing due, and nothing more is said.
    const earlier = (await runCli(['list'], { home, env: { ...env, FOLLOWUP_COACH_NOW: '2026-12-01' } })).stdout.split('\n');
    expect(earlier[3]).toBe('');
  });
});

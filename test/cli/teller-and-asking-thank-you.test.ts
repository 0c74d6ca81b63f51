// Two people the notes used to get wrong, through the built CLI against a real store:
// - the panellist asked for a missing address (Kwame, test/fixtures/interviews/brasa.json, which
//   has no recruiter) is asked in his own thank-you, not in a second note: list, regen, calendar;
// - the recruiter who told of a no without sitting on the panel (Dana, acme.json) gets a reply of
//   her own: status --told-by, list, regen --to, the calendar and sent all know it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const BRASA = 'brasa-co-sous-chef';
const ACME = 'acme-robotics-senior-backend-engineer';

async function saved(file: string, now: string): Promise<{ home: string; env: Record<string, string> }> {
  const home = newHome();
  const env = { FOLLOWUP_COACH_NOW: now };
  expect((await runCli(['import', join(FIXTURES, file)], { home, env })).code).toBe(0);
  return { home, env };
}

describe('the panellist asked for an address', () => {
  it('is asked in his thank-you: list, regen and the calendar plan no request of its own', async () => {
    const { home, env } = await saved('brasa.json', '2026-12-01');
    const list = await runCli(['list'], { home, env: { ...env, COLUMNS: '1000' } });
    // His first: the others, due the same day, are named after him.
    expect(list.stdout).toContain(
      '  next: thank-you to Kwame Mensah-Bonsu and Lin Yu, and thank-you call to Chef Aoife Ní Bhriain: due today\n',
    );
    const [row] = JSON.parse((await runCli(['list', '--json'], { home, env })).stdout);
    expect(row.next.why).toBe(
      'You have no e-mail address for Lin Yu: your thank-you to Kwame Mensah-Bonsu asks for it in one line, so send that one first. ' +
        'Thank-you notes go out within 24 hours of the interview: send them by the end of Tuesday, December 1.',
    );

    const thanks = await runCli(['regen', BRASA, '--kind', 'thank-you', '--to', 'Kwame', '--print'], { home, env });
    expect(thanks.code).toBe(0);
    expect(thanks.stdout).toContain(
      '\n\nOne small favor: could you share the e-mail address of Lin Yu with me, so that I can thank everyone I met?\n\n',
    );

    const request = await runCli(['regen', BRASA, '--kind', 'contact-request', '--print'], { home, env });
    expect(request).toMatchObject({ code: 2, stdout: '' });
    expect(request.stderr).toContain(
      'Kwame Mensah-Bonsu sat on the panel, so your thank-you to Kwame Mensah-Bonsu asks for the missing addresses in one line: there is no separate request.',
    );

    const ics = join(home, 'steps.ics');
    expect((await runCli(['calendar', BRASA, '--out', ics], { home, env })).code).toBe(0);
    const summaries = readFileSync(ics, 'utf8').match(/^SUMMARY:.*$/gm) ?? [];
    expect(summaries[0]).toBe('SUMMARY:Send a thank-you to Kwame Mensah-Bonsu: Brasa & Co.');
    expect(summaries.some((line) => /contact|address/i.test(line))).toBe(false);
  });

  it('once his thank-you is recorded as sent, nothing asks him again', async () => {
    const { home, env } = await saved('brasa.json', '2026-12-01');
    expect((await runCli(['sent', BRASA, '--kind', 'thank-you', '--to', 'Kwame'], { home, env })).code).toBe(0);
    const list = await runCli(['list'], { home, env: { ...env, COLUMNS: '1000' } });
    expect(list.stdout).toContain('  next: thank-you to Lin Yu and thank-you call to Chef Aoife Ní Bhriain: due today\n');
    expect(list.stdout).not.toContain('contact request');
  });
});

describe('the recruiter who told of a no from off the panel', () => {
  it('gets a reply of her own, first: status, list, regen --to, calendar, then sent moves on', async () => {
    const { home, env } = await saved('acme.json', '2026-12-02');
    const status = await runCli(['status', ACME, 'not-selected', '--told-by', 'dana', '--on', 'yesterday'], { home, env });
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toContain(
      'Next: thanks after the decision to Dana Kim and Priya Raghunathan, and a call to Sam Ortiz: due today\n',
    );
    expect((await runCli(['list'], { home, env: { ...env, COLUMNS: '1000' } })).stdout).toContain(
      '  next: thanks after the decision to Dana Kim and Priya Raghunathan, and a call to Sam Ortiz: due today\n',
    );

    const reply = await runCli(['regen', ACME, '--kind', 'not-selected', '--to', 'Dana', '--print'], { home, env });
    expect(reply.code).toBe(0);
    expect(reply.stdout).toBe(
      [
        'Subject: Thank you for letting me know: Senior Backend Engineer',
        '',
        'Dear Dana,',
        '',
        'Thank you for letting me know the decision on the Senior Backend Engineer role at Acme Robotics, and for taking the time to tell me yourself. It is not the news I hoped for, but I am grateful for your help throughout the process.',
        '',
        'I would be glad to stay in touch, and if another role comes up that suits my experience, I hope you will think of me.',
        '',
        'Warm regards,',
        'Jordan Lee',
        'jordan@example.com',
        '+1 555 0100',
        '',
      ].join('\n'),
    );

    const ics = join(home, 'steps.ics');
    expect((await runCli(['calendar', ACME, '--out', ics], { home, env })).code).toBe(0);
    expect((readFileSync(ics, 'utf8').match(/^SUMMARY:.*$/gm) ?? []).slice(0, 2)).toEqual([
      'SUMMARY:Thank Dana Kim after the decision: Acme Robotics',
      'SUMMARY:Thank Priya Raghunathan after the decision: Acme Robotics',
    ]);

    expect((await runCli(['sent', ACME, '--kind', 'not-selected', '--to', 'Dana'], { home, env })).code).toBe(0);
    expect((await runCli(['list'], { home, env: { ...env, COLUMNS: '1000' } })).stdout).toContain(
      '  next: thanks after the decision to Priya Raghunathan and a call to Sam Ortiz: due today\n',
    );
  });

  it('gets none when she told of no "no", or was not the one who told', async () => {
    const { home, env } = await saved('acme.json', '2026-12-02');
    expect((await runCli(['status', ACME, 'not-selected', '--told-by', 'Priya'], { home, env })).code).toBe(0);
    const reply = await runCli(['regen', ACME, '--kind', 'not-selected', '--to', 'Dana', '--print'], { home, env });
    expect(reply.code).not.toBe(0);
    expect(reply.stderr).toContain('Nobody called "Dana" receives');
  });
});

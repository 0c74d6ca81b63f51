// Notes through a go-between, through the built CLI: import reads "via" and asks for no address,
// export writes it back, list and regen say "via Alex Kim", and the mail draft and mailto: link go
// to Alex, as Python's email package reads the draft.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { python, pythonJson } from '../helpers/real-tools.js';
import { newHome, type RunResult, runCli } from '../helpers/run-cli.js';

const READ_EML = join(import.meta.dirname, '../helpers/read-eml.py');
const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/van-der-berg-via.json');
const ID = 'van-der-berg-infrastructure-senior-structural-engineer';
// The interview was on Monday, November 30: the thank-yous are due that day and the next.
const ON_THE_DAY = { FOLLOWUP_COACH_NOW: '2026-11-30' };
const py = python();

interface Parsed {
  headers: Record<string, string>;
  toAddress: string[];
  toName: string[];
  defects: string[];
  parts: { contentType: string; text?: string; filename: string | null }[];
}

describe('notes through a go-between, from the command line', () => {
  let home = '';
  let imported: RunResult = { code: -1, stdout: '', stderr: '' } as RunResult;

  beforeAll(async () => {
    home = newHome();
    // The drafts attach the resume: it must be a file that is there.
    const resume = join(home, 'Priyanka-Raman-CV.pdf');
    writeFileSync(resume, '%PDF-1.4\n');
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const path = join(home, 'van-der-berg-via.json');
    writeFileSync(path, JSON.stringify({ ...file, candidate: { ...file.candidate, resume } }));
    imported = await runCli(['import', path], { home, env: ON_THE_DAY });
  });

  it('import saves it, warns about no missing address, and says the thank-yous go via Alex', () => {
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain(
      "Next: thank-you to Joost van der Berg, Dr. María José García-López and Sean O'Neill via Alex Kim, and thank-you to Alex Kim: due now, by Tuesday, December 1\n",
    );
    expect(imported.stdout).not.toContain('contact-request');
  });

  it('export writes "via" back, and the file imports again unchanged', async () => {
    const exported = await runCli(['export', ID], { home });
    expect(exported.code).toBe(0);
    const file = JSON.parse(exported.stdout) as Record<string, unknown>;
    expect(file.via).toEqual({ name: 'Alex Kim', notes: 'thank-you' });
    const again = newHome();
    const path = join(again, 'again.json');
    writeFileSync(path, exported.stdout);
    expect((await runCli(['import', path], { home: again })).code).toBe(0);
    expect((await runCli(['export', ID], { home: again })).stdout).toBe(exported.stdout);
  });

  it('list says whom the next notes go through', async () => {
    const list = await runCli(['list'], { home, env: ON_THE_DAY });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('via Alex Kim');
    const json = JSON.parse((await runCli(['list', '--json'], { home, env: ON_THE_DAY })).stdout) as {
      next: { to: string[]; via?: string } | null;
    }[];
    expect(json[0]!.next).toMatchObject({
      to: ['Joost van der Berg', 'Dr. María José García-López', "Sean O'Neill"],
      via: 'Alex Kim',
    });
  });

  it('regen names the person and the go-between, and --json says both', async () => {
    const printed = await runCli(['regen', ID, '--print'], { home, env: ON_THE_DAY });
    expect(printed.code).toBe(0);
    expect(printed.stderr).toContain('writing the thank-you note to Joost van der Berg, via Alex Kim (');
    expect(printed.stdout).toContain(
      'Ms Kim, as you suggested, here is my thank-you note for Mr van der Berg. Thank you for passing it on.\n\nDear Mr van der Berg,\n',
    );
    const rows = JSON.parse((await runCli(['regen', ID, '--kind', 'thank-you', '--json'], { home, env: ON_THE_DAY })).stdout);
    expect(rows.map((row: { to: string; via?: string }) => [row.to, row.via ?? null])).toEqual([
      ['Joost van der Berg', 'Alex Kim'],
      ['Dr. María José García-López', 'Alex Kim'],
      ["Sean O'Neill", 'Alex Kim'],
      ['Alex Kim', null],
    ]);
  });

  it.skipIf(!py.available)('regen --eml addresses the draft to Alex, with a subject that says whom it is for', async () => {
    const drafts = join(home, 'drafts');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Joost', '--eml', drafts], {
      home,
      env: ON_THE_DAY,
    });
    expect(run.code).toBe(0);
    const parsed = pythonJson<Parsed>(READ_EML, [join(drafts, 'thank-you-joost-van-der-berg.eml')]);
    expect(parsed.defects).toEqual([]);
    expect(parsed.headers).toMatchObject({
      To: 'Alex Kim <alex.kim@vdberg.example>',
      Subject: 'Thank you: Senior Structural Engineer interview, second round (for Joost van der Berg)',
    });
    expect({ name: parsed.toName, address: parsed.toAddress }).toEqual({
      name: ['Alex Kim'],
      address: ['alex.kim@vdberg.example'],
    });
    const [body] = parsed.parts;
    const lines = body!.text!.replace(/\r\n/g, '\n').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Ms Kim, as you suggested, here is my thank-you note for Mr van der Berg. Thank you for passing it on.',
      '',
      'Dear Mr van der Berg,',
    ]);
  });

  it('regen --mailto links to Alex’s address', async () => {
    const own = newHome();
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    // No attachments (a link cannot carry them), and brief, so the link stays short enough.
    const path = join(own, 'brief.json');
    writeFileSync(path, JSON.stringify({ ...file, tone: 'brief', candidate: { ...file.candidate, resume: undefined } }));
    expect((await runCli(['import', path], { home: own })).code).toBe(0);
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Sean', '--mailto'], { home: own, env: ON_THE_DAY });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.startsWith('mailto:alex.kim@vdberg.example?subject=Thank%20you%3A%20')).toBe(true);
    expect(decodeURIComponent(run.stdout.trim().split('&body=')[1]!).split('\r\n')[0]).toBe(
      "Ms Kim, as you suggested, my thank-you note for Sean O'Neill is below. Thanks for passing it on.",
    );
  });

  it('the calendar’s titles and reminders say whom the thank-yous go through', async () => {
    const run = await runCli(['calendar', ID, '--json'], { home, env: ON_THE_DAY });
    const events = (JSON.parse(run.stdout) as { events: { kind: string; to: string; summary: string }[] }).events;
    expect(events.find((event) => event.kind === 'thank-you' && event.to === 'Joost van der Berg')?.summary).toBe(
      'Send a thank-you to Joost van der Berg via Alex Kim: Van der Berg Infrastructure',
    );
    const ics = (await runCli(['calendar', ID], { home, env: ON_THE_DAY })).stdout.replace(/\r\n /g, '');
    // Due on the day the file is made: the reminder says "Today" (and fires in minutes).
    expect(ics).toContain('Today: send a thank-you to Joost van der Berg via Alex Kim (Van der Berg Infrastructure)');
  });

  it('regen --out writes each note with whom it goes through and to which address', async () => {
    const dir = join(home, 'notes');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--out', dir], { home, env: ON_THE_DAY });
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'thank-you-joost-van-der-berg.txt'), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'To: Joost van der Berg, via Alex Kim <alex.kim@vdberg.example>',
      'Subject: Thank you: Senior Structural Engineer interview, second round (for Joost van der Berg)',
    ]);
  });

  it('check of the note as regen prints it does not take the line to Alex for the note', async () => {
    const printed = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Joost', '--print'], { home, env: ON_THE_DAY });
    const draft = join(home, 'pasted.txt');
    writeFileSync(draft, printed.stdout);
    const run = await runCli(['check', draft, '--profile', ID, '--to', 'Joost', '--kind', 'thank-you', '--json'], {
      home,
      env: ON_THE_DAY,
    });
    const findings = (JSON.parse(run.stdout) as { findings: { rule: string; line: number; message: string }[] }).findings;
    expect(findings.filter((finding) => finding.rule !== 'spelling' && finding.rule !== 'grammar')).toEqual([]);
  }, 60_000);
});

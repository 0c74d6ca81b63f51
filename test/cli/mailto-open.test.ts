// regen --mailto (RFC 6068 links, and the copy past 2,000 characters) and regen --eml --open
// (the draft handed to the system's opener, and a clear message when there is none).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';

describe('regen --mailto', () => {
  let home = '';
  beforeAll(async () => {
    home = newHome();
    expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
  });

  it('prints a link with %20 for spaces and %0D%0A for line breaks that decodes back to the note', async () => {
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--mailto'], { home });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const [note] = JSON.parse((await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--json'], { home })).stdout);
    const link = run.stdout.trim();
    expect(link.startsWith('mailto:priya@acme.example?subject=Thank%20you%3A%20')).toBe(true);
    expect(link).not.toMatch(/[+ \n]/);
    expect(link).toContain('%0D%0A%0D%0A');
    const query = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    expect(query.get('subject')).toBe(note.subject);
    expect(query.get('body')).toBe(note.body.replace(/\n$/, '').replace(/\n/g, '\r\n'));
  });

  it('past 2,000 characters says so and copies the note instead', async () => {
    // A panel member who talked about a lot: the follow-up quotes a long thank-you.
    const own = newHome();
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    file.interviewers[0].topics = [
      'moving telemetry ingestion from the nightly batch jobs to Kafka, with exactly-once delivery for the billing events',
      'how on-call works across the three regions, who carries the pager at night, and how incidents are reviewed afterwards',
      'the plan to split the monolithic fleet-management service into smaller services owned by the teams that run them',
    ];
    file.interviewers[0].addition = 'the write-up of how my last team cut its paging volume by half over two quarters';
    // The thank-you went out (a follow-up quotes only one on record).
    file.sent = [{ kind: 'thank-you', to: file.interviewers[0].name, at: '2026-11-25T15:00:00.000Z', method: 'clipboard' }];
    writeFileSync(join(own, 'acme.json'), JSON.stringify(file));
    expect((await runCli(['import', join(own, 'acme.json')], { home: own })).code).toBe(0);
    const run = await runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Priya', '--mailto'], {
      home: own,
      env: { FOLLOWUP_COACH_NOW: '2026-12-08' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^The mailto: link would be \d{4} characters, past the 2000 that mail programs and browsers reliably take: copying the note instead\.\n/,
    );
    // No display in the tests: the copy falls back to printing the note, as every copy does.
    expect(run.stderr).toContain('Could not copy the note');
    expect(run.stdout).toContain('Subject: Re: Thank you: Senior Backend Engineer interview\n');
  });

  it('refuses a call script, as --eml does: a phone number is no address to mail', async () => {
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Sam', '--mailto'], { home });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'followup-coach: Sam Ortiz reached you by phone: their note is a call script to read out, so there is no mailto: link.\n' +
        `Try: followup-coach regen ${ID} --kind thank-you --print\n`,
    );
  });

  it('without --to, links the written note when the phone person comes first, and names the call script', async () => {
    const own = newHome();
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    file.interviewers.reverse(); // Sam Ortiz, who phoned, first
    writeFileSync(join(own, 'acme.json'), JSON.stringify(file));
    expect((await runCli(['import', join(own, 'acme.json')], { home: own })).code).toBe(0);
    const callLine =
      'Sam Ortiz reached you by phone: their note is a call script to read out, so no mailto: link. ' +
      `Read it with: followup-coach regen ${ID} --kind thank-you --to "Sam Ortiz" --print\n`;
    for (const args of [['--kind', 'thank-you'], []]) {
      const run = await runCli(['regen', ID, ...args, '--mailto'], { home: own });
      expect({ args, code: run.code }).toEqual({ args, code: 0 });
      expect(run.stdout).toMatch(/^mailto:priya@acme\.example\?subject=Thank%20you%3A%20[^\n]+\n$/);
      expect(run.stderr).toContain(callLine);
      // Sam's note is named once, as a call script: not also as another note to link.
      expect(run.stderr).not.toContain('of this kind:');
    }
    // --eml writes Priya's draft alone and says why Sam has none; the note named first is hers.
    const dir = join(own, 'drafts');
    const eml = await runCli(['regen', ID, '--eml', dir], { home: own });
    expect(eml.code).toBe(0);
    expect(eml.stderr).toContain('No --kind given: writing the thank-you note to Priya Raghunathan (');
    expect(eml.stdout).toContain('  Sam Ortiz reached you by phone: their note is a call script, so no draft');
    expect(existsSync(join(dir, 'thank-you-priya-raghunathan.eml'))).toBe(true);
    expect(existsSync(join(dir, 'thank-you-sam-ortiz.eml'))).toBe(false);
  });

  it('prints the link for a note with attachments, and says to attach them by hand', async () => {
    const own = newHome();
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    file.candidate.resume = join(own, 'cv.pdf');
    writeFileSync(join(own, 'acme.json'), JSON.stringify(file));
    expect((await runCli(['import', join(own, 'acme.json')], { home: own })).code).toBe(0);
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--mailto'], { home: own });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^mailto:priya@acme\.example\?subject=[^\n]+&body=[^\n]+\n$/);
    expect(run.stderr).toBe(
      '(A mailto: link cannot carry attachments: attach cv.pdf yourself before you send. ' +
        `For a draft with it attached: followup-coach regen ${ID} --eml drafts)\n`,
    );
  });
});

describe('regen --eml --open', () => {
  it('hands each draft to xdg-open', async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
    // A stand-in for xdg-open on PATH that records what it was asked to open.
    const bin = join(home, 'bin');
    const record = join(home, 'opened.txt');
    mkdirSync(bin);
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> '${record}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const dir = join(home, 'drafts');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--eml', dir, '--open'], {
      home,
      env: { PATH: bin },
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const draft = join(dir, 'thank-you-priya-raghunathan.eml');
    expect(run.stdout).toContain(`Opened ${draft} with xdg-open.\n`);
    await vi.waitFor(() => expect(existsSync(record) && readFileSync(record, 'utf8')).toBe(`${draft}\n`), {
      timeout: 10_000,
      interval: 20,
    });
  });

  it('says what to install when there is no opener, after writing the draft', async () => {
    const home = newHome();
    expect((await runCli(['import', FIXTURE], { home })).code).toBe(0);
    const dir = join(home, 'drafts');
    const run = await runCli(['regen', ID, '--kind', 'thank-you', '--to', 'Priya', '--eml', dir, '--open'], {
      home,
      env: { PATH: join(home, 'empty') },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'followup-coach: could not open the draft: xdg-open is not installed (install xdg-utils).\n' +
        `Try: open the .eml file in ${dir} from your mail program (File > Open)\n`,
    );
    expect(existsSync(join(dir, 'thank-you-priya-raghunathan.eml'))).toBe(true);
  });
});

// regen of the built CLI: every way out (--print, --json, --out, the clipboard), the default kind,
// choosing the person, and the no-terminal path.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { skipWithout } from '../helpers/tools.js';
import { startVirtualDisplay, type VirtualDisplay } from '../helpers/xvfb.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';
const CHOSE =
  'No --kind given: writing the thank-you note to Priya Raghunathan (thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due today).\n';

async function homeWithAcme(): Promise<string> {
  const home = newHome();
  const run = await runCli(['import', join(FIXTURES, 'acme.json')], { home });
  expect(run.code).toBe(0);
  return home;
}

interface JsonNote {
  readonly kind: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

describe('regen', () => {
  let home = '';
  beforeAll(async () => {
    home = await homeWithAcme();
  });

  it('--json prints every note of the kind due next, with exactly kind, to, subject and body', async () => {
    const run = await runCli(['regen', ACME, '--json'], { home });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const notes = JSON.parse(run.stdout) as JsonNote[];
    expect(notes.map((note) => [note.kind, note.to])).toEqual([
      ['thank-you', 'Priya Raghunathan'],
      ['thank-you', 'Sam Ortiz'],
    ]);
    for (const note of notes) expect(Object.keys(note)).toEqual(['kind', 'to', 'subject', 'body']);
    expect(notes[0]!.body).toMatch(/^Dear Priya,\n/);
    expect(notes[1]!.body).toContain("the robot fleet's OTA update pipeline");
    expect(notes[1]!.body).not.toContain('Kafka');
  });

  it('--json and --out without --kind hand over every note due now, of every kind: the follow-up call beside the e-mail', async () => {
    // A new user's trial: on the day follow-ups were due, `regen ID --json` gave the follow-up
    // e-mail to Priya and not the follow-up call to Sam that `list` named beside it.
    const thanked = await homeWithAcme();
    for (const to of ['Priya', 'Sam'])
      expect(
        (await runCli(['sent', ACME, '--kind', 'thank-you', '--to', to, '--on', '2026-11-24'], { home: thanked })).code,
      ).toBe(0);
    const env = { FOLLOWUP_COACH_NOW: '2026-12-08' };
    const run = await runCli(['regen', ACME, '--json'], { home: thanked, env });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const notes = JSON.parse(run.stdout) as JsonNote[];
    expect(notes.map((note) => [note.kind, note.to])).toEqual([
      ['follow-up', 'Priya Raghunathan'],
      ['voicemail', 'Sam Ortiz'],
    ]);
    for (const note of notes) expect(Object.keys(note)).toEqual(['kind', 'to', 'subject', 'body']);
    // --to: every note due now to that person.
    const sam = JSON.parse((await runCli(['regen', ACME, '--to', 'Sam', '--json'], { home: thanked, env })).stdout) as JsonNote[];
    expect(sam.map((note) => [note.kind, note.to])).toEqual([['voicemail', 'Sam Ortiz']]);
    const dir = join(newHome(), 'notes');
    const out = await runCli(['regen', ACME, '--out', dir], { home: thanked, env });
    expect({ code: out.code, stderr: out.stderr, stdout: out.stdout }).toEqual({
      code: 0,
      stderr: '',
      stdout: `Wrote 2 notes:\n  ${join(dir, 'follow-up-priya-raghunathan.txt')}\n  ${join(dir, 'voicemail-sam-ortiz.txt')}\n`,
    });
  });

  it('--print writes one note as Subject line and body, and says on stderr which kind it chose', async () => {
    const [json, run] = await Promise.all([
      runCli(['regen', ACME, '--json'], { home }),
      runCli(['regen', ACME, '--print'], { home }),
    ]);
    const first = (JSON.parse(json.stdout) as JsonNote[])[0]!;
    expect(run).toMatchObject({ code: 0, stdout: `Subject: ${first.subject}\n\n${first.body}\n`, stderr: CHOSE });
  });

  it('--to picks the person by a unique first name, any case', async () => {
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'sam', '--print'], { home });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    // A call script is headed with its title, not a subject line to paste.
    expect(run.stdout).toMatch(/^Thank-you call: .* \(a script to read out on the call\)\n\nHello Sam, this is Jordan Lee, /);
  });

  it('--out writes one file per note', async () => {
    const dir = join(newHome(), 'notes');
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--out', dir], { home });
    expect(run.stdout).toBe(
      `Wrote 2 notes:\n  ${join(dir, 'thank-you-priya-raghunathan.txt')}\n  ${join(dir, 'thank-you-sam-ortiz.txt')}\n`,
    );
    const json = JSON.parse((await runCli(['regen', ACME, '--kind', 'thank-you', '--json'], { home })).stdout) as JsonNote[];
    expect(readFileSync(join(dir, 'thank-you-priya-raghunathan.txt'), 'utf8')).toBe(
      `Subject: ${json[0]!.subject}\n\n${json[0]!.body}\n`,
    );
    expect(readFileSync(join(dir, 'thank-you-sam-ortiz.txt'), 'utf8')).toBe(
      `${json[1]!.subject} (a script to read out on the call)\n\n${json[1]!.body}\n`,
    );
  });

  it('without a clipboard prints the note instead, says why, and records nothing', async () => {
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya Raghunathan'], { home });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'Could not copy the note: DISPLAY is not set, so there is no display to hold a clipboard.\n' +
        '(output is not a terminal, so it cannot be copied through the terminal either.)\n' +
        'Here it is to copy by hand (nothing was recorded as sent):\n',
    );
    expect(run.stdout).toMatch(/^Subject: Thank you: Senior Backend Engineer interview\n\nDear Priya,\n/);
    const exported = JSON.parse((await runCli(['export', ACME], { home })).stdout);
    expect(exported.sent).toBeUndefined();
  });

  it.each([
    [['--kind', 'thankyou-note'], 'followup-coach: "thankyou-note" is not a kind of note. Did you mean thank-you?'],
    [['--to', 'Zed', '--print'], 'followup-coach: Nobody called "Zed" receives a thank-you note for this interview.'],
    [['--print', '--json'], 'followup-coach: --print and --json cannot be used together: pick one way to get the notes.'],
    [['--prnt'], 'followup-coach: unknown option --prnt. Did you mean --print?'],
  ])('refuses %j with exit 2', async (flags, first) => {
    const run = await runCli(['regen', ACME, ...flags], { home });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').find((line) => line.startsWith('followup-coach:'))).toBe(first);
    expect(run.stderr).toMatch(/\nTry: .+\n$/);
  });

  it('without an id and without a terminal names the flags and the saved ids (exit 2)', async () => {
    const run = await runCli(['regen'], { home });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'followup-coach: regen needs the interview id: there is no terminal to ask which one.\n' +
        `Try: followup-coach regen ID [--kind KIND] [--to NAME] [--print]   with ID one of: ${ACME}\n`,
    });
    const empty = await runCli(['regen']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Try: save an interview first: followup-coach import FILE\n');
  });

  it('prints its help', async () => {
    const run = await runCli(['regen', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^followup-coach regen \[ID\]: rebuild a note/);
    expect(run.stdout).toContain('--out DIR');
  });
});

describe.skipIf(skipWithout('Xvfb', 'xsel'))('regen with a real clipboard (Xvfb)', () => {
  let x: VirtualDisplay;
  beforeAll(async () => {
    x = await startVirtualDisplay();
  });
  afterAll(async () => {
    await x?.stop();
  });

  it('copies the body, says so, records it as sent, and the schedule moves on', async () => {
    const home = await homeWithAcme();
    const env = { DISPLAY: x.display };
    const json = JSON.parse((await runCli(['regen', ACME, '--json'], { home })).stdout) as JsonNote[];
    const run = await runCli(['regen', ACME, '--to', 'Priya'], { home, env });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Copied the thank-you note to Priya Raghunathan <priya@acme.example> to the clipboard.\n' +
        `Subject: ${json[0]!.subject}\n` +
        'Recorded as sent; `followup-coach list` now shows what comes next.\n',
    );
    expect(await x.clipboardOnce((text) => text === json[0]!.body)).toBe(json[0]!.body);
    const exported = JSON.parse((await runCli(['export', ACME], { home })).stdout);
    expect(exported.sent).toEqual([
      {
        kind: 'thank-you',
        to: 'Priya Raghunathan',
        at: '2026-11-25T09:00:00.000Z',
        method: 'clipboard',
        subject: json[0]!.subject,
        body: json[0]!.body,
      },
    ]);
    const list = JSON.parse((await runCli(['list', '--json'], { home })).stdout);
    expect(list[0].next).toMatchObject({ kind: 'thank-you', to: ['Sam Ortiz'] });
  });

  it('copies a call script and says to make the call, with no subject to paste; the copy is not the call', async () => {
    const home = await homeWithAcme();
    const run = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Sam'], { home, env: { DISPLAY: x.display } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Copied the thank-you call script to Sam Ortiz <+1 555 0101> to the clipboard.\n' +
        'Call Sam Ortiz on +1 555 0101 and read it out (or leave it as a voicemail): it is a script for a call, not a mail.\n' +
        `Not recorded yet: a call is recorded once you have made it. Then: followup-coach sent ${ACME} --kind thank-you --to "Sam Ortiz"\n`,
    );
    expect(JSON.parse((await runCli(['export', ACME], { home })).stdout).sent).toBeUndefined();
  });

  it('copies a note already sent as it went, and records it no second time', async () => {
    const home = await homeWithAcme();
    const env = { DISPLAY: x.display };
    expect((await runCli(['regen', ACME, '--to', 'Priya'], { home, env })).code).toBe(0);
    const first = JSON.parse((await runCli(['export', ACME], { home })).stdout).sent;
    const again = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya'], {
      home,
      env: { ...env, FOLLOWUP_COACH_NOW: '2026-11-26T10:00:00' },
    });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('It is on record as sent already, so nothing new was recorded.\n');
    expect(await x.clipboardOnce((text) => text === first[0].body)).toBe(first[0].body);
    expect(JSON.parse((await runCli(['export', ACME], { home })).stdout).sent).toEqual(first);
  });

  it('copies a note to someone with no address, says whose thank-you asks for it and how to add it, and records nothing', async () => {
    const home = newHome();
    expect((await runCli(['import', join(FIXTURES, 'brasa.json')], { home })).code).toBe(0);
    const run = await runCli(['regen', 'brasa-co-sous-chef', '--kind', 'thank-you', '--to', 'Lin'], {
      home,
      env: { DISPLAY: x.display },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      // Kwame sat on the panel: his own thank-you asks for Lin Yu's address.
      'There is no e-mail address for Lin Yu yet: your thank-you to Kwame Mensah-Bonsu asks for it (followup-coach regen brasa-co-sous-chef --kind thank-you --to "Kwame Mensah-Bonsu"). Once you have it, add it',
    );
    expect(run.stdout).toContain(
      'Not recorded as sent yet. Once you have sent it: followup-coach sent brasa-co-sous-chef --kind thank-you --to "Lin Yu"\n',
    );
    expect(JSON.parse((await runCli(['export', 'brasa-co-sous-chef'], { home })).stdout).sent).toBeUndefined();
  });

  it('copies the first of several notes and lists how to get the others', async () => {
    const home = await homeWithAcme();
    const run = await runCli(['regen', ACME, '--kind', 'thank-you'], { home, env: { DISPLAY: x.display } });
    expect(run.stderr).toBe(
      `One more note of this kind:\n  Sam Ortiz: followup-coach regen ${ACME} --kind thank-you --to "Sam Ortiz"\n`,
    );
    expect(run.stdout.split('\n')[0]).toBe(
      'Copied the thank-you note to Priya Raghunathan <priya@acme.example> to the clipboard.',
    );
    expect(readdirSync(home)).toContain('config.json');
  });
});

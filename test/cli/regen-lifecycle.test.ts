// The regen lifecycle against a real store and a real clipboard (Xvfb): without --kind it writes
// the first note still due for the first person still due, never someone's twice; with nothing
// due it says what comes next and copies and records nothing; an early note needs --force.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';
import { canUseVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from '../helpers/xvfb.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const ACME = 'acme-robotics-senior-backend-engineer';

interface Exported {
  readonly sent?: ReadonlyArray<{ readonly kind: string; readonly to: string }>;
}

async function homeWith(file: string): Promise<string> {
  const home = newHome();
  const run = await runCli(['import', file], { home });
  expect(run.code).toBe(0);
  return home;
}

const acmeFile = () => JSON.parse(readFileSync(join(FIXTURES, 'acme.json'), 'utf8')) as { interviewers: unknown[] };

async function sentLog(home: string, id = ACME): Promise<Array<[string, string]>> {
  const exported = JSON.parse((await runCli(['export', id], { home })).stdout) as Exported;
  return (exported.sent ?? []).map((entry) => [entry.kind, entry.to]);
}

const NOT_YET =
  `followup-coach: nothing is due for ${ACME} yet, so nothing was copied or recorded.\n` +
  'Next: follow-up to Priya Raghunathan and follow-up call to Sam Ortiz: not before Monday, December 7\n';

describe.runIf(canUseVirtualDisplay())('the regen lifecycle (real store, real clipboard)', () => {
  let x: VirtualDisplay;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    x = await startVirtualDisplay();
    env = { DISPLAY: x.display };
  });
  afterAll(async () => {
    await x?.stop();
  });

  it('regen --to Priya, then regen: Sam gets his thank-you, Priya is not written to twice, then nothing is due', async () => {
    const home = await homeWith(join(FIXTURES, 'acme.json'));
    const priya = await runCli(['regen', ACME, '--to', 'Priya'], { home, env });
    expect(priya.code).toBe(0);
    expect(priya.stdout.split('\n')[0]).toBe(
      'Copied the thank-you note to Priya Raghunathan <priya@acme.example> to the clipboard.',
    );

    const next = await runCli(['regen', ACME], { home, env });
    expect(next.code).toBe(0);
    expect(next.stderr).toBe(
      'No --kind given: writing the thank-you call script to Sam Ortiz (thank-you call to Sam Ortiz: due today).\n',
    );
    expect(next.stdout.split('\n')[0]).toBe('Copied the thank-you call script to Sam Ortiz <+1 555 0101> to the clipboard.');
    expect(await x.clipboardOnce((text) => /^Hello Sam, this is Jordan Lee\b/.test(text))).toMatch(
      /^Hello Sam, this is Jordan Lee\b/,
    );
    // His is a call: copying the script does not make it, so it is recorded once made, as regen says.
    const made = `followup-coach sent ${ACME} --kind thank-you --to "Sam Ortiz"`;
    expect(next.stdout).toContain(`Not recorded yet: a call is recorded once you have made it. Then: ${made}\n`);
    expect(await sentLog(home)).toEqual([['thank-you', 'Priya Raghunathan']]);
    expect((await runCli(['sent', ACME, '--kind', 'thank-you', '--to', 'Sam Ortiz'], { home, env })).code).toBe(0);
    expect(await sentLog(home)).toEqual([
      ['thank-you', 'Priya Raghunathan'],
      ['thank-you', 'Sam Ortiz'],
    ]);

    const clipboard = x.readClipboard();
    const nothing = await runCli(['regen', ACME], { home, env });
    expect({ code: nothing.code, stdout: nothing.stdout }).toEqual({ code: 1, stdout: '' });
    expect(nothing.stderr.startsWith(NOT_YET)).toBe(true);
    expect(
      nothing.stderr.endsWith(
        `Try: followup-coach regen ${ACME} --kind follow-up --to "Priya Raghunathan" --print   (to read it now; it is not recorded)\n`,
      ),
    ).toBe(true);
    expect(x.readClipboard()).toBe(clipboard);
    expect(await sentLog(home)).toHaveLength(2);
  });

  it('--kind without --to copies the first person not sent that kind yet', async () => {
    const home = await homeWith(join(FIXTURES, 'acme.json'));
    await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya'], { home, env });
    const run = await runCli(['regen', ACME, '--kind', 'thank-you'], { home, env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `One more note of this kind:\n  Priya Raghunathan: followup-coach regen ${ACME} --kind thank-you --to "Priya Raghunathan"\n`,
    );
    expect(run.stdout.split('\n')[0]).toBe('Copied the thank-you call script to Sam Ortiz <+1 555 0101> to the clipboard.');
    // Sam's is a call script: recorded once the call is made, not on copy.
    expect(await sentLog(home)).toEqual([['thank-you', 'Priya Raghunathan']]);
  });

  it('an early follow-up is not copied or recorded without --force, and is with it', async () => {
    const home = await homeWith(join(FIXTURES, 'acme.json'));
    await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'Priya'], { home, env });
    const clipboard = x.readClipboard();
    const refused = await runCli(['regen', ACME, '--kind', 'follow-up', '--to', 'Priya'], { home, env });
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('  5:1  too-early\n');
    expect(refused.stderr).toContain('this note until Monday, December 7.\n');
    expect(refused.stderr.split('\n').slice(-3)).toEqual([
      'followup-coach: Not copied: the checklist says this note is early (see above), and a copied note is recorded as sent.',
      `Try: wait for the day above, or read it now with: followup-coach regen ${ACME} --kind follow-up --to "Priya Raghunathan" --print   (--force copies it and records it as sent)`,
      '',
    ]);
    expect(x.readClipboard()).toBe(clipboard);
    expect(await sentLog(home)).toEqual([['thank-you', 'Priya Raghunathan']]);

    const forced = await runCli(['regen', ACME, '--kind', 'follow-up', '--to', 'Priya', '--force'], { home, env });
    expect(forced.code).toBe(0);
    expect(forced.stderr.endsWith('--force: copying the early note and recording it as sent, as you asked.\n')).toBe(true);
    expect(forced.stdout.split('\n')[0]).toBe(
      'Copied the follow-up note to Priya Raghunathan <priya@acme.example> to the clipboard.',
    );
    expect(await x.clipboardOnce((text) => text !== clipboard)).not.toBe(clipboard);
    expect(await sentLog(home)).toEqual([
      ['thank-you', 'Priya Raghunathan'],
      ['follow-up', 'Priya Raghunathan'],
    ]);
  });

  it('an early follow-up call is copied as a script, recorded only once made, and --print says it is early', async () => {
    const home = await homeWith(join(FIXTURES, 'acme.json'));
    const thanked = await runCli(['sent', ACME, '--kind', 'thank-you', '--to', 'Sam'], { home, env });
    expect(thanked.code).toBe(0);
    // Copying a script is not making the call, so the early call's copy records nothing to hold back.
    const copied = await runCli(['regen', ACME, '--kind', 'voicemail', '--to', 'Sam'], { home, env });
    expect(copied.code).toBe(0);
    expect(copied.stderr).toContain('too-early\n');
    expect(copied.stderr).toContain('this note until Monday, December 7.\n');
    expect(copied.stderr).not.toContain('--force');
    expect(copied.stdout.split('\n').slice(-2)).toEqual([
      `Not recorded yet: a call is recorded once you have made it. Then: followup-coach sent ${ACME} --kind voicemail --to "Sam Ortiz"`,
      '',
    ]);
    expect(await x.clipboardOnce((text) => /^Hello Sam, this is Jordan Lee\b/.test(text))).toMatch(
      /^Hello Sam, this is Jordan Lee\b/,
    );

    const printed = await runCli(['regen', ACME, '--kind', 'voicemail', '--to', 'Sam', '--print'], { home, env });
    expect(printed.stdout).toMatch(/^Voicemail for Sam.* \(a script to read out on the call\)\n/);
    expect(printed.stderr).toContain('this note until Monday, December 7.\n');
    expect(await sentLog(home)).toEqual([['thank-you', 'Sam Ortiz']]);
  });
});

describe('regen with nothing due and --to (no clipboard needed)', () => {
  it('an interview with an offer: says so, exit 1, nothing on stdout', async () => {
    const home = newHome();
    const file = join(home, 'offer.json');
    writeFileSync(file, JSON.stringify({ ...acmeFile(), status: 'offer' }));
    const imported = await runCli(['import', file], { home });
    expect(imported.code).toBe(0);
    const run = await runCli(['regen', ACME], { home });
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `followup-coach: nothing is due for ${ACME}, so nothing was copied or recorded.\n` +
        'You have an offer: nothing more to send for this interview. Answer the offer itself, and thank whoever made it in that reply.\n' +
        // Not "--kind KIND (thank-you)", as if a thank-you were still to write (a trial's reading).
        `Try: followup-coach regen ${ACME} --kind thank-you --print   (the thank-you, to read again)\n`,
    });
  });

  it('with every thank-you sent: what comes next and when, exit 1, and the sent log untouched', async () => {
    const home = newHome();
    const file = join(home, 'thanked.json');
    const at = '2026-11-24T18:00:00.000Z';
    const sent = ['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({ kind: 'thank-you', to, at }));
    writeFileSync(file, JSON.stringify({ ...acmeFile(), sent }));
    expect((await runCli(['import', file], { home })).code).toBe(0);
    for (const flags of [[], ['--to', 'Priya'], ['--json']]) {
      const run = await runCli(['regen', ACME, ...flags], { home });
      // A program reading --json gets JSON: an empty list, the reason on stderr.
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: flags[0] === '--json' ? '[]\n' : '' });
      const who = flags[0] === '--to' ? `Priya Raghunathan in ${ACME}` : ACME;
      expect(run.stderr.split('\n').slice(0, 2)).toEqual([
        `followup-coach: nothing is due for ${who} yet, so nothing was copied or recorded.`,
        // Without --to the step names everyone it is due to; with --to, that person.
        `Next: follow-up to Priya Raghunathan${flags[0] === '--to' ? '' : ' and follow-up call to Sam Ortiz'}: not before Monday, December 7`,
      ]);
    }
    expect(await sentLog(home)).toEqual([
      ['thank-you', 'Priya Raghunathan'],
      ['thank-you', 'Sam Ortiz'],
    ]);
  });

  it('--to takes a surname, and a word two people share is an error that lists both', async () => {
    const home = newHome();
    const file = join(home, 'panel.json');
    const acme = acmeFile();
    const lee = {
      name: 'Lee Chen',
      title: 'Designer',
      email: 'lee@acme.example',
      medium: 'email',
      topics: ['the design system'],
    };
    const morgan = {
      name: 'Morgan Lee',
      title: 'Recruiter',
      email: 'morgan@acme.example',
      medium: 'email',
      topics: ['relocation'],
    };
    writeFileSync(file, JSON.stringify({ ...acme, interviewers: [...acme.interviewers, lee, morgan] }));
    expect((await runCli(['import', file], { home })).code).toBe(0);
    const surname = await runCli(['regen', ACME, '--to', 'ortiz', '--print'], { home });
    expect(surname.code).toBe(0);
    expect(surname.stderr).toBe(
      'No --kind given: writing the thank-you call script to Sam Ortiz (thank-you to Priya Raghunathan, Lee Chen and Morgan Lee, and thank-you call to Sam Ortiz: due today).\n',
    );
    const both = await runCli(['regen', ACME, '--kind', 'thank-you', '--to', 'lee', '--print'], { home });
    expect({ code: both.code, stdout: both.stdout, stderr: both.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'followup-coach: "lee" matches more than one person: "Lee Chen" and "Morgan Lee".\nTry: Pass the full name to --to.\n',
    });
  });
});

// `followup-coach check` as a user runs it: the built CLI in a subprocess.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ACME = resolve(ROOT, 'test/fixtures/interviews/acme.json');
const folder = mkdtempSync(join(tmpdir(), 'fc-check-'));
function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const GOOD = `Subject: Thank you: Senior Backend Engineer interview

Dear Priya,

Thank you for taking the time to meet with me yesterday. I enjoyed our conversation about moving telemetry ingestion to Kafka, and hearing how your team runs on-call made the role feel concrete.

The way you described the next year of the platform matched what I hope to work on, and I left even more excited about joining Acme Robotics as a Senior Backend Engineer.

Please let me know if there is anything else I can share.

Best regards,
Jordan Lee
`;
const priya = ['--from', ACME, '--to', 'Priya', '--kind', 'thank-you', '--now', '2026-11-25'];

type Json = {
  findings: Array<{ rule: string; severity: string; message: string; line: number; column: number; excerpt: string }>;
  errors: number;
  warnings: number;
};
const parse = (stdout: string) => JSON.parse(stdout) as Json;
const brief = (json: Json) => json.findings.map((f) => `${f.rule} ${f.severity} ${f.line}:${f.column} ${f.excerpt}`);

describe('followup-coach check', () => {
  it('passes a good note with exit 0, spelling included', async () => {
    const result = await runCli(['check', file('good.txt', GOOD), ...priya]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('No problems found. This note is ready to send.\n');
    expect(result.code).toBe(0);
  });

  it('prints exactly the documented JSON and exits 1 on errors', async () => {
    const draft = GOOD.replace('Dear Priya,', 'Dear Sam,').replace('I enjoyed', 'I realy enjoyed');
    const result = await runCli(['check', file('wrong-name.txt', draft), ...priya, '--json']);
    expect(result.code).toBe(1);
    const json = parse(result.stdout);
    expect(Object.keys(json)).toEqual(['findings', 'errors', 'warnings']);
    expect(Object.keys(json.findings[0]!)).toEqual(['rule', 'severity', 'message', 'line', 'column', 'excerpt']);
    // Greeting another interviewer is both a wrong greeting and a note written to them.
    expect(brief(json)).toEqual(['name-mismatch error 3:6 Sam', 'wrong-person error 3:6 Sam', 'spelling warning 5:60 realy']);
    expect([json.errors, json.warnings]).toEqual([2, 1]);
    expect(json.findings[0]!.message).toContain('this note is for Priya Raghunathan');
  });

  it('shows one slip two rules see at one place under one heading, and keeps both in the JSON', async () => {
    const draft = GOOD.replace('Dear Priya,', 'Dear Sam,').replace('joining Acme Robotics', 'joining Acme Robotiks');
    const shown = await runCli(['check', file('one-place.txt', draft), ...priya]);
    expect(shown.code).toBe(1);
    // The greeting: one heading naming both rules, the line and caret once, each message by its rule.
    expect(shown.stdout).toContain(
      [
        '  3:6  name-mismatch + wrong-person',
        '  3 | Dear Sam,',
        '    |      ^^^',
        '    name-mismatch: The greeting says "Sam"',
      ].join('\n'),
    );
    expect(shown.stdout).toMatch(/\n {4}wrong-person: This line speaks to Sam Ortiz/);
    expect(shown.stdout.match(/^ {2}3:6 /gm)).toHaveLength(1);
    // The misspelled company: only the name rule, which says how the company writes its name; a
    // spelling warning on "Robotiks" inside it would say the same thing again, less well.
    expect(shown.stdout).toMatch(/\n {2}7:\d+ {2}name-mismatch\n/);
    expect(shown.stdout).toContain('"Acme Robotics"');
    expect(shown.stdout).not.toContain('spelling');
    expect(shown.stdout).toContain('3 errors, at 2 places in the note.');
    const json = parse((await runCli(['check', file('one-place.txt', draft), ...priya, '--json'])).stdout);
    expect(brief(json)).toEqual([
      'name-mismatch error 3:6 Sam',
      'wrong-person error 3:6 Sam',
      expect.stringMatching(/^name-mismatch error 7:\d+ Acme Robotiks$/),
    ]);
  });

  it('reports a misspelled company once, at each place, by the rule that names it right', async () => {
    const draft = GOOD.replace('joining Acme Robotics', 'joining Acme Robtics').replace(
      'Please let me know',
      'Everyone at Acme Robtics was kind. Please let me know',
    );
    const json = parse((await runCli(['check', file('company-twice.txt', draft), ...priya, '--json'])).stdout);
    expect(brief(json)).toEqual([
      expect.stringMatching(/^name-mismatch error 7:\d+ Acme Robtics$/),
      expect.stringMatching(/^name-mismatch error 9:\d+ Acme Robtics$/),
    ]);
    expect(json.findings[0]!.message).toContain('"Acme Robotics"');
  });

  it('groups findings by severity and shows the line with a caret', async () => {
    const draft = 'Subject: Following up\n\nHi Priya,\n\tCan you call me back ASAP?\n';
    const result = await runCli(['check', file('short.txt', draft), '--no-spell']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Warnings (3)');
    expect(result.stdout).toContain(
      '  4:23  tone-impatient\n  4 |     Can you call me back ASAP?\n    |                          ^^^^\n',
    );
    expect(result.stdout).toContain('  1:10  generic-subject\n  1 | Subject: Following up\n    |          ^^^^^^^^^^^^\n');
    expect(result.stdout).toContain('3 warnings.\n');
    expect(result.stdout).toContain('Only the rules that need no context ran.');
  });

  it('gives exact positions with CRLF, tabs and Unicode', async () => {
    const draft =
      'Subject: Thank you: Senior Backend Engineer\r\n\r\nDear Priya,\r\n\tI loved the Kafka talk 😀 and 王伟 said hi. Please reply ASAP!!\r\n';
    const result = await runCli(['check', file('crlf.txt', draft), ...priya, '--json', '--no-spell']);
    expect(brief(parse(result.stdout)).filter((f) => f.startsWith('tone'))).toEqual([
      'tone-impatient warning 4:57 ASAP',
      'tone-impatient warning 4:61 !!',
    ]);
    // The tab is one column and 😀 two UTF-16 units, as editors count: "ASAP" starts at column 57.
    expect(draft.split('\r\n')[3]!.indexOf('ASAP') + 1).toBe(57);
  });

  it('reads a draft typed in NFD as NFC: no finding inside an accented name, the caret under the typo', async () => {
    // "José Núñez" and "résumé" with each accent a combining mark, as some keyboards type them.
    const draft = GOOD.replace(
      'Please let me know',
      'Jose\u0301 Nu\u0301n\u0303ez has my re\u0301sume\u0301. Plaese let me know',
    );
    const result = await runCli(['check', file('nfd.txt', draft), ...priya]);
    const line = draft.split('\n')[8]!;
    const column = line.indexOf('Plaese');
    const out = result.stdout.split('\n');
    const at = out.indexOf(`  9:${column + 1}  spelling`);
    expect(at).toBeGreaterThanOrEqual(0);
    // The caret sits under "Plaese" as the terminal shows it: a combining mark takes no cell.
    const shown = out[at + 1]!.slice('  9 | '.length);
    const caret = out[at + 2]!.slice('    | '.length);
    expect(caret.indexOf('^')).toBe(shown.slice(0, shown.indexOf('Plaese')).normalize('NFC').length);
    expect(caret.trim()).toBe('^^^^^^');
    expect(result.stdout).not.toMatch(/"(?:ez|sume|e)" looks misspelled/u);
  });

  it('finds a mistake at the end of a 1 MB draft, at the right line and column', async () => {
    const filler = 'I keep thinking about the platform work we discussed and how it would grow.\n'.repeat(13_700);
    const draft = `Hi Priya,\n${filler}Honestly, it is your loss.\n`;
    expect(draft.length).toBeGreaterThan(1_000_000);
    const result = await runCli(['check', file('big.txt', draft), '--json', '--no-spell']);
    const json = parse(result.stdout);
    expect(brief(json)).toContain('tone-scathing error 13702:17 your loss');
    expect(result.code).toBe(1);
  });

  it('reads a pasted e-mail from stdin with "-", ignoring quoted lines', async () => {
    const draft =
      'Subject: Re: Thank you: Senior Backend Engineer interview\n\nDear Priya,\n\nI am following up on my note below about the role.\n\nOn Tue, Jordan Lee wrote:\n> I realy loved it, your loss!!!\n';
    const result = await runCli(
      ['check', '-', '--json', '--no-spell', '--from', ACME, '--to', 'Priya', '--kind', 'follow-up', '--now', '2026-12-08'],
      { input: draft },
    );
    // The quoted line's typo, bitterness and "!!!" are not the writer's words now; only the new
    // text counts. The quoted note is where the topic was named: no-topic does not ask again.
    expect(brief(parse(result.stdout))).toEqual(['one-liner warning 5:1 I am following up on my note below about the role']);
    expect(result.code).toBe(0);
  });

  it('says when a follow-up is too early, and when', async () => {
    const draft =
      'Subject: Re: Thank you: Senior Backend Engineer interview\n\nDear Priya,\n\nI am following up on my note below about the Senior Backend Engineer role and our talk about Kafka ingestion. I remain very interested and have attached my resume again.\n\nBest regards,\nJordan Lee\n\n> Thank you for your time.\n';
    const result = await runCli([
      'check',
      file('early.txt', draft),
      '--from',
      ACME,
      '--to',
      'Priya',
      '--kind',
      'follow-up',
      '--now',
      '2026-11-30',
      '--json',
      '--no-spell',
    ]);
    const json = parse(result.stdout);
    expect(brief(json)).toEqual(['too-early warning 5:1 I am following up on my note below about the Senior Backend…']);
    expect(json.findings[0]!.message).toContain('"by the end of next week"');
    expect(json.findings[0]!.message).toContain('until Monday, December 7.');
  });

  it.each([
    ['an empty file', () => ['check', file('empty.txt', '')], /"[^"]*empty.txt" is empty/],
    [
      'a binary file',
      () => ['check', file('binary.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))],
      /looks like a binary file/,
    ],
    [
      'text that is not UTF-8',
      () => ['check', file('latin1.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]))],
      /is not UTF-8 text/,
    ],
    ['a missing file', () => ['check', join(folder, 'nope.txt')], /no such file/],
    ['empty stdin', () => ['check'], /stdin is empty/],
    ['a bad --now', () => ['check', file('n.txt', GOOD), '--now', 'tomorrow'], /--now wants a date as YYYY-MM-DD/],
    ['an unknown --to', () => ['check', file('t.txt', GOOD), '--from', ACME, '--to', 'Bob'], /"Bob" is not in this interview/],
    ['--from with --profile', () => ['check', file('fp.txt', GOOD), '--from', ACME, '--profile', 'x'], /cannot be used together/],
    ['an unknown profile', () => ['check', file('p.txt', GOOD), '--profile', 'nope'], /no saved interview has the id "nope"/],
    ['an unknown flag', () => ['check', file('f.txt', GOOD), '--spell'], /--spell/],
  ])('rejects %s with exit 2 and a clear message', async (_label, args, message) => {
    const result = await runCli(args());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('uses a saved interview with --profile, and its siblings for wrong-person', async () => {
    const imported = await runCli(['import', ACME]);
    expect(imported.code).toBe(0);
    const draft = GOOD.replace('Acme Robotics', 'Globex');
    const result = await runCli(
      [
        'check',
        file('profile.txt', draft),
        '--profile',
        'acme-robotics-senior-backend-engineer',
        '--to',
        'Priya',
        '--kind',
        'thank-you',
        '--now',
        '2026-11-25',
        '--json',
        '--no-spell',
      ],
      { home: imported.home },
    );
    expect(result.code).toBe(0);
    expect(brief(parse(result.stdout))).toEqual([]);
  });

  it('with --from, knows the saved interviews, so another company in the draft is caught', async () => {
    const imported = await runCli(['import', ACME]);
    expect(imported.code).toBe(0);
    const other = file(
      'bakery.json',
      JSON.stringify({ ...JSON.parse(readFileSync(ACME, 'utf8')), company: 'Boulangerie Lumière', role: 'Pastry Cook' }),
    );
    const draft = GOOD;
    const result = await runCli(
      [
        'check',
        file('from.txt', draft),
        '--from',
        other,
        '--to',
        'Priya',
        '--kind',
        'thank-you',
        '--now',
        '2026-11-25',
        '--json',
        '--no-spell',
      ],
      { home: imported.home },
    );
    expect(brief(parse(result.stdout)).filter((f) => f.startsWith('wrong-person'))).toEqual([
      expect.stringMatching(/^wrong-person error \d+:\d+ Acme Robotics$/),
    ]);
    expect(result.code).toBe(1);
  });

  it('keeps a slip typed into the role out of the subject advice, and says it is misspelled', async () => {
    const saved = JSON.parse(readFileSync(ACME, 'utf8'));
    const typo = file('acme-typo.json', JSON.stringify({ ...saved, role: 'Senior Bakcend Engineer' }));
    const draft = GOOD.replace('Subject: Thank you: Senior Backend Engineer interview', 'Subject: Thanks').replace(
      'as a Senior Backend Engineer',
      'as a Senior Bakcend Engineer',
    );
    const args = ['--from', typo, '--to', 'Priya', '--kind', 'thank-you', '--now', '2026-11-25', '--json'];
    const json = parse((await runCli(['check', file('role-typo.txt', draft), ...args])).stdout);
    const subject = json.findings.find((f) => f.rule === 'generic-subject');
    expect(subject?.message).toContain('(e.g. "Thank you: (your role) interview")');
    expect(subject?.message).not.toContain('Bakcend');
    expect(brief(json).filter((line) => line.startsWith('spelling'))).toEqual(['spelling warning 7:154 Bakcend']);
  });

  it('prints its help', async () => {
    const result = await runCli(['check', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('followup-coach check FILE [options]');
    expect(result.stdout).toContain('--no-spell');
  });
});

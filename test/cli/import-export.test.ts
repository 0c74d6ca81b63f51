// import and export of the built CLI: the lossless round trip, what import says, and that a
// file with problems saves nothing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/interviews');
const fixture = (name: string) => join(FIXTURES, name);
const ACME = 'acme-robotics-senior-backend-engineer';

describe('import', () => {
  it('saves a file, says what is due next and how to write it', async () => {
    const run = await runCli(['import', fixture('acme.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Saved ${ACME}.\n` +
        '  Acme Robotics, Senior Backend Engineer\n' +
        'Next: thank-you to Priya Raghunathan and thank-you call to Sam Ortiz: due today\n' +
        '  Thank-you notes go out within 24 hours of the interview: send them by the end of Wednesday, November 25.\n' +
        `  followup-coach regen ${ACME}\n`,
    );
    // Sam used the phone and his number is in the file: nothing is missing, so no note.
    expect(run.stderr).toBe('');
    const list = await runCli(['list', '--json'], { home: run.home });
    expect(JSON.parse(list.stdout).map((row: { id: string }) => row.id)).toEqual([ACME]);
  });

  it('keeps one copy when the same file is imported twice, and a second one for other answers', async () => {
    const home = newHome();
    await runCli(['import', fixture('acme.json')], { home });
    const again = await runCli(['import', fixture('acme.json')], { home });
    expect(again.stdout.split('\n')[0]).toBe(`Already saved as ${ACME}; nothing changed.`);
    const changed = JSON.parse(readFileSync(fixture('acme.json'), 'utf8'));
    changed.interviewDate = '2026-11-23';
    const file = join(home, 'changed.json');
    writeFileSync(file, JSON.stringify(changed));
    const other = await runCli(['import', file], { home });
    expect(other.stdout.split('\n')[0]).toBe(
      `Saved as ${ACME}-2: ${ACME} holds a different interview (--replace overwrites it).`,
    );
    const replaced = await runCli(['import', file, '--replace'], { home });
    expect(replaced.stdout.split('\n')[0]).toBe(`Replaced ${ACME}.`);
    const ids = JSON.parse((await runCli(['list', '--json'], { home })).stdout).map((row: { id: string; date: string }) => [
      row.id,
      row.date,
    ]);
    expect(ids.sort()).toEqual([
      [ACME, '2026-11-23'],
      [`${ACME}-2`, '2026-11-23'],
    ]);
  });

  it('reads the file from stdin with -', async () => {
    const run = await runCli(['import', '-'], { input: readFileSync(fixture('acme.json'), 'utf8') });
    expect({ code: run.code, first: run.stdout.split('\n')[0] }).toEqual({ code: 0, first: `Saved ${ACME}.` });
  });

  it("uses the saved candidate for a file without one, and saves the first file's candidate", async () => {
    const home = newHome();
    const refused = await runCli(['import', fixture('saved-candidate.json')], { home });
    expect(refused.code).toBe(2);
    await runCli(['import', fixture('acme.json')], { home });
    const run = await runCli(['import', fixture('saved-candidate.json')], { home });
    expect(run.code).toBe(0);
    const id = run.stdout.split('\n')[0]!.replace(/^Saved (.*)\.$/, '$1');
    const exported = JSON.parse((await runCli(['export', id], { home })).stdout);
    expect(exported.candidate).toEqual({ name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' });
  });

  const problems: readonly [string, string, string][] = [
    [
      'bad-date.json',
      'interviewDate: 2026-02-30 is not a real calendar day.',
      'fix: Write the day of the interview as YYYY-MM-DD, e.g. "2026-11-24". Words such as "yesterday" work only in the guided session, where the coach shows the day it understood.',
    ],
    [
      'words-date.json',
      'interviewDate: "next tuesday" is not a date in YYYY-MM-DD form.',
      'fix: Write the day of the interview as YYYY-MM-DD, e.g. "2026-11-24". Words such as "yesterday" work only in the guided session, where the coach shows the day it understood.',
    ],
    [
      'bad-email.json',
      'interviewers[0].email: The e-mail address "priya@acme" cannot be used.',
      'fix: That does not look like an e-mail address: type it as name@company.com, with no spaces.',
    ],
    [
      'empty-name.json',
      'interviewers[0].name: The name is empty.',
      'fix: Type the person\'s name as it appears on their business card or LinkedIn, e.g. "Priya Raghunathan".',
    ],
    [
      'invalid-json.json',
      "(the file): The file is not valid JSON at line 5, column 3: expected ',' or '}' after a property value, found '\"'.",
      'fix: Look for a missing comma, quote or bracket at that spot or just before it.',
    ],
    ['missing-version.json', 'version: The file has no "version".', 'fix: Add "version": 1 as the first field.'],
    [
      'wrong-version.json',
      'version: The file says "version": 2, but this followup-coach reads version 1 files.',
      'fix: Set "version": 1 if the file follows the format in the README; a file written by a newer followup-coach needs that newer version.',
    ],
    [
      'no-topics.json',
      'interviewers[1].topics: Sam Ortiz has no topics.',
      'fix: Review your notes from the meeting and add what you discussed with Sam Ortiz, e.g. "topics": ["how on-call works"]. Each note mentions something you talked about with that person.',
    ],
    [
      'unknown-field.json',
      'interviewers[1].topic: "topic" is not a field of an interviewer.',
      'fix: Did you mean "topics"? The fields allowed here are: name, title, email, phone, medium, topics, detail, greeting, addition.',
    ],
    [
      'saved-candidate.json',
      'candidate: The file has no "candidate", and no candidate is saved yet.',
      'fix: Add "candidate": {"name": "...", "email": "...", "phone": "..."} with your own details, or run the guided session once (followup-coach) so they are saved.',
    ],
  ];

  it('gives the line and column of a JSON error from stdin as from a file, quoting none of the text', async () => {
    const text = '{\n  "version": 1,\n  "company": \'Acme\',\n  "role": "Engineer"\n}\n';
    const file = join(newHome(), 'quoted.json');
    writeFileSync(file, text);
    const problem =
      '  (the file): The file is not valid JSON at line 3, column 14: expected a value (text in double quotes, a number, true, false, null, an object or a list), found a single quote (JSON puts text in double quotes).\n' +
      '    fix: Look for a missing comma, quote or bracket at that spot or just before it.\n';
    const fromFile = await runCli(['import', file]);
    expect(fromFile).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `followup-coach: ${file} has 1 problem; nothing was saved.\n${problem}`,
    });
    const fromStdin = await runCli(['import', '-'], { input: text });
    expect(fromStdin).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `followup-coach: stdin has 1 problem; nothing was saved.\n${problem}`,
    });
  });

  it.each(problems)('rejects %s with the field, the problem and the fix, exit 2, saving nothing', async (name, problem, fix) => {
    const run = await runCli(['import', fixture(name)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`followup-coach: ${fixture(name)} has 1 problem; nothing was saved.\n  ${problem}\n    ${fix}\n`);
    expect(readdirSync(run.home)).toEqual([]);
  });

  it('reads "toldBy" as every command reads a name, saves the full name and says so; a name for two is refused', async () => {
    const home = newHome();
    const told = JSON.parse(readFileSync(fixture('acme.json'), 'utf8'));
    Object.assign(told, { status: 'not-selected', statusOn: '2026-11-25', toldBy: 'dana' });
    writeFileSync(join(home, 'told.json'), JSON.stringify(told));
    const run = await runCli(['import', join(home, 'told.json')], { home });
    expect([run.code, run.stderr]).toEqual([0, 'note: "toldBy": "dana" is saved as "Dana Kim".\n']);
    expect(JSON.parse((await runCli(['export', ACME], { home })).stdout).toldBy).toBe('Dana Kim');

    told.interviewers.push({ ...told.interviewers[1], name: 'Sam Okafor', phone: '+1 555 0102' });
    told.toldBy = 'Sam';
    writeFileSync(join(home, 'two.json'), JSON.stringify(told));
    const refused = await runCli(['import', join(home, 'two.json'), '--replace'], { home });
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(
      `followup-coach: ${join(home, 'two.json')} has 1 problem; nothing was saved.\n` +
        '  toldBy: "Sam" fits more than one person: "Sam Ortiz", "Sam Okafor".\n' +
        '    fix: Write more of the name, so that it fits only the person who told you the outcome: one of "Priya Raghunathan", "Sam Ortiz", "Sam Okafor", "Dana Kim".\n',
    );
  });

  it('lists every problem of a file at once', async () => {
    const home = newHome();
    const file = join(home, 'many.json');
    writeFileSync(
      file,
      JSON.stringify({ version: 1, company: '', role: 'Engineer', interviewDate: 'soon', format: 'onsite', interviewers: [] }),
    );
    const run = await runCli(['import', file], { home });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^followup-coach: .*many\.json has [4-9] problems; nothing was saved\.$/);
    for (const path of ['company:', 'interviewDate:', 'interviewers:', 'candidate:'])
      expect(run.stderr).toContain(`\n  ${path} `);
    expect(existsSync(join(home, 'config.json'))).toBe(false);
  });

  it('names a file it cannot read (exit 2) and a missing argument', async () => {
    const missing = await runCli(['import', '/no/such/interview.json']);
    expect({ code: missing.code, stderr: missing.stderr }).toEqual({
      code: 2,
      stderr:
        'followup-coach: cannot read /no/such/interview.json: there is no such file.\n' +
        'Try: check the path; `followup-coach export ID > FILE` writes a valid example.\n',
    });
    const none = await runCli(['import']);
    expect({ code: none.code, stderr: none.stderr }).toEqual({
      code: 2,
      stderr: 'followup-coach: import needs FILE.\nTry: followup-coach import --help\n',
    });
  });
});

describe('export', () => {
  it('round-trips every sample file losslessly: import, export, import elsewhere, export again', async () => {
    for (const name of ['acme.json', 'harbor-logistics.json', 'kestrel-games.json', 'lumen-health.json', 'northwind-bank.json']) {
      const first = await runCli(['import', fixture(name)]);
      const id = first.stdout.split('\n')[0]!.replace(/^Saved (.*)\.$/, '$1');
      const exported = await runCli(['export', id], { home: first.home });
      expect(exported.code).toBe(0);
      const original = JSON.parse(readFileSync(fixture(name), 'utf8'));
      const written = JSON.parse(exported.stdout);
      // Export adds the id and the defaulted fields; every field of the original survives as it was.
      expect(written).toMatchObject({ ...original, timeframe: original.timeframe ?? null });
      const second = await runCli(['import', '-'], { input: exported.stdout });
      expect(second.code).toBe(0);
      const again = await runCli(['export', id], { home: second.home });
      expect(again.stdout).toBe(exported.stdout);
    }
  });

  it('writes to a file with --out, and names saved ids for an unknown one', async () => {
    const { home } = await runCli(['import', fixture('acme.json')]);
    const out = join(home, 'acme-out.json');
    const written = await runCli(['export', ACME, '--out', out], { home });
    expect({ code: written.code, stdout: written.stdout, stderr: written.stderr }).toEqual({
      code: 0,
      stdout: '',
      stderr: `Wrote ${out}\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe((await runCli(['export', ACME], { home })).stdout);
    const unknown = await runCli(['export', 'acme-robotics'], { home });
    expect({ code: unknown.code, stderr: unknown.stderr }).toEqual({
      code: 2,
      stderr: `followup-coach: no saved interview has the id "acme-robotics".\nTry: did you mean ${ACME}? Saved: ${ACME}  (followup-coach list)\n`,
    });
  });
});

describe('an id with nothing saved', () => {
  it('says so in two sentences, each starting with a capital after the first', async () => {
    const run = await runCli(['export', 'acme-robotics'], { home: newHome() });
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 2,
      stderr:
        'followup-coach: no saved interview has the id "acme-robotics". No interviews are saved yet.\n' +
        'Try: save one with: followup-coach import FILE   (or run followup-coach for the guided session)\n',
    });
  });
});

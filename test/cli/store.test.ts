// The store as the built CLI uses it: a damaged file is moved aside and the command goes on,
// and commands started at the same moment do not lose each other's saves.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ACME = readFileSync(join(import.meta.dirname, '../fixtures/interviews/acme.json'), 'utf8');

describe('the store through the CLI', () => {
  it('keeps its file private to the user', async () => {
    const { home } = await runCli(['import', '-'], { input: ACME });
    expect(statSync(join(home, 'config.json')).mode & 0o777).toBe(0o600);
  });

  it('moves a damaged store aside, says where, and goes on with a clean one', async () => {
    const home = newHome();
    writeFileSync(join(home, 'config.json'), '{"version": 1, "interviews": {"acme": ');
    const run = await runCli(['list'], { home, env: { FOLLOWUP_COACH_NOW: '2026-11-26T17:50:00Z' } });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('No interviews saved yet.');
    const backup = join(home, 'config.json.corrupt-2026-11-26T17-50-00');
    const [first, ...rest] = run.stderr.split('\n');
    // The JSON parser's own words differ between Node versions; the rest is ours.
    expect(first).toMatch(
      new RegExp(
        `^followup-coach: The saved data in ${join(home, 'config.json')} could not be read \\(not valid JSON: .+\\)\\.$`,
      ),
    );
    expect(rest.join('\n')).toBe(
      `  It was moved aside to ${backup} and followup-coach started with a clean store.\n` +
        '  Your interview files are untouched; import them again, or repair the backup and move it back.\n',
    );
    expect(readFileSync(backup, 'utf8')).toBe('{"version": 1, "interviews": {"acme": ');
    // The next command finds a working store and hears nothing more about it.
    const again = await runCli(['import', '-'], { home, input: ACME });
    expect({ code: again.code, notice: again.stderr.includes('moved aside') }).toEqual({ code: 0, notice: false });
    expect(readdirSync(home).sort()).toEqual(['config.json', 'config.json.corrupt-2026-11-26T17-50-00']);
  });

  it('keeps all 40 interviews when two chains of 20 imports run at the same time', async () => {
    const home = newHome();
    const files = Array.from({ length: 40 }, (_, n) => {
      const file = join(home, `company-${n}.json`);
      writeFileSync(file, ACME.replace('"Acme Robotics"', `"Company ${n}"`));
      return file;
    });
    const chain = async (from: number) => {
      const codes: (number | null)[] = [];
      for (let n = from; n < 40; n += 2) codes.push((await runCli(['import', files[n]!], { home, timeoutMs: 30_000 })).code);
      return codes;
    };
    const results = await Promise.all([chain(0), chain(1)]);
    expect(results.flat().every((code) => code === 0)).toBe(true);
    const ids = JSON.parse((await runCli(['list', '--json'], { home })).stdout).map((row: { id: string }) => row.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 40 }, (_, n) => `company-${n}-senior-backend-engineer`)));
  }, 120_000);
});

describe('one malformed interview among good ones', () => {
  it('is set aside once, and every command goes on working with the others', async () => {
    const home = newHome();
    expect((await runCli(['import', '-'], { home, input: ACME })).code).toBe(0);
    const file = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as { interviews: Record<string, unknown> };
    file.interviews.broken = { id: 'broken', company: 'Evil', interviewers: 'nobody' };
    file.interviews['far-future'] = {
      ...(file.interviews['acme-robotics-senior-backend-engineer'] as object),
      id: 'far-future',
      date: '9999-12-31',
    };
    writeFileSync(join(home, 'config.json'), JSON.stringify(file));
    const list = await runCli(['list'], { home, env: { FOLLOWUP_COACH_NOW: '2026-11-26T17:50:00Z' } });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('acme-robotics-senior-backend-engineer');
    expect(list.stderr).toContain(`The saved interview "broken" in ${join(home, 'config.json')} could not be used`);
    expect(list.stderr).toContain(`It was moved aside to ${join(home, 'config.json.bad-broken-2026-11-26T17-50-00')}`);
    expect(list.stderr).toContain('The saved interview "far-future"');
    expect(statSync(join(home, 'config.json.bad-far-future-2026-11-26T17-50-00')).mode & 0o777).toBe(0o600);
    for (const command of [
      ['regen', 'acme-robotics-senior-backend-engineer', '--print'],
      ['export', 'acme-robotics-senior-backend-engineer'],
      ['list', '--json'],
    ]) {
      const run = await runCli(command, { home });
      expect({ command, code: run.code, stderr: run.stderr.includes('could not be used') }).toEqual({
        command,
        code: command[0] === 'regen' ? run.code : 0,
        stderr: false,
      });
      expect(run.stderr).not.toMatch(/TypeError|something went wrong/);
    }
  });
});

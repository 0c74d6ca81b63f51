// A path with a line break in it (legal on Unix, and easy to make by accident with a pasted
// name) is shown as one line, the break as \u000a, wherever a command names it: in what it wrote
// and in what went wrong. A raw break would make the message look like two, the second a lie.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/acme.json');
const ID = 'acme-robotics-senior-backend-engineer';

let home: string;
let place: string;
const shown = () => place.replace('\n', '\\u000a');
beforeAll(async () => {
  home = newHome();
  place = join(newHome(), 'new\nline');
  mkdirSync(place);
  copyFileSync(FIXTURE, join(place, 'acme.json'));
  expect((await runCli(['import', join(place, 'acme.json')], { home })).code).toBe(0);
});

describe('a path with a line break', () => {
  it('is one line in what calendar --out, regen --eml and export --out say they wrote', async () => {
    const calendar = await runCli(['calendar', '--out', join(place, 'c.ics')], { home });
    expect(calendar.stdout.split('\n')[0]).toBe(`Wrote 4 reminders to ${shown()}/c.ics:`);
    const eml = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', join(place, 'drafts')], { home });
    expect(eml.stdout.split('\n').slice(0, 3)).toEqual([
      `Wrote 1 mail draft to ${shown()}/drafts:`,
      expect.stringContaining('call script'),
      `  ${shown()}/drafts/thank-you-priya-raghunathan.eml`,
    ]);
    const exported = await runCli(['export', ID, '--out', join(place, 'e.json')], { home });
    expect(exported.stderr).toBe(`Wrote ${shown()}/e.json\n`);
  });

  it('is one line in what went wrong', async () => {
    const missing = await runCli(['import', join(place, 'missing.json')], { home });
    expect(missing.stderr.split('\n')[0]).toBe(`followup-coach: cannot read ${shown()}/missing.json: there is no such file.`);
    writeFileSync(join(place, 'bad.json'), '{');
    const bad = await runCli(['import', join(place, 'bad.json')], { home });
    expect(bad.stderr.split('\n')[0]).toBe(`followup-coach: ${shown()}/bad.json has 1 problem; nothing was saved.`);
    writeFileSync(join(place, 'file'), '');
    const blocked = await runCli(['calendar', '--out', join(place, 'file', 'c.ics')], { home });
    expect(blocked.stderr.split('\n')[0]).toBe(
      `followup-coach: cannot create the folder ${shown()}/file: a part of its path is a file, not a folder; nothing was written.`,
    );
    const otherHome = join(place, 'home');
    mkdirSync(join(otherHome, 'config.json'), { recursive: true });
    const store = await runCli(['list'], { home: otherHome });
    expect(store.stderr.split('\n')[0]).toBe(
      `followup-coach: cannot read ${shown()}/home/config.json: it is a folder, not the file followup-coach keeps its data in.`,
    );
  });
});

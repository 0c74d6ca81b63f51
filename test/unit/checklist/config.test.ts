// Rule levels: the config file's format, --rule, and what a level does to the findings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { applyRuleFlags, parseRuleConfig } from '../../../src/checklist/config.js';
import { defaultConfigPath, loadRuleConfig } from '../../../src/checklist/config-file.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { UsageError } from '../../../src/cli/errors.js';
import { run } from '../../../src/commands/check/run.js';
import { captureStream } from '../../helpers/streams.js';
import { ACME } from './sample.js';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});
function home(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-rules-'));
  homes.push(dir);
  if (config !== undefined) writeFileSync(join(dir, 'checklist.json'), config);
  return dir;
}

describe('parseRuleConfig', () => {
  it('reads each rule as off, warning or error', () => {
    expect(parseRuleConfig('{"rules":{"cliche":"off","tone-impatient":"error","spelling":"warning"}}', 'F')).toEqual({
      ok: true,
      levels: { cliche: 'off', 'tone-impatient': 'error', spelling: 'warning' },
    });
    expect(parseRuleConfig('{}', 'F')).toEqual({ ok: true, levels: {} });
  });

  it.each([
    [
      '{"rules":{"tone-impatent":"off"}}',
      'F names the rule "tone-impatent", which does not exist; did you mean "tone-impatient"?',
    ],
    ['{"rules":{"placholder":"error"}}', 'F names the rule "placholder", which does not exist; did you mean "placeholder"?'],
    ['{"rules":{"zzzzzzzzzzzz":"off"}}', 'F names the rule "zzzzzzzzzzzz", which does not exist.'],
    ['{"rules":{"cliche":"loud"}}', 'F sets "cliche" to "loud"; a level is "off", "warning" or "error".'],
    ['{"rules":{"cliche":0}}', 'F sets "cliche" to 0; a level is "off", "warning" or "error".'],
    ['{"rule":{}}', 'F has an unknown field "rule"; the only field is "rules".'],
    ['{"rules":["cliche"]}', '"rules" in F must be an object of rule ids and levels, such as {"cliche": "off"}.'],
    ['[]', 'F must hold one JSON object, such as {"rules": {"cliche": "off"}}.'],
  ])('rejects %s', (text, problem) => {
    expect(parseRuleConfig(text, 'F')).toEqual({ ok: false, problem });
  });

  it('says where the JSON broke', () => {
    const result = parseRuleConfig('{"rules":', 'F');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.startsWith('F is not valid JSON (')).toBe(true);
  });
});

describe('applyRuleFlags', () => {
  it('lets --rule win over the file, one run only', () => {
    expect(applyRuleFlags({ cliche: 'off', grammar: 'error' }, ['cliche=error', ' one-liner = off '])).toEqual({
      ok: true,
      levels: { cliche: 'error', grammar: 'error', 'one-liner': 'off' },
    });
  });

  it.each([
    ['cliche', '--rule wants ID=LEVEL (such as --rule cliche=off), not "cliche".'],
    ['=off', '--rule wants ID=LEVEL (such as --rule cliche=off), not "=off".'],
    ['gimick=off', '--rule names the rule "gimick", which does not exist; did you mean "gimmick"?'],
  ])('rejects %j', (flag, problem) => expect(applyRuleFlags({}, [flag])).toEqual({ ok: false, problem }));
});

describe('loadRuleConfig', () => {
  it('reads checklist.json next to the store, and nothing when there is none', () => {
    const dir = home('{"rules":{"cliche":"off"}}');
    expect(defaultConfigPath({ FOLLOWUP_COACH_HOME: dir })).toBe(join(dir, 'checklist.json'));
    expect(loadRuleConfig({ FOLLOWUP_COACH_HOME: dir })).toEqual({ ok: true, levels: { cliche: 'off' } });
    expect(loadRuleConfig({ FOLLOWUP_COACH_HOME: home() })).toEqual({ ok: true, levels: {} });
  });

  it('says so when the file --config names is missing', () => {
    expect(loadRuleConfig({}, '/no/such/rules.json')).toEqual({
      ok: false,
      problem: 'cannot read the checklist config "/no/such/rules.json": no such file.',
    });
  });
});

describe('levels in the checklist', () => {
  const text = 'Subject: Thank you\n\nHi Priya,\nJust checking in. Please reply ASAP.\n\nBest regards,\n[Your Name]\n';
  const rules = (levels = {}) =>
    checkNote(parseDraft(text), { interview: ACME, to: 'Priya', kind: 'thank-you', levels }).map(
      (f) => `${f.rule}:${f.severity}`,
    );

  it('drops a rule set to off and gives another the level asked for', () => {
    expect(rules()).toContain('cliche:warning');
    expect(rules()).toContain('placeholder:error');
    const changed = rules({ cliche: 'off', placeholder: 'warning', 'one-liner': 'error' });
    expect(changed.some((rule) => rule.startsWith('cliche:'))).toBe(false);
    expect(changed).toContain('placeholder:warning');
    expect(changed).toContain('one-liner:error');
  });

  it('applies to spelling and grammar from the worker too', () => {
    const lint = { start: 0, end: 4, kind: 'Spelling', message: 'Did you mean?', problem: 'Tehm', suggestions: ['Them'] };
    const draft = parseDraft('Tehm words.');
    expect(findingsFromLints(draft, [lint], { levels: { spelling: 'error' } }).map((f) => f.severity)).toEqual(['error']);
    expect(findingsFromLints(draft, [lint], { levels: { spelling: 'off' } })).toEqual([]);
  });
});

describe('check --config and --rule', () => {
  const draft = 'Subject: Checking in\n\nHi Sam,\nJust checking in. Call me back ASAP!!!\n';
  function context(argv: string[], env: NodeJS.ProcessEnv) {
    const stdin = Readable.from([Buffer.from(draft)]);
    return {
      argv,
      stdin,
      stdout: captureStream(),
      stderr: captureStream(),
      env,
      interactive: false,
      now: () => new Date('2026-11-25T09:00:00'),
    };
  }
  const rulesOf = (ctx: ReturnType<typeof context>) =>
    (JSON.parse(ctx.stdout.text()) as { findings: Array<{ rule: string; severity: string }> }).findings.map(
      (f) => `${f.rule}:${f.severity}`,
    );

  it('honours the config file in the data folder, then --rule on top', async () => {
    const env = { FOLLOWUP_COACH_HOME: home('{"rules":{"cliche":"off","tone-impatient":"error"}}') };
    const ctx = context(['-', '--no-spell', '--json', '--rule', 'one-liner=off', '--rule', 'generic-subject=error'], env);
    expect(await run(ctx)).toBe(1);
    expect(rulesOf(ctx)).toEqual(['generic-subject:error', 'tone-impatient:error', 'tone-impatient:error']);
  });

  it('reads --config FILE instead of the default file', async () => {
    const file = join(home(), 'team-rules.json');
    writeFileSync(file, '{"rules":{"tone-impatient":"off","cliche":"off","one-liner":"off"}}');
    const ctx = context(['-', '--no-spell', '--json', '--config', file], {
      FOLLOWUP_COACH_HOME: home('{"rules":{"generic-subject":"off"}}'),
    });
    expect(await run(ctx)).toBe(0);
    expect(rulesOf(ctx)).toEqual(['generic-subject:warning']);
  });

  it('stops with a usage error that names the closest rule id', async () => {
    const error = await run(context(['-', '--no-spell', '--rule', 'tone-impatent=off'], { FOLLOWUP_COACH_HOME: home() })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      '--rule names the rule "tone-impatent", which does not exist; did you mean "tone-impatient"?',
    );
  });
});

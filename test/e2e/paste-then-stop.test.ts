// A paste into the topics step, then the session ends from outside before another key: kill -9
// (a crash), SIGTERM (`kill`) or SIGHUP (the terminal closed). In a real terminal, with the
// paste delivered in one read (tmux paste-buffer, with and without bracketed paste).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answersOf, draftOf, initialState } from '../../src/session/index.js';
import { newHome } from '../helpers/run-cli.js';
import { sampleInterview } from '../helpers/sample-interview.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';
import { skipWithout } from '../helpers/tools.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

/** A home whose draft stops at the first interviewer's topics, with two topics listed. */
function homeAtTopics(): string {
  const home = newHome();
  const draft = draftOf(initialState(answersOf(sampleInterview()), { step: 'interviewer.topics', index: 0 }));
  writeFileSync(join(home, 'draft.json'), JSON.stringify({ version: 1, savedAt: '2026-11-25T09:00:00.000Z', draft }));
  return home;
}

const topicsOn = (home: string): string[] =>
  (JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')) as { draft: { answers: { interviewers: { topics: string[] }[] } } })
    .draft.answers.interviewers[0]!.topics;

const KEPT = ['moving telemetry ingestion to Kafka', 'how on-call works'];
const PASTED = ['sterile compounding audits', 'the night-shift rota'];

async function pasteTopics(bracketed: boolean): Promise<{ t: Terminal; home: string }> {
  const home = homeAtTopics();
  const t = await startTerminal({ home });
  open.push(t);
  await t.waitForScreen('Pick up where you left off?');
  await t.sendKeys('Enter');
  await t.waitForScreen('2. how on-call works');
  await t.paste(`${PASTED.join('\n')}\n`, { bracketed });
  await t.waitForScreen(`4. ${PASTED[1]}`);
  return { t, home };
}

describe.skipIf(skipWithout('tmux'))('a paste into the topics step, then the session is stopped', () => {
  for (const bracketed of [true, false]) {
    it(`keeps the pasted topics after kill -9 (${bracketed ? 'bracketed' : 'plain'} paste)`, async () => {
      const { t, home } = await pasteTopics(bracketed);
      // The draft is written before the frame that shows the topics: no wait is needed.
      await t.killCli('SIGKILL');
      expect(await t.waitForExit()).toBe(137);
      expect(topicsOn(home)).toEqual([...KEPT, ...PASTED]);
    }, 60_000);
  }

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`saves and says so on ${signal}, exiting ${code}`, async () => {
      const { t, home } = await pasteTopics(true);
      await t.sendText('half a topic');
      await t.waitForScreen('half a topic');
      await t.killCli(signal);
      expect(await t.waitForExit()).toBe(code);
      expect(await t.screen()).toContain('Every answer you gave is saved (not the one you were typing).');
      expect(topicsOn(home)).toEqual([...KEPT, ...PASTED]);
      // The next start offers the draft and lands back on the topics, all four listed.
      const again = await startTerminal({ home });
      open.push(again);
      await again.waitForScreen('Pick up where you left off?');
      await again.sendKeys('Enter');
      expect(await again.waitForScreen(`4. ${PASTED[1]}`)).toContain('Topics you discussed');
    }, 60_000);
  }
});

describe.skipIf(skipWithout('tmux'))('stopped before any answer', () => {
  for (const [how, code] of [
    ['Ctrl-C', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${how} on the untouched first question writes no draft and claims no answers`, async () => {
      const home = newHome();
      const t = await startTerminal({ home });
      open.push(t);
      await t.waitForScreen('Your name');
      // Typed and rubbed out again: still nothing given.
      await t.sendText('Qx');
      await t.waitForScreen('Qx');
      await t.sendKeys('BSpace', 'BSpace');
      if (how === 'Ctrl-C') await t.sendKeys('C-c');
      else await t.killCli('SIGTERM');
      expect(await t.waitForExit()).toBe(code);
      const screen = await t.screen();
      expect(screen).toContain('Stopped.');
      expect(screen).not.toContain('Every answer you gave is saved');
      expect(existsSync(join(home, 'draft.json'))).toBe(false);
    }, 60_000);
  }
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { brasaFile } from '../helpers/brasa.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { sessionDepsAt, settledReview } from '../helpers/session-deps.js';
import { tempDir } from '../helpers/temp-dir.js';

const ID = 'brasa-co-sous-chef';
const NOW = { FOLLOWUP_COACH_NOW: '2026-12-14' };

const thanked = (to: string, minute: number) => ({
  kind: 'thank-you',
  to,
  at: `2026-12-01T15:${String(minute).padStart(2, '0')}:00.000Z`,
  method: 'clipboard',
});

const BRASA = brasaFile(
  {
    'Chef Aoife Ní Bhriain': {
      name: 'Aoife Ní Bhriain',
      greeting: 'Chef Aoife',
      topics: ['the new wood-fired grill station'],
    },
    'Kwame Mensah-Bonsu': { topics: ['running the pass on busy Saturdays'] },
    'Lin Yu': { topics: ['the winter dessert menu'] },
  },
  { sent: [thanked('Aoife Ní Bhriain', 0), thanked('Kwame Mensah-Bonsu', 5), thanked('Lin Yu', 10)] },
);

/** A store with Brasa imported and the call to Aoife recorded on December 14. */
async function afterTheCall(): Promise<string> {
  const home = newHome();
  const file = join(home, 'brasa.json');
  writeFileSync(file, JSON.stringify(BRASA));
  expect((await runCli(['import', file], { home, env: NOW })).code).toBe(0);
  const call = await runCli(['sent', ID, '--kind', 'voicemail', '--to', 'Aoife'], { home, env: NOW });
  expect(call.stdout).toBe(
    'Recorded: the follow-up call to Aoife Ní Bhriain, made on Monday, December 14.\n' +
      'Next: follow-up to Kwame Mensah-Bonsu and Lin Yu: due now, by Tuesday, December 15 (no e-mail address for Lin Yu yet)\n',
  );
  return home;
}

describe('a call to one interviewer does not hold the others’ follow-ups', () => {
  it('regen copies the follow-up to Kwame and writes Lin Yu’s draft with no too-early; Aoife’s next call waits', async () => {
    const home = await afterTheCall();
    // No display here: the copy falls back to printing, and nothing is recorded; what matters is
    // that the checklist lets it through (it said "Not copied: ... early" and exited 1).
    const copy = await runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Kwame'], { home, env: NOW });
    expect(copy.stderr).not.toContain('too-early');
    expect(copy.stderr).not.toContain('Not copied');
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(/^Subject: Re: Thank you: Sous Chef interview\n\nDear Kwame,\n/);

    const eml = await runCli(['regen', ID, '--kind', 'follow-up', '--to', 'Lin', '--eml', tempDir()], { home, env: NOW });
    expect(eml.code).toBe(0);
    expect(eml.stderr).not.toContain('too-early');

    const again = await runCli(['regen', ID, '--kind', 'voicemail', '--to', 'Aoife', '--print'], { home, env: NOW });
    // The call made on the 14th is shown as it was made: a note on record gets no advice to hold it.
    expect(again.stderr).toBe(
      'The follow-up call to Aoife Ní Bhriain was recorded as made on Monday, December 14: this is the script as it stood that day, without later edits.\n',
    );
  }, 120_000);

  it('the session’s review shows Kwame’s and Lin Yu’s follow-ups with no too-early', async () => {
    const home = await afterTheCall();
    const interview = (await openStore({ env: {}, home }).interview(ID))!;
    const state = await settledReview(sessionDepsAt(home, '2026-12-14T15:00:00Z'), interview, 'follow-up');
    const early = state.notes!.map(({ note, findings }) => [
      note.kind,
      note.to,
      findings!.some((finding) => finding.rule === 'too-early'),
    ]);
    expect(early).toEqual([
      ['voicemail', 'Aoife Ní Bhriain', true],
      ['follow-up', 'Kwame Mensah-Bonsu', false],
      ['follow-up', 'Lin Yu', false],
    ]);
  }, 120_000);
});

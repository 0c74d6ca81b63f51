// A follow-up's mail draft attaches the thank-you the person received, or nothing: at Ostrander
// Wildlife Studios (test/fixtures/interviews/ostrander-via.json) both thank-yous went to the
// recruiter Gwendolyn Achterberg with a cover note to her, so neither follow-up (Hamid's to his own
// address, Bo's through Gwendolyn again) carries that draft along. Python's email package reads them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { python, pythonJson } from '../helpers/real-tools.js';
import { newHome, runCli } from '../helpers/run-cli.js';

const READ_EML = join(import.meta.dirname, '../helpers/read-eml.py');
const FIXTURE = join(import.meta.dirname, '../fixtures/interviews/ostrander-via.json');
const ID = 'ostrander-wildlife-studios-senior-taxidermist';
const py = python();

interface Parsed {
  toAddress: string[];
  defects: string[];
  parts: { contentType: string; filename: string | null }[];
}

describe.skipIf(!py.available)('follow-up drafts after thank-yous through a go-between', () => {
  let drafts = '';

  beforeAll(async () => {
    const home = newHome();
    const resume = join(home, 'Marguerite-Ostby-Resume.pdf');
    writeFileSync(resume, Buffer.from('%PDF-1.4\n%\u00ff\n', 'latin1'));
    const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    file.candidate = { ...file.candidate, resume };
    const path = join(home, 'ostrander.json');
    writeFileSync(path, JSON.stringify(file));
    drafts = join(home, 'drafts');
    expect((await runCli(['import', path], { home })).code).toBe(0);
    // The thank-yous on the day (Monday, November 30); the follow-ups after "within two weeks".
    const thanks = await runCli(['regen', ID, '--kind', 'thank-you', '--eml', drafts], {
      home,
      env: { FOLLOWUP_COACH_NOW: '2026-11-30' },
    });
    expect(thanks.code).toBe(0);
    const followUps = await runCli(['regen', ID, '--kind', 'follow-up', '--eml', drafts], {
      home,
      env: { FOLLOWUP_COACH_NOW: '2026-12-16' },
    });
    expect(followUps.code).toBe(0);
  });

  it('the thank-you to Hamid went to Gwendolyn', () => {
    const parsed = pythonJson<Parsed>(READ_EML, [join(drafts, 'thank-you-hamid-farzaneh.eml')]);
    expect(parsed.toAddress).toEqual(['gwendolyn@achterberg-search.example']);
  });

  it.each([
    ['hamid-farzaneh', 'hamid@ostrander.example'],
    ['bo-lindqvist', 'gwendolyn@achterberg-search.example'],
  ])('the follow-up to %s attaches the resume and not the draft to Gwendolyn', (slug, address) => {
    const parsed = pythonJson<Parsed>(READ_EML, [join(drafts, `follow-up-${slug}.eml`)]);
    expect(parsed.defects).toEqual([]);
    expect(parsed.toAddress).toEqual([address]);
    expect(parsed.parts.map((part) => [part.contentType, part.filename])).toEqual([
      ['text/plain', null],
      ['application/pdf', 'Marguerite-Ostby-Resume.pdf'],
    ]);
  });
});

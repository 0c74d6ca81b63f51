// `followup-coach check` on a follow-up draft once the decision is in (the built CLI in a
// subprocess): there is nothing left to wait for, so no "hold this note until"; the finding says
// the decision has been made and which note fits now.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ACME = resolve(ROOT, 'test/fixtures/interviews/acme.json');
const folder = mkdtempSync(join(tmpdir(), 'fc-check-decision-'));
const DRAFT =
  'Subject: Re: Thank you: Senior Backend Engineer interview\n\nDear Priya,\n\nI am following up on my note below about the Senior Backend Engineer role and our talk about Kafka ingestion. I remain very interested and have attached my resume again.\n\nBest regards,\nJordan Lee\n\n> Thank you for your time.\n';

function withStatus(status: string): string {
  const interview = JSON.parse(readFileSync(ACME, 'utf8'));
  const path = join(folder, `${status}.json`);
  writeFileSync(path, JSON.stringify({ ...interview, status, statusOn: '2026-11-27' }));
  return path;
}

async function findings(status: string, now = '2026-11-30') {
  const draft = join(folder, 'follow-up.txt');
  writeFileSync(draft, DRAFT);
  const args = ['check', draft, '--from', withStatus(status), '--to', 'Priya', '--kind', 'follow-up'];
  const result = await runCli([...args, '--now', now, '--json', '--no-spell']);
  return (JSON.parse(result.stdout) as { findings: { rule: string; message: string }[] }).findings;
}

describe('check on a follow-up after the decision', () => {
  it('after a no: the decision is made, and the reply to the no is the note that fits', async () => {
    const found = await findings('not-selected');
    expect(found.map((f) => f.rule)).toEqual(['too-early']);
    expect(found[0]!.message).toBe(
      'They told you their decision on Friday, November 27: you were not selected, so there is nothing left to wait for, and a follow-up no longer fits. The note that fits now is the reply to their no (kind not-selected): thank them, and ask to be kept in mind.',
    );
  });

  it('after an offer: the decision is made, and no note is owed', async () => {
    const found = await findings('offer');
    expect(found.map((f) => f.rule)).toEqual(['too-early']);
    expect(found[0]!.message).toBe(
      'They told you their decision on Friday, November 27: they made you an offer, so there is nothing left to wait for, and a follow-up no longer fits. No note is owed now: answer the offer itself.',
    );
  });

  it('as of a day before the decision was told, cites no decision: it was not known yet', async () => {
    const found = await findings('not-selected', '2026-11-25');
    expect(found.map((f) => f.rule)).toEqual(['too-early']);
    expect(found[0]!.message).not.toContain('decision on');
    expect(found[0]!.message).not.toContain('November 27');
    // The timeframe, "by the end of next week", is Friday, December 4: the follow-up waits for it.
    expect(found[0]!.message).toContain('Monday, December 7');
  });
});

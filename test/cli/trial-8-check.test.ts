// `followup-coach check` (the built CLI in a subprocess) on what a new user's trial run wrote
// (issue #13): the firm named after a panellist, a stand-in in capitals, a later note that names
// only a colleague's topics, "you're" before a noun and "grate" for "great".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'fc-trial-8-'));
const interview = join(folder, 'practice.json');
writeFileSync(
  interview,
  JSON.stringify({
    version: 1,
    candidate: { name: 'Ciara Nolan', email: 'ciara@example.com', phone: '+353 1 555 0100' },
    company: 'Ó Dálaigh + Partners',
    role: 'Architectural Technologist',
    interviewDate: '2026-11-24',
    format: 'onsite',
    timeframe: 'by the end of next week',
    status: 'waiting',
    interviewers: [
      {
        name: 'Siobhán Ó Dálaigh',
        title: 'Founding Partner',
        email: 'siobhan@odp.example',
        medium: 'email',
        topics: ['the library project façade', 'timber cladding details'],
      },
      {
        name: 'Declan Byrne',
        title: 'Associate',
        email: 'declan@odp.example',
        medium: 'email',
        topics: ['BIM coordination on the library project'],
      },
    ],
  }),
);

async function check(body: string, kind: string, extra: string[] = ['--no-spell']) {
  const draft = join(folder, `${kind}.txt`);
  writeFileSync(
    draft,
    `Subject: Thank you: Architectural Technologist interview\n\nDear Declan,\n\n${body}\n\nWarm regards,\nCiara Nolan\n`,
  );
  // Spelling loads Harper in a worker: on a loaded machine that takes a while.
  const result = await runCli(['check', draft, '--from', interview, '--to', 'Declan', '--kind', kind, '--json', ...extra], {
    timeoutMs: 150_000,
  });
  const out = JSON.parse(result.stdout) as { findings: { rule: string; excerpt: string }[] };
  return out.findings.map((finding) => `${finding.rule}: ${finding.excerpt.trim()}`);
}

describe("check on the trial run's drafts", () => {
  it('takes the firm named after a panellist for the firm, and a stand-in for no shouting', async () => {
    const findings = await check(
      'Thank you for meeting me about the Architectural Technologist role at Ó Dálaigh + Partners. I enjoyed our talk on BIM coordination on the library project, and I would be glad to join <COMPANY>.',
      'thank-you',
    );
    expect(findings.map((finding) => finding.split(':')[0])).toEqual(['placeholder']);
  });

  it("flags a reply to a no that names only the other panellist's topic", async () => {
    const findings = await check(
      'Thank you for letting me know about the Architectural Technologist role. I enjoyed talking through the timber cladding details and would be glad to hear of openings at Ó Dálaigh + Partners.',
      'not-selected',
    );
    expect(findings.map((finding) => finding.split(':')[0])).toEqual(['no-topic']);
  });

  it('reports "you\'re" before a noun and "grate" for "great", with spelling on', async () => {
    const findings = await check(
      "Thank you for you're time on Tuesday and for our talk on BIM coordination on the library project. I believe I would be a grate fit for Ó Dálaigh + Partners.",
      'thank-you',
      [],
    );
    expect(findings.filter((finding) => /^(?:spelling|grammar)/.test(finding))).toEqual([
      expect.stringMatching(/^grammar: .*you're/),
      expect.stringMatching(/^spelling: .*grate/),
    ]);
  }, 180_000);
});

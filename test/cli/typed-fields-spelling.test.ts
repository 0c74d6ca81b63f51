// The company and role are typed once and repeated in every note: the checklist reads their
// ordinary words like a topic's (a slip is reported with "did you mean") and takes their names
// as given, instead of trusting the whole field and saying it found nothing to fix.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newHome, runCli } from '../helpers/run-cli.js';

const ACME = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/interviews/acme.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** The acme interview file with `company` and `role` as typed, in a fresh folder. */
function fileWith(company: string, role: string): { home: string; file: string } {
  const home = newHome();
  const file = join(home, 'interview.json');
  writeFileSync(file, JSON.stringify({ ...ACME, company, role }));
  return { home, file };
}

// A slip in the role names its places between the word and "looks misspelled".
const misspelled = (stdout: string) =>
  [...stdout.replace(/\s+/g, ' ').matchAll(/"([^"]+)",?(?: in the [a-z ]+,)? looks misspelled/g)].map((m) => m[1]);

describe('spelling of the company and role', () => {
  it('reports a slip in the role with what was meant, in each note', async () => {
    const { home, file } = fileWith('Hollis Crane Outfitters', 'Assistant Distrcit Manager');
    const run = await runCli(['--from', file], { home });
    expect(run.stdout).not.toContain('The checklist found nothing to fix');
    // Once per note, naming every place: each note's subject and the one sentence that names the role.
    expect(misspelled(run.stdout)).toEqual(['Distrcit', 'Distrcit']);
    const flat = run.stdout.replace(/\s+/g, ' ');
    const said = '"Distrcit", in the subject and in the body, looks misspelled (did you mean "District"';
    expect(flat.split(said).length - 1).toBe(2);
  });

  it('takes the company and role names as given, and a role of the trade as it is written', async () => {
    for (const [company, role] of [
      ['Hollis Crane Outfitters', 'Assistant District Manager'],
      ['Brightwell Qorvex', 'Phlebotomist'],
      ['Acme Robotics', 'Salesforce Administrator'],
    ] as const) {
      const { home, file } = fileWith(company, role);
      const run = await runCli(['--from', file], { home });
      expect({ role, misspelled: misspelled(run.stdout) }).toEqual({ role, misspelled: [] });
    }
  });
});

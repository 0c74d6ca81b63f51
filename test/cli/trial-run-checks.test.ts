// The checklist and the name matcher as the trial run's two users met them, through the built
// CLI: a typo typed in a topic (check --profile), the teller of the news after status --told-by,
// and the names --to refused (a Spanish double surname by its first part, a curly apostrophe).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createSessionDeps, type SessionDepsHandle } from '../../src/commands/session-deps.js';
import { composeNotes } from '../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../src/model/dates.js';
import { parseInterviewText } from '../../src/model/interview-file.js';
import type { NoteKind } from '../../src/model/types.js';
import { brasaFile } from '../helpers/brasa.js';
import { newHome, runCli } from '../helpers/run-cli.js';
import { captureStream } from '../helpers/streams.js';

const BRASA_ID = 'brasa-co-sous-chef';
const VDB_ID = 'van-der-berg-infrastructure-civil-engineer';
const BRASA = brasaFile({
  'Chef Aoife Ní Bhriain': { topics: ['the wood-fired grill station'] },
  'Kwame Mensah-Bonsu': { topics: ['food cost targts for the new menu'] },
  'Lin Yu': { email: 'lin.yu@brasa.example', topics: ['the laminated dough program'] },
});
const VDB = {
  version: 1,
  candidate: { name: 'Priyanka Raman', email: 'priyanka.raman@example.com', phone: '+1 617 555 0177' },
  company: 'Van der Berg Infrastructure',
  role: 'Civil Engineer',
  interviewDate: '2026-11-30',
  format: 'onsite',
  timeframe: 'by the end of next week',
  recruiter: { name: 'Alex Kim', email: 'alex.kim@vdb.example' },
  interviewers: [
    {
      name: 'Joost van der Berg',
      title: 'Director',
      email: 'joost@vdb.example',
      medium: 'email',
      topics: ['the bridge program'],
    },
    {
      name: 'Dr. María José García-López',
      title: 'Principal Engineer',
      email: 'mj.garcia@vdb.example',
      medium: 'email',
      topics: ['stormwater modeling'],
    },
    { name: "Sean O'Neill", title: 'Project Manager', email: 'sean@vdb.example', medium: 'email', topics: ['site observation'] },
  ],
};
const env = { FOLLOWUP_COACH_NOW: '2026-12-01' };

async function saved(interview: object): Promise<string> {
  const home = newHome();
  const file = join(home, 'interview.json');
  writeFileSync(file, JSON.stringify(interview));
  expect((await runCli(['import', file], { home, env })).code).toBe(0);
  return home;
}

function draft(home: string, name: string, text: string): string {
  const file = join(home, name);
  writeFileSync(file, text);
  return file;
}

type Json = { findings: Array<{ rule: string; excerpt: string }> };
const found = (stdout: string) => (JSON.parse(stdout) as Json).findings.map((f) => `${f.rule} ${f.excerpt}`);

describe('check --profile: a slip typed in a topic', () => {
  it('is reported in the note that quotes it, as without --profile', { timeout: 90_000 }, async () => {
    const home = await saved(BRASA);
    const d2 = draft(
      home,
      'd2.txt',
      'Subject: Thank you: Sous Chef interview\n\nDear Kwame,\n\nThank you for meeting me on Monday. I enjoyed our talk about food cost targts for the new menu, and I hope to recieve good news soon.\n\nBest regards,\nTomás Ibáñez\n',
    );
    const run = await runCli(['check', d2, '--profile', BRASA_ID, '--to', 'Kwame', '--kind', 'thank-you', '--json'], {
      home,
      env,
    });
    expect(found(run.stdout)).toEqual(['spelling targts', 'spelling recieve']);
  });
});

describe('the session review: a slip typed in a topic', () => {
  let handle: SessionDepsHandle | undefined;
  afterEach(async () => {
    await handle?.dispose();
    handle = undefined;
  });

  it('is among the spelling findings of every note quoting the topic', { timeout: 90_000 }, async () => {
    const now = () => new Date('2026-12-01T10:00:00Z');
    handle = createSessionDeps({
      argv: [],
      stdin: new PassThrough(),
      stdout: captureStream(),
      stderr: captureStream(),
      env: { FOLLOWUP_COACH_HOME: newHome() },
      interactive: false,
      now,
    });
    handle.deps.warmUp();
    const parsed = parseInterviewText(JSON.stringify(BRASA), { calendar: WEEKENDS_ONLY, dateStyle: US_WITH_YEARS });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const interview = parsed.interview;
    for (const kind of ['thank-you', 'follow-up'] as NoteKind[]) {
      const [note] = composeNotes(interview, kind, { to: 'Kwame Mensah-Bonsu' });
      const context = { kind, interview, to: 'Kwame Mensah-Bonsu', now: now() };
      const spelling = await handle.deps.checkSpelling(note!, context);
      expect({ kind, words: spelling.map((finding) => finding.excerpt) }).toEqual({ kind, words: ['targts'] });
    }
  });
});

describe('check after status --told-by', () => {
  it('reports the teller spoken to in a note to someone else', { timeout: 90_000 }, async () => {
    const home = await saved(BRASA);
    expect((await runCli(['status', BRASA_ID, 'not-selected', '--told-by', 'Kwame'], { home, env })).code).toBe(0);
    const line = 'Thanks again, Kwame, for letting me know about the decision.';
    const e7 = draft(
      home,
      'e7.txt',
      `Subject: Keeping in touch after the Sous Chef interview\n\nDear Lin,\n\nI hope the spring menu is going well. ${line} I still think about the laminated dough program, and I would be glad to hear of openings at Brasa & Co.\n\nBest regards,\nTomás Ibáñez\n`,
    );
    const later = { FOLLOWUP_COACH_NOW: '2027-03-18' };
    const run = await runCli(
      ['check', e7, '--profile', BRASA_ID, '--to', 'Lin', '--kind', 'stay-in-touch', '--json', '--no-spell'],
      { home, env: later },
    );
    expect(found(run.stdout)).toEqual(['wrong-person Kwame']);
    expect(run.code).toBe(1);
  });
});

describe('--to with the names people use', () => {
  it('finds a double surname by its first part and a name with a curly apostrophe', { timeout: 90_000 }, async () => {
    const home = await saved(VDB);
    const garcia = await runCli(['regen', VDB_ID, '--to', 'García', '--kind', 'thank-you', '--print'], { home, env });
    expect(garcia).toMatchObject({ code: 0, stderr: '' });
    expect(garcia.stdout).toContain('Dear Dr. García-López,');
    const sean = await runCli(['regen', VDB_ID, '--to', 'Sean O’Neill', '--kind', 'thank-you', '--print'], { home, env });
    expect(sean).toMatchObject({ code: 0, stderr: '' });
    expect(sean.stdout).toContain('Dear Sean,');
    const sent = await runCli(['sent', VDB_ID, '--kind', 'thank-you', '--to', 'O’Neill'], { home, env });
    expect(sent).toMatchObject({ code: 0, stderr: '' });
    expect(sent.stdout).toContain("Sean O'Neill");
  });
});

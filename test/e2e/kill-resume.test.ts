// kill -9 at 20 random moments across every section of the guided session, in a real terminal:
// after each kill, the draft holds every answer submitted before it, the next start offers to
// resume, and resuming lands on the next question. One store for the whole run, so each start
// resumes what the kills before it left. Seeded: FOLLOWUP_COACH_KILL_SEED replays a failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newHome } from '../helpers/run-cli.js';
import { startTerminal, type Terminal } from '../helpers/tmux.js';

const SEED = Number(process.env.FOLLOWUP_COACH_KILL_SEED ?? 20261125);
const KILLS = 20;

/** mulberry32: a small, well-mixed PRNG, so the same seed kills at the same moments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The draft as the test reads it back: plain JSON, looked at field by field.
type Person = Record<string, string | undefined> & { topics?: string[] };
type Answers = { candidate: Record<string, string>; interviewers?: Person[] } & Record<string, unknown>;
type Draft = { answers: Answers; position: { step: string } };
interface Step {
  /** The question on screen when the step starts. */
  readonly ask: string | RegExp;
  readonly input: { readonly text: string } | { readonly choice: number } | { readonly key: string };
  /** Whether the saved draft holds this step's answer. */
  readonly kept: (draft: Draft) => boolean;
}

const person = (d: Draft) => d.answers.interviewers?.[0] ?? {};
const STEPS: readonly Step[] = [
  { ask: 'Your name', input: { text: 'Jordan Lee' }, kept: (d) => d.answers.candidate.name === 'Jordan Lee' },
  { ask: 'Your e-mail', input: { text: 'jordan@example.com' }, kept: (d) => d.answers.candidate.email === 'jordan@example.com' },
  { ask: 'Your phone', input: { text: '+1 555 0100' }, kept: (d) => d.answers.candidate.phone === '+1 555 0100' },
  {
    ask: 'Signature line (optional)',
    input: { text: 'linkedin.com/in/jordan' },
    kept: (d) => d.answers.candidate.signature === 'linkedin.com/in/jordan',
  },
  { ask: 'Resume file (optional)', input: { text: '' }, kept: (d) => d.position.step !== 'candidate.resume' },
  { ask: 'Company', input: { text: 'Acme Robotics' }, kept: (d) => d.answers.company === 'Acme Robotics' },
  { ask: 'Role', input: { text: 'Senior Backend Engineer' }, kept: (d) => d.answers.role === 'Senior Backend Engineer' },
  { ask: 'Interview date', input: { text: 'yesterday' }, kept: (d) => d.answers.date === '2026-11-24' },
  { ask: 'Format', input: { choice: 1 }, kept: (d) => d.answers.format === 'onsite' },
  { ask: 'How do you greet interviewers?', input: { choice: 1 }, kept: (d) => d.answers.formality === 'first-names' },
  { ask: 'Recruiter or HR contact (optional)', input: { text: 'Dana Kim' }, kept: (d) => d.answers.recruiterName === 'Dana Kim' },
  {
    ask: "Dana Kim's e-mail (optional)",
    input: { text: 'dana.kim@acme.example' },
    kept: (d) => d.answers.recruiterEmail === 'dana.kim@acme.example',
  },
  {
    ask: "Dana Kim's phone (optional)",
    input: { text: '+1 555 0199' },
    kept: (d) => d.answers.recruiterPhone === '+1 555 0199',
  },
  {
    ask: 'Did Dana Kim ask you to send your notes through them?',
    input: { choice: 1 },
    kept: (d) => d.position.step !== 'interview.via',
  },
  { ask: 'Name', input: { text: 'Priya Raghunathan' }, kept: (d) => person(d).name === 'Priya Raghunathan' },
  { ask: 'How do you greet them?', input: { text: '' }, kept: (d) => d.position.step !== 'interviewer.greeting' },
  { ask: 'Title', input: { text: 'Engineering Manager' }, kept: (d) => person(d).title === 'Engineering Manager' },
  { ask: 'E-mail', input: { text: 'priya@acme.example' }, kept: (d) => person(d).email === 'priya@acme.example' },
  { ask: 'Phone', input: { text: '' }, kept: (d) => d.position.step !== 'interviewer.phone' },
  { ask: 'How did they reach you?', input: { choice: 1 }, kept: (d) => person(d).medium === 'email' },
  {
    ask: 'Topics you discussed',
    input: { text: 'moving telemetry ingestion to Kafka' },
    kept: (d) => person(d).topics?.[0] === 'moving telemetry ingestion to Kafka',
  },
  {
    ask: '1. moving telemetry ingestion to Kafka',
    input: { text: 'how on-call works' },
    kept: (d) => person(d).topics?.[1] === 'how on-call works',
  },
  { ask: '2. how on-call works', input: { text: '' }, kept: (d) => d.position.step !== 'interviewer.topics' },
  { ask: 'A personal detail (optional)', input: { text: 'runs marathons' }, kept: (d) => person(d).detail === 'runs marathons' },
  {
    ask: 'Something to add or send them (optional)',
    input: { text: 'the dashboard mock-up I mentioned' },
    kept: (d) => person(d).addition === 'the dashboard mock-up I mentioned',
  },
  { ask: /❯ ✓ Done/, input: { key: 'Enter' }, kept: (d) => d.position.step !== 'interviewers' },
  {
    ask: 'When did they say they would decide?',
    input: { text: 'by the end of next week' },
    kept: (d) => d.answers.timeframeText === 'by the end of next week',
  },
  { ask: 'Were you told you are not the final choice?', input: { choice: 1 }, kept: (d) => d.answers.notSelected === 'no' },
  {
    ask: 'The strength you want them to remember (optional)',
    input: { text: 'ten years of on-call' },
    kept: (d) => d.answers.strength === 'ten years of on-call',
  },
  { ask: 'How should the notes sound?', input: { choice: 1 }, kept: (d) => d.answers.tone === 'warm' },
];
/** What shows once the last step is accepted. */
const REVIEW = /Note 1 of \d+ · /;

const open: Terminal[] = [];
afterEach(async () => {
  for (const terminal of open.splice(0)) await terminal.close();
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const lines = (screen: string) => screen.split('\n').map((line) => line.trim());
const showing = (ask: string | RegExp) => (screen: string) =>
  // A label is a line of its own; the first line of a list may carry the frame's "› " marker.
  typeof ask === 'string' ? lines(screen).some((line) => line === ask || line === `› ${ask}`) : ask.test(screen);

async function start(home: string): Promise<Terminal> {
  const terminal = await startTerminal({ home });
  open.push(terminal);
  return terminal;
}

async function perform(t: Terminal, step: Step): Promise<void> {
  await t.waitForScreen(showing(step.ask), 20_000);
  if ('text' in step.input) await t.submit(step.input.text);
  else if ('choice' in step.input) await t.sendText(String(step.input.choice));
  else await t.sendKeys(step.input.key);
}

describe('kill -9 at any moment', () => {
  it(`loses no submitted answer (seed ${SEED})`, async () => {
    const rand = random(SEED);
    // 20 of the 28 steps, spread over every section; after each, a kill at a random moment.
    const order = STEPS.map((_, at) => at).sort(() => rand() - 0.5);
    const killAfter = new Set(order.slice(0, KILLS));
    const home = newHome();
    let t = await start(home);
    for (const [at, step] of STEPS.entries()) {
      await perform(t, step);
      const next = STEPS[at + 1]?.ask ?? REVIEW;
      // Submitted: the session has moved on to the next question.
      await t.waitForScreen(showing(next), 20_000);
      if (!killAfter.has(at)) continue;
      // A random moment: now, or a little later, maybe halfway through typing the next answer.
      await pause(Math.floor(rand() * 150));
      if (rand() < 0.4 && STEPS[at + 1] && 'text' in STEPS[at + 1]!.input) await t.sendText('half typ');
      await t.killCli('SIGKILL');
      expect(await t.waitForExit()).toBe(137);
      const draft = (JSON.parse(readFileSync(join(home, 'draft.json'), 'utf8')) as { draft: Draft }).draft;
      const lost = STEPS.slice(0, at + 1)
        .filter((earlier) => !earlier.kept(draft))
        .map((earlier) => String(earlier.ask));
      expect({ seed: SEED, killedAfter: String(step.ask), lost }).toEqual({
        seed: SEED,
        killedAfter: String(step.ask),
        lost: [],
      });
      await t.close();
      open.splice(open.indexOf(t), 1);
      t = await start(home);
      await t.waitForScreen(/You have an unfinished interview \(.+\)\. Pick up where you left off\?/, 20_000);
      await t.sendText('1');
      // Back where it stopped, with every earlier answer.
      await t.waitForScreen(showing(next), 20_000);
    }
    await t.waitForScreen(REVIEW, 30_000);
    expect(await t.screen()).toContain('Thank-you to Priya Raghunathan');
  }, 180_000);
});

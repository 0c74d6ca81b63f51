import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/cli/context.js';
import { chooseInteractively, type Select, type SelectChoice } from '../../../src/commands/regen/prompts.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { captureStream } from '../../helpers/streams.js';

const context: CommandContext = {
  argv: [],
  stdin: process.stdin,
  stdout: captureStream({ isTTY: true }),
  stderr: captureStream(),
  env: {},
  interactive: true,
  now: () => new Date('2026-11-25T09:00:00Z'),
};

interface Asked {
  readonly message: string;
  readonly names: readonly string[];
  readonly default: unknown;
  readonly descriptions?: readonly (string | undefined)[];
}

/** Answers each question with the choice whose name starts with the next answer. */
function answering(answers: readonly string[]): { select: Select; asked: Asked[]; described: (string | undefined)[][] } {
  const asked: Asked[] = [];
  /** Each question's choice descriptions, in order. */
  const described: (string | undefined)[][] = [];
  const select: Select = async <V>(config: { message: string; choices: readonly SelectChoice<V>[]; default?: V }) => {
    asked.push({ message: config.message, names: config.choices.map((c) => c.name), default: config.default });
    described.push(config.choices.map((c) => c.description));
    const answer = answers[asked.length - 1]!;
    const choice = config.choices.find((c) => c.name.startsWith(answer));
    if (!choice) throw new Error(`no choice starts with ${answer}`);
    return choice.value;
  };
  return { select, asked, described };
}

describe('chooseInteractively', () => {
  const acme = sampleInterview();

  it('preselects the first person still waiting for the note due next', async () => {
    const thanked = sampleInterview({ sent: [{ kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z' }] });
    const { select, asked } = answering(['thank-you', 'Sam']);
    await chooseInteractively(context, [thanked], { kind: undefined, to: undefined }, select);
    expect(asked[1]).toMatchObject({ message: 'For whom?', default: expect.objectContaining({ to: 'Sam Ortiz' }) });
  });
  const globex = sampleInterview({ id: 'globex-analyst', company: 'Globex', role: 'Analyst', date: '2026-12-01' });

  // A trial's interactive regen marked the follow-up due that very day "(due next)".
  it('marks the kind due today "due now", and one still to come "due next"', async () => {
    const thanked = sampleInterview({
      sent: ['Priya Raghunathan', 'Sam Ortiz'].map((to) => ({ kind: 'thank-you' as const, to, at: '2026-11-24T18:00:00.000Z' })),
    });
    const { select, asked } = answering(['follow-up', 'Priya']);
    await chooseInteractively(context, [thanked], { kind: undefined, to: undefined }, select);
    expect(asked[0]?.names).toEqual(['thank-you note', 'follow-up note (due next)', 'voicemail script', 'stay-in-touch note']);
  });

  it('asks for the interview (most urgent first), the kind (due next preselected) and the person', async () => {
    const { select, asked } = answering(['Acme', 'thank-you', 'Priya']);
    const choice = await chooseInteractively(context, [globex, acme], { kind: undefined, to: undefined }, select);
    expect(asked).toEqual([
      {
        message: 'Which interview?',
        names: [
          // Days of the clock's year, as the command writes them for the user: without the year.
          'Acme Robotics, Senior Backend Engineer (Tuesday, November 24)',
          'Globex, Analyst (Tuesday, December 1)',
        ],
        default: undefined,
      },
      {
        message: 'Which note?',
        // No contact request: Sam phoned and his number is all his calls need.
        names: ['thank-you note (due now)', 'follow-up note', 'voicemail script', 'stay-in-touch note'],
        default: 'thank-you',
      },
      {
        message: 'For whom?',
        names: ['Priya Raghunathan', 'Sam Ortiz'],
        default: expect.objectContaining({ to: 'Priya Raghunathan' }),
      },
    ]);
    expect(choice.interview.id).toBe(acme.id);
    expect([choice.note.kind, choice.note.to]).toEqual(['thank-you', 'Priya Raghunathan']);
    expect(choice.notes.map((note) => note.to)).toEqual(['Priya Raghunathan', 'Sam Ortiz']);
  });

  it('does not ask for whom when only one person gets that kind (the follow-up goes to e-mail people)', async () => {
    const { select, asked } = answering(['Acme', 'follow-up']);
    const choice = await chooseInteractively(context, [globex, acme], { kind: undefined, to: undefined }, select);
    expect(asked.map((question) => question.message)).toEqual(['Which interview?', 'Which note?']);
    expect([choice.note.kind, choice.note.to]).toEqual(['follow-up', 'Priya Raghunathan']);
  });

  it('asks nothing that the flags or a single saved interview already answer', async () => {
    const { select, asked } = answering([]);
    const choice = await chooseInteractively(context, [acme], { kind: 'thank-you', to: 'Sam' }, select);
    expect(asked).toEqual([]);
    expect([choice.note.kind, choice.note.to]).toEqual(['thank-you', 'Sam Ortiz']);
  });

  it('turns Ctrl-C in a prompt into a cancel with exit 130', async () => {
    const exit = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const select: Select = async () => {
      throw exit;
    };
    await expect(chooseInteractively(context, [acme, globex], { kind: undefined, to: undefined }, select)).rejects.toMatchObject({
      message: 'Cancelled: nothing was copied.',
      name: 'CancelledError',
    });
  });

  it('with a second round saved, hints what the application owes, as list does, not what one round would', async () => {
    // Round 1 thanked both and its timeframe passed; round 2 met Priya again and Lena, yesterday.
    const at = '2026-11-20T18:00:00.000Z';
    const first = sampleInterview({
      date: '2026-11-20',
      timeframe: { text: 'by Monday', date: '2026-11-23' },
      sent: [
        { kind: 'thank-you', to: 'Priya Raghunathan', at },
        { kind: 'thank-you', to: 'Sam Ortiz', at },
      ],
    });
    const lena = {
      name: 'Lena Fischer',
      title: 'CTO',
      email: 'lena@acme.example',
      medium: 'email' as const,
      topics: ['the roadmap'],
    };
    const second = sampleInterview({
      id: `${first.id}-round-2`,
      round: 2,
      date: '2026-11-24',
      interviewers: [first.interviewers[0]!, lena],
    });
    const { select, asked, described } = answering(['Acme Robotics, Senior Backend Engineer (Friday', 'thank-you', 'Priya']);
    await chooseInteractively(context, [first, second], { kind: undefined, to: undefined }, select);
    const owed = 'thank-you to Priya Raghunathan and Lena Fischer (round 2): due today';
    expect(described[0]).toEqual([owed, owed]);
    // Round 1 owes nothing itself now: no kind of it is hinted or preselected as due.
    expect(asked[1]).toMatchObject({ message: 'Which note?', default: undefined });
    expect(asked[1]!.names.some((name) => name.includes('due next'))).toBe(false);
  });
});

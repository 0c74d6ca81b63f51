// Input as it really arrives: a terminal read can hold many keys (a paste, a burst of Backspace
// from a held key or tmux, a fast typist's "Bob" + Enter), and ink-testing-library delivers one
// stdin.write as one read, as a terminal does.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { ChoiceInput } from '../../src/ui/choice-input.js';
import { atTopics } from './at-topics.js';
import { typeAndSee, oneLineInput } from './one-line-input.js';
import { KEY, typeAndWait, waitFor } from './helpers.js';
import { emptyWorld, worldDeps } from '../support/fake-world.js';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';
const DELETE = '\u001b[3~';
const LEFT = '\u001b[D';

describe('a one-line input', () => {
  it('deletes one character per Backspace byte in a burst, and per Delete key (the one under the cursor)', async () => {
    const { app } = oneLineInput('Staff UX Researcher');
    await waitFor(app, 'Staff UX Researcher');
    expect(await typeAndSee(app, KEY.backspace.repeat(9), 'Staff UX R')).toBe('Staff UX R');
    // At the end there is nothing under the cursor: Delete deletes nothing there.
    app.stdin.write(DELETE);
    expect(await typeAndSee(app, `${LEFT}${LEFT}${LEFT}${DELETE}${DELETE}`, 'Staff UR')).toBe('Staff UR');
    expect(await typeAndSee(app, DELETE, 'Staff U')).toBe('Staff U');
    // BS (Ctrl-H) is Backspace too; the text typed after the burst lands where the cursor is.
    expect(await typeAndSee(app, '\b\b\bSenior UX', 'StafSenior UX')).toBe('StafSenior UX');
    app.unmount();
  });

  it('takes a fast "Bob" + Enter as text, then Enter', async () => {
    const { app, submitted } = oneLineInput();
    await waitFor(app, 'type here');
    app.stdin.write('Bob\r');
    await waitFor(app, () => submitted.length > 0);
    expect(submitted).toEqual(['Bob']);
    app.unmount();
  });

  it('keeps every line of a pasted block, joined with spaces, and says so', async () => {
    const { app, submitted } = oneLineInput('Re: ');
    await waitFor(app, 'Re:');
    const joined = 'Re: Staff UX Researcher (Platform)\nPasted 3 lines: joined with spaces, as this answer is one line.';
    expect(await typeAndSee(app, 'Staff UX\nResearcher\n  (Platform)\n', joined)).toBe(joined);
    expect(submitted).toEqual([]);
    // The next key clears the notice.
    expect(await typeAndSee(app, '!', 'Re: Staff UX Researcher (Platform)!')).toBe('Re: Staff UX Researcher (Platform)!');
    app.unmount();
  });

  it('takes a bracketed paste whole, even across reads, and never as Enter', async () => {
    const { app, submitted } = oneLineInput();
    await waitFor(app, 'type here');
    app.stdin.write(`${PASTE_START}Senior `);
    app.stdin.write(`Backend\r`);
    const joined = 'Senior Backend Engineer\nPasted 2 lines: joined with spaces, as this answer is one line.';
    expect(await typeAndSee(app, `Engineer\r${PASTE_END}`, joined)).toBe(joined);
    // One line pasted is just text; the markers never show.
    expect(await typeAndSee(app, `${PASTE_START}, II${PASTE_END}`, 'Senior Backend Engineer, II')).toBe(
      'Senior Backend Engineer, II',
    );
    expect(submitted).toEqual([]);
    app.stdin.write(KEY.enter);
    await waitFor(app, () => submitted.length > 0);
    expect(submitted).toEqual(['Senior Backend Engineer, II']);
    app.unmount();
  });
});

describe('the topics step', () => {
  it('adds one topic per pasted line and stays open for more', async () => {
    const { app, world } = await atTopics();
    await typeAndWait(app, 'the ');
    app.stdin.write('incident review ritual\r\nschema registry\r\n\r\nhow on-call works\r\nbudget for conferences\r\n');
    const frame = await waitFor(app, '5. budget for conferences');
    expect(frame).toContain('3. the incident review ritual');
    expect(frame).toContain('4. schema registry');
    // A line that repeats a topic is left out, and said why.
    expect(frame).toContain('5. budget for conferences');
    expect(frame).not.toContain('6.');
    expect(frame).toMatch(/already/i);
    expect(frame).toContain('Topics you discussed');
    await typeAndWait(app, KEY.enter);
    await waitFor(app, (s) => !s.includes('Topics you discussed'));
    const saved = world.draft as { answers: { interviewers: { topics: string[] }[] } };
    expect(saved.answers.interviewers[0]?.topics).toEqual([
      'moving telemetry ingestion to Kafka',
      'how on-call works',
      'the incident review ritual',
      'schema registry',
      'budget for conferences',
    ]);
    app.unmount();
  });

  it('saves the pasted topics in the draft at once, before another key', async () => {
    const { app, world } = await atTopics();
    app.stdin.write(`${PASTE_START}schema registry\rcapacity planning\r${PASTE_END}`);
    await waitFor(app, '4. capacity planning');
    // Nothing else is typed: a kill now must not lose the paste.
    await waitFor(
      app,
      () => (world.draft as { answers: { interviewers: { topics: string[] }[] } }).answers.interviewers[0]?.topics.length === 4,
    );
    const saved = world.draft as { answers: { interviewers: { topics: string[] }[] } };
    expect(saved.answers.interviewers[0]?.topics).toEqual([
      'moving telemetry ingestion to Kafka',
      'how on-call works',
      'schema registry',
      'capacity planning',
    ]);
    app.unmount();
  });

  it('takes a bracketed paste of lines the same way', async () => {
    const { app } = await atTopics();
    app.stdin.write(`${PASTE_START}schema registry\rcapacity planning\r${PASTE_END}`);
    const frame = await waitFor(app, '4. capacity planning');
    expect(frame).toContain('3. schema registry');
    expect(frame).toContain('4. capacity planning');
    expect(frame).not.toContain('[200~');
    app.unmount();
  });
});

describe('Ctrl-C', () => {
  it('is taken when it arrives in the same read as the text typed before it', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Your name');
    app.stdin.write('Jordan Lee\r');
    await waitFor(app, 'Your e-mail');
    await waitFor(app, () => JSON.stringify(world.draft ?? '').includes('Jordan Lee'));
    const before = world.drafts.length;
    app.stdin.write('jordan@exa\u0003');
    // Ctrl-C saves the draft once more before the session ends.
    await waitFor(app, () => world.drafts.length > before);
    expect(world.drafts.at(-1)).toMatchObject({
      answers: { candidate: { name: 'Jordan Lee' } },
      position: { step: 'candidate.email' },
    });
    app.unmount();
  });
});

// Enter held, or pressed twice fast, can arrive as one read ("\r\r"): it is Enter, never a paste.
describe('two Enters in one read', () => {
  it('on an empty required question: its message, and the question stays', async () => {
    const app = render(<App deps={worldDeps(emptyWorld())} />);
    await waitFor(app, 'Your name');
    app.stdin.write('\r\r');
    const frame = await waitFor(app, 'Type the person');
    expect(frame).toContain('Your name');
    expect(frame.replace(/\s*\n\s*/g, ' ')).toContain(
      'Type the person\'s name as it appears on their business card or LinkedIn, e.g. "Priya Raghunathan".',
    );
    expect(frame).not.toContain('Pasted');
    app.unmount();
  });

  it('after an answer: the answer is taken, and the next question waits for its own Enter', async () => {
    const world = emptyWorld();
    const app = render(<App deps={worldDeps(world)} />);
    await waitFor(app, 'Your name');
    app.stdin.write('Jordan Lee\r\r');
    const next = await waitFor(app, 'Your e-mail');
    // The second Enter did not answer the e-mail question (it would say what to type).
    expect(next).not.toContain('Type an e-mail address');
    expect(next).not.toContain('Pasted');
    app.unmount();
  });

  it('on a list of choices: the choice under the cursor, chosen once', async () => {
    const submitted: string[] = [];
    const app = render(
      <ChoiceInput
        options={[
          { value: 'onsite', label: 'On site' },
          { value: 'video', label: 'Video call' },
        ]}
        isActive
        onSubmit={(value) => submitted.push(value)}
      />,
    );
    await waitFor(app, 'On site');
    app.stdin.write(`${KEY.down}`);
    await waitFor(app, '❯ Video call');
    app.stdin.write('\r\r');
    await waitFor(app, () => submitted.length > 0);
    app.stdin.write('\r');
    expect(submitted).toEqual(['video']);
    app.unmount();
  });
});

// The line mode's home offers what `status`, `sent` and `prep` do, and its review writes the
// reminders: scripted answers over in-memory effects.
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/cli/errors.js';
import { runLineSession } from '../../../src/line/index.js';
import { PREP_TITLE, newsMessages } from '../../../src/session/index.js';
import { deleteConfirmation, deleteMessages, homeMessages as home } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { context, memoryDeps, scripted } from './script.js';

const ACME = sampleInterview();
const NEWS = `news:${ACME.id}`;

describe('line mode: news, the prep card and reminders', () => {
  it('records a no with who told, then returns home', async () => {
    const { deps, saved } = memoryDeps(null, [ACME]);
    const play = scripted([
      { choose: home.question, answer: NEWS },
      { choose: newsMessages.what, answer: 'not-selected' },
      { choose: newsMessages.told, answer: 'Dana Kim' },
      { choose: home.question, answer: 'new' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
    expect(saved.interviews.find((i) => i.id === ACME.id)).toMatchObject({
      status: 'not-selected',
      statusOn: '2026-11-25',
      toldBy: 'Dana Kim',
    });
    expect(play.offered[2]!.labels).toEqual([
      'Priya Raghunathan',
      'Sam Ortiz',
      'Dana Kim',
      'Someone else, or I would rather not say',
    ]);
    expect(play.printed).toContain('Recorded for Acme Robotics: not selected this time. Next: not-selected');
  });

  it('records a call made by hand', async () => {
    const { deps, saved } = memoryDeps(null, [ACME]);
    const play = scripted([
      { choose: home.question, answer: NEWS },
      { choose: newsMessages.what, answer: 'sent' },
      { choose: newsMessages.kind, answer: 'voicemail' },
      { choose: newsMessages.person, answer: 'Sam Ortiz' },
      { choose: home.question, answer: 'new' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(saved.interviews.find((i) => i.id === ACME.id)!.sent).toEqual([
      { kind: 'voicemail', to: 'Sam Ortiz', at: '2026-11-25T09:00:00.000Z', method: 'outside' },
    ]);
    expect(play.printed).toContain('Recorded: the follow-up call to Sam Ortiz, today. Next: waiting');
  });

  it('Ctrl-C at home after recording says what was saved, not that nothing changed', async () => {
    const { deps, saved } = memoryDeps(null, [ACME]);
    const play = scripted([
      { choose: home.question, answer: NEWS },
      { choose: newsMessages.what, answer: 'sent' },
      { choose: newsMessages.kind, answer: 'not-selected' },
      { choose: newsMessages.person, answer: 'Priya Raghunathan' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toMatchObject({
      name: 'CancelledError',
      message: 'Stopped. Saved: the thanks after the decision to Priya Raghunathan.',
    });
    expect(saved.interviews.find((i) => i.id === ACME.id)!.sent).toMatchObject([
      { kind: 'not-selected', to: 'Priya Raghunathan' },
    ]);
  });

  it('Ctrl-C at home with nothing recorded just stops', async () => {
    const { deps } = memoryDeps(null, [ACME]);
    const play = scripted([{ ctrlC: true }]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toMatchObject({ message: 'Stopped.' });
  });

  it('prints the prep card and offers home again', async () => {
    const { deps } = memoryDeps(null, [ACME]);
    const play = scripted([{ choose: home.question, answer: 'prep' }, { choose: home.question, answer: 'new' }, { ctrlC: true }]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.printed.join('\n')).toContain(`${PREP_TITLE}\n\n  - Each interviewer's name`);
  });

  it('writes the reminders from the review', async () => {
    const { deps, saved } = memoryDeps(null, [ACME]);
    const play = scripted([
      { choose: home.question, answer: `notes:${ACME.id}` },
      { choose: 'What next?', answer: 'calendar' },
      { choose: 'What next?', answer: 'finish' },
    ]);
    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(saved.calendars).toEqual([ACME.id]);
    expect(play.printed).toContain(`2 reminders written to /calendars/${ACME.id}.ics: import it into your calendar.`);
  });
});

describe('line mode: deleting a saved interview', () => {
  const LUMEN = sampleInterview({ id: 'lumen-health-data-engineer', company: 'Lumen Health', role: 'Data Engineer' });

  it('asks which and then yes or no (default no); yes deletes it and home no longer lists it', async () => {
    const { deps, saved } = memoryDeps(null, [ACME, LUMEN]);
    const question = deleteConfirmation(LUMEN, [ACME, LUMEN]).question;
    const play = scripted([
      { choose: home.question, answer: 'delete' },
      { choose: deleteMessages.which, answer: LUMEN.id },
      { confirm: question, answer: false },
      { choose: home.question, answer: 'delete' },
      { choose: deleteMessages.which, answer: LUMEN.id },
      { confirm: question, answer: true },
      { choose: home.question, answer: 'new' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
    expect(question).toBe(
      'Delete Lumen Health, Data Engineer (lumen-health-data-engineer), with its notes and the record of what was sent? This cannot be undone.',
    );
    expect(play.offered[1]!.labels).toEqual([
      'Acme Robotics, Senior Backend Engineer (acme-robotics-senior-backend-engineer)',
      'Lumen Health, Data Engineer (lumen-health-data-engineer)',
    ]);
    expect(play.confirmDefaults).toEqual([false, false]);
    expect(saved.interviews.map((i) => i.id)).toEqual([ACME.id]);
    expect(play.printed).toContain('Deleted Lumen Health, Data Engineer (lumen-health-data-engineer).');
    expect(play.offered.at(-1)!.labels).not.toContain('Notes for Lumen Health, Data Engineer');
  });
});

// The line mode's home, with scripted answers: offered only once interviews are saved (and after
// a declined draft), in the Ink home's words; the due follow-up and a saved interview's notes
// open at the review, where the chosen note is checked, copied and marked as sent.
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src/cli/errors.js';
import { runLineSession } from '../../../src/line/index.js';
import type { Finding, Interview, Note } from '../../../src/model/types.js';
import { draftOf, initialState, readDraft } from '../../../src/session/index.js';
import type { DueFollowUp, SessionDeps } from '../../../src/session/effects.js';
import { closingMessages, homeMessages as home } from '../../../src/session/index.js';
import { BACK } from '../../../src/line/prompter.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { NOW, context, memoryDeps, scripted } from './script.js';

const ACME = sampleInterview();
const LUMEN = sampleInterview({
  id: 'lumen-health-data-engineer',
  company: 'Lumen Health',
  role: 'Data Engineer',
  date: '2026-11-10',
  interviewers: [{ name: 'Ana Ruiz', title: 'Head of Data', email: 'ana@lumen.example', medium: 'email', topics: ['dbt'] }],
  recruiter: { name: 'Ravi Shah', email: 'ravi@lumen.example' },
  timeframe: { text: 'by Friday', date: '2026-11-20' },
});
// Most urgent first, as the real dueFollowUps orders them; the second has no line, so its day shows.
const DUE: DueFollowUp[] = [
  { interview: LUMEN, due: '2026-11-25', line: 'follow-up to Ravi Shah: due now' },
  { interview: ACME, due: '2026-12-07' },
];

function withHome(interviews: readonly Interview[], draft: unknown = null) {
  const bench = memoryDeps(draft, interviews);
  const asked: Array<readonly Interview[]> = [];
  const deps: SessionDeps = {
    ...bench.deps,
    dueFollowUps: async (all) => {
      asked.push(all);
      return DUE.filter((d) => all.includes(d.interview));
    },
  };
  return { ...bench, deps, asked };
}

/** Picks `choice` on the home, copies one note of the review, answers "mark sent" (for a call: "made"), finishes. */
async function copyFromHome(deps: SessionDeps, choice: string, copy: string, markSent: boolean, call = false) {
  const play = scripted([
    { choose: home.question, answer: choice },
    { choose: 'What next?', answer: copy },
    { confirm: 'Are all three true?', answer: true },
    { confirm: call ? 'Have you made the call? Mark it as made' : 'Mark it as sent', answer: markSent },
    { choose: 'What next?', answer: 'finish' },
  ]);
  expect(await runLineSession(context, deps, play.prompter)).toBe(0);
  expect(play.left()).toBe(0);
  return play;
}

describe('line mode home', () => {
  it('is not offered without saved interviews: the questions start at once', async () => {
    const { deps, asked } = withHome([]);
    const play = scripted([{ text: 'Your name', answer: 'Jordan Lee' }, { ctrlC: true }]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
    expect(play.offered).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('offers the due follow-ups most urgent first, Enter on the most urgent, then a new interview and every saved interview', async () => {
    const { deps, saved, asked } = withHome([ACME, LUMEN]);
    const play = scripted([
      { choose: home.question, answer: 'new' },
      { text: 'Your name', answer: 'Jordan Lee' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
    expect(asked).toEqual([[ACME, LUMEN]]);
    expect(play.offered[0]).toEqual({
      message: home.question,
      labels: [
        'Follow up: Lumen Health, Data Engineer (follow-up to Ravi Shah: due now)',
        'Follow up: Acme Robotics, Senior Backend Engineer (Monday, December 7, 2026)',
        'Start a new interview',
        'Notes for Acme Robotics, Senior Backend Engineer',
        'Notes for Lumen Health, Data Engineer',
        'Record news: Acme Robotics, Senior Backend Engineer (their answer, or a note you sent yourself)',
        'Record news: Lumen Health, Data Engineer (their answer, or a note you sent yourself)',
        'Delete a saved interview',
        'Before an interview: what to note down while you are there',
      ],
    });
    expect(play.initials[0]).toBe(`follow-up:${LUMEN.id}`);
    // What is due by today is said above the choices; the follow-up of December 7 is not yet.
    expect(play.printed).toContain('1 note due today, the most urgent listed first.');
    // A new interview is new: it does not replace the saved one it was offered beside.
    expect(readDraft(saved.draft)?.interviewId).toBeNull();
  });

  it('comes after a declined draft, and not after a resumed one', async () => {
    const draft = draftOf(initialState({ ...initialState().answers, company: 'Kestrel Games' }), null);
    const declined = withHome([ACME], draft);
    const no = scripted([
      { confirm: 'You have an unfinished interview (Kestrel Games). Pick up where you left off?', answer: false },
      { choose: home.question, answer: 'new' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, declined.deps, no.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(no.left()).toBe(0);

    const resumed = withHome([ACME], draft);
    const yes = scripted([
      { confirm: 'You have an unfinished interview (Kestrel Games). Pick up where you left off?', answer: true },
      { text: 'Your name', answer: 'Jordan Lee' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, resumed.deps, yes.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(yes.left()).toBe(0);
    // Resumed, the session goes on where it stopped: the home is never offered.
    expect(yes.offered.map((o) => o.message)).not.toContain(home.question);
  });

  it('writes the chosen due follow-up: checked, copied and marked sent on that interview', async () => {
    const { deps: bench, saved } = withHome([ACME, LUMEN]);
    const checked: string[] = [];
    const deps: SessionDeps = {
      ...bench,
      // A stand-in checklist that asks for the resume on every follow-up.
      check: async (_note, checkContext): Promise<Finding[]> => {
        checked.push(`${checkContext.interview?.id} ${checkContext.kind} ${checkContext.to}`);
        return [
          {
            rule: 'attachment-mention',
            severity: 'warning',
            message: 'Attach your resume.',
            line: 2,
            column: 3,
            excerpt: 'keen',
          },
        ];
      },
    };
    const play = await copyFromHome(deps, 'follow-up:acme-robotics-senior-backend-engineer', 'copy:0', true);
    const out = play.printed.join('\n');
    for (const said of [
      'Review: 1 note · saved as acme-robotics-senior-backend-engineer',
      'Note 1 of 1: follow-up note for Dana Kim <dana.kim@acme.example>',
      'Subject: Following up: Senior Backend Engineer',
      '  warning attachment-mention (line 2, column 3): Attach your resume.',
      'Saved as acme-robotics-senior-backend-engineer.',
    ])
      expect(out).toContain(said);
    expect(checked).toEqual(['acme-robotics-senior-backend-engineer follow-up Dana Kim']);
    expect(saved.copied).toEqual([
      'Dear Dana Kim,\nI am still keen on the Senior Backend Engineer role at Acme Robotics.\nJordan Lee\n',
    ]);
    expect(saved.sent.map((s) => s.id)).toEqual(['acme-robotics-senior-backend-engineer']);
    expect(saved.sent.map((s) => s.entry)).toMatchObject([
      {
        kind: 'follow-up',
        to: 'Dana Kim',
        subject: 'Following up: Senior Backend Engineer',
        method: 'clipboard',
        at: NOW.toISOString(),
      },
    ]);
    // Saved again in place (its answers are unchanged), never beside itself as a copy.
    expect(saved.replaced).toEqual([true]);
    expect(saved.interviews.map((i) => i.id)).toEqual([ACME.id, LUMEN.id]);
    expect(saved.draft).toBeNull();
  });

  it("regenerates a saved interview's notes: picks the interview, then the note by kind and person, with its hand edit", async () => {
    const edited = {
      ...ACME,
      edits: [
        {
          kind: 'voicemail' as const,
          to: 'Sam Ortiz',
          subject: '',
          body: 'Hi Sam, Jordan here. Thanks again.',
          at: '2026-11-24T18:00:00Z',
        },
      ],
    };
    const { deps: bench, saved } = withHome([edited, LUMEN]);
    const deps: SessionDeps = {
      ...bench,
      reviewNotes: async (interview) =>
        interview.id !== ACME.id
          ? []
          : ([
              {
                kind: 'thank-you',
                to: 'Priya Raghunathan',
                address: 'priya@acme.example',
                subject: 'Thank you',
                body: 'Dear Priya,\nthanks.\n',
                attachments: [],
              },
              {
                kind: 'voicemail',
                to: 'Sam Ortiz',
                address: '+1 555 0101',
                subject: '',
                body: 'Hi Sam, it is Jordan Lee.\n',
                attachments: [],
              },
              {
                kind: 'contact-request',
                to: 'Dana Kim',
                address: 'dana.kim@acme.example',
                subject: 'Sam',
                body: 'Hi Dana,\nSam?\n',
                attachments: [],
              },
            ] satisfies Note[]),
      check: async () => [],
    };
    const play = await copyFromHome(deps, 'notes:acme-robotics-senior-backend-engineer', 'copy:1', false, true);
    expect(play.offered[1]?.labels.slice(0, 3)).toEqual([
      'Copy note 1 (thank-you note for Priya Raghunathan)',
      'Copy script 2 (voicemail script for Sam Ortiz)',
      'Copy note 3 (contact request for Dana Kim)',
    ]);
    const out = play.printed.join('\n');
    expect(out).toContain('Note 2 of 3: voicemail script for Sam Ortiz <+1 555 0101>');
    // The user's saved hand edit is what is shown and copied, as in the Ink review.
    expect(out).toContain('Hi Sam, Jordan here. Thanks again.');
    expect(out).not.toContain('it is Jordan Lee');
    expect(saved.copied).toEqual(['Hi Sam, Jordan here. Thanks again.']);
    expect(saved.sent.map((s) => s.entry)).toEqual([]);
    expect(saved.replaced).toEqual([true]);
  });

  it("reading an older interview's notes keeps the saved candidate as it is", async () => {
    // The profile moved on since that interview: a new phone number.
    const { deps, saved } = withHome([ACME]);
    saved.candidate = { ...ACME.candidate, phone: '+1 555 0199' };
    const play = scripted([
      { choose: home.question, answer: 'notes:acme-robotics-senior-backend-engineer' },
      { choose: 'What next?', answer: 'finish' },
    ]);
    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(play.left()).toBe(0);
    expect(saved.candidate).toEqual({ ...ACME.candidate, phone: '+1 555 0199' });
    // The interview keeps the details it was written with.
    expect(saved.interviews.find((i) => i.id === ACME.id)?.candidate.phone).toBe('+1 555 0100');
  });

  it('goes back from the notes to the home with "< Back", as Esc does full screen, with what is due read again', async () => {
    const { deps, saved, asked } = withHome([ACME, LUMEN]);
    const play = scripted([
      { choose: home.question, answer: `notes:${ACME.id}` },
      { choose: 'What next?', answer: BACK },
      { choose: home.question, answer: 'new' },
      { text: 'Your name', answer: 'Jordan Lee' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
    // Opened, then read again on the way back.
    expect(asked).toHaveLength(2);
    // The new interview is new: its draft belongs to no saved interview.
    expect(readDraft(saved.draft)?.interviewId).toBeNull();
    expect(readDraft(saved.draft)?.answers.company).toBe('');
  });

  it('Ctrl-C on the notes of a saved interview leaves nothing to resume, and says it is saved', async () => {
    const { deps, saved } = withHome([ACME]);
    const play = scripted([{ choose: home.question, answer: `notes:${ACME.id}` }, { ctrlC: true }]);
    const stopped = runLineSession(context, deps, play.prompter);
    await expect(stopped).rejects.toThrow(closingMessages.stoppedSaved(ACME.id, []));
    expect(play.left()).toBe(0);
    expect(saved.draft).toBeNull();
  });
});

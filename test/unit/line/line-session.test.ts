// The line mode's walk through the step table, with scripted answers in place of a terminal and
// in-memory effects: the same questions in the same order, validation that re-asks, going back,
// the interviewer list, the review with the checklist, copying with an override, marking sent,
// the saved draft, and Ctrl-C.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/cli/context.js';
import { CancelledError } from '../../../src/cli/errors.js';
import { runLineSession } from '../../../src/line/index.js';
import { BACK } from '../../../src/line/prompter.js';
import { validateEmail } from '../../../src/model/validate.js';
import { answersOf, draftOf, initialState, readDraft, sessionMessages } from '../../../src/session/index.js';
import { sampleInterview } from '../../helpers/sample-interview.js';
import { STEP_CONTEXT } from '../../support/fake-world.js';
import { NOW, context, memoryDeps, scripted, type Step } from './script.js';

const ABOUT: Step[] = [
  { text: 'Your name', answer: 'Jordan Lee' },
  { text: 'Your e-mail', answer: 'jordan-at-example' },
  { text: 'Your e-mail', answer: 'jordan@example.com' },
  { text: 'Your phone', answer: '+1 555 0100' },
  { text: 'Signature line', answer: '' },
  { text: 'Resume file', answer: '' },
];
const INTERVIEW: Step[] = [
  { text: 'Company', answer: 'Acme Robotics' },
  { text: 'Role', answer: BACK },
  { text: 'Company', answer: 'Acme Robotics' },
  { text: 'Role', answer: 'Senior Backend Engineer' },
  { text: 'Interview date', answer: 'yesterday' },
  { choose: 'Format', answer: 'onsite' },
  { choose: 'How do you greet interviewers?', answer: 'first-names' },
  { text: 'Recruiter or HR contact', answer: 'Dana Kim' },
  { text: "Dana Kim's e-mail", answer: 'dana.kim@acme.example' },
  { text: "Dana Kim's phone", answer: '' },
  { choose: 'Did Dana Kim ask you to send your notes through them?', answer: 'none' },
];
const PRIYA: Step[] = [
  { text: 'Name', answer: 'Priya Raghunathan' },
  { text: 'How do you greet them?', answer: 'Priya' },
  { text: 'Title', answer: 'Engineering Manager' },
  { text: 'E-mail', answer: 'priya@acme.example' },
  { text: 'Phone', answer: '' },
  { choose: 'How did they reach you?', answer: 'email' },
  { text: 'Topic 1', answer: '' },
  { text: 'Topic 1', answer: 'moving telemetry ingestion to Kafka' },
  { text: 'Topic 2', answer: '' },
  { text: 'A personal detail', answer: '' },
  { text: 'Something to add or send them', answer: 'the Kafka migration plan I sketched' },
];
const SAM: Step[] = [
  { text: 'Name', answer: 'Sam Ortiz' },
  { text: 'How do you greet them?', answer: 'Sam' },
  { text: 'Title', answer: 'Staff Engineer' },
  { text: 'E-mail', answer: '' },
  { text: 'Phone', answer: '+1 555 0101' },
  { choose: 'How did they reach you?', answer: 'phone' },
  { text: 'Topic 1', answer: "the robot fleet's OTA update pipeline" },
  { text: 'Topic 2', answer: '' },
  { text: 'A personal detail', answer: 'We both grew up in Tucson' },
  { text: 'Something to add or send them', answer: '' },
];
const NEXT: Step[] = [
  { text: 'When did they say they would decide?', answer: 'by the end of next week' },
  { choose: 'Were you told you are not the final choice?', answer: 'no' },
  { text: 'The strength you want them to remember', answer: 'ten years of running on-call for payment systems' },
  { choose: 'How should the notes sound?', answer: 'brief' },
];

describe('line mode', () => {
  it('walks the whole session with two interviewers, shows each note with its checklist, copies and finishes', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([
      ...ABOUT,
      ...INTERVIEW,
      ...PRIYA,
      { choose: 'What next?', answer: 'add' },
      ...SAM,
      { choose: 'What next?', answer: 'done' },
      ...NEXT,
      { choose: 'What next?', answer: 'copy:1' },
      { confirm: 'The checklist found an error in this note (above). Copy it anyway?', answer: false },
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: false },
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Mark it as sent', answer: true },
      { choose: 'What next?', answer: 'subject:0' },
      { choose: 'What next?', answer: 'finish' },
    ]);

    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(play.left()).toBe(0);
    // The step table's own messages, re-asked in place: the bad e-mail and the empty topic list.
    expect(play.problems).toEqual([validateEmail('jordan-at-example'), sessionMessages.problems.topicsNone]);
    expect(play.problems[0]).toMatch(/e-mail/);
    const out = play.printed.join('\n');
    expect(out).toContain('→ Tuesday, November 24, 2026');
    expect(out).toContain('by the end of next week → Friday, December 4, 2026');
    // What the candidate adds is shown as the note will set it.
    expect(out).toContain('→ Dear Priya,');
    expect(out).toContain('→ in the thank-you, for example: "I also enjoyed talking about how we both grew up in Tucson."');
    expect(out).toContain(
      '"I would like to follow up on the Kafka migration plan I sketched, and I can send you more on it if that would help."',
    );
    expect(out).toContain('I hope it is ten years of running on-call for payment systems."');
    expect(out).toContain('Note 1 of 2: thank-you note for Priya Raghunathan <priya@acme.example>');
    expect(out).toContain('thank you for talking about moving telemetry ingestion to Kafka.');
    expect(out).toContain('Note 2 of 2: thank-you note for Sam Ortiz (no e-mail address on file) --');
    expect(out).toContain("thank you for talking about the robot fleet's OTA update pipeline.");
    expect(out).toContain('Checklist: 1 error, 0 warnings');
    expect(out).toContain('  error medium-mismatch (line 1, column 1): Sam used the phone.');
    expect(out).toContain('Second follow-up: not before 2026-12-04');
    expect(out).toContain('Not copied.');
    expect(out).toContain('Not copied yet: copy it again once all three are true.');
    expect(out.match(/Before your first copy, three things only you can check:/g)).toHaveLength(2);
    expect(out).toContain('Saved as acme-robotics-senior-backend-engineer.');

    // Only Priya's note was copied, exactly as shown, then its subject line on its own.
    expect(saved.copied).toEqual([
      'Dear Priya Raghunathan,\nthank you for talking about moving telemetry ingestion to Kafka.\nJordan Lee\n',
      'Thank you: Senior Backend Engineer',
    ]);
    expect(out).toContain('Subject line copied (system clipboard): paste it into the subject field.');
    expect(saved.sent.map((s) => s.entry)).toMatchObject([
      { kind: 'thank-you', to: 'Priya Raghunathan', method: 'clipboard', at: NOW.toISOString() },
    ]);
    const interview = saved.interviews.find((i) => i.id === 'acme-robotics-senior-backend-engineer')!;
    expect(interview.date).toBe('2026-11-24');
    expect(interview.timeframe).toEqual({ text: 'by the end of next week', date: '2026-12-04' });
    expect(interview.interviewers.map((p) => [p.name, p.email, p.phone, p.medium])).toEqual([
      ['Priya Raghunathan', 'priya@acme.example', undefined, 'email'],
      ['Sam Ortiz', undefined, '+1 555 0101', 'phone'],
    ]);
    expect(interview.interviewers.map((p) => [p.greeting, p.detail, p.addition])).toEqual([
      [undefined, undefined, 'the Kafka migration plan I sketched'],
      [undefined, 'We both grew up in Tucson', undefined],
    ]);
    expect([interview.tone, interview.formality, interview.strength]).toEqual([
      'brief',
      'first-names',
      'ten years of running on-call for payment systems',
    ]);
    expect(saved.draft).toBeNull();
  });

  it('edits a note in the editor: the edit is saved, checked again, and is what gets copied', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([
      ...ABOUT,
      ...INTERVIEW,
      ...PRIYA,
      { choose: 'What next?', answer: 'done' },
      ...NEXT,
      { choose: 'What next?', answer: 'edit:0' },
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Are all three true?', answer: true },
      { confirm: 'Mark it as sent', answer: false },
      { choose: 'What next?', answer: 'finish' },
    ]);
    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(play.left()).toBe(0);
    // The editor got the note as a person edits it: the subject line, a blank line, the body.
    expect(saved.edited).toEqual([
      'Subject: Thank you: Senior Backend Engineer\n\nDear Priya Raghunathan,\nthank you for talking about moving telemetry ingestion to Kafka.\nJordan Lee\n\n',
    ]);
    expect(saved.edits).toMatchObject([
      {
        id: 'acme-robotics-senior-backend-engineer',
        edit: {
          kind: 'thank-you',
          to: 'Priya Raghunathan',
          subject: 'Thank you: Senior Backend Engineer',
          body: 'Dear Priya Raghunathan,\nI enjoyed our talk about Kafka.\nJordan Lee',
          at: NOW.toISOString(),
        },
      },
    ]);
    expect(play.printed).toContain('Your edit is saved; the checklist ran again:');
    expect(saved.copied).toEqual(['Dear Priya Raghunathan,\nI enjoyed our talk about Kafka.\nJordan Lee']);
    expect(saved.sent.map((s) => s.entry)).toEqual([]);
  });

  it('on Ctrl-C keeps the draft of every answer so far and ends with CancelledError (exit 130)', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([...ABOUT, { text: 'Company', answer: 'Acme Robotics' }, { ctrlC: true }]);
    const outcome = runLineSession(context, deps, play.prompter);
    await expect(outcome).rejects.toBeInstanceOf(CancelledError);
    await expect(outcome).rejects.toMatchObject({ name: 'CancelledError' });
    const draft = readDraft(saved.draft);
    expect(draft?.answers.company).toBe('Acme Robotics');
    expect(draft?.answers.candidate.email).toBe('jordan@example.com');
    expect(draft?.position).toEqual({ step: 'interview.role', index: 0 });
  });

  it('on Ctrl-C before any answer writes no draft and says only that it stopped', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([{ ctrlC: true }]);
    const outcome = runLineSession(context, deps, play.prompter);
    await expect(outcome).rejects.toMatchObject({ name: 'CancelledError', message: 'Stopped.' });
    expect(saved.drafts).toEqual([]);
  });

  it('asks a British user for the CV file, the word the notes use, and says so when there is none', async () => {
    const { deps } = memoryDeps();
    const gb = { ...STEP_CONTEXT, dateStyle: { locale: 'en-GB', today: STEP_CONTEXT.today }, isFile: () => false };
    const play = scripted([
      ...ABOUT.slice(0, -1),
      { text: 'CV file (optional)', answer: '~/Oliver-CV.pdf' },
      { text: 'CV file (optional)', answer: '' },
      { ctrlC: true },
    ]);
    const outcome = runLineSession(context, { ...deps, stepContext: () => gb }, play.prompter);
    await expect(outcome).rejects.toBeInstanceOf(CancelledError);
    // The first problem is the scripted e-mail typo; the last is the CV's.
    expect(play.problems.slice(1)).toEqual([
      'There is no file at ~/Oliver-CV.pdf. Type the path of your CV as a terminal would read it (~/Documents/cv.pdf), or leave it empty: the notes then mention no attachment.',
    ]);
  });

  it('a failed save shows once, at once; the walk goes on; Ctrl-C says nothing was saved', async () => {
    const { deps } = memoryDeps();
    const full = Object.assign(new Error('ENOSPC'), { reason: 'the disk is full' });
    const failing = { ...deps, saveDraft: async () => Promise.reject(full) };
    const play = scripted([...ABOUT, { text: 'Company', answer: 'Acme Robotics' }, { ctrlC: true }]);
    const outcome = runLineSession(context, failing, play.prompter);
    await expect(outcome).rejects.toBeInstanceOf(CancelledError);
    await expect(outcome).rejects.toMatchObject({
      message:
        'Stopped. Your latest answers were NOT saved (the disk is full); the next start offers only what an earlier save kept, if anything.',
    });
    const notices = play.printed.filter((line) => line.startsWith('cannot save'));
    expect(notices).toEqual(['cannot save: the disk is full; your answers are kept in memory until you quit']);
    // Shown after the first answer, long before the next section.
    expect(play.printed.indexOf(notices[0]!)).toBeLessThan(play.printed.findIndex((line) => line.includes('The interview')));
  });

  it('offers to resume a saved draft and continues at the question where it stopped', async () => {
    const first = memoryDeps();
    await runLineSession(
      context,
      first.deps,
      scripted([...ABOUT, { text: 'Company', answer: 'Acme Robotics' }, { ctrlC: true }]).prompter,
    ).catch(() => undefined);
    const { deps } = memoryDeps(first.saved.draft);
    const play = scripted([
      { confirm: 'You have an unfinished interview (Acme Robotics). Pick up where you left off?', answer: true },
      { text: 'Role', answer: 'Senior Backend Engineer' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
  });

  it('shows the recap of what a resumed draft answered already, as a session typed in one go does', async () => {
    const answers = answersOf(sampleInterview());
    const { deps } = memoryDeps(draftOf(initialState(answers, { step: 'next.timeframe', index: 0 })));
    const play = scripted([
      { confirm: 'You have an unfinished interview (Acme Robotics). Pick up where you left off?', answer: true },
      { text: 'When did they say they would decide?', answer: 'by the end of next week' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.printed.filter((line) => line.startsWith('✓'))).toEqual([
      '✓ About you: Jordan Lee, jordan@example.com, +1 555 0100',
      '✓ The interview: Acme Robotics, Senior Backend Engineer, Tuesday, November 24, 2026, On site, Dana Kim',
      '✓ Interviewers: Priya Raghunathan, Sam Ortiz',
    ]);
  });

  it('says at an e-mail question that none is needed when the notes go through the recruiter', async () => {
    const answers = answersOf(sampleInterview({ via: { name: 'Dana Kim', notes: 'all' } }));
    const { deps } = memoryDeps(draftOf(initialState(answers, { step: 'interviewer.email', index: 1 })));
    const play = scripted([
      { confirm: 'You have an unfinished interview (Acme Robotics). Pick up where you left off?', answer: true },
      { text: 'E-mail', answer: '' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    const hint = play.printed.find((line) => line.includes('Leave empty if you have none:'));
    expect(hint).toContain('your notes go through Dana Kim, so no address is needed.');
  });

  it('refuses to run without a terminal', async () => {
    const { deps } = memoryDeps();
    await expect(runLineSession({ interactive: false } as CommandContext, deps)).rejects.toMatchObject({ name: 'UsageError' });
  });
});

// The line mode's walk through the step table, with scripted answers in place of a terminal and
// in-memory effects: the same questions in the same order, validation that re-asks, going back,
// the interviewer list, the review with the checklist, copying with an override, marking sent,
// the saved draft, and Ctrl-C.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/cli/context.js';
import { CancelledError } from '../../../src/cli/errors.js';
import { runLineSession } from '../../../src/line/index.js';
import { BACK, type Back, type Option, type Prompter } from '../../../src/line/prompter.js';
import { parseInterviewDate } from '../../../src/model/interview-date.js';
import { resolveTimeframe } from '../../../src/model/timeframe.js';
import type { Finding, Interview, Note, NoteEdit, SentEntry } from '../../../src/model/types.js';
import { validateEmail } from '../../../src/model/validate.js';
import { readDraft, sessionMessages } from '../../../src/session/index.js';
import type { CopyOutcome, SessionDeps } from '../../../src/ui/deps.js';

type Step =
  | { readonly text: string; readonly answer: string | Back }
  | { readonly choose: string; readonly answer: string | Back }
  | { readonly confirm: string; readonly answer: boolean }
  | { readonly ctrlC: true };

/** Plays the script; each prompt must be the one the script expects next. */
function scripted(script: Step[]) {
  const printed: string[] = [];
  const problems: string[] = [];
  const next = (kind: string, message: string) => {
    const step = script.shift();
    if (!step) throw new Error(`script ended, but the session asked (${kind}) "${message}"`);
    if ('ctrlC' in step) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const expected = 'text' in step ? step.text : 'choose' in step ? step.choose : step.confirm;
    expect(`${kind}: ${message}`).toContain(`${kind}: ${expected}`);
    return step.answer;
  };
  const prompter: Prompter = {
    async text(message, _initial, validate) {
      // Like inquirer: a rejected answer shows why and asks again.
      for (;;) {
        const answer = next('text', message) as string | Back;
        if (answer === BACK) return BACK;
        const problem = validate(answer);
        if (problem === undefined) return answer;
        problems.push(problem);
      }
    },
    async choose<V extends string>(message: string, options: readonly Option<V>[]) {
      const answer = next('choose', message) as V | Back;
      if (answer !== BACK) expect(options.map((o) => o.value)).toContain(answer);
      return answer;
    },
    async confirm(message) {
      return next('confirm', message) as boolean;
    },
    print: (line) => void printed.push(line),
  };
  return { prompter, printed, problems, left: () => script.length };
}

const NOW = new Date('2026-11-25T09:00:00Z');

function memoryDeps(draft: unknown = null) {
  const saved = {
    draft, interviews: new Map<string, Interview>(), sent: [] as SentEntry[], copied: [] as string[],
    edits: [] as Array<{ id: string; edit: NoteEdit }>, edited: [] as string[],
  };
  const deps: SessionDeps = {
    now: () => NOW,
    stepContext: () => ({
      now: NOW,
      today: '2026-11-25',
      understandDate: parseInterviewDate,
      resolveTimeframe: (text, day) => ({ date: resolveTimeframe(text, day).timeframe?.date ?? null }),
    }),
    warmUp: () => undefined,
    load: async () => ({ candidate: null, interviews: [...saved.interviews.values()], draft: saved.draft, notices: [] }),
    saveCandidate: async () => undefined,
    saveInterview: async (interview) => {
      saved.interviews.set(interview.id, interview);
      return interview;
    },
    recordSent: async (_id, entry) => void saved.sent.push(entry),
    saveEdit: async (id, edit) => void saved.edits.push({ id, edit }),
    saveDraft: async (d) => void (saved.draft = d),
    clearDraft: async () => void (saved.draft = null),
    reviewNotes: async (interview) =>
      interview.interviewers.map((p): Note => ({
        kind: 'thank-you', to: p.name, address: p.email, subject: `Thank you: ${interview.role}`,
        body: `Dear ${p.name},\nthank you for talking about ${p.topics[0]}.\n${interview.candidate.name}\n`, attachments: [],
      })),
    followUpNotes: async () => [],
    dueFollowUps: async () => [],
    schedule: async (interview) => [`Second follow-up: not before ${interview.timeframe?.date ?? 'five business days'}`],
    // A stand-in checklist that flags the phone-only person's e-mail, as medium-mismatch would.
    check: async (note, context): Promise<Finding[]> =>
      context.to === 'Sam Ortiz'
        ? [{ rule: 'medium-mismatch', severity: 'error', message: 'Sam used the phone.', line: 1, column: 1, excerpt: 'Dear' }]
        : [],
    checkSpelling: async () => [],
    copy: async (text): Promise<CopyOutcome> => {
      saved.copied.push(text);
      return { method: 'clipboard' };
    },
    // The "editor" rewrites the body's second line, as a person would.
    editText: async (text) => {
      saved.edited.push(text);
      return { kind: 'edited', text: text.replace(/thank you for talking about .*\n/, 'I enjoyed our talk about Kafka.\n') };
    },
    editorName: 'vi',
  };
  return { deps, saved };
}

const context = { interactive: true } as CommandContext;

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
  { text: 'Recruiter or HR contact', answer: 'Dana Kim' },
  { text: "Recruiter's e-mail", answer: 'dana.kim@acme.example' },
];
const PRIYA: Step[] = [
  { text: 'Name', answer: 'Priya Raghunathan' },
  { text: 'Title', answer: 'Engineering Manager' },
  { text: 'E-mail', answer: 'priya@acme.example' },
  { text: 'Phone', answer: '' },
  { choose: 'How did they reach you?', answer: 'email' },
  { text: 'Topic 1', answer: '' },
  { text: 'Topic 1', answer: 'moving telemetry ingestion to Kafka' },
  { text: 'Topic 2', answer: '' },
  { text: 'A personal detail', answer: '' },
];
const SAM: Step[] = [
  { text: 'Name', answer: 'Sam Ortiz' },
  { text: 'Title', answer: 'Staff Engineer' },
  { text: 'E-mail', answer: '' },
  { text: 'Phone', answer: '+1 555 0101' },
  { choose: 'How did they reach you?', answer: 'phone' },
  { text: 'Topic 1', answer: "the robot fleet's OTA update pipeline" },
  { text: 'Topic 2', answer: '' },
  { text: 'A personal detail', answer: '' },
];
const NEXT: Step[] = [
  { text: 'When did they say they would decide?', answer: 'by the end of next week' },
  { choose: 'Were you told you are not the final choice?', answer: 'no' },
];

describe('line mode', () => {
  it('walks the whole session with two interviewers, shows each note with its checklist, copies and finishes', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([
      ...ABOUT, ...INTERVIEW, ...PRIYA,
      { choose: 'What next?', answer: 'add' },
      ...SAM,
      { choose: 'What next?', answer: 'done' },
      ...NEXT,
      { choose: 'What next?', answer: 'copy:1' },
      { confirm: 'The checklist found 1 error in this note. Copy it anyway?', answer: false },
      { choose: 'What next?', answer: 'copy:0' },
      { confirm: 'Mark it as sent', answer: true },
      { choose: 'What next?', answer: 'finish' },
    ]);

    expect(await runLineSession(context, deps, play.prompter)).toBe(0);
    expect(play.left()).toBe(0);
    // The step table's own messages, re-asked in place: the bad e-mail and the empty topic list.
    expect(play.problems).toEqual([validateEmail('jordan-at-example'), sessionMessages.problems.topicsNone]);
    expect(play.problems[0]).toMatch(/e-mail/);
    const out = play.printed.join('\n');
    expect(out).toContain('→ Tue 24 Nov 2026');
    expect(out).toContain('by the end of next week → Fri 4 Dec 2026');
    expect(out).toContain('Note 1 of 2: thank-you note for Priya Raghunathan <priya@acme.example>');
    expect(out).toContain('thank you for talking about moving telemetry ingestion to Kafka.');
    expect(out).toContain('Note 2 of 2: thank-you note for Sam Ortiz --');
    expect(out).toContain("thank you for talking about the robot fleet's OTA update pipeline.");
    expect(out).toContain('Checklist: 1 error, 0 warnings');
    expect(out).toContain('  error medium-mismatch (line 1, column 1): Sam used the phone.');
    expect(out).toContain('Second follow-up: not before 2026-12-04');
    expect(out).toContain('Not copied.');
    expect(out).toContain('Saved as acme-robotics-senior-backend-engineer.');

    // Only Priya's note was copied, exactly as shown, and it is in the sent log.
    expect(saved.copied).toEqual(['Dear Priya Raghunathan,\nthank you for talking about moving telemetry ingestion to Kafka.\nJordan Lee\n']);
    expect(saved.sent).toMatchObject([{ kind: 'thank-you', to: 'Priya Raghunathan', method: 'clipboard', at: NOW.toISOString() }]);
    const interview = saved.interviews.get('acme-robotics-senior-backend-engineer')!;
    expect(interview.date).toBe('2026-11-24');
    expect(interview.timeframe).toEqual({ text: 'by the end of next week', date: '2026-12-04' });
    expect(interview.interviewers.map((p) => [p.name, p.email, p.phone, p.medium])).toEqual([
      ['Priya Raghunathan', 'priya@acme.example', undefined, 'email'],
      ['Sam Ortiz', undefined, '+1 555 0101', 'phone'],
    ]);
    expect(saved.draft).toBeNull();
  });

  it('edits a note in the editor: the edit is saved, checked again, and is what gets copied', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([
      ...ABOUT, ...INTERVIEW, ...PRIYA,
      { choose: 'What next?', answer: 'done' },
      ...NEXT,
      { choose: 'What next?', answer: 'edit:0' },
      { choose: 'What next?', answer: 'copy:0' },
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
      { id: 'acme-robotics-senior-backend-engineer',
        edit: { kind: 'thank-you', to: 'Priya Raghunathan', subject: 'Thank you: Senior Backend Engineer',
          body: 'Dear Priya Raghunathan,\nI enjoyed our talk about Kafka.\nJordan Lee', at: NOW.toISOString() } },
    ]);
    expect(play.printed).toContain('Your edit is saved; the checklist ran again:');
    expect(saved.copied).toEqual(['Dear Priya Raghunathan,\nI enjoyed our talk about Kafka.\nJordan Lee']);
    expect(saved.sent).toEqual([]);
  });

  it('on Ctrl-C keeps the draft of every answer so far and ends with CancelledError (exit 130)', async () => {
    const { deps, saved } = memoryDeps();
    const play = scripted([...ABOUT, { text: 'Company', answer: 'Acme Robotics' }, { ctrlC: true }]);
    const outcome = runLineSession(context, deps, play.prompter);
    await expect(outcome).rejects.toBeInstanceOf(CancelledError);
    await expect(outcome).rejects.toMatchObject({ exitCode: 130 });
    const draft = readDraft(saved.draft);
    expect(draft?.answers.company).toBe('Acme Robotics');
    expect(draft?.answers.candidate.email).toBe('jordan@example.com');
    expect(draft?.position).toEqual({ step: 'interview.role', index: 0 });
  });

  it('offers to resume a saved draft and continues at the question where it stopped', async () => {
    const first = memoryDeps();
    await runLineSession(context, first.deps, scripted([...ABOUT, { text: 'Company', answer: 'Acme Robotics' }, { ctrlC: true }]).prompter)
      .catch(() => undefined);
    const { deps } = memoryDeps(first.saved.draft);
    const play = scripted([
      { confirm: 'Continue the unfinished interview (Acme Robotics)?', answer: true },
      { text: 'Role', answer: 'Senior Backend Engineer' },
      { ctrlC: true },
    ]);
    await expect(runLineSession(context, deps, play.prompter)).rejects.toBeInstanceOf(CancelledError);
    expect(play.left()).toBe(0);
  });

  it('refuses to run without a terminal', async () => {
    const { deps } = memoryDeps();
    await expect(runLineSession({ interactive: false } as CommandContext, deps)).rejects.toMatchObject({ exitCode: 2 });
  });
});

// The line mode's test bench: scripted answers in place of a terminal (each prompt must be the
// one the script expects next) and in-memory effects standing in for the store, the notes, the
// checklist and the clipboard.
import { expect } from 'vitest';
import type { CommandContext } from '../../../src/cli/context.js';
import { BACK, type Back, type Option, type Prompter } from '../../../src/line/prompter.js';
import { WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewDate } from '../../../src/model/interview-date.js';
import { resolveTimeframe } from '../../../src/model/timeframe.js';
import type { Finding, Interview, Note, NoteEdit, SentEntry } from '../../../src/model/types.js';
import { EMPTY_STORE, placeInterview } from '../../../src/store/data.js';
import type { CopyOutcome, SessionDeps } from '../../../src/session/effects.js';
import { sentOutside, withOutcome } from '../../../src/model/outcome.js';
import { asNextRound, looksLikeNextRound } from '../../../src/store/round-placement.js';

export type Step =
  | { readonly text: string; readonly answer: string | Back }
  | { readonly choose: string; readonly answer: string | Back }
  | { readonly confirm: string; readonly answer: boolean }
  | { readonly ctrlC: true };

/** Plays the script; each prompt must be the one the script expects next. */
export function scripted(script: Step[]) {
  const printed: string[] = [];
  const problems: string[] = [];
  /** Every choice offered, as its labels in order. */
  const offered: Array<{ readonly message: string; readonly labels: readonly string[] }> = [];
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
      offered.push({ message, labels: options.map((o) => o.label) });
      const answer = next('choose', message) as V | Back;
      if (answer !== BACK) expect(options.map((o) => o.value)).toContain(answer);
      return answer;
    },
    async confirm(message) {
      return next('confirm', message) as boolean;
    },
    print: (line) => void printed.push(line),
  };
  return { prompter, printed, problems, offered, left: () => script.length };
}

export const NOW = new Date('2026-11-25T09:00:00Z');

/** In-memory effects; `interviews` are already saved, as after earlier sessions. */
export function memoryDeps(draft: unknown = null, interviews: readonly Interview[] = []) {
  const saved = {
    draft,
    interviews: new Map(interviews.map((i) => [i.id, i])),
    sent: [] as SentEntry[],
    copied: [] as string[],
    /** The interview of every sent entry, in order. */
    sentIds: [] as string[],
    /** The `replace` option of every save, in order. */
    replaced: [] as boolean[],
    edits: [] as Array<{ id: string; edit: NoteEdit }>,
    edited: [] as string[],
    calendars: [] as string[],
  };
  const deps: SessionDeps = {
    now: () => NOW,
    stepContext: () => ({
      now: NOW,
      today: '2026-11-25',
      understandDate: parseInterviewDate,
      resolveTimeframe: (text, day) => ({ date: resolveTimeframe(text, day, WEEKENDS_ONLY).timeframe?.date ?? null }),
    }),
    warmUp: () => undefined,
    load: async () => ({ candidate: null, interviews: [...saved.interviews.values()], draft: saved.draft, notices: [] }),
    saveCandidate: async () => undefined,
    // Placed as the real store places it: in place on `replace`, keeping the sent log, and the
    // hand edits while the answers hold.
    laterRound: async (interview) => looksLikeNextRound([...saved.interviews.values()], interview),
    saveInterview: async (given, options) => {
      const interview = options.round ? asNextRound([...saved.interviews.values()], given) : given;
      saved.replaced.push(options.replace);
      const placed = placeInterview({ ...EMPTY_STORE, interviews: Object.fromEntries(saved.interviews) }, interview, options);
      saved.interviews.set(placed.id, placed);
      return placed;
    },
    recordSent: async (id, entry) => {
      saved.sentIds.push(id);
      saved.sent.push(entry);
    },
    saveEdit: async (id, edit) => void saved.edits.push({ id, edit }),
    saveDraft: async (d) => {
      saved.draft = d;
    },
    clearDraft: async () => {
      saved.draft = null;
    },
    reviewNotes: async (interview) =>
      interview.interviewers.map(
        (p): Note => ({
          kind: 'thank-you',
          to: p.name,
          address: p.email,
          subject: `Thank you: ${interview.role}`,
          body: `Dear ${p.name},\nthank you for talking about ${p.topics[0]}.\n${interview.candidate.name}\n`,
          attachments: [],
        }),
      ),
    // The second note goes to the recruiter, and quotes the role.
    followUpNotes: async (interview) => [
      {
        kind: 'follow-up',
        to: interview.recruiter?.name ?? '',
        address: interview.recruiter?.email,
        subject: `Following up: ${interview.role}`,
        body: `Dear ${interview.recruiter?.name},\nI am still keen on the ${interview.role} role at ${interview.company}.\n${interview.candidate.name}\n`,
        attachments: [],
      },
    ],
    dueFollowUps: async () => [],
    schedule: async (interview) => [`Second follow-up: not before ${interview.timeframe?.date ?? 'five business days'}`],
    // A stand-in checklist that flags the phone-only person's e-mail, as medium-mismatch would.
    check: async (_note, context): Promise<Finding[]> =>
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
    recordNews: async (interview, news) => {
      const changed =
        news.type === 'outcome'
          ? withOutcome(interview, news.status, '2026-11-25', news.toldBy)
          : { ...interview, sent: [...interview.sent, sentOutside(news.kind, news.to, NOW.toISOString())] };
      saved.interviews.set(changed.id, changed);
      return { interview: changed, next: `Next: ${changed.status}` };
    },
    writeCalendar: async (interview) => {
      saved.calendars.push(interview.id);
      return { path: `/calendars/${interview.id}.ics`, count: interview.interviewers.length };
    },
  };
  return { deps, saved };
}

export const context = { interactive: true } as CommandContext;

// One fake world for every session test, Ink or line mode: an in-memory store that places,
// replaces and logs as the real store does (src/store/data.ts), a fixed clock with the model's
// real date readers, and a clipboard, an editor and a checklist whose behaviour a test may set.
// What the session did to the world is left in it, to assert on.
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../src/model/dates.js';
import { interviewDateProblem, parseInterviewDate } from '../../src/model/interview-date.js';
import { sentOutside, withOutcome } from '../../src/model/outcome.js';
import { dateReaders } from '../../src/commands/session-dates.js';
import type { Candidate, Finding, Interview, Note, NoteEdit, SentEntry } from '../../src/model/types.js';
import type { CheckContext } from '../../src/checklist/types.js';
import type { CopyOutcome, EditOutcome, SessionDeps } from '../../src/session/effects.js';
import type { SessionContext } from '../../src/session/index.js';
import { EMPTY_STORE, addEdit, addSent, placeInterview } from '../../src/store/data.js';
import { asNextRound, looksLikeNextRound } from '../../src/store/round-placement.js';

export const TODAY = '2026-11-25';
/** The fake clock: every session in a test runs at this moment. */
export const NOW = new Date(`${TODAY}T09:00:00Z`);

/**
 * The step table's context in every session test: the fixed clock and the model's real date
 * readers (what the session's deps load, src/commands/session-dates.ts), with weekends as the
 * only days off and days written with their year.
 */
export const STEP_CONTEXT: SessionContext = {
  now: NOW,
  today: TODAY,
  // American, every year written: the style of a test that sets no locale (the clock is the readers').
  dateStyle: US_WITH_YEARS,
  understandDate: parseInterviewDate,
  dateProblem: (text, now) => interviewDateProblem(text, now, US_WITH_YEARS),
  resolveTimeframe: (text, day) => dateReaders.resolveTimeframe(text, day, WEEKENDS_ONLY, US_WITH_YEARS),
};

export interface FakeWorld {
  candidate: Candidate | null;
  /** Saved interviews, in the order the store keeps them. */
  interviews: Interview[];
  draft: unknown;
  /** Every draft saved, in order. */
  drafts: unknown[];
  sent: Array<{ id: string; entry: SentEntry }>;
  edits: Array<{ id: string; edit: NoteEdit }>;
  /** What reached the clipboard, in order. */
  copied: string[];
  /** What the editor was opened on, in order. */
  edited: string[];
  /** The interviews whose reminders were written. */
  calendars: string[];
  /** The `replace` option of every interview save, in order. */
  replaced: boolean[];
}

export function emptyWorld(overrides: Partial<FakeWorld> = {}): FakeWorld {
  return {
    candidate: null,
    interviews: [],
    draft: null,
    drafts: [],
    sent: [],
    edits: [],
    copied: [],
    edited: [],
    calendars: [],
    replaced: [],
    ...overrides,
  };
}

export interface WorldOptions {
  /** The notes the review shows; by default one thank-you per interviewer naming a topic. */
  readonly notes?: (interview: Interview) => Note[];
  /** The second notes; by default the same as `notes`. */
  readonly followUpNotes?: (interview: Interview) => Note[];
  /** The checklist's instant rules; by default they find nothing. */
  readonly check?: (note: Pick<Note, 'subject' | 'body'>, context: CheckContext) => Finding[];
  readonly edit?: (text: string) => EditOutcome;
  readonly copy?: (text: string) => CopyOutcome;
  readonly schedule?: (interview: Interview) => string[];
  /** What the session names as it ends; the first line of `schedule` when absent. */
  readonly nextSteps?: (interview: Interview) => string[];
}

const replaceIn = (all: Interview[], changed: Interview) =>
  all.some((i) => i.id === changed.id) ? all.map((i) => (i.id === changed.id ? changed : i)) : [...all, changed];

/** SessionDeps over `world`. */
export function worldDeps(world: FakeWorld, options: WorldOptions = {}): SessionDeps {
  const now = () => NOW;
  const notes = options.notes ?? defaultNotes;
  const store = () => ({ ...EMPTY_STORE, interviews: Object.fromEntries(world.interviews.map((i) => [i.id, i])) });
  const change = (id: string, how: (interview: Interview) => Interview) => {
    world.interviews = world.interviews.map((i) => (i.id === id ? how(i) : i));
  };
  return {
    now,
    dateStyle: STEP_CONTEXT.dateStyle,
    stepContext: () => STEP_CONTEXT,
    warmUp: () => undefined,
    load: async () => ({ candidate: world.candidate, interviews: [...world.interviews], draft: world.draft, notices: [] }),
    saveCandidate: async (candidate) => {
      world.candidate = candidate;
    },
    laterRound: async (interview) => looksLikeNextRound(world.interviews, interview),
    saveInterview: async (given, saveOptions) => {
      world.replaced.push(saveOptions.replace);
      const interview = saveOptions.round ? asNextRound(world.interviews, given) : given;
      const placed = placeInterview(store(), interview, saveOptions);
      world.interviews = replaceIn(world.interviews, placed);
      return placed;
    },
    recordSent: async (id, entry) => {
      world.sent.push({ id, entry });
      change(id, (i) => addSent(i, entry));
    },
    deleteInterview: async (id) => {
      world.interviews = world.interviews.filter((interview) => interview.id !== id);
      return { reminders: false };
    },
    saveEdit: async (id, edit) => {
      world.edits.push({ id, edit });
      change(id, (i) => addEdit(i, edit));
    },
    saveDraft: async (draft) => {
      world.draft = draft;
      world.drafts.push(draft);
    },
    clearDraft: async () => {
      world.draft = null;
    },
    reviewNotes: async (interview) => notes(interview),
    followUpNotes: async (interview) => (options.followUpNotes ?? notes)(interview),
    dueFollowUps: async () => [],
    schedule: async (interview) => options.schedule?.(interview) ?? ['Second follow-up: not before Monday, December 7, 2026'],
    nextSteps: async (id) => {
      const interview = world.interviews.find((saved) => saved.id === id);
      if (interview === undefined) return [];
      return (
        options.nextSteps?.(interview) ??
        (options.schedule?.(interview) ?? ['Second follow-up: not before Monday, December 7, 2026']).slice(0, 1)
      );
    },
    check: async (note, context) => options.check?.(note, context) ?? [],
    checkSpelling: async () => [],
    roleSlips: async () => new Set(),
    copy: async (text) => {
      world.copied.push(text);
      return options.copy?.(text) ?? { method: 'clipboard' };
    },
    editText: async (text) => {
      world.edited.push(text);
      return options.edit?.(text) ?? { kind: 'unchanged' };
    },
    editorName: 'fake-editor',
    recordNews: async (interview, news) => {
      const changed =
        news.type === 'outcome'
          ? withOutcome(interview, news.status, TODAY, news.toldBy)
          : { ...interview, sent: [...interview.sent, sentOutside(news.kind, news.to, NOW.toISOString())] };
      world.interviews = replaceIn(world.interviews, changed);
      return { interview: changed, next: `Next: ${changed.status}` };
    },
    writeCalendar: async (interview) => {
      world.calendars.push(interview.id);
      return { path: `/calendars/${interview.id}.ics`, count: interview.interviewers.length };
    },
  };
}

/** A note per interviewer that names them and their first topic, as the real templates do. */
function defaultNotes(interview: Interview): Note[] {
  return interview.interviewers.map((p) => ({
    kind: 'thank-you',
    to: p.name,
    address: p.email,
    subject: `Thank you: ${interview.role} interview`,
    body: `Dear ${p.name},\n\nThank you for talking with me about ${p.topics[0]}.\n\nBest regards,\n${interview.candidate.name}`,
    attachments: [],
  }));
}

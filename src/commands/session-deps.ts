// The real effects behind the guided session (SessionDeps). Nothing heavy loads up front: the
// store, the templates, the checklist and the clipboard are imported on first use, and warmUp()
// starts the imports and the spell-checker worker in the background once the first frame is up.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { expandPath } from '../deliver/attachment-files.js';
import { type BusinessCalendar, parseIsoDate, todayOf } from '../model/dates.js';
import { dateStyleFor } from '../model/date-style.js';
import { calendarFor } from '../model/holidays.js';
import type { CheckContext } from '../checklist/types.js';
import type { Interview } from '../model/types.js';
import type { CommandContext } from '../cli/context.js';
import { showLine } from '../cli/terminal-text.js';
import type { SessionDeps } from '../session/effects.js';
import { editInEditor, editorCommand } from './session-editor.js';
import { closing as sessionWords, draftBusy } from '../session/home-messages.js';
import { lockSession } from './session-lock.js';

export interface SessionDepsHandle {
  readonly deps: SessionDeps;
  /** Resolves once the date readers are loaded (the line mode waits for it; Ink does not). */
  ready(): Promise<void>;
  /** Stops the spell-checker worker; call once the session is over. */
  dispose(): Promise<void>;
  /**
   * Resolves once every call to the deps and every module the session began to load has
   * finished, including any they started in turn. The session never waits for it (an exit need not); a test does before
   * it ends, since its runner refuses a module that arrives after the test's environment has gone.
   */
  idle(): Promise<void>;
}

export function createSessionDeps(context: CommandContext): SessionDepsHandle {
  const { env, now } = context;
  // The loads and calls this session has under way (see idle).
  const pending = new Set<Promise<unknown>>();
  const track = <T>(work: T): T => {
    if (work instanceof Promise) {
      const settled: Promise<unknown> = work.catch(() => undefined).finally(() => pending.delete(settled));
      pending.add(settled);
    }
    return work;
  };
  function once<T>(load: () => Promise<T>): () => Promise<T> {
    let value: Promise<T> | undefined;
    return () => (value ??= track(load()));
  }
  // The user's business days, read when first counted (src/model/holidays.ts).
  let calendarRead: BusinessCalendar | undefined;
  const calendar = (): BusinessCalendar => (calendarRead ??= calendarFor(env));
  // Every day the session writes, in the user's locale, with the year only outside this one.
  const dateStyle = dateStyleFor(env, now());
  let opened: import('../store/index.js').Store | undefined;
  const store = once(async () => (opened = (await import('../store/index.js')).openStore({ env, now })));
  // The draft is this session's only while it holds the session lock (see session-lock.ts).
  let locking: ReturnType<typeof lockSession> | undefined;
  let lockHeld: (() => boolean) | undefined;
  const lock = () =>
    (locking ??= store()
      .then((s) => lockSession(dirname(s.path)))
      .then((l) => {
        lockHeld = l.held;
        return l;
      }));
  const draftStore = async () => {
    const [s, l] = await Promise.all([store(), lock()]);
    if (!l.held()) throw new Error(draftBusy.reason);
    return s;
  };
  const compose = once(() => import('../compose/compose.js'));
  const schedule = once(() => import('../model/schedule.js'));
  /**
   * After a no, the stay-in-touch notes to those the schedule plans them for (`dueOnly`: only
   * once they are due); none before a no, or once the schedule has none left.
   */
  const stayInTouchNotes = async (interview: Interview, dueOnly: boolean) => {
    if (interview.status !== 'not-selected') return [];
    const { items } = (await schedule()).scheduleFor(interview, now(), calendar(), dateStyle);
    const step = items.find((item) => item.kind === 'stay-in-touch' && (!dueOnly || item.state !== 'upcoming'));
    if (step === undefined) return [];
    const notes = (await compose()).composeNotes(interview, 'stay-in-touch', { dateStyle, saved: await roundsBefore(interview) });
    return notes.filter((note) => step.to.includes(note.to));
  };
  const roundsBefore = async (interview: Interview) => ((interview.round ?? 1) > 1 ? (await store()).interviews() : []);
  const checklist = once(() => import('../checklist/check-note.js'));
  const words = once(() => import('../checklist/known-words.js'));
  const merge = once(() => import('../checklist/merge.js'));
  const roundSchedule = once(() => import('../model/round-schedule.js'));
  const due = once(() => import('../model/due.js'));
  const contactSchedule = once(() => import('../model/contact-schedule.js'));
  const clipboard = once(() => import('../deliver/clipboard.js'));
  // The user's rule levels (checklist.json next to the store): a broken file is a notice on the
  // home screen, and the checklist keeps its default levels until it is fixed. Without a file,
  // the first frame waits for no rule of the checklist (config-read.ts).
  const ruleConfig = once(async () => {
    const [{ readRuleConfig }, { configMessages }] = await Promise.all([
      import('../checklist/config-read.js'),
      import('../checklist/config-messages.js'),
    ]);
    const read = readRuleConfig(env);
    const result = 'text' in read ? (await import('../checklist/config.js')).parseRuleConfig(read.text, read.source) : read;
    return result.ok
      ? { levels: result.levels, notice: null }
      : { levels: {}, notice: configMessages.sessionNotice(result.problem) };
  });
  const withLevels = async (checkContext: CheckContext): Promise<CheckContext> => ({
    ...checkContext,
    levels: (await ruleConfig()).levels,
  });
  const speller = once(async () => {
    const [{ startSpellChecker }, { dialectFromEnv }] = await Promise.all([
      import('../checklist/spell.js'),
      import('../checklist/dialect.js'),
    ]);
    return startSpellChecker({ dialect: dialectFromEnv(env) });
  });
  let spellerStarted = false;
  const roleSlipsOf = new WeakMap<Interview, Promise<ReadonlySet<string>>>();
  let disposed = false;
  // Loaded next to the first frame (see warmUp); the date question is several answers away.
  let readers: typeof import('./session-dates.js')['dateReaders'] | undefined;
  const dates = once(async () => (readers = (await import('./session-dates.js')).dateReaders));

  const deps: SessionDeps = {
    now,
    dateStyle,
    stepContext: () => {
      const at = now();
      return {
        now: at,
        today: todayOf(at),
        dateStyle,
        // Until the readers have loaded (tens of milliseconds after start) only ISO dates are read.
        understandDate: (text, when) => (readers ? readers.understandDate(text, when, dateStyle) : parseIsoDate(text.trim())),
        dateProblem: (text, when) => readers?.dateProblem(text, when, dateStyle),
        resolveTimeframe: (text, date) =>
          readers ? readers.resolveTimeframe(text, date, calendar(), dateStyle) : { date: parseIsoDate(text.trim()) },
        isFile: (path) => {
          try {
            return statSync(expandPath(path)).isFile();
          } catch {
            return false;
          }
        },
      };
    },
    warmUp() {
      // The app starts this a moment after its first frame; the session may be over by then.
      if (disposed) return;
      spellerStarted = true;
      void dates();
      void speller()
        .then((s) => s.ready)
        .catch(() => undefined);
      for (const load of [store, compose, checklist, words, roundSchedule, due, clipboard]) void load().catch(() => undefined);
    },
    async load() {
      const [s, owns] = await Promise.all([store(), lock().then((l) => l.held())]);
      const [candidate, interviews, stored, config] = await Promise.all([
        s.candidate(),
        s.interviews(),
        owns ? s.draft() : null,
        ruleConfig(),
      ]);
      const busy = owns ? [] : [draftBusy.notice];
      // A resumed draft is checked against the step table at once: its dates must read as typed.
      // Without one, the first question needs no date reader, so it does not wait for chrono.
      if (stored !== null) await dates();
      // A draft this session cannot continue is kept in a backup, never overwritten unseen.
      const { readDraft } = stored === null ? { readDraft: () => null } : await import('../session/draft.js');
      const unreadable = stored !== null && readDraft(stored) === null;
      if (unreadable) s.setAsideDraft();
      const draft = unreadable ? null : stored;
      return { candidate, interviews, draft, notices: [...s.notices, ...busy, ...(config.notice ? [config.notice] : [])] };
    },
    async saveCandidate(candidate) {
      // The session does not ask for a cover letter or a link: keep the saved ones.
      const [s, { keepCandidateExtras }] = await Promise.all([store(), import('../model/outcome.js')]);
      return s.saveCandidate(keepCandidateExtras(await s.candidate(), candidate));
    },
    async saveInterview(interview, options) {
      const [s, { carryOver, keepCandidateExtras }] = await Promise.all([store(), import('../model/outcome.js')]);
      if (options.round) {
        const { asNextRound } = await import('../store/round-placement.js');
        const next = { ...interview, candidate: keepCandidateExtras(await s.candidate(), interview.candidate) };
        return s.saveInterview(asNextRound(await s.interviews(), next), { replace: false });
      }
      // Saving the answers over a saved interview keeps what the questions do not ask about.
      const saved = options.replace ? await s.interview(options.renameFrom ?? interview.id) : null;
      const kept =
        saved === null
          ? { ...interview, candidate: keepCandidateExtras(await s.candidate(), interview.candidate) }
          : { ...carryOver(saved, interview), id: interview.id };
      return s.saveInterview(kept, options);
    },
    async inCalendar(id) {
      const [s, { calendarHas }] = await Promise.all([store(), import('../store/calendar-state.js')]);
      return calendarHas(s.path, id);
    },
    async laterRound(interview) {
      const [s, { looksLikeNextRound }] = await Promise.all([store(), import('../store/round-placement.js')]);
      return looksLikeNextRound(await s.interviews(), interview);
    },
    recordSent: async (id, entry) => (await store()).recordSent(id, entry),
    async deleteInterview(id) {
      const [s, { calendarHas }] = await Promise.all([store(), import('../store/calendar-state.js')]);
      await s.deleteInterview(id);
      return { reminders: calendarHas(s.path, id) };
    },
    saveEdit: async (id, edit) => (await store()).saveEdit(id, edit),
    saveDraft: async (draft) => (await draftStore()).saveDraft(draft),
    saveDraftNow: (draft) => {
      if (opened === undefined || lockHeld === undefined) return false;
      if (!lockHeld()) throw new Error(draftBusy.reason);
      opened.saveDraftNow(draft);
      return true;
    },
    clearDraft: async () => (await draftStore()).clearDraft(),
    // A later round greets people met in an earlier one as met again: only then read the others.
    // A contact request past its day is due no more (src/model/contact-schedule.ts): not offered.
    // After a no, the stay-in-touch notes join the review once they are due, so the schedule
    // under it never names a note the review does not have.
    reviewNotes: async (interview) => [
      ...(await contactSchedule()).withoutLapsedRequest(
        (await compose()).reviewNotes(interview, { dateStyle, saved: await roundsBefore(interview) }),
        interview,
        todayOf(now()),
      ),
      ...(await stayInTouchNotes(interview, true)),
    ],
    // After a no, the interview's follow-up is the stay-in-touch note (src/model/schedule.ts).
    followUpNotes: async (interview) =>
      interview.status === 'not-selected'
        ? stayInTouchNotes(interview, false)
        : (await compose()).followUpNotes(interview, { dateStyle, saved: await roundsBefore(interview) }),
    async dueFollowUps(interviews) {
      const [{ applicationSchedules, compareNext, stepWith, stepsDueBeside }, { describeItem, describeStep }] = await Promise.all(
        [roundSchedule(), due()],
      );
      const at = now();
      const today = todayOf(at);
      // What each application owes across its rounds (the follow-ups are its latest round's), each
      // kept with its schedule item so the whole list is ordered by urgency, not by application.
      const listed = applicationSchedules(interviews, at, calendar(), dateStyle).flatMap(({ rounds, items }) => {
        // A thank-you an earlier round owes is pointed at here: nothing else leads to that round.
        const owed = items
          .filter((item) => item.interview !== rounds.at(-1) && item.state !== 'upcoming')
          .map((item) => ({
            item,
            entry: {
              interview: item.interview,
              due: item.notBefore,
              // The home's entry names the round.
              line: describeItem(item, today, dateStyle),
              owed: true,
              notes: item.to.length,
              kind: item.kind,
              to: item.to[0],
            },
          }));
        // The latest round's next step once it is welcome, whatever its kind, even beside an
        // earlier round's owed thank-you: a new user's trial found a thank-you not yet sent missing
        // from the home. Every other step of that round due beside it is an entry of its own, as
        // `list` says each on an "also due" line: a second trial found an overdue call hiding the
        // follow-up e-mail that fell due after it.
        const latest = rounds.at(-1);
        const next = items.find((item) => item.interview === latest);
        if (next === undefined || next.state === 'upcoming') return owed;
        const steps = [stepWith(next, items), ...stepsDueBeside(next, items).filter((step) => step[0]!.interview === latest)];
        return [
          ...owed,
          ...steps.map((step) => ({
            item: step[0]!,
            entry: {
              interview: step[0]!.interview,
              due: step[0]!.notBefore,
              // Everyone the step is due to: the follow-up call to someone who phoned is an item of its own.
              line: describeStep(step, today, dateStyle),
              kind: step[0]!.kind,
              // The entry opens on this person's note: two steps of one interview open on their own.
              to: step[0]!.to[0],
              notes: step.flatMap((item) => item.to).length,
            },
          })),
        ];
      });
      // Most urgent first across applications (stable: an application's own order stays).
      return listed.sort((a, b) => compareNext(a.item, b.item)).map(({ entry }) => entry);
    },
    async schedule(interview) {
      const [{ applicationSchedule }, { describeItem }, { roundsOfApplication }] = await Promise.all([
        roundSchedule(),
        due(),
        import('../model/rounds.js'),
      ]);
      const at = now();
      // The application's: a thank-you an earlier round still owes is on it too, with its round.
      const rounds = roundsOfApplication(await (await store()).interviews(), interview);
      const plan = applicationSchedule(rounds, at, calendar(), dateStyle);
      return plan.items.length > 0
        ? // A step left out on the way to one (a thank-you past its day) is said under it, as `list` says it.
          plan.items.flatMap((item) => [
            describeItem(item, todayOf(at), dateStyle, item.round),
            ...(item.dropped === undefined ? [] : [item.dropped]),
          ])
        : plan.done
          ? [plan.done]
          : [];
    },
    async nextSteps(id) {
      const [{ applicationSchedules, compareNext, stepWith }, { describeStep }] = await Promise.all([roundSchedule(), due()]);
      const at = now();
      const today = todayOf(at);
      const plans = applicationSchedules(await (await store()).interviews(), at, calendar(), dateStyle);
      const mine = plans.find((plan) => plan.rounds.some((round) => round.id === id));
      if (mine === undefined) return [];
      const many = plans.length > 1;
      return [mine, ...plans.filter((plan) => plan !== mine)].flatMap((plan) => {
        const dueNow = plan.items.filter((item) => item.state !== 'upcoming');
        // This application's coming steps are named even when they are days away (every one: a
        // trial's closing named the follow-up e-mail and not the follow-up call beside it); the
        // others' only when due.
        const pool = plan === mine && dueNow.length === 0 ? plan.items : dueNow;
        // One line per step, with everyone due in its window, as `list` says them; in date order.
        const shown = new Set<(typeof pool)[number]>();
        const steps = pool.flatMap((item) => {
          if (shown.has(item)) return [];
          const step = stepWith(item, pool);
          for (const each of step) shown.add(each);
          return [step];
        });
        return steps
          .sort((a, b) => compareNext(a[0]!, b[0]!))
          .map((step) => {
            const line = describeStep(step, today, dateStyle, step[0]!.round);
            return many ? sessionWords.stepOf(step[0]!.interview.company, line) : line;
          });
      });
    },
    async check(note, checkContext) {
      const findings = (await checklist()).checkNote(note, {
        calendar: calendar(),
        dateStyle,
        ...(await withLevels(checkContext)),
      });
      const { interview, to, kind } = checkContext;
      if (interview === undefined || to === undefined || kind === undefined) return findings;
      // Met again in a later round: the note should be about this meeting, not the last one again.
      const [{ repeatsEarlierRound }, { roundMessages }] = await Promise.all([
        import('../model/round-repeat.js'),
        import('../model/round-messages.js'),
      ]);
      const repeat = repeatsEarlierRound({ kind, to, body: note.body }, interview, checkContext.otherInterviews ?? []);
      if (repeat === null) return findings;
      const excerpt = note.body.split('\n')[0] ?? '';
      return [
        ...findings,
        {
          rule: 'round-repeat',
          severity: 'warning',
          message: roundMessages.repeatsFinding(to, repeat.round, repeat.percent),
          line: 1,
          column: 1,
          excerpt,
        },
      ];
    },
    // Only what the spell checker adds to the rules (both the Ink review and line mode show the
    // two lists together): a misspelled name is the name-mismatch error, not also a warning.
    async checkSpelling(note, given: CheckContext) {
      if (!spellerStarted) return [];
      const checkContext = await withLevels(given);
      const [s, { answerNamesFor, knownWordsFor, roleWordsFor, typedWordsFor }, { checkNote }, { mergeFindings }] =
        await Promise.all([speller(), words(), checklist(), merge()]);
      const { noteText } = await import('../checklist/draft.js');
      const spelling = await s.lint(noteText(note), knownWordsFor(checkContext), {
        levels: checkContext.levels,
        typed: typedWordsFor(checkContext),
        role: roleWordsFor(checkContext),
        answerNames: answerNamesFor(checkContext),
      });
      const kept = new Set(mergeFindings(checkNote(note, { calendar: calendar(), dateStyle, ...checkContext }), spelling));
      return spelling.filter((finding) => kept.has(finding));
    },
    // Asked once per interview as answered: all its notes quote the same role.
    async roleSlips(given: CheckContext) {
      const { interview } = given;
      if (!spellerStarted || !interview?.role?.trim()) return new Set<string>();
      let slips = roleSlipsOf.get(interview);
      if (slips === undefined) {
        slips = Promise.all([speller(), import('../checklist/role-slips.js')]).then(([s, { roleSlipsFor }]) =>
          roleSlipsFor(s, given),
        );
        roleSlipsOf.set(interview, slips);
      }
      return slips;
    },
    async copy(text) {
      const result = await (await clipboard()).copyNote(text, { env, stdout: context.stdout });
      // The helper's own words (xsel's stderr) reach the screen only through terminal-text.ts.
      const problem = result.terminalError ?? result.clipboardError;
      return { method: result.method, problem: problem === undefined ? undefined : showLine(problem) };
    },
    editText: async (text) => editInEditor(text, env, context.stdin),
    editorName: editorCommand(env).split(/\s+/)[0] ?? 'vi',
    async recordNews(interview, news) {
      const [{ withOutcome, sentOutside }, { addSent }, { nextSummary }] = await Promise.all([
        import('../model/outcome.js'),
        import('../store/data.js'),
        import('./shared/next-summary.js'),
      ]);
      const at = now();
      const changed = await (await store()).updateInterview(interview.id, (saved) =>
        news.type === 'outcome'
          ? withOutcome(saved, news.status, todayOf(at), news.toldBy)
          : addSent(saved, sentOutside(news.kind, news.to, at.toISOString())),
      );
      return {
        interview: changed,
        next: nextSummary(changed, at, calendar(), dateStyle, await (await store()).interviews()).line,
      };
    },
    async writeCalendar(interview) {
      const [{ calendarFile }, { resolve }, { roundsOfApplication }] = await Promise.all([
        import('../deliver/calendar-file.js'),
        import('node:path'),
        import('../model/rounds.js'),
      ]);
      const path = resolve(`${interview.id}.ics`);
      const s = await store();
      // The store's copy: notes marked sent in this session have moved the schedule.
      const fresh = (await s.interview(interview.id)) ?? interview;
      // With its application's other rounds: an earlier one may still owe a thank-you.
      const rounds = roundsOfApplication(await s.interviews(), fresh);
      const { events } = await calendarFile(s.path, rounds, now(), path, calendar(), dateStyle);
      return { path, count: events.length };
    },
  };

  // Each call the front end makes is tracked, so idle() also waits for the imports a call makes.
  const tracked = Object.fromEntries(
    Object.entries(deps).map(([name, value]) => [
      name,
      typeof value === 'function' ? (...args: unknown[]) => track((value as (...a: unknown[]) => unknown)(...args)) : value,
    ]),
  ) as unknown as SessionDeps;

  return {
    deps: tracked,
    ready: () => dates().then(() => undefined),
    async idle() {
      // A load or call may start another once it is in (the review checks a note once the rules are).
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async dispose() {
      disposed = true;
      await locking?.then((l) => l.release()).catch(() => undefined);
      if (!spellerStarted) return;
      // Wait for the worker to be gone before the process exits: it stops within tens of
      // milliseconds at any point of its load, since it compiles Harper's WASM synchronously
      // (see src/checklist/lint-worker.ts), and an exit never races a thread still running.
      await speller()
        .then((s) => s.close())
        .catch(() => undefined);
    },
  };
}

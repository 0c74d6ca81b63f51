// The root of the guided session. It owns the screen (one status union), the session reducer,
// and the only call to exit(result); every other component reports upward.
import { Box, Static, Text, useApp, useInput, type Key } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { slugFor } from '../model/slug.js';
import type { Candidate, Interview } from '../model/types.js';
import {
  REVIEW,
  answersOf,
  createReducer,
  fieldAt,
  firstMissing,
  initialState,
  interviewOf,
  sectionSummary,
  sessionMessages,
  stateOf,
  withoutEdits,
  newsMessages,
  type EditInQuestion,
  type NewsResult,
  type SavedDraft,
  type SectionId,
  type SessionAction,
} from '../session/index.js';
import { NewsScreen } from './news-screen.js';
import { PrepScreen } from './prep-screen.js';
import { SectionHeader } from './components/section-header.js';
import type { DueFollowUp, SessionDeps } from '../session/effects.js';
import { Home, type HomeChoice } from './home.js';
import { MessageLine } from './components/message-line.js';
import { loading, resume as resumeWords, saving as sessionWords, steps, title } from './messages.js';
import { openSession, openingScreen, type Opening } from './opening.js';
import { YesNoOffer } from './yes-no-offer.js';
import { ChangeAnswer } from './review/change-answer.js';
import { editsToAsk } from './review/edits-to-ask.js';
import { KeepEdit } from './review/keep-edit.js';
import { ReviewScreen } from './review/review-screen.js';
import type { NotesPurpose } from './review/use-review-notes.js';
import { Question } from './steps/question.js';
import { useSessionSaving } from './use-session-saving.js';
import { useTerminalSize } from './use-terminal-size.js';

export type SessionResult =
  | { readonly kind: 'done'; readonly interviewId: string | null }
  | { readonly kind: 'cancelled'; readonly savedDraft: boolean; readonly notSaved?: string };

type Screen = 'loading' | 'resume' | 'home' | 'questions' | 'change' | 'prep' | { readonly news: Interview };

/** Ink draws at most every 33 ms (30 fps): by then the first question is on screen. */
const FIRST_FRAME_MS = 50;

const SECTION_ORDER: readonly SectionId[] = ['about', 'interview', 'interviewers', 'next', 'review'];

export interface AppProps {
  readonly deps: SessionDeps;
  /** The store as read before mounting (see opening.ts); read after the first frame when absent. */
  readonly opening?: Opening;
}

export function App({ deps, opening }: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const context = useMemo(() => deps.stepContext(), [deps]);
  const reduce = useMemo(() => createReducer(context), [context]);
  const [first] = useState(() => (opening ? openingScreen(opening) : null));
  const [state, applyAction] = useReducer(reduce, undefined, () => first?.state ?? initialState());
  const [screen, setScreen] = useState<Screen>(first?.screen ?? 'loading');
  const [suspended, setSuspended] = useState(false);
  const [draft, setDraft] = useState<SavedDraft | null>(first?.draft ?? null);
  const [store, setStore] = useState<{
    candidate: Candidate | null;
    interviews: readonly Interview[];
    due: readonly DueFollowUp[];
  }>(first?.store ?? { candidate: null, interviews: [], due: [] });
  const [interviewId, setInterviewId] = useState<string | null>(null);
  const [saved, setSaved] = useState<Interview | null>(null);
  // Hand edits a changed answer put in question, asked one by one before the review shows again.
  const [questions, setQuestions] = useState<readonly EditInQuestion[]>([]);
  const [asked, setAsked] = useState(0);
  const [purpose, setPurpose] = useState<NotesPurpose>('review');
  const [log, setLog] = useState<readonly string[]>(first?.notices ?? []);
  // The review's manual checks are confirmed once per session, before the first copy.
  const [manualConfirmed, setManualConfirmed] = useState(false);
  // Whether the new interview is the next round of a saved application (asked at the review).
  const [round, setRound] = useState<'unknown' | 'ask' | 'yes' | 'no'>('unknown');
  // The id the review saves under, read inside effects without re-running them.
  const savedId = useRef<string | null>(null);
  savedId.current = interviewId;
  const asking = screen === 'questions' || screen === 'change';
  // A saved interview opened from home (or the draft of one resumed) brings its own, maybe older,
  // candidate details.
  const [openedCandidate, setOpenedCandidate] = useState<Candidate | null>(null);
  const {
    flush,
    problem: saveProblem,
    report: reportSave,
    saveBefore,
  } = useSessionSaving(deps, state, interviewId, asking, store.candidate, openedCandidate ?? store.candidate);
  // An answer reaches the disk before the screen moves on: a kill once the next question shows
  // never loses it. The reducer is pure, so computing the next state here is what React will do.
  const current = useRef(state);
  current.current = state;
  const dispatch = useCallback(
    (action: SessionAction) => {
      if (asking && action.type !== 'restore') {
        current.current = reduce(current.current, action);
        saveBefore(current.current);
      }
      applyAction(action);
    },
    [asking, reduce, saveBefore],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the opening runs once per mount; `dispatch` changes when the questions start, which must not reopen the store.
  useEffect(() => {
    let warm: NodeJS.Timeout | undefined;
    void (async () => {
      if (!first) {
        const opened = openingScreen(await openSession(deps));
        setStore(opened.store);
        setLog(opened.notices);
        dispatch({ type: 'restore', state: opened.state });
        setDraft(opened.draft);
        setScreen(opened.screen);
      }
      // The spell-checker worker and the other imports compete for the CPU (and take ~100 MB):
      // start them once the first screen that asks something has been drawn, not before.
      warm = setTimeout(() => deps.warmUp(), FIRST_FRAME_MS);
    })();
    return () => clearTimeout(warm);
  }, [deps, first]);

  // The scrollback tells the story: each section, once left forwards, leaves a one-line recap.
  const section =
    state.position.step === 'interviewers'
      ? 'interviewers'
      : state.position.step === 'review'
        ? 'review'
        : (fieldAt(state.position)?.section ?? 'about');
  const lastSection = useRef<SectionId>(section);
  useEffect(() => {
    const before = lastSection.current;
    lastSection.current = section;
    // Only a step forward into the next section: a resumed draft or a jump does not recap.
    if (
      screen === 'questions' &&
      SECTION_ORDER.indexOf(section) === SECTION_ORDER.indexOf(before) + 1 &&
      state.returnTo === null
    ) {
      setLog((lines) => [...lines, sectionSummary(before, state.answers)]);
    }
  }, [section, screen, state.answers, state.returnTo]);

  // Reaching the review saves the interview; a changed answer saves it again (its notes follow).
  const atReview = screen === 'questions' && state.position.step === 'review';
  // biome-ignore lint/correctness/useExhaustiveDependencies: reaching the review or changing an answer saves; `dispatch` changing (questions started or stopped) is neither.
  useEffect(() => {
    if (!atReview) return;
    const missing = firstMissing(state.answers, context);
    if (missing) return dispatch({ type: 'change', to: missing });
    const known = savedId.current;
    const id = known ?? slugFor(state.answers.company, state.answers.role, []);
    const answered = interviewOf(state.answers, { id });
    // A new interview for a role already saved may be that application's next round: ask once.
    if (known === null && round === 'unknown') {
      void deps.laterRound(answered).then((later) => setRound(later ? 'ask' : 'no'));
      return;
    }
    if (known === null && round === 'ask') return;
    void (async () => {
      // The hand edits are carried over (the store would drop them with the old answers) and put
      // to the user where the new answers write the note differently.
      const previous = known === null ? undefined : (await deps.load()).interviews.find((i) => i.id === known);
      const stored = await deps.saveInterview(interviewOf(state.answers, { id, edits: previous?.edits }), {
        replace: known !== null,
        round: known === null && round === 'yes',
      });
      const ask = previous ? await editsToAsk(deps, previous, stored) : [];
      savedId.current = stored.id;
      setInterviewId(stored.id);
      setQuestions(ask);
      setAsked(0);
      setSaved(stored);
    })().catch(reportSave);
  }, [atReview, state.answers, context, deps, round, reportSave]);

  /** The user's answer for the first edit in question; the new text drops the edit from the store. */
  const answering = useRef(false);
  const answerQuestion = (keep: boolean) => {
    const [first, ...rest] = questions;
    // A second key while the first answer is being saved answers nothing.
    if (!first || !saved || answering.current) return;
    setAsked((n) => n + 1);
    if (keep) return setQuestions(rest);
    answering.current = true;
    void deps
      .saveInterview({ ...saved, edits: withoutEdits(saved.edits ?? [], [first.edit]) }, { replace: true })
      .then((stored) => {
        setSaved(stored);
        setQuestions(rest);
      })
      .finally(() => {
        answering.current = false;
      });
  };

  // Ink re-subscribes a key handler after every render in which it is a new function, and a key
  // that arrives before that is lost: one handler for the whole session, reading the latest state.
  const onCtrlC = useRef(() => {});
  onCtrlC.current = () => {
    if (!asking) return exit({ kind: 'cancelled', savedDraft: false } satisfies SessionResult);
    void flush().then((why) =>
      exit(
        (why === null
          ? { kind: 'cancelled', savedDraft: true }
          : { kind: 'cancelled', savedDraft: false, notSaved: why }) satisfies SessionResult,
      ),
    );
  };
  // A Ctrl-C typed right after other keys can arrive in the same read ("Senior\u0003").
  const ctrlC = useCallback((input: string, key: Key) => {
    if ((key.ctrl && input === 'c') || input.includes('\u0003')) onCtrlC.current();
  }, []);
  useInput(ctrlC, { isActive: !suspended });

  const open = (choice: HomeChoice) => {
    if (choice.kind === 'new') return setScreen('questions');
    if (choice.kind === 'prep') return setScreen('prep');
    if (choice.kind === 'news') return setScreen({ news: choice.interview });
    setPurpose(choice.kind === 'follow-up' ? 'follow-up' : 'review');
    setInterviewId(choice.interview.id);
    setOpenedCandidate(choice.interview.candidate);
    dispatch({ type: 'restore', state: initialState(answersOf(choice.interview), REVIEW) });
    setScreen('questions');
  };

  // Stable between renders: a new array would make the review compose its notes again.
  const others = useMemo(() => store.interviews.filter((i) => i.id !== interviewId), [store.interviews, interviewId]);

  // News recorded from home: the store's new copy replaces the old, and the scrollback says what comes next.
  const record = (interview: Interview, news: NewsResult) => {
    void deps.recordNews(interview, news).then(async ({ interview: changed, next }) => {
      const interviews = store.interviews.map((i) => (i.id === changed.id ? changed : i));
      setStore({ ...store, interviews, due: await deps.dueFollowUps(interviews) });
      setLog((lines) => [
        ...lines,
        news.type === 'outcome'
          ? newsMessages.recordedOutcome(changed.company, news.status, next)
          : newsMessages.recordedSent(news.kind, news.to, next),
      ]);
      setScreen('home');
    });
  };

  const finish = () => {
    void deps.clearDraft().finally(() => exit({ kind: 'done', interviewId } satisfies SessionResult));
  };

  const live = (() => {
    if (typeof screen === 'object') {
      return (
        <NewsScreen
          interview={screen.news}
          isActive={!suspended}
          onDone={(news) => record(screen.news, news)}
          onCancel={() => setScreen('home')}
        />
      );
    }
    switch (screen) {
      case 'prep':
        return <PrepScreen isActive={!suspended} onBack={() => setScreen('home')} />;
      case 'loading':
        return (
          <Box flexDirection="column">
            <Text bold>{title}</Text>
            <Text dimColor>{loading}</Text>
          </Box>
        );
      case 'resume':
        return (
          <YesNoOffer
            question={resumeWords.question(draft?.answers.company || resumeWords.untitled)}
            yes={resumeWords.yes}
            no={resumeWords.no}
            isActive={!suspended}
            onAnswer={(yes) => {
              if (yes && draft) {
                dispatch({ type: 'restore', state: stateOf(draft) });
                setInterviewId(draft.interviewId);
                // A draft of a saved interview started from that interview's details, as open() does.
                setOpenedCandidate(store.interviews.find((saved) => saved.id === draft.interviewId)?.candidate ?? null);
                return setScreen('questions');
              }
              void deps.clearDraft();
              setScreen(store.interviews.length > 0 ? 'home' : 'questions');
            }}
          />
        );
      case 'home':
        return <Home interviews={store.interviews} due={store.due} rows={rows} isActive={!suspended} onChoose={open} />;
      case 'change':
        return (
          <ChangeAnswer
            answers={state.answers}
            rows={rows}
            isActive={!suspended}
            onChoose={(to) => {
              dispatch({ type: 'change', to });
              setScreen('questions');
            }}
            onCancel={() => setScreen('questions')}
          />
        );
      case 'questions': {
        if (state.position.step === 'review') {
          if (round === 'ask' && savedId.current === null) {
            return (
              <YesNoOffer
                question={newsMessages.roundQuestion(state.answers.company, state.answers.role)}
                yes={newsMessages.roundYes}
                no={newsMessages.roundNo}
                isActive={!suspended}
                onAnswer={(yes) => setRound(yes ? 'yes' : 'no')}
              />
            );
          }
          if (!saved || saved.id !== interviewId) return <Text dimColor>{loading}</Text>;
          if (questions.length > 0) {
            return (
              <KeepEdit
                question={questions[0]!}
                n={asked + 1}
                total={asked + questions.length}
                rows={rows}
                isActive={!suspended}
                onAnswer={answerQuestion}
              />
            );
          }
          return (
            <ReviewScreen
              deps={deps}
              interview={saved}
              purpose={purpose}
              others={others}
              columns={columns}
              rows={rows}
              isActive={!suspended}
              onSuspend={setSuspended}
              onChangeAnswers={() => setScreen('change')}
              onBack={() => dispatch({ type: 'back' })}
              onFinish={finish}
              manualConfirmed={manualConfirmed}
              onManualConfirmed={() => setManualConfirmed(true)}
            />
          );
        }
        const number = SECTION_ORDER.indexOf(section) + 1;
        const person = fieldAt(state.position)?.perInterviewer
          ? state.answers.interviewers[state.position.index]?.name || steps.newInterviewer(state.position.index + 1)
          : undefined;
        const header = <SectionHeader number={number} total={5} section={sessionMessages.sections[section]} detail={person} />;
        return <Question state={state} context={context} header={header} rows={rows} isActive={!suspended} dispatch={dispatch} />;
      }
    }
  })();

  return (
    <>
      <Static items={log.map((line, at) => ({ line, at }))}>
        {({ line, at }) => (
          <Text key={at} dimColor wrap="wrap">
            {line}
          </Text>
        )}
      </Static>
      {saveProblem === null ? null : <MessageLine tone="warning">{sessionWords.cannotSave(saveProblem)}</MessageLine>}
      {live}
    </>
  );
}

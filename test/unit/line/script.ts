// The line mode's test bench: scripted answers in place of a terminal (each prompt must be the
// one the script expects next), in the fake world every session test shares.
import { expect } from 'vitest';
import type { CommandContext } from '../../../src/cli/context.js';
import { BACK, type Back, type Option, type Prompter } from '../../../src/line/prompter.js';
import { US_WITH_YEARS, WEEKENDS_ONLY, todayOf } from '../../../src/model/dates.js';
import { describeItem } from '../../../src/model/due.js';
import { scheduleFor } from '../../../src/model/schedule.js';
import type { Finding, Interview, Note } from '../../../src/model/types.js';
import { emptyWorld, worldDeps } from '../../support/fake-world.js';

export { NOW } from '../../support/fake-world.js';
import { NOW } from '../../support/fake-world.js';

/** One short stand-in thank-you per interviewer: the review's flow, not the notes' words, is under test. */
export function stubNotes(interview: Interview): Note[] {
  return interview.interviewers.map(
    (p): Note => ({
      kind: 'thank-you',
      to: p.name,
      address: p.email,
      subject: `Thank you: ${interview.role}`,
      body: `Dear ${p.name},\nthank you for talking about ${p.topics[0]}.\n${interview.candidate.name}\n`,
      attachments: [],
    }),
  );
}

/** The real schedule's lines for `interview` on NOW, as the review prints them. */
export async function scheduleLines(interview: Interview): Promise<string[]> {
  return scheduleFor(interview, NOW, WEEKENDS_ONLY, US_WITH_YEARS).items.map((item) =>
    describeItem(item, todayOf(NOW), US_WITH_YEARS),
  );
}

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
  /** The value Enter would take at each choice (undefined: the first option). */
  const initials: Array<string | undefined> = [];
  /** The text each text prompt started with (what Enter keeps), in order. */
  const textInitials: string[] = [];
  /** What Enter would answer at each yes-or-no question, in order. */
  const confirmDefaults: Array<boolean | undefined> = [];
  const next = (kind: string, message: string) => {
    const step = script.shift();
    if (!step) throw new Error(`script ended, but the session asked (${kind}) "${message}"`);
    if ('ctrlC' in step) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const expected = 'text' in step ? step.text : 'choose' in step ? step.choose : step.confirm;
    expect(`${kind}: ${message}`).toContain(`${kind}: ${expected}`);
    return step.answer;
  };
  const prompter: Prompter = {
    async text(message, initial, validate) {
      textInitials.push(initial);
      // Like inquirer: a rejected answer shows why and asks again.
      for (;;) {
        const answer = next('text', message) as string | Back;
        if (answer === BACK) return BACK;
        const problem = validate(answer);
        if (problem === undefined) return answer;
        problems.push(problem);
      }
    },
    async choose<V extends string>(message: string, options: readonly Option<V>[], initial?: V, canGoBack = true) {
      offered.push({ message, labels: options.map((o) => o.label) });
      initials.push(initial);
      const answer = next('choose', message) as V | Back;
      // "< Back" is one of the numbered choices only where the session offers it.
      if (answer === BACK && !canGoBack) throw new Error(`"${message}" offers no way back`);
      if (answer !== BACK) expect(options.map((o) => o.value)).toContain(answer);
      return answer;
    },
    async confirm(message, initial) {
      confirmDefaults.push(initial);
      return next('confirm', message) as boolean;
    },
    print: (line) => void printed.push(line),
  };
  return { prompter, printed, problems, offered, initials, confirmDefaults, textInitials, left: () => script.length };
}

/**
 * The shared fake world (test/support/fake-world.ts) with `interviews` already saved, as after
 * earlier sessions, and the line tests' notes: a short thank-you per interviewer, a follow-up to
 * the recruiter, a checklist that flags the phone-only person's e-mail, and an editor that
 * rewrites the body's second line as a person would.
 */
export function memoryDeps(draft: unknown = null, interviews: readonly Interview[] = []) {
  const saved = emptyWorld({ draft, interviews: [...interviews] });
  const deps = worldDeps(saved, {
    notes: stubNotes,
    // The second note goes to the recruiter, and quotes the role.
    followUpNotes: (interview) => [
      {
        kind: 'follow-up',
        to: interview.recruiter?.name ?? '',
        address: interview.recruiter?.email,
        subject: `Following up: ${interview.role}`,
        body: `Dear ${interview.recruiter?.name},\nI am still keen on the ${interview.role} role at ${interview.company}.\n${interview.candidate.name}\n`,
        attachments: [],
      },
    ],
    schedule: (interview) => [`Second follow-up: not before ${interview.timeframe?.date ?? 'five business days'}`],
    check: (_note, checkContext): Finding[] =>
      checkContext.to === 'Sam Ortiz'
        ? [{ rule: 'medium-mismatch', severity: 'error', message: 'Sam used the phone.', line: 1, column: 1, excerpt: 'Dear' }]
        : [],
    edit: (text) => ({
      kind: 'edited',
      text: text.replace(/thank you for talking about .*\n/, 'I enjoyed our talk about Kafka.\n'),
    }),
  });
  return { deps: { ...deps, editorName: 'vi' }, saved };
}

export const context = { interactive: true } as CommandContext;

// Where `check` gets its context: an interview file (--from) or a saved interview (--profile),
// the recipient (--to) and "today" (--now). This is the command's edge: it reads files and the store.
import { readFile } from 'node:fs/promises';
import type { CheckContext } from '../../checklist/types.js';
import type { CommandContext } from '../../cli/context.js';
import { matchName, peopleOf } from '../../compose/match-name.js';
import { UsageError } from '../../cli/errors.js';
import { parseIsoDate, todayOf } from '../../model/dates.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import { parseInterviewText } from '../../model/interview-file.js';
import { asOf } from '../../model/outcome.js';
import type { Candidate, Interview } from '../../model/types.js';
import { openStore } from '../../store/index.js';
import { printNotices } from '../shared/notices.js';
import { checkCommandMessages as m } from './messages.js';

export interface ContextFlags {
  readonly from?: string | undefined;
  readonly profile?: string | undefined;
  readonly to?: string | undefined;
  readonly now?: string | undefined;
}

function nowFrom(flag: string | undefined, context: CommandContext): Date {
  if (flag === undefined) return context.now();
  const day = parseIsoDate(flag);
  if (!day) throw new UsageError(m.badNow(flag), m.helpTry);
  // Midday local time: todayOf() of it is that day in every time zone.
  return new Date(`${day}T12:00:00`);
}

async function fromFile(path: string, context: CommandContext): Promise<Interview> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? m.notFound(path) : m.unreadable(path, (error as Error).message), m.helpTry);
  }
  const options = { calendar: calendarFor(context.env), dateStyle: dateStyleFor(context.env, context.now()) };
  let result = parseInterviewText(text, options);
  // A file may leave the candidate out when one is saved; only then is the store opened.
  if (!result.ok && result.problems.some((problem) => problem.path === 'candidate')) {
    const store = openStore({ env: context.env, now: context.now });
    const candidate: Candidate | null = await store.candidate();
    printNotices(store, context);
    if (candidate) result = parseInterviewText(text, { ...options, candidate });
  }
  if (!result.ok) {
    const problems = result.problems.map((p) => m.fileProblem(p.path, p.problem, p.fix)).join('\n');
    throw new UsageError(m.badInterviewFile(path, problems), m.badInterviewTry);
  }
  return result.interview;
}

async function fromProfile(id: string, context: CommandContext): Promise<{ interview: Interview; others: Interview[] }> {
  const store = openStore({ env: context.env, now: context.now });
  const all = await store.interviews();
  printNotices(store, context);
  const interview = all.find((saved) => saved.id === id);
  if (!interview) throw new UsageError(m.unknownProfile(id), m.profilesAre(all.map((saved) => saved.id)));
  return { interview, others: all.filter((saved) => saved.id !== id) };
}

/**
 * The saved interviews other than this one, so a company or a person from another application
 * is caught in a draft checked against an interview file too (wrong-person).
 */
async function savedOthers(interview: Interview, context: CommandContext): Promise<Interview[]> {
  const store = openStore({ env: context.env, now: context.now });
  const all = await store.interviews();
  printNotices(store, context);
  return all.filter(
    (saved) => saved.id !== interview.id && (saved.company !== interview.company || saved.role !== interview.role),
  );
}

/**
 * The saved name of the person `--to` names (see matchName), so the rules, which compare whole
 * names, know who the draft is for; a name that fits nobody or two people is refused.
 */
function personNamed(interview: Interview, typed: string): string {
  const people = peopleOf(interview);
  const names = people.map((person) => person.name);
  const match = matchName(people, typed);
  if (match.kind === 'found') return names[match.indexes[0]!]!;
  const problem =
    match.kind === 'ambiguous'
      ? m.ambiguousRecipient(
          typed,
          match.indexes.map((index) => names[index]!),
        )
      : m.unknownRecipient(typed);
  throw new UsageError(problem, m.recipientsAre(names));
}

export async function loadCheckContext(flags: ContextFlags, context: CommandContext): Promise<Omit<CheckContext, 'kind'>> {
  if (flags.from !== undefined && flags.profile !== undefined) throw new UsageError(m.fromAndProfile, m.helpTry);
  const now = nowFrom(flags.now, context);
  let interview: Interview | undefined;
  let otherInterviews: Interview[] = [];
  if (flags.from !== undefined) {
    interview = await fromFile(flags.from, context);
    otherInterviews = await savedOthers(interview, context);
  }
  if (flags.profile !== undefined) ({ interview, others: otherInterviews } = await fromProfile(flags.profile, context));
  // Seen from --now: an outcome or a note recorded after that day is not known yet.
  if (interview !== undefined) interview = asOf(interview, todayOf(now));
  const to = interview && flags.to !== undefined ? personNamed(interview, flags.to) : flags.to;
  // Days as the user writes them; "today" is the real one, as --now only moves the timing rules.
  const dateStyle = dateStyleFor(context.env, context.now());
  return { interview, to, otherInterviews, now, calendar: calendarFor(context.env), dateStyle };
}

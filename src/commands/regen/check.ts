// The checklist runs on every note regen hands over to be sent (copied or printed): the same
// rules as the guided session, minus spelling, which needs the Harper worker (seconds to warm)
// and the note came from our own templates or an edit already checked in the session.
// Errors block copying unless --force says the user has read them; warnings only inform, except
// too-early: a note copied is recorded as sent, and an early one on record moves the schedule on
// as if the wait were over, so it too needs --force.
import { isSpoken } from '../../model/spoken.js';
import { configMessages } from '../../checklist/config-messages.js';
import { loadRuleConfig } from '../../checklist/config-file.js';
import { blocksCopy, checkNote, noteText } from '../../checklist/index.js';
import { dateStyleFor } from '../../model/date-style.js';
import { calendarFor } from '../../model/holidays.js';
import type { Finding, Interview, Note } from '../../model/types.js';
import type { CommandContext } from '../../cli/context.js';
import { UsageError } from '../../cli/errors.js';
import { messages } from './messages.js';
import { composeNotes } from '../../compose/compose.js';
import { ComposeError } from '../../compose/errors.js';
import { repeatsEarlierRound } from '../../model/round-repeat.js';
import { isEarly } from '../../session/review/findings.js';
import { roundMessages } from '../../model/round-messages.js';

export interface Gate {
  /** True when errors were found and --force was not given: do not copy. */
  readonly blocked: boolean;
  readonly errors: boolean;
  /** True when the checklist says the note is early (too-early). */
  readonly early: boolean;
  /** What the checklist found, as printed. */
  readonly findings: readonly Finding[];
}

export async function checkBeforeSending(
  context: CommandContext,
  picked: Note,
  notes: readonly Note[],
  interview: Interview,
  others: readonly Interview[],
  force: boolean,
): Promise<Gate> {
  // The user's rule levels (checklist.json next to the store), as in the session and `check`.
  const config = loadRuleConfig(context.env);
  if (!config.ok) throw new UsageError(config.problem, configMessages.tryFix);
  const findings = checkNote(picked, {
    levels: config.levels,
    kind: picked.kind,
    // A call script's advice speaks of a call (the late-thank-you tip), as in the session.
    spoken: isSpoken(picked),
    interview,
    to: picked.to,
    otherInterviews: others.filter((other) => other.id !== interview.id),
    siblings: notes.filter((note) => note !== picked),
    now: context.now(),
    calendar: calendarFor(context.env),
    dateStyle: dateStyleFor(context.env, context.now()),
  });
  // Met again in a later round: the note should be about this meeting, not the last one again.
  const repeat = repeatsEarlierRound(picked, interview, others, (other, kind, to) => {
    try {
      return composeNotes(other, kind, { to, saved: others, dateStyle: dateStyleFor(context.env, context.now()) })[0]?.body;
    } catch (error) {
      // Nobody of that kind in that round any more: nothing to compare.
      if (error instanceof ComposeError) return undefined;
      throw error;
    }
  });
  if (repeat !== null) context.stderr.write(`${roundMessages.repeats(picked.to, repeat.round, repeat.percent)}\n`);
  if (findings.length === 0) return { blocked: false, errors: false, early: false, findings };
  // The report's layout needs string-width (30 ms of Unicode tables to load): only when there is
  // something to show.
  const [{ formatHuman }, { reportColumns }] = await Promise.all([
    import('../../checklist/report.js'),
    import('../shared/report-width.js'),
  ]);
  const columns = reportColumns(context.stderr as { isTTY?: boolean; columns?: number });
  context.stderr.write(
    `${messages.checklistHeading(picked.kind, isSpoken(picked), picked.to)}\n${formatHuman(findings, noteText(picked), undefined, columns)}`,
  );
  const errors = blocksCopy(findings);
  const early = isEarly(findings);
  if (errors && force) context.stderr.write(`${messages.forced}\n`);
  return { blocked: errors && !force, errors, early, findings };
}

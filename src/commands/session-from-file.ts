// `followup-coach --from FILE`: the review without a single prompt. Every note of the interview
// file is printed with its checklist findings; exit 1 when any note has an error. Needs no
// terminal, so scripts and CI use it.
import { showText } from '../cli/terminal-text.js';
import type { CommandContext } from '../cli/context.js';
import { EXIT, UsageError } from '../cli/errors.js';
import { formatProblems } from './shared/problems.js';
import { readInput } from './shared/read-input.js';
import { checkNote } from '../checklist/check-note.js';
import { configMessages } from '../checklist/config-messages.js';
import { loadRuleConfig } from '../checklist/config-file.js';
import type { CheckContext } from '../checklist/types.js';
import { dialectFromEnv, type DialectName } from '../checklist/dialect.js';
import { noteText } from '../checklist/draft.js';
import { answerNamesFor, knownWordsFor, roleWordsFor, typedWordsFor } from '../checklist/known-words.js';
import { formatHuman } from '../checklist/report.js';
import { reportColumns } from './shared/report-width.js';
import { roleSlipsFor } from '../checklist/role-slips.js';
import { startSpellChecker } from '../checklist/spell.js';
import { reviewNotes } from '../compose/compose.js';
import { noteFileText } from '../deliver/note-files.js';
import { dateStyleFor } from '../model/date-style.js';
import { calendarFor } from '../model/holidays.js';
import { parseInterviewText } from '../model/interview-file.js';
import type { Finding, Interview, Note } from '../model/types.js';
import { openStore } from '../store/index.js';
import { noteTitle } from '../model/note-kinds.js';
import { isSpoken } from '../model/spoken.js';
import { fromFile as words } from '../ui/messages.js';
import { shownRecipient } from '../model/via.js';

export async function notesFromFile(file: string, context: CommandContext): Promise<number> {
  const text = await readInput(file, context.stdin);
  const store = openStore({ env: context.env, now: context.now });
  const [candidate, saved] = await Promise.all([store.candidate(), store.interviews()]);
  const now = context.now();
  const days = { calendar: calendarFor(context.env), dateStyle: dateStyleFor(context.env, now) };
  const parsed = parseInterviewText(text, { candidate, ...days });
  if (!parsed.ok) {
    context.stderr.write(formatProblems(file === '-' ? 'stdin' : file, parsed.problems));
    return EXIT.usage;
  }
  for (const warning of parsed.warnings) context.stderr.write(`followup-coach: ${warning}\n`);
  const { interview } = parsed;
  const config = loadRuleConfig(context.env);
  if (!config.ok) throw new UsageError(config.problem, configMessages.tryFix);
  const notes = reviewNotes(interview, { dateStyle: days.dateStyle, saved });
  const others = saved.filter((i) => i.company !== interview.company || i.role !== interview.role);
  const settings = { now, ...days, levels: config.levels };
  const findings = await checkAll(interview, notes, others, settings, dialectFromEnv(context.env));
  let errors = 0;
  notes.forEach((note, index) => {
    const found = findings[index]!;
    errors += found.filter((f) => f.severity === 'error').length;
    const heading = words.heading(
      index + 1,
      notes.length,
      noteTitle(note.kind, isSpoken(note)),
      shownRecipient(note),
      note.address,
    );
    // A call script's subject is its title, as the review and regen --out write it: no "Subject:".
    const shown = isSpoken(note) ? noteFileText(note).replace(/\n$/, '') : noteText(note);
    context.stdout.write(showText(`${heading}\n${'─'.repeat(Math.min(60, heading.length))}\n${shown}\n\n`));
    context.stdout.write(`${formatHuman(found, noteText(note), undefined, reportColumns(context.stdout))}\n`);
  });
  return errors > 0 ? EXIT.failure : EXIT.ok;
}

async function checkAll(
  interview: Interview,
  notes: readonly Note[],
  others: readonly Interview[],
  settings: Pick<CheckContext, 'now' | 'calendar' | 'dateStyle' | 'levels'>,
  dialect: DialectName,
): Promise<Finding[][]> {
  const { levels } = settings;
  const contexts = notes.map((note) => ({
    kind: note.kind,
    interview,
    to: note.to,
    otherInterviews: others,
    siblings: notes,
    ...settings,
  }));
  const rules = notes.map((note, i) => checkNote(note, contexts[i]!));
  // Spelling and grammar need the worker; when it cannot start, the other rules still count.
  const speller = startSpellChecker({ dialect });
  try {
    const spelling = await Promise.all(
      notes.map((note, i) =>
        speller.lint(noteText(note), knownWordsFor(contexts[i]!), {
          levels,
          typed: typedWordsFor(contexts[i]!),
          role: roleWordsFor(contexts[i]!),
          answerNames: answerNamesFor(contexts[i]!),
        }),
      ),
    );
    // A slip in the role as typed stays out of the subject advice (role-slips.ts).
    const roleSlips = await roleSlipsFor(speller, { interview });
    const advised = roleSlips.size === 0 ? rules : notes.map((note, i) => checkNote(note, { ...contexts[i]!, roleSlips }));
    return advised.map((found, i) => sortFindings([...found, ...spelling[i]!]));
  } catch {
    return rules;
  } finally {
    await speller.close().catch(() => undefined);
  }
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;
function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line || a.column - b.column);
}

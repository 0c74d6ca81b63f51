// followup-coach check [FILE|-]: the checklist as a linter for any follow-up draft.
import { open, stat } from 'node:fs/promises';
import { checkNote } from '../../checklist/check-note.js';
import { applyRuleFlags } from '../../checklist/config.js';
import { loadRuleConfig } from '../../checklist/config-file.js';
import { configMessages } from '../../checklist/config-messages.js';
import { dialectFromEnv } from '../../checklist/dialect.js';
import { parseDraft } from '../../checklist/draft.js';
import { decodeDraft, MAX_BYTES } from '../../checklist/input.js';
import { answerNamesFor, knownWordsFor, roleWordsFor, typedWordsFor } from '../../checklist/known-words.js';
import { isOff } from '../../checklist/levels.js';
import { SPELL_BUDGET } from '../../checklist/lint-pieces.js';
import { mergeFindings } from '../../checklist/merge.js';
import { roleSlipsFor } from '../../checklist/role-slips.js';
import { COLOR, PLAIN, countFindings, formatHuman, formatJson } from '../../checklist/report.js';
import { RULE_IDS, type CheckContext, type RuleLevels } from '../../checklist/types.js';
import { parseCommand } from '../../cli/args.js';
import { reportColumns } from '../shared/report-width.js';
import type { CommandContext } from '../../cli/context.js';
import { EXIT, UsageError } from '../../cli/errors.js';
import type { Finding } from '../../model/types.js';
import { parseKind } from '../shared/kind-arg.js';
import { loadCheckContext } from './context.js';
import { withoutCoverLine } from './cover.js';
import { CHECK_HELP } from './help.js';
import { checkCommandMessages as m } from './messages.js';

const SPEC = {
  name: 'check',
  options: {
    from: { type: 'string' },
    profile: { type: 'string' },
    to: { type: 'string' },
    kind: { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
    'no-spell': { type: 'boolean' },
    config: { type: 'string' },
    rule: { type: 'string', multiple: true },
  },
  positionals: ['FILE?'],
} as const;

export async function run(context: CommandContext): Promise<number> {
  const parsed = parseCommand(SPEC, context.argv);
  if (parsed.help) {
    context.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = parsed;
  const kind = values.kind === undefined ? undefined : parseKind(values.kind, 'check');
  const levels = ruleLevels(values.config, values.rule ?? [], context.env);
  const spellOff = values['no-spell'] || (isOff('spelling', levels) && isOff('grammar', levels));
  // Start Harper first: its two-second load overlaps reading the draft and the interview.
  const spell = spellOff
    ? null
    : await import('../../checklist/spell.js').then(({ startSpellChecker }) =>
        startSpellChecker({ dialect: dialectFromEnv(context.env) }),
      );
  try {
    const text = await readDraft(positionals[0], context);
    const checkContext: CheckContext = { ...(await loadCheckContext(values, context)), kind, levels };
    // The coach's own line to a go-between, when the draft opens with it, is not the note's.
    const draft = await withoutCoverLine(parseDraft(text), checkContext);
    // The worker lints while this thread runs the other rules: on a long draft both take a while.
    const spelling = spell?.lint(draft, knownWordsFor(checkContext), {
      // Without an interview no name is known: leave capitalized unknown words alone.
      namesUnknown: !checkContext.interview,
      typed: typedWordsFor(checkContext),
      role: roleWordsFor(checkContext),
      answerNames: answerNamesFor(checkContext),
      levels,
      onPartial: (checked, total) => context.stderr.write(`${m.spellPartial(checked, total, SPELL_BUDGET)}\n`),
    });
    spelling?.catch(() => undefined);
    // The role as typed, read by the same check: a slip in it is kept out of the subject advice.
    const roleSlips = spell && checkContext.interview?.role ? roleSlipsFor(spell, checkContext) : undefined;
    roleSlips?.catch(() => undefined);
    let sync = checkNote(draft, checkContext);
    let spelled: Finding[] = [];
    if (spelling) {
      try {
        spelled = await spelling;
        const slips = await roleSlips;
        if (slips !== undefined && slips.size > 0 && sync.some((finding) => finding.rule === 'generic-subject'))
          sync = checkNote(draft, { ...checkContext, roleSlips: slips });
      } catch (error) {
        context.stderr.write(`${m.spellSkipped(error instanceof Error ? error.message : String(error))}\n`);
      }
    }
    const findings = mergeFindings(sync, spelled);
    if (values.json) context.stdout.write(formatJson(findings));
    else {
      const color = Boolean(context.stdout.isTTY) && !context.env.NO_COLOR;
      context.stdout.write(formatHuman(findings, text, color ? COLOR : PLAIN, reportColumns(context.stdout)));
      if (!checkContext.interview && !checkContext.to) context.stdout.write(`${m.noContext}\n`);
    }
    return countFindings(findings).errors > 0 ? EXIT.failure : EXIT.ok;
  } finally {
    await spell?.close();
  }
}

/** The rule levels of this run: the config file (--config, else the default one), then --rule. */
function ruleLevels(config: string | undefined, flags: readonly string[], env: NodeJS.ProcessEnv): RuleLevels {
  const file = loadRuleConfig(env, config);
  if (!file.ok) throw new UsageError(file.problem, configMessages.tryFix);
  const levels = applyRuleFlags(file.levels, flags);
  if (!levels.ok) throw new UsageError(levels.problem, configMessages.tryRules(RULE_IDS));
  return levels.levels;
}

/**
 * Reads at most one byte past the limit, from a file or stdin, so a huge file or an endless
 * pipe (/dev/zero, `yes`) costs no more memory than a draft at the limit.
 */
async function readDraft(path: string | undefined, context: CommandContext): Promise<string> {
  if (path === undefined || path === '-') {
    if (path === undefined && context.stdin.isTTY) throw new UsageError(m.noInput, m.noInputTry);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of context.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(bytes);
      size += bytes.length;
      if (size > MAX_BYTES) break;
    }
    return decoded(Buffer.concat(chunks).subarray(0, MAX_BYTES + 1), m.stdinName, m.noInputTry);
  }
  let bytes: Buffer;
  try {
    if ((await stat(path)).isDirectory()) throw new UsageError(m.isFolder(path), m.noInputTry);
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(MAX_BYTES + 1);
      let size = 0;
      for (let read = -1; read !== 0 && size < buffer.length; size += read)
        ({ bytesRead: read } = await file.read(buffer, size, buffer.length - size, null));
      bytes = buffer.subarray(0, size);
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? m.notFound(path) : m.unreadable(path, (error as Error).message), m.noInputTry);
  }
  return decoded(bytes, `"${path}"`, m.textTry);
}
function decoded(bytes: Uint8Array, source: string, tryMessage: string): string {
  const result = decodeDraft(bytes, source);
  if (!result.ok) throw new UsageError(result.problem, bytes.length > MAX_BYTES ? m.tooLargeTry : tryMessage);
  return result.text;
}

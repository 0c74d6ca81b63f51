// The labelled corpus: loading the drafts with their context, and scoring the checklist on them.
// Shared by corpus.test.ts and scripts/bench-checklist.mjs (which bundles this file on the fly).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraft } from '../../../src/checklist/draft.js';
import { DIALECTS, type DialectName } from '../../../src/checklist/dialect.js';
import { RULE_IDS, type CheckContext } from '../../../src/checklist/types.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { NOTE_KINDS, type Finding, type Interview, type Note, type NoteKind } from '../../../src/model/types.js';
import { WEEKENDS_ONLY, US_WITH_YEARS } from '../../../src/model/dates.js';

export interface CorpusEntry {
  readonly name: string;
  readonly expect: readonly string[];
  readonly text: string;
  readonly context: CheckContext;
  /** The English its writer writes, which the spell checker expects (American when absent). */
  readonly dialect?: DialectName;
}

/**
 * A corpus's dialects.json, when it has one: the English each interview's candidate writes, as
 * their locale would tell the coach ({"interview-name": "British"}); American for the rest.
 */
function dialectsOf(corpusDir: string): Map<string, DialectName> {
  const file = join(corpusDir, 'dialects.json');
  if (!existsSync(file)) return new Map();
  const named = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(
    Object.entries(named).map(([interview, dialect]) => {
      if (!(DIALECTS as readonly string[]).includes(dialect)) throw new Error(`${file}: no dialect ${dialect}`);
      return [interview, dialect as DialectName];
    }),
  );
}

function header(raw: string, name: string): { fields: Record<string, string>; text: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (!match) throw new Error(`${name}: no front matter`);
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const at = line.indexOf(':');
    fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { fields, text: raw.slice(match[0].length) };
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function loadCorpus(corpusDir: string, interviewsDir: string): CorpusEntry[] {
  const interviews = new Map<string, Interview>();
  const interview = (name: string): Interview => {
    if (!interviews.has(name)) {
      const result = parseInterviewText(readFileSync(join(interviewsDir, `${name}.json`), 'utf8'), {
        calendar: WEEKENDS_ONLY,
        dateStyle: US_WITH_YEARS,
      });
      if (!result.ok) throw new Error(`${name}.json: ${JSON.stringify(result.problems)}`);
      interviews.set(name, result.interview);
    }
    return interviews.get(name)!;
  };
  const dialects = dialectsOf(corpusDir);
  const files = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const raw = new Map(
    files.map((file) => [file.replace(/\.txt$/, ''), header(readFileSync(join(corpusDir, file), 'utf8'), file)]),
  );
  return [...raw].map(([name, { fields, text }]) => {
    for (const rule of list(fields.expect))
      if (!(RULE_IDS as readonly string[]).includes(rule)) throw new Error(`${name}: unknown rule ${rule}`);
    const kind = (NOTE_KINDS as readonly string[]).includes(fields.kind ?? '') ? (fields.kind as NoteKind) : undefined;
    const siblingName = fields.sibling;
    let siblings: Note[] = [];
    if (siblingName) {
      const sibling = raw.get(siblingName);
      if (!sibling) throw new Error(`${name}: no sibling ${siblingName}`);
      const draft = parseDraft(sibling.text);
      siblings = [
        {
          kind: kind ?? 'thank-you',
          to: sibling.fields.to ?? '',
          subject: draft.subject ?? '',
          body: draft.text.slice(draft.bodyStart).replace(/^\r?\n/, ''),
          attachments: [],
        },
      ];
    }
    const context: CheckContext = {
      kind,
      interview: fields.interview && fields.interview !== 'none' ? interview(fields.interview) : undefined,
      to: fields.to || undefined,
      now: fields.now ? new Date(`${fields.now}T12:00:00`) : undefined,
      otherInterviews: list(fields.others).map(interview),
      siblings,
    };
    const dialect = fields.interview ? dialects.get(fields.interview) : undefined;
    return { name, expect: list(fields.expect), text, context, ...(dialect ? { dialect } : {}) };
  });
}

export interface RuleScore {
  readonly rule: string;
  readonly expected: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
}

export interface CorpusScore {
  readonly rules: readonly RuleScore[];
  readonly overall: { readonly recall: number; readonly precision: number };
  readonly drafts: number;
  readonly good: number;
  /** Every finding on a draft labelled good, as "draft: rule line:column excerpt". */
  readonly falseOnGood: readonly string[];
  readonly misses: readonly string[];
  readonly extras: readonly string[];
}

export type Checker = (entry: CorpusEntry) => Promise<readonly Finding[]>;

export async function scoreCorpus(entries: readonly CorpusEntry[], check: Checker): Promise<CorpusScore> {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const expected = new Map<string, number>();
  const falseOnGood: string[] = [];
  const misses: string[] = [];
  const extras: string[] = [];
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const entry of entries) {
    const findings = await check(entry);
    const raised = new Set(findings.map((f) => f.rule));
    for (const rule of entry.expect) {
      bump(expected, rule);
      if (raised.has(rule)) bump(tp, rule);
      else misses.push(`${entry.name}: ${rule}`);
    }
    for (const rule of raised) {
      if (entry.expect.includes(rule)) continue;
      bump(fp, rule);
      const first = findings.find((f) => f.rule === rule)!;
      extras.push(`${entry.name}: ${rule} ${first.line}:${first.column} ${first.excerpt}`);
    }
    if (entry.expect.length === 0)
      for (const f of findings) falseOnGood.push(`${entry.name}: ${f.rule} (${f.severity}) ${f.line}:${f.column} ${f.excerpt}`);
  }
  const rules = RULE_IDS.map((rule): RuleScore => {
    const hits = tp.get(rule) ?? 0;
    const wrong = fp.get(rule) ?? 0;
    const wanted = expected.get(rule) ?? 0;
    return {
      rule,
      expected: wanted,
      truePositives: hits,
      falsePositives: wrong,
      recall: wanted === 0 ? 1 : hits / wanted,
      precision: hits + wrong === 0 ? 1 : hits / (hits + wrong),
    };
  });
  const sum = (pick: (r: RuleScore) => number) => rules.reduce((total, r) => total + pick(r), 0);
  const allTp = sum((r) => r.truePositives);
  return {
    rules,
    overall: {
      recall:
        allTp /
        Math.max(
          1,
          sum((r) => r.expected),
        ),
      precision: allTp / Math.max(1, allTp + sum((r) => r.falsePositives)),
    },
    drafts: entries.length,
    good: entries.filter((e) => e.expect.length === 0).length,
    falseOnGood,
    misses,
    extras,
  };
}

/**
 * The labelled corpora: the main one, every development folder (test/fixtures/corpus-dev*: written
 * by others, tuned against like the main one) and every held-out folder
 * (test/fixtures/corpus-heldout*), each with its interview files in its own `interviews/` when it
 * has one, else the shared ones.
 */
export function corpusFolders(
  fixtures: string,
): Array<{ readonly name: string; readonly corpus: string; readonly interviews: string; readonly heldOut: boolean }> {
  const shared = join(fixtures, 'interviews');
  const folders = readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const dev = folders.filter((name) => name.startsWith('corpus-dev'));
  const held = folders.filter((name) => name.startsWith('corpus-heldout'));
  return [
    { name: 'corpus', heldOut: false },
    ...dev.map((name) => ({ name, heldOut: false })),
    ...held.map((name) => ({ name, heldOut: true })),
  ].map(({ name, heldOut }) => {
    const corpus = join(fixtures, name);
    const own = join(corpus, 'interviews');
    return { name, corpus, interviews: existsSync(own) ? own : shared, heldOut };
  });
}

/**
 * The table, and with `details` every miss and extra with its excerpt. Held-out corpora are shown
 * without details: their drafts' words are not for reading while the rules are tuned.
 */
export function formatScore(score: CorpusScore, details = true): string {
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
  const lines = [
    `Checklist corpus: ${score.drafts} drafts (${score.good} good, ${score.drafts - score.good} with planted mistakes)`,
    '',
    `${'rule'.padEnd(17)} ${'planted'.padStart(7)} ${'found'.padStart(5)} ${'false'.padStart(5)} ${'recall'.padStart(6)} ${'precision'.padStart(9)}`,
    ...score.rules.map(
      (r) =>
        `${r.rule.padEnd(17)} ${String(r.expected).padStart(7)} ${String(r.truePositives).padStart(5)} ${String(r.falsePositives).padStart(5)} ${pct(r.recall).padStart(6)} ${pct(r.precision).padStart(9)}`,
    ),
    `${'overall'.padEnd(17)} ${''.padStart(7)} ${''.padStart(5)} ${''.padStart(5)} ${pct(score.overall.recall).padStart(6)} ${pct(score.overall.precision).padStart(9)}`,
    '',
    `Findings on good drafts: ${score.falseOnGood.length} (${score.falseOnGood.filter((line) => line.includes('(error)')).length} errors)`,
    ...(details
      ? [
          ...score.falseOnGood.map((line) => `  ${line}`),
          ...(score.misses.length ? ['Missed:', ...score.misses.map((line) => `  ${line}`)] : []),
          ...(score.extras.length ? ['Raised but not labelled:', ...score.extras.map((line) => `  ${line}`)] : []),
        ]
      : []),
  ];
  return `${lines.join('\n')}\n`;
}

// `npm run bench:checklist`: the checklist's recall and precision per rule on the labelled corpus
// (test/fixtures/corpus) and on every held-out one (test/fixtures/corpus-heldout*, written after
// the rules; their interview files in their own interviews/ folder when they have one), spelling
// and grammar included. Held-out corpora print their figures only, never their drafts' words.
// `node scripts/bench-checklist.mjs --speed`: its speed figures as JSON on stdout (a table on
// stderr), for `npm run bench`:
//   warm check of a 200-word note        all rules + Harper once warm        target <= 50 ms
//   main thread's longest stall          while the worker loads Harper       target <= 30 ms
//   check end to end vs Harper alone     built CLI vs a bare load-and-lint   target <= 1.2x
//   peak memory                          this process with the worker, and the check process
//   check of a 1 MB draft                built CLI, spelling and grammar on   target <= 4 s
//   check at the size limit (1 MiB)      peak RSS from /usr/bin/time -v       target <= 500 MB
// The TypeScript sources are bundled on the fly with esbuild (no vitest, no build step needed
// for the corpus); the end-to-end figure runs the built CLI and builds dist/ when it is missing.
import { runFolder } from './run-folder.mjs';
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = runFolder('followup-coach-bench');
const NODE = process.execPath;
const TARGETS = { warmCheckMs: 50, stallMs: 30, endToEndRatio: 1.2, largeCheckMs: 4000, limitPeakMb: 500 };
const LIMIT_BYTES = 1024 * 1024;

/** Bundles the checklist (and the corpus loader) with the worker next to it, then imports it. */
async function loadChecklist() {
  mkdirSync(cache, { recursive: true });
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['harper.js'],
    logLevel: 'warning',
  };
  await build({
    ...common,
    stdin: {
      contents: [
        "export { checkNote } from './src/checklist/check-note.ts';",
        "export { parseDraft } from './src/checklist/draft.ts';",
        "export { knownWordsFor, roleWordsFor, typedWordsFor } from './src/checklist/known-words.ts';",
        "export { mergeFindings } from './src/checklist/merge.ts';",
        "export { startSpellChecker } from './src/checklist/spell.ts';",
        "export { corpusFolders, loadCorpus, scoreCorpus, formatScore } from './test/unit/checklist/corpus-lib.ts';",
        "export { parseInterviewText } from './src/model/interview-file.ts';",
        "export { WEEKENDS_ONLY } from './src/model/dates.ts';",
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'bench-entry.ts',
    },
    outfile: join(cache, 'checklist.js'),
    // Bundled CommonJS (zod is ESM, but be safe) may call require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  // The worker with harper.js inside and its WASM beside it, as scripts/build.mjs lays out dist/.
  await build({
    ...common,
    external: [],
    entryPoints: [join(root, 'src/checklist/lint-worker.ts')],
    outfile: join(cache, 'lint-worker.js'),
  });
  mkdirSync(join(cache, 'harper'), { recursive: true });
  copyFileSync(join(root, 'node_modules/harper.js/dist/harper_wasm_bg.wasm'), join(cache, 'harper', 'harper_wasm_bg.wasm'));
  const checklist = await import(pathToFileURL(join(cache, 'checklist.js')).href);
  return { ...checklist, workerUrl: pathToFileURL(join(cache, 'lint-worker.js')) };
}

/** The main corpus and every held-out one, each with the folder its interview files live in. */
export async function checklistFolders() {
  const c = await loadChecklist();
  return c.corpusFolders(join(root, 'test/fixtures'));
}

export async function checklistCorpus(
  folder = { corpus: join(root, 'test/fixtures/corpus'), interviews: join(root, 'test/fixtures/interviews'), heldOut: false },
) {
  const c = await loadChecklist();
  const entries = c.loadCorpus(folder.corpus, folder.interviews);
  // One spell checker per dialect the corpus's writers write (its dialects.json), American by default.
  const spellers = new Map();
  const spellerFor = (dialect = 'American') => {
    if (!spellers.has(dialect)) spellers.set(dialect, c.startSpellChecker({ workerUrl: c.workerUrl, dialect }));
    return spellers.get(dialect);
  };
  try {
    const score = await c.scoreCorpus(entries, async (entry) => {
      const draft = c.parseDraft(entry.text);
      return c.mergeFindings(
        c.checkNote(draft, entry.context),
        await spellerFor(entry.dialect).lint(draft, c.knownWordsFor(entry.context), {
          typed: c.typedWordsFor(entry.context),
          role: c.roleWordsFor(entry.context),
        }),
      );
    });
    // A held-out corpus shows its figures only: its drafts are not for reading while tuning.
    return { score, table: c.formatScore(score, !folder.heldOut) };
  } finally {
    await Promise.all([...spellers.values()].map((spell) => spell.close()));
  }
}

const NOTE_200 = `Subject: Thank you: Senior Backend Engineer interview

Dear Priya,

Thank you for taking the time to meet with me yesterday about the Senior Backend Engineer role. I especially enjoyed our conversation about moving telemetry ingestion to Kafka. The way you described partitioning by robot and replaying events after an outage matched problems I solved at my current company, where we moved a similar pipeline off a home-grown queue.

Hearing how on-call works on your team was just as valuable. A rotation with clear runbooks and a real budget for follow-up work is rare, and it told me a lot about how the team treats its engineers. I also liked hearing that postmortems end with owners and dates, so lessons from an outage actually reach the robots in the field.

I left even more excited about the chance to join Acme Robotics. I am confident that my experience with streaming systems would let me contribute quickly, and I would be glad to share the design notes from my last migration if they would be useful.

Thank you again for your time, for the tour of the lab, and for considering me. I look forward to hearing from you.

Best regards,
Jordan Lee
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (n) => Math.round(n * 10) / 10;

function timeProcess(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 || code === 1
        ? resolve(performance.now() - started)
        : reject(new Error(`exit ${code}: ${stderr.slice(0, 300)}`)),
    );
  });
}

/** Peak RSS of a child in MB, from GNU time when the machine has it. */
function childPeakMb(args, env) {
  if (!existsSync('/usr/bin/time')) return null;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', NODE, ...args], { cwd: root, env, encoding: 'utf8' });
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) && kb > 0 ? round(kb / 1024) : null;
}

/**
 * A long draft that is not one paragraph repeated: sentences from a seeded generator across
 * trades, numbers, and now and then a base64-like blob (the worst case for a spell checker).
 */
export function largeDraft(bytes) {
  let seed = 7;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = (list) => list[next(list.length)];
  const who = [
    'I',
    'We',
    'The team',
    'Our unit',
    'My manager',
    'The charge nurse',
    'The store',
    'Each shift',
    'The class',
    'The kitchen',
  ];
  const did = ['enjoyed', 'reviewed', 'planned', 'discussed', 'improved', 'measured', 'organized', 'tracked', 'taught', 'served'];
  const what = [
    'the weekly schedule',
    'patient handovers',
    'the holiday rush',
    'quarterly budgets',
    'lesson plans',
    'the new menu',
    'inventory counts',
    'safety checks',
    'the onboarding guide',
    'customer feedback',
  ];
  const when = [
    'before the audit',
    'with the new team',
    'during the busy season',
    'over three months',
    'for the whole district',
    'after the merger',
    'in two languages',
    'on every ward',
    'at the front desk',
    'across four stores',
  ];
  const blobChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const head = 'Subject: Thank you: Senior Backend Engineer interview\n\nDear Priya,\n\n';
  const tail = '\n\nBest regards,\nJordan Lee\n';
  const paragraphs = [];
  let size = head.length + tail.length;
  for (let n = 0; size < bytes; n += 1) {
    const sentences = Array.from(
      { length: 3 + next(5) },
      () => `${pick(who)} ${pick(did)} ${pick(what)} ${pick(when)} in week ${1 + next(52)} of ${2015 + next(12)}.`,
    );
    if (n % 50 === 7) sentences.push(Array.from({ length: 3000 }, () => blobChars[next(blobChars.length)]).join(''));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  const body = paragraphs.join('\n\n').slice(0, bytes - head.length - tail.length);
  return head + body + tail;
}

/** Wall time and peak RSS of one run, from GNU time's verbose report. */
function timeVerbose(args, env) {
  if (!existsSync('/usr/bin/time')) return null;
  const result = spawnSync('/usr/bin/time', ['-v', NODE, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const field = (name) =>
    result.stderr
      .split('\n')
      .find((line) => line.trim().startsWith(name))
      ?.split(': ')
      .at(-1)
      ?.trim();
  const kb = Number(field('Maximum resident set size (kbytes)'));
  const wall = field('Elapsed (wall clock) time (h:mm:ss or m:ss)');
  const seconds = wall ? wall.split(':').reduce((total, part) => total * 60 + Number(part), 0) : NaN;
  return { ms: round(seconds * 1000), peakMb: round(kb / 1024), exit: result.status };
}

/** `check` of a 1 MB draft and of one at the size limit, with spelling and grammar. */
async function largeChecks(env, runs) {
  const oneMb = join(cache, 'draft-1mb.txt');
  const atLimit = join(cache, 'draft-limit.txt');
  writeFileSync(oneMb, largeDraft(1_000_000));
  writeFileSync(atLimit, largeDraft(LIMIT_BYTES));
  const args = (file) => [
    join(root, 'bin/followup-coach.js'),
    'check',
    file,
    '--from',
    join(root, 'test/fixtures/interviews/acme.json'),
    '--to',
    'Priya',
    '--kind',
    'thank-you',
    '--json',
  ];
  const times = [];
  for (let run = 0; run < runs; run += 1) times.push(await timeProcess(args(oneMb), env));
  const limit = timeVerbose(args(atLimit), env);
  return {
    oneMb: {
      bytes: 1_000_000,
      medianMs: round(median(times)),
      minMs: round(Math.min(...times)),
      runs,
      targetMs: TARGETS.largeCheckMs,
    },
    atLimit: limit && {
      bytes: LIMIT_BYTES,
      ms: limit.ms,
      peakRssMb: limit.peakMb,
      exit: limit.exit,
      targetMb: TARGETS.limitPeakMb,
    },
  };
}

export async function checklistSpeed({ runs = 5 } = {}) {
  const c = await loadChecklist();
  const acmeText = (await import('node:fs')).readFileSync(join(root, 'test/fixtures/interviews/acme.json'), 'utf8');
  const parsed = c.parseInterviewText(acmeText, { calendar: c.WEEKENDS_ONLY });
  const context = {
    interview: parsed.interview,
    to: 'Priya Raghunathan',
    kind: 'thank-you',
    now: new Date('2026-11-25T12:00:00'),
  };

  // 1. The main thread while the worker loads Harper: the longest event-loop stall.
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const started = performance.now();
  const spell = c.startSpellChecker({ workerUrl: c.workerUrl });
  await spell.ready;
  const warmUpMs = performance.now() - started;
  delay.disable();
  const stallMs = delay.max / 1e6;

  // 2. A warm check of a 200-word note: every rule plus Harper.
  const words = c.knownWordsFor(context);
  const times = [];
  // The first lint after ready also imports this note's names into Harper's dictionary.
  for (let run = 0; run < 15; run += 1) {
    const at = performance.now();
    const draft = c.parseDraft(NOTE_200);
    c.mergeFindings(c.checkNote(draft, context), await spell.lint(draft, words));
    times.push(performance.now() - at);
  }
  const wordCount = NOTE_200.split(/\s+/).filter(Boolean).length;
  const peakRssMb = round(process.resourceUsage().maxRSS / 1024);
  await spell.close();

  // 3. `check` end to end (built CLI) against Harper's own load-and-first-lint, interleaved.
  if (!existsSync(join(root, 'dist', 'cli.js')) || !existsSync(join(root, 'dist', 'lint-worker.js'))) {
    spawnSync(NODE, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  mkdirSync(cache, { recursive: true });
  const notePath = join(cache, 'note-200.txt');
  writeFileSync(notePath, NOTE_200);
  const harperOnly = join(cache, 'harper-only.mjs');
  writeFileSync(
    harperOnly,
    [
      "import v8 from 'node:v8'; v8.setFlagsFromString('--liftoff-only');",
      "import { readFileSync } from 'node:fs';",
      "const { LocalLinter, createBinaryModuleFromUrl } = await import('harper.js');",
      "const url = new URL('harper_wasm_bg.wasm', import.meta.resolve('harper.js'));",
      "globalThis.fetch = async () => new Response(readFileSync(url), { headers: { 'content-type': 'application/wasm' } });",
      "const linter = new LocalLinter({ binary: createBinaryModuleFromUrl('x:/harper_wasm_bg.wasm', 'full') });",
      `await linter.lint(readFileSync(${JSON.stringify(notePath)}, 'utf8'), { language: 'plaintext' });`,
    ].join('\n'),
  );
  const env = {
    ...process.env,
    FOLLOWUP_COACH_HOME: join(cache, 'home'),
    FOLLOWUP_COACH_CACHE: join(cache, 'code-cache'),
    FOLLOWUP_COACH_NOW: '2026-11-25',
  };
  delete env.NODE_EXTRA_CA_CERTS;
  const checkArgs = [
    join(root, 'bin/followup-coach.js'),
    'check',
    notePath,
    '--from',
    join(root, 'test/fixtures/interviews/acme.json'),
    '--to',
    'Priya',
    '--kind',
    'thank-you',
    '--json',
  ];
  const checkTimes = [];
  const harperTimes = [];
  for (let run = 0; run < runs; run += 1) {
    checkTimes.push(await timeProcess(checkArgs, env));
    harperTimes.push(await timeProcess([harperOnly], env));
  }
  const checkMs = median(checkTimes);
  const harperMs = median(harperTimes);
  const large = await largeChecks(env, Math.min(runs, 3));

  return {
    warmCheck: {
      words: wordCount,
      medianMs: round(median(times)),
      firstMs: round(times[0]),
      maxAfterFirstMs: round(Math.max(...times.slice(1))),
      targetMs: TARGETS.warmCheckMs,
    },
    mainThreadStall: { maxMs: round(stallMs), workerReadyMs: round(warmUpMs), targetMs: TARGETS.stallMs },
    endToEnd: {
      checkMs: round(checkMs),
      harperLoadAndFirstLintMs: round(harperMs),
      ratio: round((checkMs / harperMs) * 100) / 100,
      targetRatio: TARGETS.endToEndRatio,
      runs,
    },
    peakMemory: { inProcessRssMb: peakRssMb, checkProcessRssMb: childPeakMb(checkArgs, env) },
    large,
  };
}

export function speedTable(speed) {
  const ok = (pass) => (pass ? 'ok' : 'OVER');
  return [
    'Checklist speed',
    `  warm check, ${speed.warmCheck.words}-word note   ${speed.warmCheck.medianMs} ms median (first, with the word import: ${speed.warmCheck.firstMs} ms; worst after: ${speed.warmCheck.maxAfterFirstMs} ms)  (target <= ${speed.warmCheck.targetMs} ms) ${ok(speed.warmCheck.medianMs <= speed.warmCheck.targetMs)}`,
    `  main-thread stall while warming   ${speed.mainThreadStall.maxMs} ms (worker ready after ${speed.mainThreadStall.workerReadyMs} ms)   (target <= ${speed.mainThreadStall.targetMs} ms) ${ok(speed.mainThreadStall.maxMs <= speed.mainThreadStall.targetMs)}`,
    `  check end to end                  ${speed.endToEnd.checkMs} ms vs Harper alone ${speed.endToEnd.harperLoadAndFirstLintMs} ms = ${speed.endToEnd.ratio}x   (target <= ${speed.endToEnd.targetRatio}x) ${ok(speed.endToEnd.ratio <= speed.endToEnd.targetRatio)}`,
    `  peak memory                       ${speed.peakMemory.inProcessRssMb} MB with the worker in process; check process ${speed.peakMemory.checkProcessRssMb ?? 'n/a'} MB`,
    `  check of a 1 MB draft             ${speed.large.oneMb.medianMs} ms median of ${speed.large.oneMb.runs} (best ${speed.large.oneMb.minMs} ms)   (target <= ${speed.large.oneMb.targetMs} ms) ${ok(speed.large.oneMb.medianMs <= speed.large.oneMb.targetMs)}`,
    speed.large.atLimit
      ? `  check at the 1 MiB limit          ${speed.large.atLimit.peakRssMb} MB peak RSS, ${speed.large.atLimit.ms} ms (/usr/bin/time -v)   (target <= ${speed.large.atLimit.targetMb} MB) ${ok(speed.large.atLimit.peakRssMb <= speed.large.atLimit.targetMb)}`
      : '  check at the 1 MiB limit          n/a (no /usr/bin/time)',
    '',
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      speed: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
    },
  });
  if (values.speed) {
    const speed = await checklistSpeed({ runs: Math.max(1, Number.parseInt(values.runs, 10) || 5) });
    process.stderr.write(speedTable(speed));
    process.stdout.write(`${JSON.stringify(speed)}\n`);
    return;
  }
  const results = [];
  for (const folder of await checklistFolders()) results.push({ folder, ...(await checklistCorpus(folder)) });
  if (values.json)
    process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map(({ folder, score }) => [folder.name, score])))}\n`);
  else {
    for (const { folder, table } of results) {
      // Held-out corpora were written after the rules and are never tuned against: the honest figures.
      const heading = folder.heldOut ? `${folder.name} (held out: written after the rules, not tuned against)` : folder.name;
      process.stdout.write(`== ${heading}\n${table}\n`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}

// `npm run bench`: start-up costs of the built CLI against their floors, on Node 20, 22 and 24
// (the latter from the npm registry, scripts/node-binaries.mjs), each measured in the same run
// so machine noise hits every number alike. Each case runs several times, interleaved, and the
// median counts. Timing lives here and never in vitest, where parallel workers skew it.
//
//   node -e 0                  the floor for any Node program
//   followup-coach --help      the dispatcher alone
//   regen ID --print           a whole command (target: within 2x node -e 0 on Node 22 and 24,
//                              2.5x on Node 20), with the compile cache the warm-up runs filled,
//                              as every run after the first has it; and once more without it, as
//                              the first run after an install (Node 20 has no compile cache);
//                              its ratio in CPU time too, which a busy machine disturbs less
//   minimal Ink app            one bundled line of Ink in a pseudo-terminal: the floor for a TUI
//                              (bundled as scripts/build.mjs bundles Ink; a second build also swaps
//                              in our string-width, as scripts/build.mjs does, to show what that buys)
//   guided session             time to its first frame in a pseudo-terminal (target: within 1.1x
//                              on Node 22 and 24, 1.3x on Node 20)
//   typing                     time from a key to its echo in a pseudo-terminal, on the first
//                              question and on the topics of the fifth interviewer with twenty
//                              topics on screen (aim: its slowest keys within one Ink frame)
//   checklist                  `node scripts/bench-checklist.mjs --speed`, when present
//
// Options: --runs N (default 11), --versions 20,22,24 (default), --json (machine-readable result
// on stdout), --no-checklist (start-up only: the checklist part takes minutes). --one measures on
// the Node running it, without building (what each version runs).
import { nodeBinary } from './node-binaries.mjs';
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    json: { type: 'boolean', default: false },
    versions: { type: 'string', default: '20,22,24' },
    one: { type: 'boolean', default: false },
    'no-checklist': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(3, Number.parseInt(options.runs, 10) || 11);
const WARMUP = 2;
const NODE = process.execPath;
const BIN = join(root, 'bin', 'followup-coach.js');
const PROBE = join(root, 'scripts', 'bench-fixtures', 'probe.py');
const log = (line) => (options.json || options.one ? process.stderr : process.stdout).write(`${line}\n`);

// The CLI's compile cache (bin/followup-coach.js) for this run only: the warm-up runs fill it, as
// a user's first run does, and the user's own ~/.cache is left alone.
const CODE_CACHE = mkdtempSync(join(tmpdir(), 'fc-bench-code-cache-'));
process.once('exit', () => rmSync(CODE_CACHE, { recursive: true, force: true }));

// NODE_EXTRA_CA_CERTS adds ~40 ms to every Node 20 start on these machines; users rarely set it.
function childEnv(home) {
  const env = {
    ...process.env,
    TERM: 'xterm-256color',
    FOLLOWUP_COACH_HOME: home,
    FOLLOWUP_COACH_NOW: '2026-11-25',
    FOLLOWUP_COACH_CACHE: CODE_CACHE,
  };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'CI', 'NO_COLOR', 'FORCE_COLOR', 'DISPLAY', 'WAYLAND_DISPLAY', 'NODE_OPTIONS']) {
    delete env[name];
  }
  return env;
}

async function buildAll() {
  execFileSync(NODE, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  mkdirSync(join(root, '.bench'), { recursive: true });
  // The recipe of scripts/build.mjs, so the floor pays what any bundled Ink app pays.
  const floor = (outfile, alias) =>
    build({
      absWorkingDir: root,
      entryPoints: ['scripts/bench-fixtures/minimal-ink.tsx'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js', ...alias },
      banner: {
        js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
      },
      legalComments: 'none',
      logLevel: 'warning',
    });
  await floor('.bench/minimal-ink.mjs', {});
  await floor('.bench/minimal-ink-fast-width.mjs', { 'string-width': './src/ui/string-width.ts' });
}

function probe(spec) {
  const result = spawnSync('python3', [PROBE, JSON.stringify(spec)], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`probe failed: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout);
}

/** Imports the fixture into `home` and returns the saved interview's id, or an error text. */
function prepareRegen(home) {
  const env = childEnv(home);
  env.CI = 'true';
  const imported = spawnSync(NODE, [BIN, 'import', join(root, 'scripts/bench-fixtures/interview.json')], {
    env,
    encoding: 'utf8',
  });
  if (imported.status !== 0) return { error: `import failed (${imported.status}): ${imported.stderr.trim()}` };
  const listed = spawnSync(NODE, [BIN, 'list', '--json'], { env, encoding: 'utf8' });
  try {
    const parsed = JSON.parse(listed.stdout);
    const items = Array.isArray(parsed) ? parsed : (parsed.interviews ?? []);
    const id = items[0]?.id;
    return id ? { id } : { error: 'list --json showed no interview' };
  } catch {
    return { error: `list --json failed (${listed.status}): ${listed.stderr.trim()}` };
  }
}

/** A draft at the topics of the fifth of five interviewers, who already has twenty topics. */
function busyDraftHome() {
  const home = mkdtempSync(join(tmpdir(), 'fc-bench-typing-'));
  const person = (name, topics) => ({
    name,
    title: 'Engineer',
    email: `${name.split(' ')[0].toLowerCase()}@acme.example`,
    phone: '',
    medium: 'email',
    topics,
    detail: '',
  });
  const topics = Array.from({ length: 20 }, (_, i) => `topic ${i + 1}: how the team handles incident number ${i + 1}`);
  const answers = {
    candidate: { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100', signature: '', resume: '' },
    company: 'Acme Robotics',
    role: 'Senior Backend Engineer',
    dateText: '2026-11-24',
    date: '2026-11-24',
    format: 'onsite',
    recruiterName: '',
    recruiterEmail: '',
    recruiterPhone: '',
    interviewers: [
      person('Priya Raghunathan', ['Kafka ingestion', 'on-call']),
      person('Sam Ortiz', ['OTA updates']),
      person('Zoë Martin', ['the design system']),
      person('Nguyễn Văn An', ['hiring plans']),
      person('José García', topics),
    ],
    timeframeText: '',
    timeframeDate: null,
    notSelected: '',
  };
  const draft = { version: 1, answers, position: { step: 'interviewer.topics', index: 4 }, returnTo: null, interviewId: null };
  writeFileSync(join(home, 'draft.json'), JSON.stringify({ version: 1, savedAt: '2026-11-25T09:00:00.000Z', draft }), {
    mode: 0o600,
  });
  return home;
}

/** Milliseconds from each key to its echo, over `runs` sessions; null when a run did not finish. */
function typingLatency(argv, home, scenario, runs) {
  const keys = [];
  for (let run = 0; run < runs; run += 1) {
    const outcome = probe({
      argv,
      env: childEnv(home),
      mode: 'type',
      cols: 100,
      rows: 60,
      text: '~~ what the incident review showed',
      ...scenario,
    });
    if (outcome.exit !== null) return null;
    keys.push(...outcome.keys);
  }
  const sorted = [...keys].sort((a, b) => a - b);
  return { keys: keys.length, medianMs: round(median(keys)), p95Ms: round(sorted[Math.floor(sorted.length * 0.95)]) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function checklistSpeed(env) {
  const script = join(root, 'scripts', 'bench-checklist.mjs');
  if (!existsSync(script)) return { missing: true };
  const result = spawnSync(NODE, [script, '--speed'], { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) return { error: `exit ${result.status}: ${(result.stderr || '').trim().slice(0, 500)}` };
  try {
    return { result: JSON.parse(result.stdout) };
  } catch {
    return { error: `not JSON: ${result.stdout.slice(0, 200)}` };
  }
}

/** Same-run ratios each Node is held to: 22 and up keep compiled code (module.enableCompileCache). */
function targetsFor(version) {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  return major >= 22 ? { regen: 2, session: 1.1 } : { regen: 2.5, session: 1.3 };
}

async function main() {
  if (spawnSync('python3', ['--version']).status !== 0) {
    throw new Error('python3 is needed for the pseudo-terminal timings (its pty module); install it and retry.');
  }
  if (options.one) {
    const report = measure();
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  log('Building dist/ and .bench/minimal-ink.mjs ...');
  await buildAll();
  const reports = [];
  for (const major of options.versions
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)) {
    const node = nodeBinary(major, (line) => log(`bench: ${line}`));
    log(`Measuring on Node ${major} ...`);
    const child = spawnSync(node, [fileURLToPath(import.meta.url), '--one', '--runs', String(RUNS)], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 1_800_000,
    });
    if (child.status !== 0) throw new Error(`the run on Node ${major} failed (exit ${child.status})`);
    reports.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
  }
  if (!options['no-checklist']) log('Checklist speed (node scripts/bench-checklist.mjs --speed) ...');
  const checklist = options['no-checklist']
    ? { skipped: true }
    : checklistSpeed(childEnv(mkdtempSync(join(tmpdir(), 'fc-bench-checklist-'))));
  if (options.json) process.stdout.write(`${JSON.stringify({ versions: reports, checklist }, null, 2)}\n`);
  else {
    for (const report of reports) printReport(report);
    printChecklistSection(checklist);
  }
  const over = reports.some((report) => report.ratios.some((r) => r.target !== null && (r.value === null || r.value > r.target)));
  const failed = reports.some((report) => report.failed);
  process.exitCode = failed || over ? 1 : 0;
}

function measure() {
  const loadBefore = loadavg()[0];
  const regenHome = mkdtempSync(join(tmpdir(), 'fc-bench-regen-'));
  const sessionHome = mkdtempSync(join(tmpdir(), 'fc-bench-session-'));
  try {
    const regen = prepareRegen(regenHome);
    const cases = [
      { name: 'node -e 0', mode: 'pipe', argv: [NODE, '-e', '0'], home: regenHome },
      { name: 'followup-coach --help', mode: 'pipe', argv: [NODE, BIN, '--help'], home: regenHome },
      regen.id
        ? {
            name: 'regen ID --print',
            mode: 'pipe',
            home: regenHome,
            argv: [NODE, BIN, 'regen', regen.id, '--kind', 'thank-you', '--to', 'Priya Raghunathan', '--print'],
          }
        : { name: 'regen ID --print', skipped: regen.error },
      // The same without the code cache: what the first run after an install or upgrade costs.
      regen.id
        ? {
            name: 'same, no code cache',
            mode: 'pipe',
            home: regenHome,
            env: { FOLLOWUP_COACH_NO_CODE_CACHE: '1' },
            argv: [NODE, BIN, 'regen', regen.id, '--kind', 'thank-you', '--to', 'Priya Raghunathan', '--print'],
          }
        : { name: 'same, no code cache', skipped: regen.error },
      {
        name: 'minimal Ink, first frame',
        mode: 'pty',
        argv: [NODE, join(root, '.bench', 'minimal-ink.mjs')],
        home: sessionHome,
        marker: 'Ready.',
      },
      {
        name: 'same, our string-width',
        mode: 'pty',
        argv: [NODE, join(root, '.bench', 'minimal-ink-fast-width.mjs')],
        home: sessionHome,
        marker: 'Ready.',
      },
      // An empty home: no draft and no saved interviews, so the first interactive frame is the
      // first question (a loading line before it does not count).
      { name: 'session, first frame', mode: 'pty', argv: [NODE, BIN], home: sessionHome, marker: 'Your name' },
    ];
    const samples = new Map(cases.map((c) => [c.name, { ms: [], cpu: [], rss: [], exits: new Set(), frame: '' }]));
    for (let run = 0; run < WARMUP + RUNS; run += 1) {
      for (const item of cases) {
        if (item.skipped) continue;
        const outcome = probe({
          argv: item.argv,
          env: { ...childEnv(item.home), ...item.env },
          mode: item.mode,
          marker: item.marker,
          cols: 80,
          rows: 30,
        });
        if (run < WARMUP) continue;
        const sample = samples.get(item.name);
        if (outcome.ms === null) throw new Error(`${item.name}: no frame within the timeout`);
        sample.ms.push(outcome.ms);
        if (outcome.cpuMs !== undefined) sample.cpu.push(outcome.cpuMs);
        sample.rss.push(outcome.maxRssKb);
        // A pty case that exits by itself never showed an interactive screen: count it as a failure.
        if (outcome.exit !== null) sample.exits.add(item.mode === 'pty' && outcome.exit === 0 ? 'exited' : outcome.exit);
        sample.frame = outcome.frame;
      }
    }

    const rows = cases.map((item) => {
      if (item.skipped) return { name: item.name, skipped: item.skipped };
      const sample = samples.get(item.name);
      return {
        name: item.name,
        medianMs: round(median(sample.ms)),
        minMs: round(Math.min(...sample.ms)),
        maxMs: round(Math.max(...sample.ms)),
        peakRssMb: round(Math.max(...sample.rss) / 1024),
        cpuMs: sample.cpu.length > 0 ? round(median(sample.cpu)) : undefined,
        exitCodes: [...sample.exits],
        firstFrame: item.mode === 'pty' ? sample.frame.split('\n')[0] : undefined,
      };
    });
    // A case that failed has no meaningful time to compare.
    const at = (name) => {
      const row = rows.find((r) => r.name === name);
      return row?.exitCodes?.every((code) => code === 0) ? row.medianMs : undefined;
    };
    const ratio = (a, b) => (at(a) && at(b) ? round(at(a) / at(b), 2) : null);
    const cpuAt = (name) => (at(name) === undefined ? undefined : rows.find((r) => r.name === name)?.cpuMs);
    const cpuRatio = (a, b) => (cpuAt(a) && cpuAt(b) ? round(cpuAt(a) / cpuAt(b), 2) : null);
    const ratios = [
      { what: '--help / node -e 0', value: ratio('followup-coach --help', 'node -e 0'), target: null },
      {
        what: 'regen --print / node -e 0',
        value: ratio('regen ID --print', 'node -e 0'),
        target: targetsFor(process.version).regen,
      },
      // CPU time, for a machine other programs keep busy: the wall clock is what users feel and
      // what the target holds, but it swings with the load while CPU time barely does.
      { what: 'same in CPU time', value: cpuRatio('regen ID --print', 'node -e 0'), target: null },
      { what: 'same, no code cache (first run)', value: ratio('same, no code cache', 'node -e 0'), target: null },
      {
        what: 'session first frame / minimal Ink',
        value: ratio('session, first frame', 'minimal Ink, first frame'),
        target: targetsFor(process.version).session,
      },
      {
        what: 'session / Ink with our string-width',
        value: ratio('session, first frame', 'same, our string-width'),
        target: null,
      },
      { what: 'minimal Ink / node -e 0', value: ratio('minimal Ink, first frame', 'node -e 0'), target: null },
    ];
    log('Typing (a key at a time, in a pseudo-terminal) ...');
    const typingRuns = Math.max(2, Math.ceil(RUNS / 4));
    const busyHome = busyDraftHome();
    const typing = {
      firstQuestion: typingLatency([NODE, BIN], sessionHome, { marker: 'Your name' }, typingRuns),
      busy: typingLatency(
        [NODE, BIN],
        busyHome,
        { marker: 'Pick up where you left off?', before: ['\r'], ready: '20. topic 20' },
        typingRuns,
      ),
    };
    rmSync(busyHome, { recursive: true, force: true });
    typing.ratio = typing.busy && typing.firstQuestion ? round(typing.busy.medianMs / typing.firstQuestion.medianMs, 2) : null;
    const failedExit = rows.some((row) => row.exitCodes?.some((code) => code !== 0));
    return {
      node: process.version,
      runs: RUNS,
      // The one-minute load average before and after: above the number of CPUs, other programs
      // take turns with the runs, and wall-clock ratios say more about them than about the CLI.
      load: { before: round(loadBefore, 2), after: round(loadavg()[0], 2), cpus: availableParallelism() },
      cases: rows,
      ratios,
      typing,
      failed: failedExit || !typing.firstQuestion || !typing.busy,
    };
  } finally {
    rmSync(regenHome, { recursive: true, force: true });
    rmSync(sessionHome, { recursive: true, force: true });
  }
}

function printReport(report) {
  log(`\nStart-up on Node ${report.node}, median of ${report.runs} runs (after ${WARMUP} warm-up runs):\n`);
  const { before, after, cpus } = report.load;
  const busy = Math.max(before, after) > cpus;
  log(
    `  load average ${before} before, ${after} after, on ${cpus} CPUs${busy ? ': a busy machine, so compare the CPU ratio; wall-clock ratios swing with the load' : ''}\n`,
  );
  log(
    `  ${'case'.padEnd(28)}${'median'.padStart(9)}${'min'.padStart(9)}${'max'.padStart(9)}${'peak RSS'.padStart(11)}${'CPU'.padStart(10)}`,
  );
  for (const row of report.cases) {
    if (row.skipped) {
      log(`  ${row.name.padEnd(28)}skipped: ${row.skipped}`);
      continue;
    }
    const exits = row.exitCodes.length && row.exitCodes.some((c) => c !== 0) ? `  exit ${row.exitCodes.join(',')}!` : '';
    log(
      `  ${row.name.padEnd(28)}${ms(row.medianMs)}${ms(row.minMs)}${ms(row.maxMs)}${`${row.peakRssMb} MB`.padStart(11)}${row.cpuMs === undefined ? '' : ms(row.cpuMs).padStart(10)}${exits}`,
    );
  }
  for (const row of report.cases) if (row.firstFrame) log(`  first frame of "${row.name}" starts: ${row.firstFrame}`);
  log('\nRatios:');
  for (const { what, value, target } of report.ratios) {
    const verdict =
      target === null || value === null ? '' : value <= target ? `  ok (target <= ${target}x)` : `  OVER target ${target}x`;
    log(`  ${what.padEnd(36)}${value === null ? 'n/a' : `${value}x`}${verdict}`);
  }
  log('\nTyping, from a key to its echo on screen (Ink draws at most every 33 ms):');
  const { typing } = report;
  const typed = (label, row) =>
    log(
      `  ${label.padEnd(44)}${row ? `median ${row.medianMs} ms, p95 ${row.p95Ms} ms (${row.keys} keys)` : 'failed: the keys never showed'}`,
    );
  typed('first question, empty screen', typing.firstQuestion);
  typed('5 interviewers, 20 topics on screen', typing.busy);
  if (typing.ratio !== null) {
    // Ink draws on a 33 ms clock, so a key waits 0 to 33 ms for the next frame whatever the screen
    // holds: a busy screen keeps typing instant while its slowest keys stay within one frame of the
    // empty screen's.
    const extra = round(typing.busy.p95Ms - typing.firstQuestion.p95Ms);
    log(`  ${'busy / first question (median)'.padEnd(44)}${typing.ratio}x`);
    log(
      `  ${'busy p95 - first question p95'.padEnd(44)}${extra} ms${extra <= 33 ? '  ok (aim <= one 33 ms frame)' : '  OVER aim of one 33 ms frame'}`,
    );
  }
}

function printChecklistSection(checklist) {
  log('\nChecklist:');
  if (checklist.skipped) log('  not measured (--no-checklist).');
  else if (checklist.missing) log('  scripts/bench-checklist.mjs is not there yet.');
  else if (checklist.error) log(`  failed: ${checklist.error}`);
  else printChecklist(checklist.result);
}

/** The checklist engineer's --speed JSON, against its own targets; unknown shapes print as JSON. */
function printChecklist(result) {
  const { warmCheck, mainThreadStall, endToEnd, peakMemory } = result ?? {};
  if (!warmCheck || !mainThreadStall || !endToEnd) {
    log(indent(JSON.stringify(result, null, 2)));
    return;
  }
  const verdict = (value, target) => (value <= target ? `ok (target <= ${target})` : `OVER target ${target}`);
  const row = (label, value, verdictText) => log(`  ${label.padEnd(42)}${value.padEnd(30)}${verdictText}`);
  row(
    `warm check of a ${warmCheck.words}-word note`,
    `${warmCheck.medianMs} ms`,
    verdict(warmCheck.medianMs, warmCheck.targetMs),
  );
  row(
    'longest main-thread stall while warming',
    `${mainThreadStall.maxMs} ms`,
    verdict(mainThreadStall.maxMs, mainThreadStall.targetMs),
  );
  row(
    'check end to end / Harper load+lint',
    `${endToEnd.ratio}x (${endToEnd.checkMs} / ${endToEnd.harperLoadAndFirstLintMs} ms)`,
    verdict(endToEnd.ratio, endToEnd.targetRatio),
  );
  if (peakMemory)
    log(`  peak RSS: ${peakMemory.checkProcessRssMb} MB for check; ${peakMemory.inProcessRssMb} MB with the worker in process`);
  const { large } = result;
  if (large?.oneMb)
    row('check of a 1 MB draft (spelling on)', `${large.oneMb.medianMs} ms`, verdict(large.oneMb.medianMs, large.oneMb.targetMs));
  if (large?.atLimit)
    row(
      'peak RSS of check at the 1 MiB limit',
      `${large.atLimit.peakRssMb} MB`,
      verdict(large.atLimit.peakRssMb, large.atLimit.targetMb),
    );
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
const indent = (text) => text.replace(/^/gm, '  ');

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});

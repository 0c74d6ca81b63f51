// The spelling and grammar worker: Harper's LocalLinter on its own thread, so its 1.6 to 2 s
// load never freezes the session. It receives prepared text and the known words, and answers
// with plain lint data; spell.ts turns that into findings.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { DIALECTS, type DialectName } from './dialect.js';
import { LINT_MASK, type RawLint } from './harper-map.js';
import { HARPER_RULES_OFF } from './harper-rules.js';
import type { WorkerRequest, WorkerResponse } from './lint-protocol.js';

// Before any WASM compiles: the baseline compiler alone is fast enough for a note, and skipping
// the optimising tier saves about 100 MB and a 1.9 s exit delay (measured with harper.js 2.10).
v8.setFlagsFromString('--liftoff-only');

const port = parentPort;
if (!port) throw new Error('lint-worker.ts runs only as a worker thread.');
const post = (message: WorkerResponse) => port.postMessage(message);

const SCHEME = 'followup-coach-wasm:';
// Node's WebAssembly, which the ES library typings this project uses do not declare.
const { Module: WasmModule } = (globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => object } })
  .WebAssembly;

/**
 * Harper reads a file: URL with `new URL(...).pathname`, which breaks on paths with spaces or
 * accents (and on Windows drive letters). We hand it our own scheme and answer the fetch here,
 * which also guarantees this thread never touches the network. Only the full build is shipped;
 * Harper's optional attempt to load the slim one fails quietly.
 *
 * The answer is the module compiled here, synchronously, not a Response: given a Response,
 * Harper's loader compiles it with WebAssembly.instantiateStreaming, whose validation runs on
 * V8's background threads, and a worker terminated (or a process exiting) while they still ran
 * freed the bytes under them: `check` on Node 20 died with SIGSEGV in
 * ValidateFunctionsStreamingJob about once in ten exits during the load (see
 * test/cli/worker-exit.test.ts). Given anything else, the loader instantiates it as it is. A
 * synchronous compile leaves no work behind once it returns (and takes about 30 ms, lazily
 * compiled, against about 90 ms streamed).
 */
function installWasmFetch(wasmPath: string): void {
  const fetchWasm = async (input: string | URL | Request): Promise<object> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(SCHEME) || !url.endsWith('/harper_wasm_bg.wasm')) throw new Error(`lint worker: no fetch for ${url}`);
    return new WasmModule(await readFile(wasmPath));
  };
  // Harper's loader takes a compiled module where fetch would give a Response (see above).
  globalThis.fetch = fetchWasm as unknown as typeof fetch;
}

/**
 * The build bundles harper.js's JavaScript into this worker and copies the one WASM file it
 * loads beside it (dist/harper/, see scripts/build.mjs): the package ships 16 MB of harper.js,
 * not all 73 MB of it.
 */
const WASM_FILE = 'harper/harper_wasm_bg.wasm';

async function load() {
  const started = performance.now();
  installWasmFetch(fileURLToPath(new URL(WASM_FILE, import.meta.url)));
  const harper = await import('harper.js');
  const binary = harper.createBinaryModuleFromUrl(`${SCHEME}/harper_wasm_bg.wasm`, 'full');
  const asked = (workerData as { dialect?: DialectName } | null)?.dialect;
  const dialect = harper.Dialect[asked && DIALECTS.includes(asked) ? asked : 'American'];
  const linter = new harper.LocalLinter({ binary, dialect });
  const config = await linter.getLintConfig();
  // "Sam" is not "SAM": consistency across spellings flags names that match an acronym. And a
  // long sentence is no slip, while Harper's LongSentences lint spans all of one, and its
  // removal of overlapping lints then drops every misspelling and slip inside it.
  await linter.setLintConfig({ ...config, ...HARPER_RULES_OFF });
  await linter.setup();
  post({ type: 'ready', loadMs: performance.now() - started });
  return linter;
}

const linter = load();
linter.catch((error: unknown) =>
  post({ type: 'error', id: null, message: error instanceof Error ? error.message : String(error) }),
);

/** The known words of the last request that sent them (see WorkerRequest), and those Harper holds. */
let words: readonly string[] = [];
let wanted = '';
let imported = '';

type HarperLint = Awaited<ReturnType<Awaited<typeof linter>['lint']>>[number];

/**
 * Each lint with the name of the Harper rule that made it ("AnA", "ModalOf", "SpellCheck"):
 * Harper files "would of" and "an pleasure" under kinds it also uses for style advice, so the
 * rule, not the kind, says whether a lint is a slip (harper-rules.ts). Sorted by position, as
 * `lint` returns them.
 */
function toRaw(byRule: Readonly<Record<string, readonly HarperLint[]>>): RawLint[] {
  const items = Object.entries(byRule).flatMap(([rule, lints]) => lints.map((lint) => ({ rule, lint })));
  return items
    .map(({ rule, lint }) => {
      const span = lint.span();
      const item: RawLint = {
        start: span.start,
        end: span.end,
        rule,
        kind: lint.lint_kind(),
        message: lint.message(),
        problem: lint.get_problem_text(),
        suggestions: lint.suggestions().map((suggestion) => suggestion.get_replacement_text()),
      };
      lint.free();
      return item;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

async function answer(request: WorkerRequest): Promise<void> {
  try {
    if (request.words !== null) {
      words = request.words;
      wanted = [...words].sort().join('\n');
    }
    const harper = await linter;
    if (wanted !== imported) {
      // The dictionary only grows: start clean so one interview's names never excuse another's typo.
      await harper.clearWords();
      await harper.importWords([...words]);
      imported = wanted;
    }
    const raw: RawLint[][] = [];
    for (const text of request.texts)
      raw.push(toRaw(await harper.organizedLints(text, { language: 'plaintext', regex_mask: LINT_MASK })));
    post({ type: 'result', id: request.id, lints: raw });
  } catch (error) {
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

// One request at a time, in the order they came: each awaits Harper between its steps, and two
// at once (check lints the draft and the role together; a session its notes) could have one
// lint while the other swaps in its interview's words.
let answered = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  answered = answered.then(() => answer(request));
});

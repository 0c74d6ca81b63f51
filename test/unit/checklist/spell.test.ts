import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import { ACME, GOOD_THANK_YOU } from './sample.js';
import { buildTestWorker } from './worker-build.js';

let checker: SpellChecker;
/** WebAssembly compiles on this (the main) thread while the checker loads: Harper's must be none. */
const compiledHere: string[] = [];

/** Counts every way this thread could compile WebAssembly, until the returned function restores them. */
function watchWasmCompiles(): () => void {
  const wasm = (globalThis as unknown as { WebAssembly: Record<string, unknown> }).WebAssembly;
  const names = ['Module', 'compile', 'instantiate', 'compileStreaming', 'instantiateStreaming'] as const;
  const saved = names.map((name) => wasm[name]);
  for (const name of names) {
    const real = wasm[name] as (...args: unknown[]) => unknown;
    if (typeof real !== 'function') continue;
    wasm[name] = new Proxy(real, {
      apply: (target, self, args) => {
        compiledHere.push(name);
        return Reflect.apply(target, self, args);
      },
      construct: (target, args) => {
        compiledHere.push(name);
        return Reflect.construct(target, args);
      },
    });
  }
  return () => {
    for (const [at, name] of names.entries()) wasm[name] = saved[at];
  };
}

beforeAll(async () => {
  const workerUrl = await buildTestWorker();
  const restore = watchWasmCompiles();
  try {
    checker = startSpellChecker({ workerUrl });
    await checker.ready;
  } finally {
    restore();
  }
}, 60_000);

afterAll(() => checker?.close());

const words = knownWordsFor({ interview: ACME, to: 'Priya Raghunathan' });

describe('spell checker in a worker', () => {
  it('loads Harper in its worker: the main thread compiles no WebAssembly', () => {
    // How long the main thread stalls is the bench's figure (scripts/bench-checklist.mjs --speed);
    // what a test can hold without a clock is where the 30 ms compile happens.
    expect(checker.loadMs()).toBeGreaterThan(0);
    expect(compiledHere).toEqual([]);
  });

  it('finds a typo and a grammar slip, with positions in the original text', async () => {
    const text = 'Subject: Thank you\r\n\r\nHi Priya,\r\n\tI realy enjoyed it. I has a question.\r\n';
    const findings = await checker.lint(text, words);
    expect(findings.map((f) => [f.rule, f.line, f.column, f.excerpt])).toEqual([
      ['spelling', 4, 4, 'realy'],
      ['grammar', 4, 24, 'has'],
    ]);
    expect(findings[0]!.message).toContain('"really"');
  });

  it('finds a typo in a paragraph repeated through a long draft at every place it occurs', async () => {
    const paragraph = 'The ward was calm and I realy liked the handover.';
    const text = `Hi Priya,\n\n${Array.from({ length: 3 }, () => paragraph).join('\n\n')}\n`;
    const findings = await checker.lint(text, words);
    expect(findings.filter((f) => f.rule === 'spelling').map((f) => [f.line, f.column, f.excerpt])).toEqual([
      [3, 25, 'realy'],
      [5, 25, 'realy'],
      [7, 25, 'realy'],
    ]);
  });

  it('counts columns in UTF-16 units after an emoji', async () => {
    const findings = await checker.lint('Hi Priya 😀, I realy liked it.', words);
    expect(findings.map((f) => [f.column, f.excerpt])).toEqual([[16, 'realy']]);
  });

  it('reads text typed in NFD as its NFC form, with columns in the text as typed', async () => {
    // "Núñez", "résumé" and "Hélène" with each accent a combining mark: Harper alone reads "ez",
    // "sume" and "le" as words of their own.
    const text = 'Hi Priya, Nu\u0301n\u0303ez said my re\u0301sume\u0301 reached He\u0301le\u0300ne. I realy liked it.';
    const findings = await checker.lint(text, ['Núñez', 'Hélène', ...knownWordsFor({ interview: ACME, to: 'Priya' })]);
    expect(findings.map((finding) => [finding.rule, finding.excerpt, finding.column])).toEqual([
      ['spelling', 'realy', text.indexOf('realy') + 1],
    ]);
  });

  it('knows names, possessives, the company and tech words', async () => {
    expect(await checker.lint(GOOD_THANK_YOU, words)).toEqual([]);
    const text = "Hi Priya,\nRaghunathan's take on Kubernetes, GraphQL and OTA updates was great.";
    expect(await checker.lint(text, words)).toEqual([]);
  });

  it('forgets the names of the previous note', async () => {
    // A name two slips from an English word ("Catalog"): one far from every word is never reported.
    expect(await checker.lint('Carelog was kind.', ['Carelog'])).toEqual([]);
    const findings = await checker.lint('Carelog was kind.', []);
    expect(findings.map((f) => f.excerpt)).toEqual(['Carelog']);
  });

  it('without an interview, leaves capitalized words that look like names alone, and still catches typos', async () => {
    const text =
      'Priya,\n\nThank you, it was great to meet you and Sam Ortiz. Realy, the team was definately welcoming.\n\nBest,\nJordan Lee';
    const quiet = await checker.lint(text, [], { namesUnknown: true });
    // "Realy" opens a sentence, so it is read as a typo, not a name.
    expect(quiet.map((f) => [f.rule, f.excerpt])).toEqual([
      ['spelling', 'Realy'],
      ['spelling', 'definately'],
    ]);
    const all = await checker.lint(text, []);
    expect(all.map((f) => f.excerpt)).toEqual(['Realy', 'definately']);
  });

  it('with an interview, takes a capitalized word inside a sentence as a name, unless it is a slip of a known one', async () => {
    const text =
      'Hi Priay,\n\nThank you. My colleague Paulo Reyes told me about Acme Robtics before I applied.\n\nPaulo Reyes, who runs our lab, says hello too.';
    const findings = await checker.lint(text, words);
    expect(findings.map((f) => [f.rule, f.excerpt])).toEqual([
      ['spelling', 'Priay'],
      ['spelling', 'Robtics'],
    ]);
  });

  it('still reads a capitalized typo that opens a sentence or a title-case subject as a typo', async () => {
    const findings = await checker.lint('Subject: Thnak You for the Interview\n\nHi Priya,\n\nRealy great day.', words);
    expect(findings.map((f) => f.excerpt)).toEqual(['Thnak', 'Realy']);
  });

  it('ignores quoted lines', async () => {
    expect(await checker.lint('Hi Priya,\nThanks again.\n> I realy enjoyed it.', words)).toEqual([]);
  });

  it('skips links, e-mail addresses and file names, but not the words around them', async () => {
    const text =
      'I attached it again (Jordan-Lee-Resume.pdf). See linkedin.com/in/jordanlee, https://x.example/abc or jordan@example.com; I realy hope it helps.';
    expect((await checker.lint(text, words)).map((f) => f.excerpt)).toEqual(['realy']);
  });

  it('does not read "thank-you notes" as a pronoun and a verb', async () => {
    expect(await checker.lint('Subject: Contact details for thank-you notes\n\nThank-you notes matter to me.', words)).toEqual(
      [],
    );
  });

  it('checks the subject line too', async () => {
    const findings = await checker.lint('Subject: Thank yuo\n\nHi Priya, thanks.', words);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['spelling', 1, 16]]);
  });
});

describe('the English it expects', () => {
  it('British English accepts "organising" and "colour"; American English takes them for the other spelling, not typos', async () => {
    const text = 'Hi Priya,\nThank you for organising the day; the colour of the new dashboards stayed with me.';
    const british = startSpellChecker({ workerUrl: await buildTestWorker(), dialect: 'British' });
    try {
      expect(await british.lint(text, words)).toEqual([]);
      expect((await british.lint(text.replace('colour', 'colur'), words)).map((f) => f.excerpt)).toEqual(['colur']);
    } finally {
      await british.close();
    }
    expect(await checker.lint(text, words)).toEqual([]);
    expect((await checker.lint(text.replace('colour', 'colur'), words)).map((f) => [f.rule, f.excerpt])).toEqual([
      ['spelling', 'colur'],
    ]);
  }, 60_000);
});

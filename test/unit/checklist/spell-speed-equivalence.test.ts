// The spelling path's speed work changes no finding: each faster step against the way it was
// written before (kept here as the reference), over every draft of the labelled and dev corpora
// and one long draft built from them; and the worker's words, sent once for a run of notes and
// answered one request at a time, against words imported afresh for every draft.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownWordsFor, roleWordsFor, typedWordsFor } from '../../../src/checklist/known-words.js';
import { blankLongTokens, LONG_TOKEN } from '../../../src/checklist/lint-pieces.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { startSpellChecker, type SpellChecker } from '../../../src/checklist/spell.js';
import { fold } from '../../../src/checklist/text.js';
import { joinedRoleWords, runTogetherParts } from '../../../src/checklist/typed-words.js';
import { checkCommandMessages as m } from '../../../src/commands/check/messages.js';
import type { Finding } from '../../../src/model/types.js';
import { loadCorpus, type CorpusEntry } from './corpus-lib.js';
import { buildTestWorker } from './worker-build.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
/** The labelled corpus and the dev ones; never the held-out corpora. */
const FOLDERS = ['corpus', ...Array.from({ length: 7 }, (_, i) => `corpus-dev-${i + 1}`)];

const entries: CorpusEntry[] = FOLDERS.flatMap((name) => {
  const corpus = join(fixtures, name);
  const own = join(corpus, 'interviews');
  return loadCorpus(corpus, existsSync(own) ? own : join(fixtures, 'interviews'));
});

/** A long draft: every corpus draft, with blobs of every length around LONG_TOKEN and role words typed as one. */
function longDraft(): string {
  let seed = 11;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const blobChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_.';
  const paragraphs = entries.map((entry, index) => {
    if (index % 5 !== 0) return entry.text;
    const length = LONG_TOKEN - 3 + next(8) + (index % 25 === 0 ? 3000 : 0);
    const blob = Array.from({ length }, () => blobChars[next(blobChars.length)]).join('');
    return `${entry.text}\tsee ${blob}\u00a0and the ManagerApiary StaffPharmacist's shift, n\u00e9e ${blob.slice(0, 20)} \u{1F600}${blob}`;
  });
  return paragraphs.join('\n\n');
}

const texts = [...entries.map((entry) => entry.text), longDraft()];

describe('the spelling path reads what it read before', () => {
  it('blanks the same long tokens as the plain pattern', () => {
    const asBefore = (text: string) => text.replace(new RegExp(`\\S{${LONG_TOKEN + 1},}`, 'g'), (t) => ' '.repeat(t.length));
    const long = texts.at(-1)!;
    expect(asBefore(long)).not.toBe(long);
    for (const text of texts) expect(blankLongTokens(text)).toBe(asBefore(text));
  });

  it('finds the same run-together role words as a split of every word', () => {
    const asBefore = (text: string, role: ReadonlySet<string>) => {
      const found = new Map<string, readonly string[]>();
      for (const [word] of text.matchAll(/\p{L}+(?:['\u2019]s)?/gu)) {
        const parts = runTogetherParts(word);
        const key = fold(word.replace(/['\u2019]s$/u, ''));
        if (parts !== null && role.has(key) && !found.has(key)) found.set(key, parts);
      }
      return [...found.values()];
    };
    const everyRole = new Set([
      ...entries.flatMap((entry) => [...roleWordsFor(entry.context)]),
      fold('ManagerApiary'),
      fold('StaffPharmacist'),
    ]);
    expect(joinedRoleWords(texts.at(-1)!, everyRole)).toEqual([
      ['Manager', 'Apiary'],
      ['Staff', 'Pharmacist'],
    ]);
    for (const [index, text] of texts.entries()) {
      expect(joinedRoleWords(text, everyRole)).toEqual(asBefore(text, everyRole));
      const role = entries[index] && roleWordsFor(entries[index].context);
      expect(joinedRoleWords(text, role)).toEqual(role ? asBefore(text, role) : []);
    }
  });

  it('writes the sizes of a partly spelled draft as toLocaleString did', () => {
    for (const chars of [0, 1, 511, 1024, 999 * 1024, 1000 * 1024, 1048576, 8 * 1024, 123_456_789, 2 ** 31]) {
      const message = m.spellPartial(chars, chars * 7, 8 * 1024);
      expect(message).toContain(` ${Math.max(1, Math.round(chars / 1024)).toLocaleString('en')} KB of`);
      expect(message).toContain(` ${Math.max(1, Math.round((chars * 7) / 1024)).toLocaleString('en')} KB:`);
    }
    const budget = 2_000_000 * 1024;
    expect(m.spellPartial(1, 1, budget)).toContain(`about ${(Math.round(budget / 6 / 100) * 100).toLocaleString('en')} words`);
  });
});

describe('the worker holds each interview’s words as if imported for every draft', () => {
  let checker: SpellChecker;
  beforeAll(async () => {
    checker = startSpellChecker({ workerUrl: await buildTestWorker() });
    await checker.ready;
  }, 60_000);
  afterAll(() => checker?.close());

  // Two neighbouring drafts (often of one interview) in every thirty: every folder, in a time a
  // unit test can take.
  const sample = entries.filter((_, index) => index % 30 < 2);
  const lint = (entry: CorpusEntry) =>
    checker.lint(parseDraft(entry.text), knownWordsFor(entry.context), {
      typed: typedWordsFor(entry.context),
      role: roleWordsFor(entry.context),
    });

  it('gives each draft the same findings, whether its words were just sent, kept from the last check, or sent among other requests', async () => {
    // The reference: before each draft another word list, so its own words are sent and imported anew.
    const fresh = new Map<CorpusEntry, Finding[]>();
    for (const entry of sample) {
      await checker.lint('A short line.\n', ['Zyxwvut']);
      fresh.set(entry, await lint(entry));
    }
    // Each draft checked again straight after: its words are not sent again, the worker keeps them.
    for (const entry of sample) {
      await lint(entry);
      expect({ name: entry.name, findings: await lint(entry) }).toEqual({ name: entry.name, findings: fresh.get(entry) });
    }
    // All at once, interviews mixed: each request is answered with its own words.
    const together = await Promise.all(sample.map(lint));
    for (const [index, entry] of sample.entries())
      expect({ name: entry.name, findings: together[index] }).toEqual({ name: entry.name, findings: fresh.get(entry) });
    // Most drafts have no slip; those that do (and the names the words excuse) keep this from comparing empty lists.
    expect([...fresh.values()].some((findings) => findings.length > 0)).toBe(true);
  }, 400_000);
});

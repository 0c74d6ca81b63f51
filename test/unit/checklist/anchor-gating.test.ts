// Each phrase list builds a RegExp of only the patterns whose anchors a note holds, whole words
// where the pattern sets the word apart (src/checklist/phrase-list.ts). Leaving the others out
// must change nothing: the whole checklist, on every draft of the labelled and dev corpora and on
// every note the templates write, finds exactly what it finds when every list runs all of its
// patterns as one alternation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as PhraseListModule from '../../../src/checklist/phrase-list.js';
import type { CheckContext } from '../../../src/checklist/types.js';
import { composeNotes, kindsFor } from '../../../src/compose/compose.js';
import { US_WITH_YEARS, WEEKENDS_ONLY } from '../../../src/model/dates.js';
import { parseInterviewText } from '../../../src/model/interview-file.js';
import { NOTE_KINDS, TONES, type Finding, type Interview, type Note } from '../../../src/model/types.js';
import { loadCorpus } from './corpus-lib.js';
import { SAMPLES } from '../compose/samples.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const FOLDERS = [
  'corpus',
  'corpus-dev-1',
  'corpus-dev-2',
  'corpus-dev-3',
  'corpus-dev-4',
  'corpus-dev-5',
  'corpus-dev-6',
  'corpus-dev-7',
  'corpus-dev-8',
  'corpus-dev-9',
  'corpus-dev-10',
  'corpus-dev-11',
  'corpus-dev-12',
  'corpus-dev-13',
  'corpus-dev-14',
  'corpus-dev-15',
  'corpus-dev-16',
];
const INTERVIEW_FILES = ['acme', 'lumen-health', 'northwind-bank', 'nursing', 'retail', 'teaching', 'finance', 'van-der-berg'];

interface Case {
  readonly name: string;
  readonly note: string | Pick<Note, 'subject' | 'body'>;
  readonly context: CheckContext;
}

function drafts(folder: string): Case[] {
  const own = resolve(fixtures, folder, 'interviews');
  const interviews = folder === 'corpus' ? resolve(fixtures, 'interviews') : own;
  return loadCorpus(resolve(fixtures, folder), interviews).map((entry) => ({
    name: `${folder}/${entry.name}`,
    note: entry.text,
    context: entry.context,
  }));
}

function fixture(name: string): Interview {
  const result = parseInterviewText(readFileSync(resolve(fixtures, 'interviews', `${name}.json`), 'utf8'), {
    calendar: WEEKENDS_ONLY,
    dateStyle: US_WITH_YEARS,
  });
  if (!result.ok) throw new Error(`${name}.json: ${JSON.stringify(result.problems)}`);
  return result.interview;
}

/** Every note of every kind the templates write for these interviews, in every tone. */
function templateNotes(): Case[] {
  const interviews = [...Object.values(SAMPLES), ...INTERVIEW_FILES.map(fixture)];
  return interviews.flatMap((interview) =>
    TONES.flatMap((tone) =>
      NOTE_KINDS.filter((kind) => kindsFor({ ...interview, tone }).includes(kind)).flatMap((kind) => {
        const notes = composeNotes({ ...interview, tone }, kind);
        return notes.map((note) => ({
          name: `${interview.id} ${tone} ${kind} to ${note.to}`,
          note,
          context: { interview: { ...interview, tone }, kind, to: note.to, siblings: notes.filter((other) => other !== note) },
        }));
      }),
    ),
  );
}

type CheckNote = (note: Case['note'], context: CheckContext) => Finding[];

/** The checklist from a fresh module graph; `everyPattern` swaps in lists that leave no pattern out. */
async function checklist(everyPattern: boolean): Promise<CheckNote> {
  vi.resetModules();
  if (everyPattern) {
    vi.doMock('../../../src/checklist/phrase-list.js', async (importOriginal) => {
      const actual = await importOriginal<typeof PhraseListModule>();
      const { wholeWordMatches, wordPattern } = await import('../../../src/checklist/chars.js');
      class EveryPattern {
        readonly #regexp: RegExp;
        constructor(patterns: readonly string[]) {
          this.#regexp = new RegExp(wordPattern(patterns.map((source) => `(?:${source})`).join('|')), 'gi');
        }
        matches(text: string): RegExpExecArray[] {
          return wholeWordMatches(this.#regexp, text);
        }
      }
      return { ...actual, PhraseList: EveryPattern };
    });
  } else {
    vi.doUnmock('../../../src/checklist/phrase-list.js');
  }
  const { checkNote } = await import('../../../src/checklist/check-note.js');
  const { parseDraft } = await import('../../../src/checklist/draft.js');
  return (note, context) => checkNote(typeof note === 'string' ? parseDraft(note) : note, context);
}

describe('phrase lists that leave out patterns whose anchors a note lacks', () => {
  it('change no finding on any draft of the dev corpora or any note of the templates', async () => {
    const cases = [...FOLDERS.flatMap(drafts), ...templateNotes()];
    const gated = await checklist(false);
    const expected = cases.map((item) => ({ name: item.name, findings: gated(item.note, item.context) }));
    const everyPattern = await checklist(true);
    const found = cases.map((item) => ({ name: item.name, findings: everyPattern(item.note, item.context) }));
    expect(found).toEqual(expected);
    // Planted mistakes of every tone and gimmick rule are among them, so the comparison is not vacuous.
    const rules = new Set(expected.flatMap((item) => item.findings.map((finding) => finding.rule)));
    for (const rule of ['tone-scathing', 'tone-impatient', 'gimmick', 'third-party', 'cliche']) expect(rules).toContain(rule);
    expect(cases.length).toBeGreaterThan(1000);
  }, 900_000); // Every list as one alternation is the slow way on purpose: this waits for it, not a clock.
});

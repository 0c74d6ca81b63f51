// Spelling on classes of real words Harper lacks, through the real Harper worker: names where a
// name goes, words of another language in a bilingual note, acronyms that differ from Harper's
// only in case, British -wards; and the typos of common words beside them, still reported.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { otherLanguageLints } from '../../../src/checklist/spell-languages.js';
import type { RawLint } from '../../../src/checklist/harper-map.js';
import { spellCheckerForFile } from './worker-build.js';
import { LINEAR_MS } from '../../helpers/linear.js';

const spellChecker = spellCheckerForFile();
const words = knownWordsFor({});
const spelling = async (text: string) =>
  (await spellChecker().lint(text, words)).filter((f) => f.rule === 'spelling').map((f) => f.excerpt);

describe('names where a name goes', () => {
  it.each([
    'Dear Mr. Okafor, thank you for the tour. Dr. Nakamura was kind too.',
    'Dear Dr. el-Farsi, thank you for the tour of the unit.',
    'Hamid and Farzana were kind, and the rota made sense.',
    "Tomasz's crew runs the night shift, and I would be glad to join it.",
    'I met Tomasz on the floor. Tomasz walked me through the stockroom.',
  ])('leaves %j alone', async (text) => {
    expect(await spelling(text)).toEqual([]);
  });

  it('still reads a mistyped word that opens a sentence as a typo', async () => {
    expect(await spelling('Thansk for the tour. Realy enjoyed it. Definately a great team.')).toEqual([
      'Thansk',
      'Realy',
      'Definately',
    ]);
  });
});

describe('words of another language', () => {
  it.each([
    'Muchas gracias por su tiempo, and thank you again for the tour.',
    "Merci pour votre temps, c'était un plaisir.",
    'Obrigada pela conversa e pela visita ao laboratório.',
    'Salamat po sa inyong oras.',
    'Je vous remercie, and I look forward to hearing from you.',
  ])('leaves %j alone', async (text) => {
    expect(await spelling(text)).toEqual([]);
  });

  it('still finds an English typo beside the phrase, and three typos in a row', async () => {
    expect(await spelling('Muchas gracias por su tiempo, and I realy enjoyed the tour.')).toEqual(['realy']);
    expect(await spelling('I realy definately apreciate the time.')).toEqual(['realy', 'definately', 'apreciate']);
  });

  // A phrase borrowed whole: a small word of another language beside another unknown word.
  // Sentences written for this test.
  it.each([
    'Thank you for trying my pain au chocolat and the almond twists this morning.',
    'We plated the steak au poivre for the tasting.',
    'The soupe du jour was a leek and potato broth.',
  ])('leaves a borrowed phrase alone: %j', async (text) => {
    expect(await spelling(text)).toEqual([]);
  });

  it('still finds a typo beside a borrowed small word when a space does not join them', async () => {
    expect(await spelling('The pain au chocolat was good, and I realy enjoyed the shift.')).toEqual(['realy']);
    expect(await spelling('I baked the chocolat tart.')).toEqual(['chocolat']);
  });

  it.each([
    'Salut Réjean, c’est Étienne from the survey crew.',
    'Pas de presse; the shift ends at six. Merci, Réjean, bonne fin de semaine.',
    'Thanks, and bonne journée.',
    'Takk for the time, and for the tour.',
  ])('leaves a courtesy or a phrase whose small words Harper knows alone: %j', async (text) => {
    expect(await spelling(text)).toEqual([]);
  });

  it('still finds a typo beside English small words, or a courtesy word where no courtesy stands', async () => {
    expect(await spelling('I want to do realy well in it.')).toEqual(['realy']);
    expect(await spelling('I will takk the job.')).toEqual(['takk']);
  });

  it('needs two small words of one language in the sentence', () => {
    const text = 'I met su team and por manana.';
    const lint = (word: string): RawLint => {
      const start = text.indexOf(word);
      return {
        start,
        end: start + word.length,
        rule: 'SpellCheck',
        kind: 'Spelling',
        message: '',
        problem: word,
        suggestions: [],
      };
    };
    expect(otherLanguageLints(text, [lint('su')]).size).toBe(0);
    expect([...otherLanguageLints(text, [lint('su'), lint('por'), lint('manana')])].map((l) => l.problem)).toEqual([
      'su',
      'por',
      'manana',
    ]);
  });
});

describe('other shapes and spellings', () => {
  it('leaves initials, spelled-out letters and a word Harper knows only capitalised alone', async () => {
    expect(await spelling("It's Dariusz Wójcik, that's W-O-J-C-I-K. Thanks again. E. Asare")).toEqual([]);
    expect(await spelling('I studied silviculture for two years.')).toEqual([]);
    expect(await spelling('I sent u the form.')).toEqual(['u']);
  });

  it('leaves a quoted term of two unknown words alone, and one word quoted is still checked', async () => {
    expect(await spelling('I rendered "garantie d\'actif et de passif" as warranty of assets.')).toEqual([]);
    expect(await spelling('I said "definately" twice.')).toEqual(['definately']);
  });

  it('leaves an acronym that differs from Harper’s only in case, and British -wards, alone', async () => {
    expect(await spelling('I ran the SENCo meetings and walked towards the stockroom afterwards.')).toEqual([]);
  });

  it('reports a split that is a slip, with no suggestion of the split', async () => {
    const findings = await spellChecker().lint('I would like to adress the acounting, which was usefull.', words);
    expect(findings.map((f) => [f.rule, f.excerpt])).toEqual([
      ['spelling', 'adress'],
      ['spelling', 'acounting'],
      ['spelling', 'usefull'],
    ]);
    expect(findings[0]!.message).not.toContain('a dress');
  });

  it.each([
    ['I recieve the schedule tommorow.', ['recieve', 'tommorow']],
    ['It was a great oppurtunity and I am very intrested.', ['oppurtunity', 'intrested']],
    ['I definately want to thank thier whole team.', ['definately', 'thier']],
  ])('still finds the typos in %j', async (text, typos) => {
    expect(await spelling(text)).toEqual(typos);
  });
});

describe('the cost of a long draft', () => {
  it('maps lints through a 1 MB single sentence in time linear in its size', () => {
    const unit = 'and I met Tomasz por su team and realy liked it ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const lints: RawLint[] = [];
    const lintAt = (offset: number, word: string, suggestion: string) => {
      const start = offset + unit.indexOf(word);
      lints.push({
        start,
        end: start + word.length,
        rule: 'SpellCheck',
        kind: 'Spelling',
        message: '',
        problem: word,
        suggestions: [suggestion],
      });
    };
    let units = 0;
    for (let offset = 0; offset < text.length; offset += unit.length * 5, units += 1) {
      lintAt(offset, 'Tomasz', 'Tomas');
      lintAt(offset, 'por', 'pour');
      lintAt(offset, 'su', 'so');
      lintAt(offset, 'realy', 'really');
    }
    const started = performance.now();
    const findings = findingsFromLints(parseDraft(text), lints);
    // Generous for a loaded machine; it takes well under a second alone.
    expect(performance.now() - started).toBeLessThan(LINEAR_MS);
    expect(findings.length).toBe(units);
    expect(new Set(findings.map((f) => f.excerpt))).toEqual(new Set(['realy']));
  }, 60_000);
});

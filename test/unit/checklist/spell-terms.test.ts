// Spelling through Harper itself: British medical words, trade terms and surnames pass, and the
// typos next to them are still found (harper-misreads.ts, isFarFromEveryWord and TO_AMERICAN).
import { describe, expect, it } from 'vitest';
import { knownWordsFor } from '../../../src/checklist/known-words.js';
import { ACME } from './sample.js';
import { spellCheckerForFile } from './worker-build.js';

const spellChecker = spellCheckerForFile();

const words = knownWordsFor({ interview: ACME, to: 'Priya Raghunathan' });
const spelling = async (text: string) =>
  (await spellChecker().lint(text, words)).filter((finding) => finding.rule === 'spelling').map((finding) => finding.excerpt);

describe('spelling on real words Harper lacks', () => {
  it('leaves British medical spellings alone under the American default', async () => {
    const text =
      'I assisted the anaesthetist on the paediatric ward, managed a haematoma after surgery, and worked with the orthopaedic and haematology teams on leukaemia and diarrhoea cases.';
    expect(await spelling(text)).toEqual([]);
  });

  it('leaves terms far from any English word alone', async () => {
    expect(await spelling('I debugged the cluster with kubectl and cooked the short rib sous-vide for the tasting.')).toEqual([]);
  });

  it('still finds the typos one or two slips from a word', async () => {
    const text = 'I recieve the rota tommorow and the managment team said the paediatric unit will definately grow.';
    expect(await spelling(text)).toEqual(['recieve', 'tommorow', 'managment', 'definately']);
  });
});

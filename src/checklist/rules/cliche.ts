// cliche: the stock phrases that make a note sound automatic ("just checking in", "touching
// base", "circling back"). A warning with a plainer way to say the same thing.
import type { Severity } from '../../model/types.js';
import { contextPhrases, maskPhrases } from '../mask.js';
import { CLICHE_PLAINER, CLICHE_PLAINER_SPOKEN, DESCRIPTIONS, MESSAGES } from '../messages.js';
import { PhraseList } from '../phrase-list.js';
import type { Hit, RuleCheck } from '../types.js';
import { isCallScript } from './call-script.js';
import { CLICHES } from './cliche-phrases.js';

const LISTS = CLICHES.map((family) => ({ list: new PhraseList(family.patterns), plainer: family.plainer }));

export const clicheCheck: RuleCheck = (draft, context) => {
  const prose = maskPhrases(draft.prose, contextPhrases(context));
  const hits: Hit[] = [];
  let plainerWords: Readonly<Record<keyof typeof CLICHE_PLAINER, string>> | undefined;
  for (const { list, plainer } of LISTS) {
    for (const match of list.matches(prose)) {
      const start = match.index;
      const end = start + match[0].length;
      if (hits.some((hit) => start < hit.end && end > hit.start)) continue;
      // A script read on a call gets spoken words ("I am calling to ask"), a note written ones.
      plainerWords ??= isCallScript(draft, context) ? CLICHE_PLAINER_SPOKEN : CLICHE_PLAINER;
      hits.push({ start, end, message: MESSAGES.cliche(match[0].replace(/\s+/g, ' '), plainerWords[plainer]) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

export const id = 'cliche';
export const severity: Severity = 'warning';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = clicheCheck;

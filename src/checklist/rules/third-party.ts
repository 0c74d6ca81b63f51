// third-party: asking anyone (a friend, a relative, a former boss) to speak, visit or call on
// your behalf. The source article's mistake #8; it reads as pressure and can sink an application.
import type { Severity } from '../../model/types.js';
import { contextPhrases, maskPhrases } from '../mask.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import { PhraseList } from '../phrase-list.js';
import type { RuleCheck } from '../types.js';
import { firstHits, THIRD_PARTY } from './gimmick.js';
import { THIRD_PARTY_GRAMMAR } from './third-party-grammar.js';

const LIST = new PhraseList([...THIRD_PARTY, ...THIRD_PARTY_GRAMMAR]);

export const thirdParty: RuleCheck = (draft, context) => firstHits(maskPhrases(draft.prose, contextPhrases(context)), LIST, MESSAGES.thirdParty);

export const id = 'third-party';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = thirdParty;

// gimmick: gifts and deliveries, which read as buying favour (the source article's mistake #7).
// The set phrases of third-party (go-betweens) live here too; its grammar is third-party-grammar.ts.
import { contextPhrases, maskPhrases } from '../mask.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import { PhraseList } from '../phrase-list.js';
import type { Hit, RuleCheck } from '../types.js';

const SAME_SENTENCE = '[^.!?\\n]{0,50}?';
const GIVE =
  '(?:sent|sending|send|ordered|ordering|delivered|delivering|deliver|drop(?:ped|ping)?\\s+off|bring|bringing|brought|mailed|mailing|shipped|shipping|treat(?:ing)?|surprise|surprising)';
const FOOD =
  '(?:lunch|breakfast|pizzas?|donuts|doughnuts|bagels|cookies|cupcakes|cakes?|treats|snacks|dinner|coffee|pastries|muffins|sweets|candy)';

export const GIMMICKS = [
  '(?:Starbucks|Amazon|Visa|DoorDash|Uber\\s+Eats|coffee)\\s+(?:gift\\s+)?(?:card|voucher|credit)s?',
  'gift\\s*cards?',
  'gift\\s+baskets?',
  'gift\\s+box(?:es)?',
  'fruit\\s+baskets?',
  'care\\s+package',
  'bouquets?',
  'flowers',
  'edible\\s+arrangements?',
  '(?:box(?:es)?\\s+of\\s+)?chocolates',
  'balloons',
  'bottle\\s+of\\s+(?:wine|champagne|whiske?y|bourbon|scotch)',
  'a\\s+(?:little|small)\\s+(?:something|gift|token)',
  'token\\s+of\\s+(?:my\\s+)?(?:appreciation|gratitude|thanks)',
  `${GIVE}${SAME_SENTENCE}(?:${FOOD}|gifts?|presents?|swag|wine|flowers)`,
  '(?:DoorDash|Uber\\s+Eats|Grubhub|Instacart|Deliveroo|Postmates|Seamless)',
  `(?:${FOOD}|treats)\\s+(?:is|are)\\s+on\\s+me`,
];

const HELPER =
  '(?:friend|friends|colleague|colleagues|co-?worker|former\\s+(?:colleague|manager|boss)|contact|reference|referrer|dad|father|mom|mother|mum|uncle|aunt|cousin|brother|sister|wife|husband|partner|spouse|fianc[ée]e?|roommate|neighbou?r|mentor|buddy|someone\\s+(?:from|in)\\s+my\\s+network)';
const CONTACT =
  '(?:swing|stop|drop|pop|come|reach|call|email|e-mail|check|follow|put\\s+in|talk|speak|vouch|contact|touch\\s+base|ping|visit|be\\s+(?:calling|emailing|e-mailing|in\\s+touch|reaching\\s+out|stopping\\s+by|dropping\\s+by|swinging\\s+by))';

export const THIRD_PARTY = [
  'on\\s+my\\s+behalf',
  'put\\s+in\\s+a\\s+(?:good\\s+)?word\\s+for\\s+me',
  'swing(?:ing)?\\s+by\\s+(?:your|the)\\s+(?:office|desk|building)\\s+(?:for\\s+me|to\\s+(?:check|ask|see))',
  `(?:my|a|one\\s+of\\s+my)\\s+${HELPER}${SAME_SENTENCE}(?:will|would|is\\s+going\\s+to|can|could|plans\\s+to|offered\\s+to|agreed\\s+to|may|might|said\\s+(?:she|he|they)\\s+(?:would|will))\\s+(?:\\w+\\s+){0,2}${CONTACT}`,
  `(?:asked|ask|asking|having|have|had|told|get|got)\\s+(?:my|a|one\\s+of\\s+my)\\s+${HELPER}(?:\\s+[^\\s\\d.,;:!?"“”()]+)?\\s+to\\s+(?:\\w+\\s+){0,2}${CONTACT}`,
];

// Built per note from the patterns it can match (phrase-list.ts).
const GIMMICK_LIST = new PhraseList(GIMMICKS);

export function firstHits(prose: string, list: PhraseList, message: (phrase: string) => string): Hit[] {
  const hits: Hit[] = [];
  for (const match of list.matches(prose)) {
    const start = match.index;
    const last = hits[hits.length - 1];
    // One finding per sentence: a second pattern in the same sentence adds nothing.
    if (last && !/[.!?\n]/.test(prose.slice(last.end, start))) continue;
    hits.push({ start, end: start + match[0].length, message: message(match[0].replace(/\s+/g, ' ')) });
  }
  return hits;
}

export const gimmick: RuleCheck = (draft, context) =>
  firstHits(maskPhrases(draft.prose, contextPhrases(context)), GIMMICK_LIST, MESSAGES.gimmick);

export const id = 'gimmick';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = gimmick;

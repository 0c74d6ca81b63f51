// third-party: asking anyone (a friend, a relative, a former boss) to speak, visit or call on
// your behalf. The source article's mistake #8; it reads as pressure and can sink an application.
import { maskedProse } from './masked-prose.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import { PhraseList } from '../phrase-list.js';
import type { Hit, RuleCheck } from '../types.js';
import { BEHALF_GRAMMAR, BEHALF_NEEDS } from './behalf-grammar.js';
import { BEHALF_ERRANDS } from './behalf-errands.js';
import { BEHALF_STRUCTURE, BEHALF_STRUCTURE_NEEDS } from './behalf-structure.js';
import { behalfHits } from './behalf-roles.js';
import { clausesOf, readerNames } from './clause-words.js';
import { firstHits, firstOfSentence, joinedDots, THIRD_PARTY } from './gimmick.js';
import { bare, wordsOf } from '../text.js';
import { apostrophes, gatedList } from './sentence-matches.js';
import { HELPER_WORDS, NAMED_HELPER, PRAISE_BY_PROXY, THIRD_PARTY_GRAMMAR } from './third-party-grammar.js';

const SET_PHRASES = new PhraseList([...THIRD_PARTY, ...PRAISE_BY_PROXY, ...NAMED_HELPER]);
const WITH_HELPERS = new PhraseList([...THIRD_PARTY, ...PRAISE_BY_PROXY, ...NAMED_HELPER, ...THIRD_PARTY_GRAMMAR]);
const BEHALF_LISTS = new Map<string, PhraseList>();
// A broad-tier list, so the build's anchor table holds it (sentence-matches.ts), made for each
// prose without the shapes whose start it lacks (behalf-structure.ts's BEHALF_STRUCTURE_NEEDS).
const errandsFor = gatedList([...BEHALF_ERRANDS, ...BEHALF_STRUCTURE].map(apostrophes), [
  ...BEHALF_ERRANDS.map(() => null),
  ...BEHALF_STRUCTURE_NEEDS.map((need) => (need === null ? null : apostrophes(need))),
]);

/** The behalf patterns this prose can match (behalf-grammar.ts's BEHALF_NEEDS), as one list. */
function behalfFor(prose: string): PhraseList {
  const active = BEHALF_GRAMMAR.filter((_, at) => BEHALF_NEEDS[at]?.test(prose) ?? true);
  const key = active.join('\u0000');
  let list = BEHALF_LISTS.get(key);
  if (list === undefined) {
    list = new PhraseList(active);
    BEHALF_LISTS.set(key, list);
  }
  return list;
}

export const thirdParty: RuleCheck = (draft, context) => {
  const prose = joinedDots(maskedProse(draft, context));
  // The grammar speaks of a helper ("my aunt", "a colleague"): without one, the set phrases do.
  const helper = wordsOf(prose).some((word) => HELPER_WORDS.has(bare(word.text)));
  // Who does what for whom (behalf-grammar.ts) speaks for the sentences the phrases leave alone;
  // the broad tier (behalf-roles.ts, a warning) for the sentences both leave alone.
  const sure = firstOfSentence(
    [
      ...firstHits(prose, helper ? WITH_HELPERS : SET_PHRASES, MESSAGES.thirdParty),
      ...firstHits(prose, behalfFor(prose), MESSAGES.thirdParty),
    ].filter((hit) => !notOnBehalf(prose, hit)),
    prose,
  );
  const errands = firstHits(prose, errandsFor(prose), MESSAGES.thirdPartyMaybe)
    .filter((hit) => !notOnBehalf(prose, hit) && (!OFFERED.test(sentenceOf(prose, hit)) || promised(prose, hit)))
    .map((hit) => ({ ...hit, severity: 'warning' as const }));
  const broad = [
    ...behalfHits(
      clausesOf(draft.prose, prose),
      readerNames(context),
      MESSAGES.thirdPartyMaybe,
      draft.prose,
      sure,
      MESSAGES.thirdParty,
    ),
    ...errands,
  ];
  return broad.length === 0 ? sure : firstOfSentence([...sure, ...broad], prose);
};

/**
 * A sure shape that is no go-between after all: the writer acting too ("my husband and I will
 * visit your city"), a visit or call aimed at someone else ("will visit her grandmother"), or a
 * reference offered ("if you need a reference, my former manager can speak to you").
 */
function notOnBehalf(prose: string, hit: Hit): boolean {
  const text = prose.slice(hit.start, hit.end);
  if (/\band\s+I\b|\bI\s+and\b/.test(text)) return true;
  if (/\s(?:her|his|their)$/i.test(text) || /^\s+(?:her|his|their|my|our|me|us)\b/i.test(prose.slice(hit.end, hit.end + 8)))
    return true;
  const before = prose.slice(Math.max(0, hit.start - 200), hit.start);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  const sentence = before.slice(start + 1) + text;
  if (REFERENCE_OFFERED.test(sentence)) return true;
  const told = REPUTATION.exec(text);
  return told !== null && WRITER_CLAUSE.test(prose.slice(hit.start + told[0].length, hit.start + told[0].length + 12));
}

/**
 * What a group of the writer's own would say of them, as a manner of speaking: "My students will
 * tell you I am strict but fair", "anyone on my crew would tell you I'm early". A whole group
 * with nothing but "will" or "would" before the telling is a reputation, not someone sent to the
 * reader ("My mum will tell you" is one person, and stays a go-between).
 */
const REPUTATION =
  /^(?:(?:my|our)\s+(?:[\w-]+\s+)?(?:\w{3,}[^s\W]s|people|children|kids|staff|crew|team|class)|(?:any|every)(?:one|body)(?:\s+(?:on|in|at|from)\s+(?:my|our)\s+[\w-]+)?)\s+(?:will|would)\s+tell\s+you\b/i;

/** What follows the telling is about the writer: "(that) I am", "I'm". */
const WRITER_CLAUSE = /^\s+(?:that\s+)?I(?:\s|['\u2019]m\b)/u;

/** A reference or a contact offered for the reader to take up: "a reference if you need one". */
const OFFERED = /\breferences?\b|\bif\s+(?:you|it)\s+(?:need|want|would|'d|helps)|\bshould\s+you\b/i;

/**
 * A go-between's own promise to reach the reader, reported with no condition of theirs: "he's
 * given me a reference and said he'd call you himself" is no reference left for them to take up.
 */
function promised(prose: string, hit: Hit): boolean {
  return PROMISE.test(prose.slice(hit.start, hit.end)) && !/\bif\s+(?:you|it)\b|\bshould\s+you\b/i.test(sentenceOf(prose, hit));
}

const PROMISE =
  /\b(?:said|says|promised|swore|assured\s+me|told\s+me)\s+(?:me\s+)?(?:that\s+)?(?:he|she|they)(?:['\u2019](?:d|ll)|\s+would|\s+will)\b/i;

/** The sentence around a hit. */
function sentenceOf(prose: string, hit: Hit): string {
  const before = prose.slice(0, hit.start);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const end = prose.slice(hit.end).search(/[.!?\n]/);
  return prose.slice(start, end < 0 ? prose.length : hit.end + end);
}

/** References as the process has them: "my references", "as a reference", "if you need a reference". */
const REFERENCE_OFFERED =
  /\breferences\b|\breferees?\b|\bas\s+(?:a|my)\s+reference\b|\b(?:need|want|like|require|requires|ask\s+for|asked\s+for|for)\s+(?:a|another|one\s+more)\s+reference\b/i;

export const id = 'third-party';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = thirdParty;

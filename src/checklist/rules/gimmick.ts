// gimmick: gifts and stunts, which read as buying favour or standing out by a trick (the source
// article's mistake #7): food, flowers, a basket or a bottle of anything, a donation in the
// reader's name, a video, song or website made for them, a shout-out, turning up in person.
// The set phrases of third-party (go-betweens) live here too; its grammar is third-party-grammar.ts.
import { maskedProse } from './masked-prose.js';
import type { Severity } from '../../model/types.js';
import { DESCRIPTIONS, MESSAGES } from '../messages.js';
import { PhraseList } from '../phrase-list.js';
import type { Hit, RuleCheck } from '../types.js';
import { clausesOf, readerNames } from './clause-words.js';
import { DOCUMENTS, GIFT_GRAMMAR, TO_THE_READER } from './gift-grammar.js';
import { giftHits, namesNoGift } from './gift-roles.js';
import { GIFT_FAVOURS, GIFT_VISITS, INVITED } from './gift-visits.js';
import { FOOD_CARRIED, READER_SIDE, WRITER_ACTS } from './gift-food.js';
import { GIFT_CLASS, PIECE } from './gift-class.js';
import { GIFT_STRUCTURE } from './gift-structure.js';
import { apostrophes, listOf } from './sentence-matches.js';

const SAME_SENTENCE = '[^.!?\\n]{0,50}?';
const GIVE =
  '(?:sent|sending|send|ordered|ordering|delivered|delivering|deliver|drop(?:ped|ping)?\\s+off|bring|bringing|brought|mailed|mailing|shipped|shipping|treat(?:ing)?|surprise|surprising)';
const FOOD =
  '(?:lunch|breakfast|brunch|pizzas?|donuts|doughnuts|bagels|cookies|cupcakes|cakes?|cheesecakes?|pies|brownies|fudge|macarons|croissants|treats|goodies|snacks|dinner|coffee|pastries|muffins|sweets|candy|chocolates|baked\\s+goods)(?![\\w-])';
/** Given as a gift, not brought along for the work: a basket sent or left at the office. */
const GIFT_GIVE =
  '(?:sent|sending|mailed|mailing|drop(?:ped|ping)?\\s+off|delivered|delivering|couriered|left|leaving|had\\s+\\w+\\s+delivered|ordered|ordering)';
/** Made or left for the reader: "baked the team cookies", "left muffins at reception". */
const MAKE_FOOD = '(?:left|leaving|baked|baking|made|making|cooked|cooking|whipped\\s+up)';
const FOR_THEM =
  '(?:to\\s+(?:say\\s+)?thank(?:s|\\s+you)|as\\s+a\\s+thank[\\s-]you|as\\s+thanks|for\\s+(?:you|your\\s+(?:\\w+\\s+)?team|the\\s+(?:\\w+\\s+)?team|everyone|the\\s+office|the\\s+panel)|at\\s+(?:the\\s+)?(?:reception|front\\s+desk|your\\s+desk|your\\s+office|the\\s+office)|on\\s+your\\s+desk)';

/** Things made to stand out: a video, a song, a website, a meme. */
const STUNT =
  '(?:video|song|poem|rap|jingle|haiku|limerick|website|web\\s*site|web\\s+page|landing\\s+page|microsite|meme|gif|comic|cartoon|sculpture|painting|drawing|portrait|mural|montage|slideshow|TikTok|reel|playlist|crossword|billboard)s?';
const MAKE =
  "(?:made|recorded|filmed|wrote|composed|created|built|designed|drew|painted|put\\s+together|shot|edited|cut|spliced|mixed|compiled|animated|produced|set\\s+up|launched|(?:am|'m)\\s+sending|attached|(?:am|'m)\\s+attaching)";
/** Made for the reader: "for you", "about your team", "to thank you", "in your honour". */
const FOR_READER =
  '(?:for\\s+(?:you|your\\s+(?:\\w+\\s+)??\\w+|the\\s+(?:\\w+\\s+)?team|everyone\\s+at)|to\\s+say\\s+thank(?:s|\\s+you)|about\\s+(?:you|your\\s+(?:\\w+\\s+)??\\w+|the\\s+team|our\\s+(?:interview|conversation|chat))|to\\s+thank\\s+you|as\\s+a\\s+(?:thank[\\s-]you|thanks)|in\\s+your\\s+hono(?:u)?r|dedicated\\s+to\\s+(?:you|your)|starring\\s+(?:you|your)|featuring\\s+(?:you|your))';
/** Where people post: a shout-out there is a stunt. */
const PLATFORM =
  '(?:on\\s+(?:LinkedIn|Twitter|Instagram|Facebook|TikTok|Threads|Bluesky|Mastodon|YouTube|social(?:\\s+media)?|my\\s+(?:blog|channel|page|feed|story|stories|newsletter|podcast))|in\\s+(?:a|my)\\s+(?:(?:LinkedIn|Instagram|Facebook|TikTok|Twitter|blog|public)\\s+)?(?:post|story|video|tweet|thread|reel))';
/** A place of the reader's, to turn up at in person. */
const THEIR_PLACE =
  '(?:your|the)\\s+(?:\\w+\\s+)?(?:office|offices|desk|store|shop|branch|site|clinic|ward|unit|kitchen|restaurant|hotel|school|building|front\\s+desk|reception|lobby|campus|factory|plant|warehouse|salon|studio|firm|bank|practice|pharmacy|garage|depot|hangar|lab)';
const TURN_UP_LATER =
  "I(?:'ll|\\s+will|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+plan\\s+to|'m\\s+planning\\s+to|\\s+am\\s+planning\\s+to|\\s+thought\\s+I'?d|\\s+might)\\s+(?:also\\s+|just\\s+|quickly\\s+|personally\\s+|probably\\s+)?(?:swing|stop|drop|pop|show|turn)";
const TURNED_UP = 'I\\s+(?:also\\s+|just\\s+|even\\s+)?(?:swung|stopped|dropped|popped|showed|turned)';

export const GIMMICKS = [
  '(?:Starbucks|Amazon|Visa|DoorDash|Uber\\s+Eats|coffee)\\s+(?:gift\\s+)?(?:card|voucher|credit)s?',
  '(?:e-?)?gift\\s*(?:cards?|codes?|vouchers?|certificates?)',
  'gift\\s+baskets?',
  'gift\\s+box(?:es)?',
  'fruit\\s+baskets?',
  'care\\s+package',
  'edible\\s+arrangements?',
  'a\\s+(?:little|small)\\s+(?:something|gift|token)',
  'token\\s+of\\s+(?:my\\s+)?(?:appreciation|gratitude|thanks)',
  '(?:DoorDash|Uber\\s+Eats|Grubhub|Instacart|Deliveroo|Postmates|Seamless)',
  `(?:${FOOD}|treats)\\s+(?:is|are)\\s+on\\s+me`,
  // Food made or left for them: "baked the team a batch of brownies", "left muffins at reception"
  `${MAKE_FOOD}\\s+(?:\\w+\\s+){0,6}?${FOOD}${SAME_SENTENCE}\\b${FOR_THEM}`,
  `${MAKE_FOOD}\\s+(?:you|your\\s+(?:\\w+\\s+)?team|the\\s+(?:\\w+\\s+)?team|everyone)\\s+(?:\\w+\\s+){0,4}?${FOOD}`,
  // A basket, a bottle, a jar of anything, given
  `${GIFT_GIVE}${SAME_SENTENCE}\\b(?:a|an|some|two|three|a\\s+little|a\\s+small)\\s+(?:\\w+\\s+)?(?:basket|bottle|hamper|bouquet|tin|jar|platter)s?\\s+of`,
  `(?:hamper|gift|present|goodie\\s+bag|goody\\s+bag|care\\s+package|basket|bouquet)s?\\s+(?:is|are|should\\s+be|will\\s+be)\\s+(?:on\\s+(?:its|their|the)\\s+way|arriving)`,
  'hand[\\s-]deliver(?:ed|ing)?\\s+(?:\\w+\\s+){0,3}?(?:to\\s+(?:you|your|the\\s+office)|(?:my|a|the)\\s+(?:thank|note|card|letter|resume|CV|portfolio|application))',
  // A surprise on its way, or a gift bought for them: "keep an eye on the front desk", "got the team a gift"
  '(?:little\\s+|small\\s+)?surprise\\s+(?:is\\s+)?(?:in\\s+the\\s+(?:mail|post)|on\\s+(?:its|the)\\s+way|coming\\s+your\\s+way|for\\s+you|for\\s+the\\s+team)',
  'keep\\s+an\\s+eye\\s+(?:on|out\\s+for)\\s+(?:your|the)\\s+(?:mail|mailbox|post|desk|front\\s+desk|reception|door|doorstep|porch|package|parcel|delivery)',
  `(?:got|bought|picked\\s+up|grabbed|ordered)\\s+(?:you|the\\s+(?:\\w+\\s+){0,2}?team|your\\s+(?:\\w+\\s+)?team|everyone)\\s+(?:a|an|some)\\s+(?:\\w+\\s+){0,2}?(?:gifts?|presents?|flowers|plants?|cards?|bottles?|something|${FOOD})`,
  // A donation or a tree in the reader's name
  `(?:donat(?:ed|ion|ing|e)|planted|plant|gave|give|contribut(?:ed|ion|ing|e)|sponsor(?:ed)?|made\\s+a\\s+gift)${SAME_SENTENCE}\\b(?:in\\s+(?:your|the\\s+(?:\\w+\\s+)?team['\u2019]?s|your\\s+(?:\\w+\\s+)?team['\u2019]?s|the\\s+company['\u2019]?s)\\s+(?:name|hono(?:u)?r)|in\\s+the\\s+(?:name|hono(?:u)?r)\\s+of\\s+(?:you|your|the\\s+(?:\\w+\\s+)?team)|on\\s+your\\s+behalf)`,
  // A video, a song, a website made for the reader, or a thank-you one
  `thank[\\s-]you\\s+${STUNT}`,
  `${MAKE}\\s+(?:you|the\\s+team|your\\s+team)\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?${STUNT}`,
  `${MAKE}\\s+(?:a|an|this|the|my)\\s+(?:\\w+\\s+){0,2}?${STUNT}${SAME_SENTENCE}\\b${FOR_READER}`,
  // Whatever it is, said to be a treat of a thanks: "a fun way to say thanks" (not the note's own "a small way")
  '(?:as\\s+)?an?\\s+(?:fun|cool|creative|different|unusual|memorable|special|tasty|sweet|delicious|festive)\\s+(?:little\\s+)?way\\s+(?:to|of)\\s+(?:say(?:ing)?\\s+)?(?:thanks|thank\\s+you)',
  // A work of any kind dedicated to them: "I'll dedicate a song to you and the crew"
  "dedicat(?:e|ed|ing)\\s+(?:a|an|this|the|my|our|tonight's|the\\s+next)\\s+(?:[\\w'-]+\\s+){0,3}?to\\s+(?:you|your|the\\s+(?:\\w+\\s+)?(?:team|crew|panel|staff|shop|office|kitchen|ward))",
  // A price perk: "give Lucciola 20% off my wine-pairing service", "offer your team a discount"
  "(?:give|offer|giving|offering|extend|extending|throw\\s+in)\\s+(?:[\\w'-]+\\s+){0,3}?(?:\\d{1,3}\\s?%|\\d{1,3}\\s+per\\s?cent|half)\\s+off",
  '(?:give|offer|giving|offering|extend|extending)\\s+(?:you|your\\s+(?:\\w+\\s+)?(?:team|staff|crew|office|events?))\\s+(?:a|an)\\s+(?:\\w+\\s+)?discount',
  // A shout-out on social media: "gave you a shout-out on LinkedIn", "tagged your team in a post"
  `shout[\\s-]?outs?${SAME_SENTENCE}\\b${PLATFORM}`,
  `(?:public(?:ly)?|LinkedIn|Twitter|Instagram|Facebook|TikTok|social\\s+media)\\s+(?:\\w+\\s+)?(?:shout[\\s-]?outs?|thank[\\s-]you\\s+post|post\\s+(?:about|thanking|tagging)\\s+(?:you|your))`,
  `(?:thanked|tagged|mentioned|featured|praised|celebrated)\\s+(?:you|your\\s+(?:\\w+\\s+)?team|the\\s+(?:\\w+\\s+)?team|your\\s+company)\\s+(?:\\w+\\s+){0,3}?${PLATFORM}`,
  '(?:posted|tweeted|wrote\\s+a\\s+post|put\\s+up\\s+a\\s+post)\\s+(?:\\w+\\s+){0,4}?(?:about|thanking|tagging|praising)\\s+(?:you|your\\s+(?:\\w+\\s+)?team|the\\s+(?:\\w+\\s+)?team|our\\s+(?:interview|conversation|chat))',
  // Turning up in person: "I'll swing by the store on Friday", "I stopped by your office"
  `${TURN_UP_LATER}\\s+(?:by|in\\s+at|into|over\\s+to|round\\s+to|up\\s+at|past)\\s+${THEIR_PLACE}`,
  `${TURNED_UP}\\s+(?:by|in\\s+at|into|over\\s+to|round\\s+to|up\\s+at|past)\\s+${THEIR_PLACE}`,
  '(?:in\\s+person)\\s+(?:\\w+\\s+){0,2}?to\\s+(?:thank\\s+you|hand\\s+(?:you|over)|deliver|drop\\s+off|give\\s+you|say\\s+thank)',
  // Turning up unannounced, however it is said: "I'll pop into the depot unannounced one morning"
  String.raw`\b(?:turn(?:ed|ing)?\s+up|show(?:ed|ing)?\s+up|(?:dropp|stopp|popp)(?:ed|ing)\s+(?:in|into|by|round)|(?:drop|stop|pop)\s+(?:in|into|by|round)|(?:come|came|coming)\s+(?:in|into|by|round))\s+(?:[\w'-]+\s+){0,5}?unannounced\b`,
  // A stunt made, then named: "a rap I wrote about your logistics team", "a video I made for you"
  `${STUNT}\\s+(?:that\\s+|which\\s+)?I(?:'ve|\\s+have)?\\s+(?:\\w+\\s+)?${MAKE}\\b${SAME_SENTENCE}\\b${FOR_READER}`,
  // A web address made for them: "I set up thanks-priya.example.com to show you why I'm the one"
  String.raw`\b${MAKE}\s+(?:(?:a|an|my|the|this)\s+(?:[\w-]+\s+){0,2}?(?:site|page|website)\s+(?:at|on|called)\s+)?(?:https?://)?(?:[\w-]+\u2024)+[a-z]{2,6}\b[^.!?\n]{0,60}?(?:\b${FOR_READER}|\bto\s+show\s+you\b|\bso\s+(?:that\s+)?you\b)`,
  // A thing named on its way to them: "a bag of chocolate coming your way by post"
  String.raw`\b(?:bag|box|parcel|package|gift|present|hamper|basket|bottle|jar|tin|crate|little\s+something|surprise|treat)s?\b[^.!?\n]{0,40}?\b(?:coming|heading|winging|on\s+(?:its|their)\s+way)\s+(?:your\s+way|to\s+you\b|to\s+your\s+(?:\w+\s+)?(?:office|desk|door|home|team|shop|store|site))`,
  // Advertising space bought to be seen: "I rented a billboard on the road to your office"
  String.raw`\bI(?:'ve|\s+have)?\s+(?:also\s+|even\s+)?(?:rented|hired|booked|bought|paid\s+for|took\s+out|put\s+up|arranged)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:billboard|skywriter|blimp|banner\s+plane|bus\s+shelter\s+ad|full-page\s+ad)s?\b`,
];

/**
 * Things that are gifts only when given: a florist sells flowers, a caterer delivers lunch, a
 * bartender opens a bottle of wine. Kept when their sentence turns to the reader (gimmick below).
 */
export const GIVEN_THINGS = [
  'bouquets?',
  'flowers',
  '(?:box(?:es)?\\s+of\\s+)?chocolates',
  'balloons',
  'bottle\\s+of\\s+(?:wine|champagne|whiske?y|bourbon|scotch)',
  `${GIVE}${SAME_SENTENCE}\\b(?:${FOOD}|gifts?|presents?|swag|wine|flowers)`,
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
const GIFT_LIST = new PhraseList(GIFT_GRAMMAR);
const GIVEN_LIST = new PhraseList(GIVEN_THINGS);

export function firstHits(prose: string, list: PhraseList, message: (phrase: string) => string): Hit[] {
  const hits: Hit[] = [];
  // Where the sentence of the last hit ends: found once per hit, so a long sentence with many
  // matches is read once, not again for each match.
  let sentenceEnd = -1;
  for (const match of list.matches(prose)) {
    const start = match.index;
    // One finding per sentence: a second pattern in the same sentence adds nothing.
    if (start <= sentenceEnd) continue;
    const end = start + match[0].length;
    // A dot joinedDots made a leader is quoted as the writer typed it.
    hits.push({ start, end, message: message(match[0].replace(/\s+/g, ' ').replaceAll('\u2024', '.')) });
    SENTENCE_END.lastIndex = end;
    sentenceEnd = SENTENCE_END.exec(prose)?.index ?? prose.length;
  }
  return hits;
}

const SENTENCE_END = /[.!?\n]/g;

/**
 * Where each sentence of `prose` starts (after . ! ? or a line break), found in one pass: a hit
 * asks for its sentence by binary search, so a long note with many hits stays linear.
 */
function sentenceStarts(prose: string): number[] {
  const starts = [0];
  for (let at = 0; at < prose.length; at += 1) {
    const char = prose[at];
    if (char === '.' || char === '!' || char === '?' || char === '\n') starts.push(at + 1);
  }
  return starts;
}

/** The index in `starts` of the sentence holding offset `at`. */
function sentenceIndex(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The sentence of `prose` holding offset `at`. */
function sentenceAt(prose: string, starts: readonly number[], at: number): string {
  const index = sentenceIndex(starts, at);
  return prose.slice(starts[index], index + 1 < starts.length ? starts[index + 1] : prose.length);
}

/**
 * Dots that end no sentence: a web address's ("I made thanks-priya.example.co.uk for you"), a
 * time's ("around 2 a.m. with four dozen donuts"), a decimal's and a short form's before more of
 * the sentence ("e.g. flowers"). A title's ("Dr. Mensah") the patterns read themselves. The sentence is read whole: they
 * become one-dot leaders, so every offset stays where it was.
 */
const NOT_ENDS =
  /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|uk|au|nz|ca|in|ie|dev|app|me|site|online|info|biz|tv|ly|gg|xyz|us)\b(?:\/[\w\-/%?=&#~+]*)?|\b[ap]\.m\.(?=\s+[a-z0-9])|\b[ap]\.(?=m\.)|(?<=\d)\.(?=\d)|\b(?:e\.g|i\.e|approx|vs|cf|incl|esp)\.(?=\s+[a-z0-9])/gi;

export function joinedDots(prose: string): string {
  return prose.includes('.') ? prose.replace(NOT_ENDS, (text) => text.replaceAll('.', '\u2024')) : prose;
}

export const gimmick: RuleCheck = (draft, context) => {
  const prose = joinedDots(maskedProse(draft, context));
  const starts = sentenceStarts(prose);
  // The broad tier (gift-roles.ts, a warning) speaks only for sentences the sure shapes leave alone.
  const sure = sureHits(prose, starts);
  const broad = [
    ...giftHits(clausesOf(draft.prose, prose), readerNames(context), MESSAGES.gimmickMaybe, draft.prose, sure),
    ...favoursAndVisits(prose, starts),
  ];
  return broad.length === 0 ? sure : firstOfSentence([...sure, ...broad], prose, starts);
};

// Broad-tier lists, so the build's anchor table holds them (sentence-matches.ts).
const VISIT_LIST = listOf(GIFT_VISITS.map(apostrophes));
const FAVOUR_LIST = listOf(GIFT_FAVOURS.map(apostrophes));
const STRUCTURE_LIST = listOf(GIFT_STRUCTURE.map(apostrophes));
const FOOD_LIST = listOf(FOOD_CARRIED.map(apostrophes));
const CLASS_LIST = listOf(GIFT_CLASS.map(apostrophes));

/**
 * A piece the reader or the hiring asked for ("as you asked, I recorded a short introduction
 * video", "the take-home brief"), or one made with the writer's own class or clients, is no stunt.
 */
const ASKED_FOR =
  /\b(?:you|the\s+(?:\w+\s+)?(?:team|panel|recruiter|brief|posting|advert|ad|application))\s+(?:\w+\s+)?(?:asked|requested|wanted|invited|suggested|required|requires|asks)\b|\bas\s+(?:requested|asked|instructed)\b|\b(?:take-?home|assignment|exercise|brief|task)\b|\bwith\s+my\s+(?:students|class|pupils|choir|clients|customers|kids)\b/i;

/** The reader as the one who gives: "I liked that you give the staff free lunches". */
const READERS_OWN =
  /\b(?:you|your\s+(?:company|firm|team|shop|store|practice))\s+(?:\w+\s+)?(?:offer|offers|offered|give|gives|gave|provide|provides|provided|bring|brings|brought|buy|buys|bought|bake|bakes|baked|send|sends|sent|treat|treats|treated)\b/i;

/** A hiring step where cooking or baking is the test: "the trial shift", "the practical". */
const HIRING_STEP = /\b(?:trial|tasting|practical|cook-?off|stage|assessment)\b/i;

/**
 * Food or a treat the writer brings, sends or leaves for the reader's side (gift-food.ts): sure,
 * so an error, however the rest of the sentence is worded. Not the writer's own meal, a story of
 * their work elsewhere, or food cooked as a step of the hiring itself.
 */
function foodHits(prose: string, starts: readonly number[]): Hit[] {
  return firstHits(prose, FOOD_LIST, MESSAGES.gimmick).filter((hit) => {
    const sentence = sentenceAt(prose, starts, hit.start);
    const after = prose.slice(hit.start, starts[sentenceIndex(starts, hit.start) + 1] ?? prose.length);
    return (
      WRITER_ACTS.test(sentence) &&
      (READER_SIDE.test(after) || /^treat/i.test(prose.slice(hit.start, hit.end))) &&
      !OWN_MEAL.test(prose.slice(hit.start, hit.end)) &&
      !WORK_STORY.test(sentence) &&
      !HIRING_STEP.test(sentence)
    );
  });
}

/** Whom a thing is for, at the end of a hit: "for the deck crew", "to your office". */
const RECIPIENT = /\s(?:for|to|at|with)\s+(?:you|your|the|everyone|all)\b[\s\S]*$/i;

/** What a visit brings along, after "with" or "bring": "I plan to visit" carries no plans. */
const carried = (visit: string) => /\b(?:with|bring|bringing|brought|carrying)\b([\s\S]*)$/i.exec(visit)?.[1] ?? '';

/** Visits of the writer's own plan (gift-visits.ts), not one the reader invited; favours offered, as warnings. */
function favoursAndVisits(prose: string, starts: readonly number[]): Hit[] {
  // Papers brought along on the visit ("with copies of my certificates") are the application, not a gift.
  const visits = firstHits(prose, VISIT_LIST, MESSAGES.gimmickVisit).filter(
    (hit) => !INVITED.test(sentenceAt(prose, starts, hit.start)) && !DOCUMENTS.test(carried(prose.slice(hit.start, hit.end))),
  );
  // An unpaid trial shift is part of hiring in many trades, not a favour.
  const favours = firstHits(prose, FAVOUR_LIST, MESSAGES.gimmickMaybe).filter((hit) => {
    const sentence = sentenceAt(prose, starts, hit.start);
    return !WORK_STORY.test(sentence) && !/\btrial\b/i.test(sentence);
  });
  // Given by its structure (gift-structure.ts): not the application's papers, a trial, or a story of work elsewhere.
  const given = firstHits(prose, STRUCTURE_LIST, MESSAGES.gimmickMaybe).filter((hit) => {
    const sentence = sentenceAt(prose, starts, hit.start);
    // The thing given, not whom it is for: "the deck crew" names no slide deck.
    // A thing on its way is named before the hit ("a printed copy is on its way"): read that too.
    const from = /^(?:is|are|it|they)\b/i.test(prose.slice(hit.start, hit.end))
      ? Math.max(starts[sentenceIndex(starts, hit.start)]!, hit.start - 40)
      : hit.start;
    const thing = prose.slice(from, hit.end).replace(RECIPIENT, '');
    return !WORK_STORY.test(sentence) && !/\btrial\b/i.test(sentence) && !DOCUMENTS.test(thing);
  });
  // Given by its class (gift-class.ts): not a piece the reader asked for, the papers, or work elsewhere.
  const classed = firstHits(prose, CLASS_LIST, MESSAGES.gimmickMaybe).filter((hit) => {
    const sentence = sentenceAt(prose, starts, hit.start);
    return (
      !WORK_STORY.test(sentence) &&
      !OWN_PEOPLE.test(sentence) &&
      !ASKED_FOR.test(sentence) &&
      !READERS_OWN.test(sentence) &&
      !DOCUMENTS.test(thingMade(prose.slice(hit.start, hit.end)))
    );
  });
  // A visit nobody asked for is turning up in person, an error by the README's rule table.
  return [
    ...visits.map((hit) => ({ ...hit, severity: 'error' as const })),
    ...[...favours, ...given, ...classed].map((hit) => ({ ...hit, severity: 'warning' as const })),
  ];
}

/** The sure shapes: the set phrases, and a gift by the grammar of gift-grammar.ts. */
function sureHits(prose: string, starts: readonly number[]): Hit[] {
  // A gift is given to someone, and the application's own papers are not one ("copies of my
  // certificates"); a florist's flowers are a gift only when the sentence hands them over.
  const given = firstHits(prose, GIFT_LIST, MESSAGES.gimmick).filter((hit) => {
    // What arrives is named before the hit ("The report will arrive at your office"): read a few
    // words before it too. A hit that starts at the giving names its thing inside it.
    const text = prose.slice(hit.start, hit.end);
    const arrives = /^(?:is|are|'s|should|will|to)\b/i.test(text);
    const from = arrives ? Math.max(starts[sentenceIndex(starts, hit.start)]!, hit.start - 40) : hit.start;
    const read = prose.slice(from, hit.end);
    return !DOCUMENTS.test(read) && !namesNoGift(read) && !broughtAsAFigure(text);
  });
  const things = firstHits(prose, GIVEN_LIST, MESSAGES.gimmick);
  const food = foodHits(prose, starts);
  // A set phrase in a story of the writer's work elsewhere ("we shipped gift baskets to clients
  // each December at my old firm") gives the reader nothing.
  const phrases = firstHits(prose, GIMMICK_LIST, MESSAGES.gimmick).filter((hit) => {
    const sentence = sentenceAt(prose, starts, hit.start);
    if (customersVisit(prose.slice(hit.start, hit.end), sentence)) return false;
    return (!WORK_STORY.test(sentence) && !OWN_PEOPLE.test(sentence)) || TO_THE_READER.test(sentence);
  });
  if (given.length === 0 && things.length === 0 && food.length === 0) return phrases;
  // "brought my lunch to the interview" is the writer's own meal, not a thing handed over.
  const handed = things.filter((hit) => {
    const sentence = sentenceAt(prose, starts, hit.start);
    // "At my last job I brought pastries to the front desk" is a story of work elsewhere.
    return TO_THE_READER.test(sentence) && !WORK_STORY.test(sentence) && !OWN_MEAL.test(prose.slice(hit.start, hit.end));
  });
  return firstOfSentence([...phrases, ...handed, ...given, ...food], prose, starts);
}

/**
 * "I'd bring real energy to your team", "bring that habit to your crew": what one brings *to* a
 * team is a quality, a figure of speech; a thing brought is brought *for* them ("bring pastries
 * for the team"), or is one named before ("bring it to the shop"). Food and bottles brought to
 * the office are found by their own shapes.
 */
function broughtAsAFigure(text: string): boolean {
  return BRING.test(text) && !BROUGHT_FOR.test(text) && !BROUGHT_THING.test(text);
}

const BRING = /\b(?:bring|bringing|brought)\b/i;
/** A thing named before and brought along: "I made you a fire pit and will bring it to the shop". */
const BROUGHT_THING = /\b(?:bring|bringing|brought)\s+(?:it|them|one)\b/i;
const BROUGHT_FOR = /\bfor\s+(?:you|your|everyone|everybody|(?:each|all|both)\s+of\s+you)\b/i;

/** A place open to anyone, where a visit is a customer's: "I stopped by the shop on Saturday". */
const OPEN_PLACE =
  /^I\s+(?:also\s+|just\s+|even\s+)?\w+\s+(?:by|in\s+at|into|over\s+to|round\s+to|up\s+at|past)\s+the\s+(?:\w+\s+)?(?:store|shop|branch|restaurant|hotel|salon|bank|pharmacy|garage|bakery|cafe|bar)$/i;
/** What makes a visit one paid to the reader: a purpose, a thing brought, or the reader met. */
const VISIT_FOR_READER =
  /\b(?:to\s+(?:see|thank|drop|give|hand|deliver|bring|introduce|say|meet|ask|leave|check)|with\s+(?:a|an|some|two|three|a\s+few)|and\s+(?:left|dropped|gave|handed|asked|introduced)|you|your|in\s+person|unannounced)\b/i;

/**
 * A visit the writer made to a shop or a restaurant as anyone may ("I stopped by the shop on
 * Saturday and noticed the loaves"), with no purpose toward the reader: a customer's, not a stunt.
 */
function customersVisit(found: string, sentence: string): boolean {
  return OPEN_PLACE.test(found) && !VISIT_FOR_READER.test(sentence);
}

/**
 * The thing a hit names, up to a piece it may be (gift-class.ts's PIECE): "a video walking
 * through my plan" is a video, not a plan, and no paper of the application.
 */
function thingMade(text: string): string {
  const piece = PIECE_WORD.exec(text);
  return piece ? text.slice(0, piece.index + piece[0].length) : text;
}

const PIECE_WORD = new RegExp(`\\b${PIECE}\\b`, 'i');

/**
 * Made with or for the writer's own people, as their work: "I wrote a song with my students for
 * the school assembly", "a video for my pupils about long division".
 */
const OWN_PEOPLE =
  /\b(?:with|for)\s+my\s+(?:[\w-]+\s+){0,2}?(?:students|pupils|class|classes|choir|kids|children|colleagues|crew|clients|customers|patients|residents|scouts|players|learners|trainees|apprentices|group|band|congregation|church|community|followers|subscribers|listeners)\b/i;

/** A sentence about the writer's work at another place, or for its customers. */
const WORK_STORY =
  /\b(?:at|in|for)\s+my\s+(?:last|previous|former|old|current|first)\b|\b(?:every|each)\s+(?:year|december|christmas|week|month|season|holiday|weekend|shift|spring|summer|autumn|winter)\b|\b(?:to|for)\s+(?:(?:our|the|its|their|\w+)\s+){0,3}?(?:clients|customers|guests|patients|members|donors)\b/i;

const OWN_MEAL = /\bmy\s+(?:own\s+)?(?:lunch|breakfast|brunch|dinner|coffee|snacks?)\b/i;

/** One finding per sentence, the first of `hits` that falls in it (the set phrases before the grammar), in reading order. */
export function firstOfSentence(hits: readonly Hit[], prose: string, starts: readonly number[] = sentenceStarts(prose)): Hit[] {
  const bySentence = new Map<number, Hit>();
  for (const hit of hits) {
    const sentence = sentenceIndex(starts, hit.start);
    if (!bySentence.has(sentence)) bySentence.set(sentence, hit);
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

export const id = 'gimmick';
export const severity: Severity = 'error';
export const description: string = DESCRIPTIONS[id];
export const check: RuleCheck | null = gimmick;

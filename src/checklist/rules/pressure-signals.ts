// tone-impatient's broad tier: pressure aimed at the reader, by kind, within one sentence. A
// deadline of the writer's making set against an answer the reader owes ("could you let me know
// by Friday", "a decision within 48 hours"), a demand ("I need a decision"), leverage ("another
// offer", "I can't wait much longer"), guilt ("after all the time I put in") and repeated chasing
// ("third e-mail", "yet again", "still haven't heard"). A writer saying what they will do
// ("I will send the form by Friday"), or asking within the timeframe the reader gave ("as you
// mentioned, by the end of the week"), is not pressure. These hits are warnings.
import { MESSAGES } from '../messages.js';
import { sentencesOf } from '../text.js';
import type { Hit } from '../types.js';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const COUNT = '(?:\\d{1,3}|one|two|three|four|five|six|seven|ten|a\\s+few|a\\s+couple\\s+of)';
/** A point in time the reader is held to: "by Friday", "within 48 hours", "before the end of the week". */
const DEADLINE = new RegExp(
  `\\b(?:by|before|no\\s+later\\s+than|within|until|till|ahead\\s+of)\\s+(?:the\\s+)?(?:(?:very\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:day|week|month|business|play)|close\\s+of\\s+(?:business|play)|today|tonight|tomorrow|(?:this|next)\\s+(?:week|weekend|morning|afternoon|evening|${WEEKDAY})|${WEEKDAY}|noon|midday|midnight|eod|cob|eow|${COUNT}\\s+(?:business\\s+|working\\s+)?(?:hours?|days?|weeks?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the\\s+\\d{1,2}(?:st|nd|rd|th))\\b`,
);
/** What the reader would owe by then: an answer, a decision, a call. */
const OWED =
  /\b(?:yes\s+or\s+(?:a\s+)?no|let\s+me\s+know|tell\s+me|inform\s+me|hear(?:ing)?\s+(?:back|from\s+you)|get(?:ting)?\s+back\s+to\s+me|respond|response|reply|answer|decision|decide|update|confirm(?:ation)?|word|news|outcome|offer|feedback|call\s+me|contact\s+me|know\s+(?:where|whether|if|one\s+way))\b/;
/** The reader's own timeframe, or the writer's own undertaking: then a date is not pressure. */
export const THEIR_TIMEFRAME =
  /\b(?:you|they|dana|the\s+(?:team|panel|recruiter))\s+(?:said|mentioned|told|expected|expect|hoped|hope|planned|plan|indicated|noted|explained|estimated|suggested|gave|were\s+hoping|would|will)\b|\byou(?:'d|'ll|'re\s+(?:hoping|planning|aiming))\b|\bas\s+(?:discussed|agreed|planned|promised|mentioned|arranged)\b|\bwe\s+(?:agreed|discussed|said)\b|\b(?:timeline|timeframe|time\s+frame|time\s*line|schedule|window|date)\s+(?:you|that\s+you|we|mentioned|given|shared|set)\b|\byour\s+(?:timeline|timeframe|time\s+frame|schedule|note|e-?mail|message|recruiter)\b|\b(?:no\s+rush|no\s+pressure|whenever|convenience|in\s+your\s+own\s+time)\b/;
/** The writer as the one who does the thing by then: "I will send it by Friday", "I'm free until noon". */
const WRITER_DOES =
  /\b(?:i(?:'ll|\s+will|\s+can|\s+could|\s+shall|'d\s+be\s+(?:happy|glad)\s+to|\s+would\s+be\s+(?:happy|glad)\s+to|\s+am\s+able\s+to|'m\s+able\s+to|\s+plan\s+to|\s+intend\s+to|\s+aim\s+to|'m\s+(?:available|free|around|away|off|travelling|traveling|on\s+leave)|\s+am\s+(?:available|free|around|away|off|travelling|traveling|on\s+leave))|i'll\s+be|i\s+will\s+be)\s+(?:\S+\s+){0,6}?(?:by|before|no\s+later|within|until|till)\b/;

/** Each a kind of pressure that needs no date: demands, leverage, guilt and chasing. */
const SIGNALS: readonly RegExp[] = [
  // A demand: "I really need a decision", "I expect an answer", "I must hear from you"
  /\bi\s+(?:really\s+|do\s+|truly\s+|absolutely\s+|simply\s+|just\s+|now\s+|will\s+)*(?:need|must|require|demand|insist\s+on|expect)\s+(?:to\s+(?:know|hear|be\s+told|be\s+informed|have)\s+|(?:an?\s+|your\s+|some\s+|a\s+firm\s+|a\s+final\s+|a\s+clear\s+)?)(?:answer|decision|response|reply|update|clarity|confirmation|commitment|word|timeline|news|outcome|result|where\s+i\s+stand|whether|if\s+(?:i|you)|one\s+way|from\s+you|back)\b/,
  // Leverage: "another offer", "an offer that expires", "I can't wait much longer", "look elsewhere"
  /\b(?:another|other|competing|outside|rival|second|pending|separate|two|several)\s+(?:job\s+|firm\s+|written\s+|formal\s+|verbal\s+)?offers?\b/,
  /\boffers?\s+(?:from\s+(?:another|a\s+different|a\s+competing)|elsewhere|on\s+the\s+table|(?:that\s+)?expir\w*)\b/,
  /\b(?:can't|cannot|can\s+not|won't|will\s+not|unable\s+to)\s+(?:keep\s+)?(?:wait(?:ing)?|hold\s+(?:on|out|off))\s+(?:forever|indefinitely|much\s+longer|any\s+longer|long|around|for\s+ever)\b/,
  /\b(?:can't|cannot|can\s+not|won't|will\s+not)\s+keep\s+(?:chasing|asking|writing|calling|waiting|following\s+up|e-?mailing|ringing)\b/,
  /\bi(?:'ve|\s+have|'m|\s+am)?\s+(?:\S+\s+){0,2}?(?:put|putting|holding|kept|keeping|placed)\s+(?:\S+\s+){0,4}?on\s+hold\b/,
  /\b(?:look(?:ing)?|go(?:ing)?|accept(?:ing)?|take\s+(?:my\s+)?(?:skills|talents))\s+elsewhere\b/,
  /\b(?:i\s+have|i've\s+got|i've|explore|exploring|weigh(?:ing)?|consider(?:ing)?|pursue|pursuing)\s+(?:my\s+|some\s+|several\s+|a\s+few\s+)?other\s+(?:options|opportunities)\b/,
  /\b(?:other|another)\s+(?:compan(?:y|ies)|employers?|firms?|practices?|schools?|hospitals?|clinics?|agencies)\s+(?:is|are|has|have)\s+(?:\S+\s+){0,2}?(?:interested|waiting|offered|pushing|asking|keen|pressing)\b/,
  // Guilt: "after all the time I put in", "I have been waiting", "the least you could do"
  /\bafter\s+(?:all|everything)\s+(?:the\s+|my\s+|of\s+the\s+|that\s+)?(?:time|effort|work|hours|energy|trouble|preparation|travel|miles|money|i)\b/,
  /\bi(?:'ve|\s+have)\s+(?:\S+\s+){0,2}?(?:been\s+waiting|waited)\b/,
  /\b(?:least|minimum)\s+(?:you|they|anyone|your\s+\w+)\s+(?:could|can|should)\b/,
  /\bonly\s+to\s+(?:hear|be\s+(?:ignored|left|told)|get\s+(?:nothing|no)|receive\s+(?:nothing|no))\b/,
  /\b(?:common|basic)\s+(?:courtesy|decency|respect|manners)\b/,
  /\b(?:was|wasn't|isn't|be|been|all)\s+for\s+nothing\b/,
  /\bi(?:'ve|\s+have)?\s+(?:\S+\s+){0,2}?(?:turned\s+down|gave\s+up|given\s+up|passed\s+up|cancel(?:l)?ed|skipped|missed|declined|postponed)\b[^.!?\n]{0,60}?\bto\s+(?:be\s+(?:available|here|there|free)|attend|come\s+in|make\s+(?:it|the\s+interview|time)|interview)\b/,
  /\bi\s+(?:\S+\s+){0,2}?deserve\b[^.!?\n]{0,30}?\b(?:answer|response|reply|yes|no|decision|courtesy|to\s+know|to\s+be\s+told|to\s+hear|better|explanation|update|call)\b/,
  /\bcounting\s+on\s+you\b/,
  // Time counted at the reader: "I'd hoped to have heard by now", "it's been a whole week"
  /\b(?:hoped|expected|thought|assumed|would\s+have|should\s+have|i'd\s+have)\b[^.!?\n]{0,40}?\bby\s+now\b/,
  /\b(?:it's|it\s+has)\s+(?:now\s+|already\s+)?been\s+(?:a\s+whole|over\s+a|more\s+than\s+a|a\s+full|nearly\s+a|almost\s+a|(?:over|more\s+than|nearly|almost)\s+(?:\d+|two|three|four|five|six))\s+(?:\S+\s+)?(?:days?|weeks?|months?)\b/,
  // Chasing: "following up again", "yet again", "my third e-mail", "still haven't heard"
  /\b(?:writing|following\s+up|asking|e-?mailing|chasing|reaching\s+out|reminding\s+you|nudging|messaging|pinging|contacting\s+you|calling)\s+(?:\S+\s+){0,3}?(?:again|once\s+more|one\s+more\s+time)\b/,
  /\byet\s+again\b/,
  /\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th|several|multiple|numerous|repeated)\s+(?:e-?mails?|messages?|voicemails?|follow-?ups?|reminders?|attempts?|calls?|times?\s+(?:i|that\s+i))\b/,
  /\bstill\s+(?:have\s+not|haven't|hasn't|has\s+not|had\s+not|hadn't)\s+(?:\S+\s+)?(?:heard|received|had|got(?:ten)?|seen)\b|\bstill\s+no\s+(?:word|news|reply|response|answer|update|decision)\b|\bstill\s+(?:yet\s+to|without)\s+(?:hear|a\s+reply|an?\s+answer|word|news|a\s+response|an?\s+update)\b/,
  /\b(?:no\s+one|nobody|no-one)\s+(?:has|have)\s+(?:\S+\s+){0,2}?(?:replied|responded|answered|called|written|got\s+back|gotten\s+back)\b/,
];
/** A sentence that withdraws or accepts elsewhere is news, not leverage: "I have accepted another offer". */
const WITHDRAWING = /\b(?:accepted|decided\s+to\s+accept|withdraw|withdrawing|withdrew|signed)\b/;

/** The hits of the broad tier, each a warning, at most one per sentence. */
export function pressureWarnings(prose: string): Hit[] {
  const hits: Hit[] = [];
  for (const sentence of sentencesOf(prose)) {
    // Lower case and one apostrophe, keeping every offset: the match is placed back in the prose.
    const text = sentence.text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
    const match = deadlineSet(text) ?? signalIn(text);
    if (!match) continue;
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    hits.push({ start, end, severity: 'warning', message: MESSAGES.pressureBroad(prose.slice(start, end).replace(/\s+/g, ' ')) });
  }
  return hits;
}

/** A deadline the writer sets for the reader's answer, not one the reader gave. */
function deadlineSet(text: string): RegExpExecArray | null {
  const deadline = DEADLINE.exec(text);
  if (!deadline || !OWED.test(text) || THEIR_TIMEFRAME.test(text) || WRITER_DOES.test(text)) return null;
  return deadline;
}

function signalIn(text: string): RegExpExecArray | null {
  for (const signal of SIGNALS) {
    const match = signal.exec(text);
    if (!match) continue;
    if (signal.source.includes('offer') && WITHDRAWING.test(text)) continue;
    if (signal.source.includes('waited') && THEIR_TIMEFRAME.test(text)) continue;
    return match;
  }
  return null;
}

// tone-impatient's broad tier: pressure aimed at the reader, by kind, within one sentence. A
// deadline of the writer's making set against an answer the reader owes ("could you let me know
// by Friday", "a decision within 48 hours"), a demand ("I need a decision"), leverage ("another
// offer", "I can't wait much longer"), guilt ("after all the time I put in") and repeated chasing
// ("third e-mail", "yet again", "still haven't heard"). A writer saying what they will do
// ("I will send the form by Friday"), or asking within the timeframe the reader gave ("as you
// mentioned, by the end of the week"), is not pressure. These hits are warnings.
import { MESSAGES } from '../messages.js';
import type { PhraseList } from '../phrase-list.js';
import type { Hit } from '../types.js';
import { PRESSURE_PLEAS } from './pressure-pleas.js';
import { PRESSURE_STRUCTURE } from './pressure-structure.js';
import { apostrophes, bySentence, listOf, sentencesFor } from './sentence-matches.js';

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const COUNT = '(?:\\d{1,3}|one|two|three|four|five|six|seven|ten|a\\s+few|a\\s+couple\\s+of)';
const BY = '\\b(?:by|before|no\\s+later\\s+than|within|until|till|ahead\\s+of)\\s+(?:the\\s+)?';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
/**
 * A point in time the reader is held to: "by Friday", "within 48 hours", "before the end of the
 * week". One pattern per kind of time, so a note without such a time word compiles none of them.
 */
const DEADLINE = listOf(
  [
    `${BY}(?:very\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:day|week|month|business|play)\\b`,
    `${BY}close\\s+of\\s+(?:business|play)\\b`,
    `${BY}(?:(?:this|next)\\s+)?(?:today|tonight|tomorrow|week|weekend|morning|afternoon|evening|noon|midday|midnight|eod|cob|eow|${WEEKDAY})\\b`,
    `${BY}${COUNT}\\s+(?:business\\s+|working\\s+)?(?:hours?|days?|weeks?)\\b`,
    `${BY}(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\d{1,2}(?:st|nd|rd|th))\\b`,
    // An answer asked for within a span the writer names, without "by": "please let me know this week"
    String.raw`\b(?:let\s+me\s+know|tell\s+me|get\s+back\s+to\s+me|reply|respond|answer|decide|confirm)\s+(?:\w+\s+)?(?:this|within\s+the)\s+(?:week|month)\b`,
  ].map(apostrophes),
);
/** What the reader would owe by then: an answer, a decision, a call. */
const OWED_LIST = listOf(
  [
    String.raw`\b(?:yes\s+or\s+(?:a\s+)?no|let\s+me\s+know|tell\s+me|inform\s+me|hear(?:ing)?\s+(?:back|from\s+you)|get(?:ting)?\s+back\s+to\s+me|respond|response|reply|answer|decision|decide|update|confirm(?:ation)?|word|news|outcome|offer|feedback|call\s+me|contact\s+me|know(?:ing)?\s+(?:where|whether|if|one\s+way)|where\s+(?:things|i|we|it)\s+stands?|(?:wrap|tie)\s+(?:this|things|it)\s+up|(?:get|have)\s+(?:this|things|it)\s+(?:sorted|settled|resolved|finali[sz]ed|decided))\b`,
  ].map(apostrophes),
);
/** The reader's own timeframe, or the writer's own undertaking: then a date is not pressure. */
const THEIR_TIMEFRAME_LIST = listOf(
  [
    String.raw`\b(?:you|they|the\s+(?:team|panel|recruiter|manager))\s+(?:said|mentioned|told|expected|expect|hoped|hope|planned|plan|indicated|noted|explained|estimated|suggested|gave|were\s+hoping|would|will)\b`,
    String.raw`\byou(?:'d|'ll|'re\s+(?:hoping|planning|aiming))\b`,
    String.raw`\b(?:you|they)\s+(?:were|are|had\s+been|have\s+been)\s+(?:hoping|planning|aiming|expecting|going|due|set|looking)\b`,
    // The reader's plan as news of it: "I understood the decision would come by November 30"
    String.raw`\b(?:decision|decisions|answer|news|outcome|update|offer|word|results?|choice)\s+(?:would|will|was\s+going\s+to|is\s+going\s+to|should|might|was\s+to|is\s+to)\s+(?:\w+\s+)?(?:come|be\s+(?:made|ready|out|final|taken|announced|sent|shared|in)|arrive|go\s+out|land)\b`,
    String.raw`\bas\s+(?:discussed|agreed|planned|promised|mentioned|arranged)\b`,
    // A date the reader set the writer: "you asked me to confirm by Thursday", "as requested, by noon"
    String.raw`\b(?:you|they|the\s+(?:team|panel|recruiter|manager))\s+(?:asked|requested|wanted|needed|told)\s+(?:me|us|for|to|that)\b|\bas\s+(?:you\s+)?(?:asked|requested)\b`,
    String.raw`\bwe\s+(?:agreed|discussed|said)\b`,
    String.raw`\b(?:timeline|timeframe|time\s+frame|time\s*line|schedule|window|date)\s+(?:you|that\s+you|we|mentioned|given|shared|set)\b`,
    String.raw`\byour\s+(?:timeline|timeframe|time\s+frame|schedule|note|e-?mail|message|recruiter)\b`,
    String.raw`\b(?:no\s+rush|no\s+pressure|whenever|convenience|in\s+your\s+own\s+time)\b`,
    // The reader's date by anyone's report or in the passive: "Chef Elodie mentioned a decision by
    // the 4th", "the decision was expected by November 20", "a decision is due within two weeks"
    String.raw`\b(?:mentioned|said|told\s+(?:me|us)|explained|indicated|noted|estimated|suggested|promised)\s+(?:that\s+)?(?:an?\s+|the\s+|their\s+|your\s+)?(?:final\s+)?(?:decision|timeline|answer|update|news|word|outcome|offer)\b`,
    String.raw`\b(?:was|were|is|are|had\s+been|has\s+been|would\s+be|will\s+be)\s+(?:\w+\s+)?(?:expected|planned|scheduled|due|promised|slated|meant|supposed|set|aimed|targeted)\b`,
    // Anyone's hope or plan reported: "Wendell had hoped to decide by November 24"
    String.raw`\b(?:had|has)\s+(?:hoped|planned|expected|aimed|intended|meant)\s+to\s+(?:decide|make|have|get\s+back|let|finish|confirm|announce)\b`,
    // What they told the writer to expect: "I was told to expect a decision by Friday"
    String.raw`\b(?:(?:was|were|been|am|are)\s+told|told\s+(?:me|us)|(?:was|were)\s+(?:advised|asked))\s+to\s+expect\b`,
  ].map(apostrophes),
);
/** A word between the writer's "will" and a demand: "I will therefore require", "I'll really need". */
const ADVERB = String.raw`(?:therefore|thus|hence|then|also|now|still|\w+ly)\s+`;
/** The writer as the one who does the thing by then: "I will send it by Friday", "I'm free until noon". */
const WRITER_DOES_LIST = listOf(
  [
    String.raw`\b(?:i(?:'ll(?!\s+(?:${ADVERB})?(?:need|want|require|expect|have\s+to\s+(?:know|hear|have)))|\s+will(?!\s+(?:${ADVERB})?(?:need|want|require|expect))|\s+can|\s+could|\s+shall|'d\s+be\s+(?:happy|glad)\s+to|\s+would\s+be\s+(?:happy|glad)\s+to|\s+am\s+able\s+to|'m\s+able\s+to|\s+plan\s+to|\s+intend\s+to|\s+aim\s+to|'m\s+(?:available|free|around|away|off|travelling|traveling|on\s+leave)|\s+am\s+(?:available|free|around|away|off|travelling|traveling|on\s+leave))|i'll\s+be|i\s+will\s+be)\s+(?:[^.!?\n]{0,72}?\s)?(?:by|before|no\s+later|within|until|till)\b`,
    // An offer on the reader's terms: "if you need my references by Friday, let me know"
    String.raw`\b(?:if\s+you\s+(?:need|want|would\s+like|'d\s+like|require)|should\s+you\s+(?:need|want|require))\b`,
  ].map(apostrophes),
);

/** Each a kind of pressure that needs no date: demands, leverage, guilt and chasing. */
const SIGNALS = listOf(
  [
    // A demand: "I really need a decision", "I expect an answer", "I must hear from you"
    String.raw`\bi(?:'ll)?\s+(?:really\s+|do\s+|truly\s+|absolutely\s+|simply\s+|just\s+|now\s+|will\s+|therefore\s+|thus\s+|hence\s+|then\s+|also\s+)*(?:need|must|require|demand|insist\s+on|expect)\s+(?:to\s+(?:know|hear|be\s+told|be\s+informed|have)\s+|(?:an?\s+|your\s+|some\s+|a\s+firm\s+|a\s+final\s+|a\s+clear\s+)?(?:(?:written|formal|final|firm|clear|prompt|official|definite)\s+)?)(?:answer|decision|response|reply|update|clarity|confirmation|commitment|word|timeline|news|outcome|result|where\s+i\s+stand|whether|if\s+(?:i|you)|one\s+way|from\s+you|back)\b`,
    String.raw`\b(?:need|want|require|expect)\s+(?:a\s+|an\s+|your\s+)?(?:straight|simple|clear|quick|firm|final)?\s*yes\s+or\s+(?:a\s+)?no\b`,
    // An errand demanded at once: "please send it today", "please reply right away"
    String.raw`\bplease\s+(?:just\s+)?(?:send|reply|respond|answer|decide|confirm|forward|update\s+me|let\s+me\s+know|tell\s+me|get\s+back\s+to\s+me|call\s+me\s+back)\b(?:\s+\w+){0,3}?\s+(?:today|tonight|right\s+away|immediately|straight\s+away|at\s+once|now|this\s+(?:morning|afternoon|evening))\b`,
    // Chasing promised without end: "I will keep calling every day until someone gives me an answer"
    String.raw`\bi(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+shall)\s+(?:just\s+)?(?:keep|continue|carry\s+on)\s+(?:calling|ringing|phoning|e-?mailing|writing|chasing|following\s+up|checking\s+in|messaging|texting|coming\s+(?:in|by))\b[^.!?\n]{0,30}?\b(?:until|till|every|each|daily)\b`,
    // Leverage: "another offer", "an offer that expires", "I can't wait much longer", "look elsewhere"
    String.raw`\b(?:another|other|competing|outside|rival|second|pending|separate|two|several)\s+(?:job\s+|firm\s+|written\s+|formal\s+|verbal\s+)?offers?\b`,
    String.raw`\boffers?\s+(?:from\s+(?:another|a\s+different|a\s+competing)|elsewhere|on\s+the\s+table|(?:that\s+)?expir\w*)\b`,
    String.raw`\b(?:can't|cannot|can\s+not|won't|will\s+not|unable\s+to)\s+(?:keep\s+)?(?:wait(?:ing)?|hold\s+(?:on|out|off))\s+(?:forever|indefinitely|much\s+longer|any\s+longer|long|around|for\s+ever)\b`,
    String.raw`\b(?:can't|cannot|can\s+not|won't|will\s+not)\s+keep\s+(?:chasing|asking|writing|calling|waiting|following\s+up|e-?mailing|ringing)\b`,
    // Any sacrifice the writer says cannot go on: "I can't keep doing that for much longer"
    String.raw`\b(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to)\s+(?:keep\s+)?(?:\w+ing|do\s+(?:that|this)|hold\s+(?:it|them|that|this)|(?:keep|hold|leave)\s+(?:my|the|this|that|it|them|things)\b)\b[^.!?\n]{0,30}?\b(?:much\s+longer|any\s+longer|forever|indefinitely|past\s+\w+day)\b`,
    // Guilt for the writer's bind: "you're really putting me in a tough spot"
    String.raw`\b(?:putting|put|leaving|left|placing|placed)\s+me\s+in\s+(?:a|an|such\s+a|quite\s+a|a\s+really|a\s+very)\s+(?:\w+\s+)?(?:spot|position|bind|situation|corner)\b`,
    // An answer wanted now, with no "by": "I'd appreciate an answer this week", "can you tell me now?"
    String.raw`\b(?:answer|decision|response|reply|update|word|yes\s+or\s+no)\s+(?:from\s+you\s+)?(?:this\s+(?:week|morning|afternoon|evening)|today|tonight|tomorrow|now|right\s+away|immediately)\b`,
    String.raw`\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:just\s+)?(?:tell|let)\s+me\s+(?:know\s+)?(?:now|today|tonight|right\s+away|immediately|straight\s+away)\b`,
    String.raw`\bi(?:'ve|\s+have|'m|\s+am)?\s+(?:\w+\s+)?(?:put|putting|holding|kept|keeping|placed)\s+(?:(?:another|the|an?|my|other|that|this|their|two|both)\s+)?(?:\w+\s+)?(?:offers?|jobs?|roles?|positions?|opportunit(?:y|ies)|decision|search|plans|acceptance|them|it|everything|things|employer|firm|company)\s+on\s+hold\b`,
    String.raw`\b(?:look(?:ing)?|go(?:ing)?|accept(?:ing)?|take\s+(?:my\s+)?(?:skills|talents))\s+elsewhere\b`,
    // Whatever the writer would take away: "I will take my application elsewhere", "move my search somewhere else"
    String.raw`\b(?:take|taking|bring|bringing|move|moving|turn|turning)\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:elsewhere|somewhere\s+else)\b`,
    // Withdrawal held over the reader: "unless I hear by Friday I will withdraw", "I'll pull my application if"
    String.raw`\b(?:if|unless)\s+i\b[^.!?\n]{0,50}?\bi(?:'ll|\s+will|\s+shall|\s+must|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:have\s+to\s+|need\s+to\s+)?(?:withdraw|pull|retract)\b|\bi(?:'ll|\s+will|\s+shall)\s+(?:have\s+to\s+|need\s+to\s+)?(?:withdraw|pull|retract)\s+(?:my\s+)?(?:\w+\s+)?(?:application|candidacy|name)\b[^.!?\n]{0,40}?\b(?:if|unless)\b`,
    // The wait held against the reader: "a long time to leave a person wondering", "three weeks is too long"
    String.raw`\b(?:leave|leaving|left|keep|keeping|kept)\s+(?:a\s+person|someone|somebody|people|candidates?|applicants?|anyone|us|me)\s+(?:waiting|wondering|guessing|hanging|in\s+the\s+dark|in\s+limbo|on\s+tenterhooks)\b`,
    String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|several|a\s+few|a\s+couple\s+of)\s+(?:\w+\s+)?(?:days|weeks|months)\s+(?:is|are|seems?|feels?)\s+(?:a\s+(?:very\s+|rather\s+|really\s+)?long\s+(?:time|wait)|too\s+long|long\s+enough|an?\s+(?:age|eternity))(?=\s*(?:to\b|[.!?,;]|$))`,
    // An answer as the writer's due: "I am owed a reply", "I'm entitled to an explanation"
    String.raw`\bi(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been|\s+feel)?\s+(?:\w+\s+)?(?:owed|entitled\s+to)\s+(?:at\s+least\s+)?(?:an?\s+|some\s+|the\s+courtesy\s+of\s+an?\s+)?(?:\w+\s+)?(?:answer|reply|response|decision|explanation|update|call|word|courtesy)\b`,
    String.raw`\b(?:i\s+have|i've\s+got|i've|explore|exploring|weigh(?:ing)?|consider(?:ing)?|pursue|pursuing)\s+(?:my\s+|some\s+|several\s+|a\s+few\s+)?other\s+(?:options|opportunities)\b`,
    String.raw`\b(?:other|another)\s+(?:compan(?:y|ies)|employers?|firms?|practices?|schools?|hospitals?|clinics?|agencies)\s+(?:is|are|has|have)\s+(?:[^.!?\n]{0,24}?\s)?(?:interested|waiting|offered|pushing|asking|keen|pressing)\b`,
    // Leverage in other words: "another firm has made me an offer", "I have to respond to another employer"
    String.raw`\b(?:another|other|a\s+different|a\s+second|a\s+competing)\s+(?:compan(?:y|ies)|employers?|firms?|practices?|schools?|hospitals?|clinics?|agenc(?:y|ies)|studios?|kitchens?|labs?|teams?)\s+(?:has|have|had)\s+(?:just\s+|already\s+|now\s+)?(?:offered|made\s+(?:me\s+)?an?\s+(?:\w+\s+)?offer|come\s+back\s+with\s+an?\s+offer)\b`,
    String.raw`\b(?:respond|reply|answer|get\s+back|give\s+(?:an?\s+)?answer)\s+to\s+(?:another|the\s+other|a\s+different|a\s+competing)\s+(?:\w+\s+)?(?:employer|company|firm|offer|recruiter|agency|practice|school|hospital|clinic)\b(?!'s)`,
    // Chasing counted out, with nothing back: "I've chased twice now without a reply" (pressure-pleas.ts counts "three times")
    String.raw`\bi(?:'ve|\s+have)\s+(?:now\s+|already\s+)?(?:chased|followed\s+up|written|e-?mailed|called|rung|phoned|messaged|texted|left\s+(?:\w+\s+)?messages?)\s+(?:\w+\s+){0,3}?(?:twice|more\s+than\s+once|repeatedly)\b[^.!?\n]{0,40}?\b(?:without|with\s+no|(?:and|but)\s+(?:still\s+)?(?:no|nothing|haven't|have\s+not|not|never)|no\s+(?:reply|answer|response|word))\b`,
    // How long a decision may take, held against them: "surely it doesn't take three weeks to decide"
    String.raw`\b(?:it|a\s+decision|this|that)\s+(?:doesn't|does\s+not|can't|cannot|shouldn't|should\s+not|needn't|need\s+not)\s+take\s+(?:this\s+long|that\s+long|so\s+long|(?:\w+\s+){1,2}(?:days|weeks|months))\s+to\s+(?:decide|reply|respond|answer|get\s+back|make\s+(?:a|the)\s+decision|let\s+(?:me|someone|a\s+candidate)\s+know|choose|pick)\b`,
    // Guilt: "after all the time I put in", "I have been waiting", "the least you could do"
    String.raw`\bafter\s+(?:all|everything)\s+(?:the\s+|my\s+|of\s+the\s+|that\s+)?(?:time|effort|work|hours|energy|trouble|preparation|travel|miles|money|i)\b`,
    String.raw`\bi(?:'ve|\s+have)\s+(?:\w+\s+)?(?:been\s+waiting|waited)\s+(?:(?:a|two|three|four|five|six|\d+|several)\s+(?:whole\s+)?(?:days?|weeks?|months?)|patiently|so\s+long|long\s+enough|to\s+hear|since|for\s+(?:news|an?\s+(?:answer|reply|response|update|decision)|your|you|over|more\s+than|weeks|days|(?:a|two|three|four|\d+)\s+(?:whole\s+)?(?:days?|weeks?|months?)))\b`,
    String.raw`\b(?:least|minimum)\s+(?:you|they|anyone|your\s+\w+)\s+(?:could|can|should)\b`,
    String.raw`\bonly\s+to\s+(?:hear|be\s+(?:ignored|left|told)|get\s+(?:nothing|no)|receive\s+(?:nothing|no))\b`,
    String.raw`\b(?:common|basic)\s+(?:courtesy|decency|respect|manners)\b`,
    String.raw`\b(?:was|wasn't|isn't|be|been|all)\s+for\s+nothing\b`,
    String.raw`\bi(?:'ve|\s+have)?\s+(?:[^.!?\n]{0,24}?\s)?(?:turned\s+down|gave\s+up|given\s+up|passed\s+up|cancel(?:l)?ed|skipped|missed|declined|postponed)\b[^.!?\n]{0,60}?\bto\s+(?:be\s+(?:available|here|there|free)|attend|come\s+in|make\s+(?:it|the\s+interview|time)|interview)\b`,
    String.raw`\bi\s+(?:[^.!?\n]{0,24}?\s)?deserve\b[^.!?\n]{0,30}?\b(?:answer|response|reply|yes|no|decision|courtesy|to\s+know|to\s+be\s+told|to\s+hear|better|explanation|update|call)\b`,
    String.raw`\bcounting\s+on\s+you\b`,
    // Time counted at the reader: "I'd hoped to have heard by now", "it's been a whole week"
    String.raw`\b(?:hop(?:ed|ing)|expect(?:ed|ing)|thought|assum(?:ed|ing)|would\s+have|should\s+have|i'd\s+have)\b[^.!?\n]{0,40}?\bby\s+now\b`,
    String.raw`\b(?:it's|it\s+has)\s+(?:now\s+|already\s+)?been\s+(?:a\s+whole|over\s+a|more\s+than\s+a|a\s+full|nearly\s+a|almost\s+a|(?:over|more\s+than|nearly|almost)\s+(?:\d+|two|three|four|five|six))\s+(?:\S+\s+)?(?:days?|weeks?|months?)\b`,
    // Chasing: "following up again", "yet again", "my third e-mail", "still haven't heard"
    String.raw`\b(?:writing|following\s+up|asking|e-?mailing|chasing|reaching\s+out|reminding\s+you|nudging|messaging|pinging|contacting\s+you|calling)\s+(?:[^.!?\n]{0,36}?\s)?(?:again|once\s+more|one\s+more\s+time)\b`,
    String.raw`\byet\s+again\b`,
    String.raw`\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th|several|multiple|numerous|repeated)\s+(?:e-?mails?|messages?|voicemails?|follow-?ups?|reminders?|attempts?|calls?|times?\s+(?:i|that\s+i))\b`,
    String.raw`\bstill\s+(?:have\s+not|haven't|hasn't|has\s+not|had\s+not|hadn't)\s+(?:\S+\s+)?(?:heard|received|had|got(?:ten)?|seen)\b|\bstill\s+no\s+(?:word|news|reply|response|answer|update|decision)\b|\bstill\s+(?:yet\s+to|without)\s+(?:hear|a\s+reply|an?\s+answer|word|news|a\s+response|an?\s+update)\b`,
    String.raw`\b(?:no\s+one|nobody|no-one)\s+(?:has|have)\s+(?:[^.!?\n]{0,24}?\s)?(?:replied|responded|answered|called|written|got\s+back|gotten\s+back)\b`,
    ...PRESSURE_PLEAS,
    ...PRESSURE_STRUCTURE,
  ].map(apostrophes),
);
/**
 * Another offer is leverage only when the sentence holds it over the reader: a demand, a hurry, a
 * deadline of the writer's or a threat ("unless", "I'll have to accept"). Said and left there ("I
 * have another offer, though this role is my first choice") it is news.
 */
const LEVERAGE =
  /\b(?:unless|otherwise|or\s+else|need|needs|must|have\s+to|has\s+to|hurry|quick(?:ly)?|asap|urgent\w*|soon|sooner|deadline|assume|can't\s+wait|cannot\s+wait|won't\s+wait|match|beat|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end\s+of\s+(?:the\s+)?(?:day|week))\b/;
/** An offer given up or held back for the reader ("I've put another offer on hold") is guilt, however it is said. */
const SACRIFICED = /\b(?:turned|declin\w*|hold|held|passed|gave|given|reject\w*|walked|put|putting)\b/;
/** A sentence that withdraws or accepts elsewhere is news, not leverage: "I have accepted another offer". */
const WITHDRAWING = /\b(?:accepted|decided\s+to\s+accept|withdraw|withdrawing|withdrew|signed)\b/;

/** The writer saying a need is not meant to hurry the reader. */
const DISOWNED =
  /\b(?:(?:don't|do\s+not|please\s+don't)\s+(?:let\s+(?:that|this|it)\s+)?(?:rush|hurry|pressure)\s+(?:you|your)|(?:not|never)\s+(?:trying\s+|meaning\s+|wanting\s+)?to\s+(?:rush|hurry|pressure|push)\s+you|(?:a\s+)?(?:gentle\s+)?question\s+rather\s+than\s+a\s+(?:nudge|push|demand))\b/;

/**
 * The hits of the broad tier, each a warning, at most one per sentence. `decision` is the
 * reader's own decision day (the interview's timeframe, YYYY-MM-DD): a deadline on that day is
 * theirs, held to, not the writer's ("hope to hear from you by the 11th" after "by December 11").
 */
export function pressureWarnings(prose: string, decision?: string | null): Hit[] {
  const hits: Hit[] = [];
  const sentences = sentencesFor(prose);
  const deadlines = bySentence(DEADLINE, prose, sentences);
  const signals = bySentence(SIGNALS, prose, sentences);
  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.text;
    // Pressure disowned in the sentence itself: "that would help, as my contract ends on the 23rd, but please don't let that rush you".
    if (DISOWNED.test(text.toLowerCase().replace(/\u2019/g, "'"))) continue;
    const match =
      (deadlines[index]!.length > 0 &&
      setByWriter(text) &&
      !othersDeadline(text, deadlines[index]![0]!.index - sentence.start) &&
      !namesDay(deadlines[index]![0]![0], decision)
        ? deadlines[index]![0]
        : undefined) ?? signals[index]!.find((found) => !vetoed(found[0].toLowerCase(), text, found.index - sentence.start));
    if (!match) continue;
    const end = match.index + match[0].length;
    hits.push({ start: match.index, end, severity: 'warning', message: MESSAGES.pressureBroad(match[0].replace(/\s+/g, ' ')) });
  }
  return hits;
}

const MONTH_NAMED = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Whether a deadline ("by the 11th", "before Dec. 11") names the day `decision` (YYYY-MM-DD) falls on. */
export function namesDay(found: string, decision: string | null | undefined): boolean {
  if (!decision) return false;
  const month = Number(decision.slice(5, 7));
  const day = Number(decision.slice(8, 10));
  if (!(found.match(/\d{1,2}/g) ?? []).some((number) => Number(number) === day)) return false;
  const named = MONTH_NAMED.exec(found.toLowerCase());
  return named === null || MONTHS.indexOf(named[1]!) + 1 === month;
}

/** Whether the list matches anywhere in `text`. */
const any = (list: PhraseList, text: string) => list.matches(text).length > 0;

/** Whether a sentence gives the reader's own timeframe ("you mentioned you plan to decide by ..."). */
export const inReadersTimeframe = (sentence: string): boolean => any(THEIR_TIMEFRAME_LIST, sentence);

/**
 * A date said with leave for it to pass: "any update before then would help, though I understand
 * if that isn't possible". The writer's need, told, not set on the reader.
 */
const LEAVE_TO_MISS_LIST = listOf(
  [
    String.raw`\bi(?:'d|\s+would)?\s+(?:completely\s+|fully\s+|quite\s+|of\s+course\s+|totally\s+)?understand\s+if\s+(?:that|it|this|not|you\s+(?:can't|cannot|aren't|are\s+not)|that's\s+not|it's\s+not)\b`,
    String.raw`\bif\s+(?:that's|that\s+is|it's|it\s+is)\s+(?:at\s+all\s+)?possible\b|\bif\s+(?:that|it)\s+(?:isn't|is\s+not)\s+possible\b`,
  ].map(apostrophes),
);

/** A deadline the writer sets for the reader's answer, not one the reader gave, nor the writer's own. */
function setByWriter(text: string): boolean {
  return (
    any(OWED_LIST, text) && !any(THEIR_TIMEFRAME_LIST, text) && !any(WRITER_DOES_LIST, text) && !any(LEAVE_TO_MISS_LIST, text)
  );
}

/**
 * Whether the deadline found at `at` (an offset in `sentence`) is another employer's ask of the
 * writer, told as news: its date follows their "would like an answer" within a few words.
 */
export function othersDeadline(sentence: string, at: number): boolean {
  const ask = OTHERS_DEADLINE.exec(sentence);
  if (ask === null) return false;
  const asked = ask.index + ask[0].length;
  return at >= ask.index && at <= asked + 4;
}

/**
 * Another employer's deadline on the writer, told as news: "a kennels in Cardiff has offered me a
 * post and would like an answer by 14 December". Their date, not one the writer sets the reader;
 * a date the writer then sets the reader ("so please decide by Friday") is still found.
 */
const OTHERS_DEADLINE =
  /\b(?:offered\s+me|made\s+me\s+an?\s+offer|an?\s+offer\s+from)\b[^.!?\n]{0,140}?\b(?:asked\s+(?:me\s+)?for|asks\s+(?:me\s+)?for|would\s+like|wants?|needs?|expects?|gave\s+me\s+until|given\s+me\s+until|has\s+asked\s+for)\s+(?:an?\s+|my\s+)?(?:answer|decision|response|reply)\b/i;

/**
 * Pressure said not to be meant: "I do not wish to hurry the process", "please don't feel you
 * need to reply today". The words before the find, back to the last comma, deny it.
 */
const DENIED =
  /\b(?:(?:not|never|don't|do\s+not|doesn't|does\s+not|didn't)\s+(?:\w+\s+){0,2}?(?:wish|want|mean|intend|feel|need|expect|like)|no\s+(?:wish|need|intention|pressure|rush))\b[^.!?,;:]{0,30}$/;
/**
 * Time counted with nothing held against it: "it has been three months since we spoke, and I
 * wanted to send you some news". Counting is pressure with a reproach beside it.
 */
const COUNTED = /^it(?:'s|\s+has|\s+is)\s+(?:now\s+|already\s+)?been\b/;
const COUNTED_REPROACH =
  /\b(?:still|yet|already|nothing|not\s+(?:a|one)|no\s+(?:word|news|reply|response|answer|update)|(?:haven't|hasn't|have\s+not|has\s+not)\s+(?:heard|had|received|got)|waiting|chase|chasing|again|only|but|long|whole|over|more\s+than)\b/;

function denied(found: string, text: string): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(found);
  return at > 0 && DENIED.test(lower.slice(Math.max(0, at - 40), at));
}

/** Leverage in a sentence that withdraws is news; waiting within the reader's timeframe is patience. */
export function vetoed(found: string, text: string, at: number): boolean {
  // The words around the find, lower-cased: these vetoes read only them and come first, so a
  // sentence of a megabyte full of finds they veto is not read again for each (the later ones
  // read the whole sentence, and are reached only for a find that may stand).
  const near = text.slice(Math.max(0, at - NEAR), at + found.length + NEAR).toLowerCase();
  const within = Math.min(at, NEAR);
  return (
    // News awaited from someone else ("expect to hear from her by Friday"), not the reader's answer.
    /\bhear\s+from\s+(?:her|him|them|his|their)\b/.test(found) ||
    othersDemand(near, within) ||
    answerTold(found, near, within) ||
    learning(found, near, within) ||
    denied(found, text) ||
    (COUNTED.test(found) && !COUNTED_REPROACH.test(text.toLowerCase())) ||
    (found.includes('offer') && (WITHDRAWING.test(text) || (!SACRIFICED.test(found) && !LEVERAGE.test(text.toLowerCase())))) ||
    (found.includes('wait') && any(THEIR_TIMEFRAME_LIST, text)) ||
    (ANSWER_WORD.test(found) && WRITER_GIVES.test(text))
  );
}

/**
 * Near an answer, the reader's plan reported: "since you mentioned", "Sorsha said you'd have". A
 * plain RegExp, not THEIR_TIMEFRAME_LIST: it is read once per find, and a PhraseList per call
 * costs a build of its RegExp.
 */
const THEIRS_NEAR =
  /(?<!\bi)\s(?:said|mentioned|told\s+me|expected|hoped|planned|indicated|estimated|suggested|promised)\b|\byou(?:'d|'ll|\u2019d|\u2019ll)\b|\bas\s+(?:discussed|agreed|planned|promised|mentioned|arranged)\b/;

/** "An answer this week", "the decision today": the answer as news of it, not as a demand. */
const ANSWER_NOW = /^(?:answer|decision|response|reply|update|word|yes\s+or\s+no)\b/;

/**
 * An answer at a time that is the reader's own plan ("since you mentioned a decision this week"),
 * or the subject of a statement ("the decision this week will shape the team"), not asked for.
 */
function answerTold(found: string, near: string, at: number): boolean {
  if (!ANSWER_NOW.test(found)) return false;
  if (THEIRS_NEAR.test(near)) return true;
  return (
    /\bthe\s+$/.test(near.slice(Math.max(0, at - 5), at)) &&
    /^\s+(?:will|would|could|is|was|has|had|may|might|should|shapes?|matters?)\b/.test(near.slice(at + found.length))
  );
}

/**
 * A demand made by someone else, told as a story: "customers at the counter often expect an
 * answer right away". Pressure is the writer's, so the words before the find name another as the
 * one who wants it, with no "I" between.
 */
const OTHERS_WANT =
  /\b(?:customers|clients|patients|guests|callers|passengers|people|users|residents|parents|students|pupils|members|visitors|shoppers|diners|families|buyers|tenants|drivers|managers|he|she|they|everyone|somebody|someone)\s+(?:[\w'\u2019]+\s+){0,4}?(?:expect|expects|expected|want|wants|wanted|need|needs|needed|demand|demands|demanded|ask|asks|asked|insist|insists|insisted)\b[^.!?;]{0,40}$/;

function othersDemand(near: string, at: number): boolean {
  if (at <= 0) return false;
  const before = near.slice(Math.max(0, at - 80), at);
  const others = OTHERS_WANT.exec(before);
  return others !== null && !/\bi\b/.test(before.slice(others.index));
}

/**
 * "I need to know the site before I run it": a thing to learn, not an answer wanted. Knowing is
 * a demand when what is to be known is the reader's outcome ("where I stand", "your decision").
 */
const LEARNED =
  /^\s+(?:how\s+to\b|(?:the|a|an|my|our|every|each|all|this|these|those|its|their)\s+(?!(?:\w+\s+)?(?:decision|outcome|answer|result|results|status|timeline|verdict|news|plan|plans|next\s+steps?)\b)\w+)/;

function learning(found: string, near: string, at: number): boolean {
  return /\bknow$/.test(found) && LEARNED.test(near.slice(at + found.length, at + found.length + 60));
}

/** How far around a find its vetoes read: a clause or two. */
const NEAR = 160;

const ANSWER_WORD = /\b(?:answer|decision|response|reply|update)\b/;
/** The writer as the one who answers: "I'll send you my answer tomorrow", "I can give you a decision today". */
const WRITER_GIVES =
  /\bmy\s+(?:own\s+)?(?:answer|decision|response|reply|update)\b|\bi(?:'ll|'d|\s+will|\s+can|\s+could|\s+would|\s+shall)\s+(?:\w+\s+){0,3}?(?:send|give|have|get\s+back\s+to\s+you\s+with|confirm)\b/i;

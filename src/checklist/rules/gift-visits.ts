// gimmick's broad tier, part two: favours and visits nobody asked for, each a shape of English
// rather than a thing on a list. Turning up in person on the writer's own plan ("I'll stop by HR
// on Monday", "I plan to visit the clinic to hand you my application in person"); a favour or
// free work offered to win the job ("I can offer the store a free week of work", "happy to do
// your taxes for free"); something left or posted for the reader ("I've left a small thank-you at
// the front desk", "send me your address and I'll mail you a signed copy"); and a gift sent by
// someone else ("my uncle is happy to send a case over to the office"). A visit the reader
// invited or left to them ("happy to come in whenever suits you", "as Dana suggested") is not
// one. Matched case-insensitively within one sentence; warnings only (gimmick.ts).

/** The writer's own plan or offer to come, not one left to the reader: "I'll", "I could", "I thought I'd". */
const PLAN =
  "\\bI(?:'ll|\\s+will|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+plan\\s+to|'m\\s+planning\\s+to|\\s+am\\s+planning\\s+to|\\s+intend\\s+to|\\s+thought\\s+I'?d|'d\\s+(?:like|love)\\s+to|\\s+would\\s+(?:like|love)\\s+to|'d|\\s+would|\\s+could|\\s+can|\\s+might|\\s+may|'m\\s+hoping\\s+to|\\s+hope\\s+to)\\s+(?:also\\s+|just\\s+|quickly\\s+|personally\\s+|probably\\s+|then\\s+|briefly\\s+)?";
/** Going to the reader's place: "stop by", "pop in", "come by", "swing past", "visit". */
const VISIT =
  '(?:(?:stop|swing|drop|pop|come|call|head|walk|nip|run|swing)\\s+(?:by|in|into|round|around|over|past|down|up)|visit|turn\\s+up|show\\s+up|call\\s+at)';

export const GIFT_VISITS: readonly string[] = [
  // A visit on the writer's plan, to the reader's side or in person: "I'll stop by HR on Monday"
  `${PLAN}${VISIT}\\b[^.!?\\n]{0,60}?\\b(?:in\\s+person|personally|to\\s+(?:say\\s+(?:hello|hi|thanks|thank\\s+you)|thank|drop\\s+off|hand|give|deliver|bring|introduce\\s+myself)|and\\s+(?:bring|drop\\s+off|hand|give|say)|with\\s+(?:[\\w-]+\\s+){0,6}?for\\s+(?:you|your|the|everyone))\\b`,
  // Waiting at their door, or passing by on purpose: "I'll be outside the site office at 7", "I'll be passing the hotel, so I'll leave ..."
  "\\bI(?:'ll|\\s+will)\\s+be\\s+(?:(?:camped|parked|stationed|sitting|standing|hanging\\s+around)\\s+(?:outside|at|in|by)\\s+(?:the|your)\\b|outside|waiting\\s+(?:at|outside|in|by)|in\\s+(?:the|your)\\s+(?:lobby|car\\s+park|parking\\s+lot|reception|foyer)|at\\s+(?:reception|the\\s+front\\s+desk))\\b",
  "\\bI(?:'ll|\\s+will)\\s+be\\s+(?:passing|nearby|in\\s+the\\s+(?:area|neighbou?rhood)|around|downtown|in\\s+town)\\b[^.!?\\n]{0,60}?\\bso\\s+I(?:'ll|\\s+will|\\s+can|\\s+could|\\s+might|\\s+thought)\\b",
  `${PLAN}${VISIT}\\s+(?:\\w+\\s+){0,2}?(?:HR|reception|the\\s+front\\s+desk|your\\s+(?:\\w+\\s+)?(?:office|desk|store|shop|site|clinic|salon|branch|kitchen|studio|school|depot|ward|lab|practice|restaurant|garage|yard)|the\\s+(?:office|store|shop|site|clinic|salon|branch|kitchen|studio|school|depot|ward|lab|practice|restaurant|garage|yard|warehouse|hotel|bakery|gym|pharmacy))\\b`,
  // The same plan in -ing: "I'm thinking of dropping in at the depot", "planning on stopping by the lab"
  "\\bI(?:'m|\\s+am|\\s+was)\\s+(?:thinking\\s+(?:of|about)|planning\\s+on|considering)\\s+(?:stopping|swinging|dropping|popping|coming|heading|calling|nipping)\\s+(?:by|in|into|round|around|over|past|down)\\b[^.!?\\n]{0,60}?\\b(?:in\\s+person|personally|to\\s+(?:say|thank|drop|hand|give|bring)|with|(?:at|to)\\s+(?:the|your)\\s+\\w+)\\b",
  // Coming to their place on the writer's own plan: "on Friday at six I will come to the terminal and sit with the dispatchers"
  `${PLAN}(?:come|go|head|get)\\s+(?:down\\s+|over\\s+|along\\s+|back\\s+)?(?:to|into)\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:terminal|depot|office|offices|yard|site|warehouse|ward|kitchen|shop|store|plant|practice|surgery|clinic|school|station|hangar|garage|studio|lab|branch|hotel|restaurant|salon|bakery|farm|mill|gym|centre|center|building|campus|hospital|theatre|theater|stage\\s+door|dock|docks|floor|stables|kennels)\\b`,
  // At their door, or thanked face to face: "I'll be at the stage door on Thursday", "to say thank you in person"
  "\\bI(?:'ll|\\s+will)\\s+be\\s+(?:waiting\\s+)?(?:at|by|outside)\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:door|doors|entrance|gate|gates|desk|lobby|foyer|car\\s+park|reception)\\b",
  '\\bto\\s+(?:say\\s+)?(?:thank\\s+you|thanks)\\s+(?:\\w+\\s+){0,2}?(?:in\\s+person|face\\s+to\\s+face)\\b',
  // On the way now, with something or to settle it face to face: "I'm driving down to the honey house Friday with a pail of our clover"
  "\\bI(?:'m|\\s+am)\\s+(?:also\\s+|just\\s+)?(?:driving|coming|heading|popping|swinging|dropping|stopping|nipping|walking|calling)\\s+(?:down\\s+|over\\s+|up\\s+|out\\s+|across\\s+|back\\s+)?(?:to|into|by|round\\s+to|in\\s+at)\\s+(?:the|your)\\s+[^.!?\\n]{0,60}?\\b(?:in\\s+person|face\\s+to\\s+face|with\\s+(?:a|an|some|two|three|a\\s+few|\\d+)\\s+(?![\\w-]*(?:friend|colleague|mate|partner|client|family|kid|child|son|daughter|wife|husband|dog)\\w*\\b)[\\w-]+)",
  // Handed over in person, on the writer's plan: "I'll hand you my application in person"
  `${PLAN}(?:hand|drop\\s+off|deliver|bring|give)\\b[^.!?\\n]{0,50}?\\bin\\s+person\\b`,
];

/** Favours and things given, whoever suggested them. */
export const GIFT_FAVOURS: readonly string[] = [
  // A favour or free work to win the job: "a free week of work", "do your taxes for free"
  '\\b(?:a|an|one|two|some)\\s+(?:free|unpaid|complimentary)\\s+(?:week|weeks|day|days|month|months|shift|shifts|session|sessions|consultation|audit|service|hours?)\\s+of\\b',
  '\\b(?:offer|give|do|provide|throw\\s+in|cater|design|build|fix|run|service|work|make|redo|handle|file|prepare|teach|clean)\\b[^.!?\\n]{0,50}?\\b(?:for\\s+free|free\\s+of\\s+charge|at\\s+no\\s+(?:charge|cost)|no\\s+charge|on\\s+the\\s+house|pro\\s+bono|gratis|without\\s+charge|at\\s+cost)\\b',
  '\\b(?:if\\s+it\\s+(?:helps|would\\s+help|might\\s+help)|to\\s+(?:help|improve|sweeten|boost))\\s+my\\s+(?:chances|odds|application|candidacy|case)\\b',
  // A gift of money to their cause, a discount, a spare ticket: "a small donation to the school fund"
  '\\b(?:donation|contribution|gift)\\s+to\\s+(?:the|your)\\s+(?:\\w+\\s+){0,2}?(?:fund|charity|appeal|foundation|cause|campaign|drive|collection)\\b',
  "\\bI(?:'ll|\\s+will|\\s+can|\\s+could|'d|\\s+would|'m\\s+happy\\s+to|\\s+am\\s+happy\\s+to)\\s+(?:\\w+\\s+){0,2}?(?:give|offer|extend|throw\\s+in)\\s+(?:[\\w-]+\\s+){0,3}?(?:a|an)\\s+(?:\\d{1,3}\\s?%\\s+|big\\s+|special\\s+|generous\\s+|nice\\s+)?discount\\b",
  "\\b(?:give|offer|send|gift|treat|buy|donate|throw\\s+in|discount|free)\\b[^.!?\\n]{0,60}?\\bif\\s+I\\s+(?:get|land|win|am\\s+offered|'m\\s+offered|am\\s+hired|'m\\s+hired|get\\s+hired)\\b",
  "\\b(?:would\\s+love|'d\\s+love|would\\s+like|'d\\s+like|want)\\s+(?:for\\s+)?you\\s+to\\s+have\\s+(?:it|them|one|this)\\b|\\bspare\\s+(?:\\w+\\s+)?(?:pass|passes|ticket|tickets|seat|seats)\\b[^.!?\\n]{0,40}?\\b(?:for\\s+you|you\\s+(?:can|could|might)|if\\s+you)\\b",
  // Something left or posted for the reader: "left a small thank-you at the front desk"
  '\\b(?:left|leaving|dropped\\s+off|dropping\\s+off|posted|mailed|sent)\\s+(?:a|an|some)\\s+(?:small\\s+|little\\s+)?(?:thank[\\s-]you|thanks|treat|token|surprise)(?!\\s+(?:note|card|letter|e-?mail|message))\\b',
  "\\b(?:your|a)\\s+(?:home\\s+|postal\\s+|mailing\\s+|office\\s+|work\\s+)?address\\b[^.!?\\n]{0,40}?\\bI(?:'ll|\\s+will|\\s+can|\\s+could)\\s+(?:\\w+\\s+)?(?:mail|send|post|ship|courier|drop)\\b",
  '\\b(?:signed|autographed|complimentary|free)\\s+(?:copy|copies|print|prints|bottle|tickets?|pass|passes|voucher|sample|samples|membership)\\b',
  '\\b(?:tickets?|passes|seats)\\s+(?:to|for)\\s+(?:\\w+\\s+){0,3}?(?:game|match|show|concert|gig|play|festival|event|opera|theatre|theater|game)\\b[^.!?\\n]{0,40}?\\bfor\\s+(?:you|your|the\\s+team)\\b',
  '\\b(?:set\\s+aside|saved|kept|got|bought|reserved)\\s+(?:two|a\\s+pair\\s+of|some|a\\s+couple\\s+of|\\d+)\\s+tickets\\b',
  // A gift sent by someone else: "my uncle is happy to send a case over to the office"
  "\\b(?:he|she|they)(?:'s|'ll|'d|\\s+is|\\s+will|\\s+would|\\s+has|\\s+offered|\\s+said\\s+(?:he|she|they)(?:'d|\\s+would))\\s+(?:be\\s+)?(?:happy\\s+to\\s+|glad\\s+to\\s+|going\\s+to\\s+|to\\s+)?(?:send|ship|deliver|drop\\s+off|bring|courier)\\s+(?:a|an|some|two|three|a\\s+few)\\s+(?!(?:letter|note|reference|e-?mail|message|call|word|line)\\b)\\w+(?:\\s+of\\s+\\w+)?\\s+(?:over\\s+|round\\s+|along\\s+)?(?:to|for)\\s+(?:you|your|the\\s+(?:office|team|store|shop|kitchen|clinic|ward|staff))\\b",
];

/** What makes a visit the reader's own idea: invited, left to them, or part of the process. */
export const INVITED =
  /\b(?:if\s+(?:you|that|it)|whenever|when\s+(?:you|it\s+suits|convenient)|as\s+(?:you|\w+)\s+(?:asked|suggested|requested|invited|arranged|mentioned)|as\s+(?:asked|requested|arranged|agreed|planned|discussed)|you\s+(?:asked|invited|suggested)|for\s+(?:the|my|a)\s+(?:second|next|follow-up|final)?\s*(?:interview|trial|shift|paperwork|induction|orientation|onboarding|assessment|test|meeting)|happy\s+to|glad\s+to|would\s+be\s+(?:happy|glad)|invit\w+|trial\s+shift)\b/i;

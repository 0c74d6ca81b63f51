// tone-impatient's broad tier, by structure: pressure is an act aimed at the reader's timing,
// whatever its words. Five kinds, each a sentence shape of English rather than a listed phrase:
// urgency laid on the reader's decision ("please treat this as urgent", "time is of the
// essence", "I'm in a hurry"), a demand for speed or updates ("please move fast", "I expect to
// be updated"), an ultimatum (a condition on the reader's answer with the writer's consequence:
// "unless you can confirm soon", "I'll take that as a no", "no later than Thursday"), leverage
// and entitlement ("pressed by another employer", "I have until Friday to accept", "the least I
// deserve", "I've been more than patient"), and the reader's pace reproached ("taking so long",
// "other companies manage to decide within a week", "you said two weeks and it's been three",
// "I've checked my phone a hundred times"), plus a demand with a deadline of hours ("please send
// it first thing tomorrow") and guilt ("I hope that effort is taken into account"). Matched
// case-insensitively within one sentence;
// pressure-signals.ts weighs them as warnings and keeps the reader's own timeframe out.

/** The reader's side, as the one whose pace is at issue. */
const READER =
  "(?:you|your\\s+(?:[\\w-]+(?:'s)?\\s+){0,2}?[\\w-]+|the\\s+(?:\\w+\\s+)?(?:panel|team|office|manager|recruiter|committee|board|company|firm|school|hospital|practice|clinic|hr))";
/** Acts of answering, as the reader would do them. */
const RESPOND =
  '(?:confirm|decide|commit|reply|respond|answer|get\\s+back|let\\s+me\\s+know|come\\s+back|make\\s+(?:an?\\s+|your\\s+|a\\s+final\\s+)?(?:offer|decision|call)|tell\\s+me|give\\s+me\\s+an?\\s+\\w+|move\\s+forward)';
/** The writer's consequence: "I'll take", "I will have to withdraw", "I'm going to assume". */
const CONSEQUENCE =
  "\\bi(?:'ll|\\s+will|\\s+shall|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|\\s+must|'ll\\s+have\\s+to|\\s+will\\s+have\\s+to|\\s+have\\s+to)\\s+(?:just\\s+|simply\\s+|then\\s+|need\\s+to\\s+)?(?:take|assume|withdraw|accept|go|look|move|consider|treat|pursue|sign|pull)\\b";
/** Urgency, as a state of the matter: not "urgent-care", not "no rush". */
const URGENT =
  '(?:urgent(?![\\w-])|urgently|time[\\s-]sensitive|time[\\s-]critical|pressing|a\\s+(?:top\\s+)?priority|top\\s+priority|a\\s+matter\\s+of\\s+(?:urgency|priority))';

export const PRESSURE_STRUCTURE: readonly string[] = [
  // Urgency laid on the matter: "please treat this as urgent", "as this is time-sensitive"
  `\\b(?:treat|mark|handle|consider|flag|regard|see)\\s+(?:this|it|my\\s+\\w+|the\\s+matter)\\s+as\\s+(?:\\w+\\s+)?${URGENT}`,
  `\\b(?:this|it|that|the\\s+(?:matter|decision|outcome)|my\\s+(?:application|situation|case|candidacy))\\s+(?:is|was|'s|has\\s+become|is\\s+now|is\\s+getting|is\\s+becoming)\\s+(?:\\w+\\s+)?${URGENT}`,
  String.raw`\btime\s+is\s+(?:of\s+the\s+essence|running\s+out|ticking|not\s+on\s+my\s+side)\b|\bthe\s+clock\s+is\s+ticking\b|\bball\s+is\s+(?:now\s+)?in\s+your\s+court\b`,
  String.raw`\bi(?:'m|\s+am)\s+(?:(?!not\b|never\b)\w+\s+)?in\s+(?:a|something\s+of\s+a|quite\s+a|a\s+bit\s+of\s+a)\s+(?:hurry|rush)\b`,
  String.raw`\b(?:prioriti[sz]e|expedite|fast[\s-]track|rush|hurry|bump\s+up)\s+(?:my|this|the)\s+(?:\w+\s+)?(?:application|candidacy|file|case|decision|process|paperwork|offer|interview)\b`,
  // Speed or updates demanded: "please move fast", "I expect to be updated every few days"
  String.raw`\b(?:please|kindly|can\s+you|could\s+you|would\s+you|i\s+need\s+you\s+to|you\s+(?:need|have)\s+to)\s+(?:\w+\s+){0,2}?(?:move|act|decide|respond|reply|answer|confirm|get\s+back|work|be)\s+(?:\w+\s+)?(?:fast|faster|quickly|quicker|swiftly|promptly|soon|sooner|urgently|asap)\b`,
  String.raw`\bi\s+(?:fully\s+|do\s+|would\s+|will\s+)?expect\s+(?:to\s+be\s+(?:updated|kept\s+(?:informed|updated|in\s+the\s+loop|posted)|told|contacted|called|informed)|(?:regular|daily|weekly|frequent|prompt|quick|swift)\s+(?:updates|replies|answers|news|responses))\b`,
  String.raw`\b(?:insist|insisting)\s+(?:on|upon|that)\s+(?:an?\s+|your\s+|the\s+|some\s+)?(?:\w+\s+)?(?:decision|answer|reply|response|offer|update|outcome)\b`,
  // Skipping the reader's process: "can we skip the next round and go straight to an offer?"
  String.raw`\b(?:skip|bypass|cut\s+out|jump)\s+(?:the\s+|a\s+|any\s+)?(?:next\s+|second\s+|final\s+|remaining\s+|other\s+|rest\s+of\s+the\s+)?(?:rounds?|stages?|steps?|interviews?|assessments?|formalities|process|queue)\b|\bgo\s+straight\s+to\s+(?:an?\s+|the\s+)?(?:offer|contract|start\s+date|signing)\b`,
  // An ultimatum: a condition on the reader's answer, with the writer's consequence
  `\\bunless\\s+(?:${READER}|i\\s+(?:hear|get|receive))\\s+(?:\\w+\\s+){0,2}?(?:can\\s+|could\\s+)?(?:${RESPOND}|hear|get|receive|from)\\b(?![^.!?\\n]{0,24}\\b(?:otherwise|differently|prefer)\\b)`,
  `\\bif\\s+${READER}\\s+(?:can't|cannot|won't|don't|do\\s+not|aren't\\s+able\\s+to|are\\s+unable\\s+to|haven't|have\\s+not|isn't|is\\s+not)\\s+(?:\\w+\\s+){0,2}?${RESPOND}\\b[^.!?\\n]{0,50}?${CONSEQUENCE}`,
  String.raw`\bi(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:just\s+|have\s+to\s+|simply\s+|then\s+)?(?:take|read|treat|count|see|consider|regard)\s+(?:that|it|this|silence|your\s+silence|no\s+(?:answer|reply|news|response))\s+as\s+(?:a\s+|your\s+|an?\s+)?(?:no|rejection|decline|answer|sign)\b`,
  // The writer's own silence-as-answer: "if I do not receive it, I will have to assume the post is gone"
  `\\b(?:if\\s+i\\s+(?:do\\s+not|don't|haven't|have\\s+not|cannot|can't|fail\\s+to)|unless\\s+i)\\s+(?:receive|hear|get|have)\\b[^.!?\\n]{0,40}?${CONSEQUENCE}`,
  String.raw`\b(?:otherwise|or\s+else|failing\s+that)\s*,?\s+i(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+must)\s+(?:have\s+to\s+)?(?:assume|take|withdraw|accept|look|move|go|pursue|consider)\b|\bassume\s+the\s+worst\b`,
  String.raw`\b(?:but|and|or|yet)\s+no\s+later\s+than\b`,
  // Time granted to the reader, or the writer's exit named: "I'm giving you until Monday", "before I withdraw"
  String.raw`\bi(?:'m|\s+am|'ll|\s+will)\s+(?:only\s+|just\s+)?giv(?:e|ing)\s+(?:you|your\s+\w+|the\s+\w+)\s+(?:until|till|\d+\s+(?:more\s+)?(?:days?|hours?|weeks?)|one\s+more\s+(?:day|week)|another\s+(?:day|week))\b|\bbefore\s+i\s+(?:withdraw|pull\s+(?:out|my)|accept\s+(?:another|the\s+other|an\s+offer|elsewhere))\b`,
  String.raw`\b(?:let's|let\s+us|can\s+we|could\s+we|please|i\s+need\s+to|i\s+want\s+to|i'd\s+like\s+to|i\s+would\s+like\s+to)\s+(?:get|have)\s+(?:this|it|things|everything|the\s+(?:decision|offer|contract|paperwork|matter))\s+(?:wrapped\s+up|sorted|settled|finali[sz]ed|done|decided|resolved|agreed|signed|confirmed|over\s+with|tied\s+up)\s+(?:by|before|this|today|tomorrow|within|soon)\b`,
  String.raw`\b(?:if|should|when)\s+(?:this|it|things|the\s+process|the\s+decision)\s+(?:drags?|keeps?\s+dragging|goes)\s+on\b`,
  // Leverage: "pressed by another employer", "a start date elsewhere", "I have until Friday to accept another role"
  String.raw`\b(?:pressed|pushed|chased|hurried|rushed|pressured)\s+(?:for\s+an?\s+\w+\s+)?by\s+(?:another|other|a\s+(?:different|competing|rival|second))\b`,
  String.raw`\b(?:start\s+date|offer|contract|job|position|role|place)\s+(?:lined\s+up\s+)?elsewhere\b`,
  String.raw`\bi\s+(?:only\s+)?have\s+until\s+(?:\w+\s+){1,3}?to\s+(?:accept|decide|respond|sign|give|answer|confirm|let)\b`,
  String.raw`\b(?:keep|put|leave|have|hold)\s+(?:my\s+(?:life|plans|search|career|family|future)|everything|my\s+whole\s+life|myself)\s+on\s+hold\b`,
  // Entitlement: "the least I deserve", "I've been more than patient"
  String.raw`\bthe\s+(?:very\s+)?least\s+i\s+(?:deserve|can\s+expect|could\s+expect|am\s+owed|'m\s+owed|should\s+(?:get|expect))\b`,
  String.raw`\bi(?:'m|\s+am)\s+(?:\w+\s+)?owed\b`,
  // Manners found wanting: "nobody has had the courtesy to reply", "not even the decency of an answer"
  String.raw`\b(?:no\s+one|nobody|no-one|not\s+even|(?:never|didn't|hasn't|haven't|hadn't|couldn't)\s+(?:even\s+)?(?:had|have|has|shown|show|showed|got|get|received|been\s+shown|extend|extended))\b[^.!?\n]{0,24}?\b(?:the\s+)?(?:basic\s+|common\s+|simple\s+)?(?:courtesy|decency|manners)\s+(?:to|of)\b`,
  String.raw`\bi(?:'ve|\s+have)\s+been\s+(?:more\s+than|extremely|incredibly|very|really|beyond|nothing\s+but|exceptionally)\s+(?:patient|understanding|reasonable|accommodating|flexible)\b(?!\s+with\s+(?:students|patients|customers|clients|children|kids|pupils|guests|learners|residents|trainees|juniors))|\bi(?:'ve|\s+have)\s+been\s+patient\s+(?:enough|long\s+enough|for\s+(?:weeks|days|months|long))\b|\bmy\s+patience\s+(?:is|has)\s+(?:\w+\s+)?(?:wearing|running|worn|run|limits?|thin)\b|\brunning\s+out\s+of\s+patience\b`,
  // The reader's pace reproached
  String.raw`\b(?:taking|taken|take|takes|took)\s+(?:so|this|such\s+a|that)\s+long\b|\bwhat(?:'s|\s+is)\s+(?:taking\s+so\s+long|the\s+(?:hold[\s-]?up|delay|wait))\b|\bwhy\s+(?:is|has|are|have)\s+(?:it|this|the\s+\w+|things)\s+(?:taking|been\s+taking|so\s+slow|dragging)\b`,
  String.raw`\b(?:other|most|every\s+other|any\s+other|normal|reasonable|serious)\s+(?:compan(?:y|ies)|firms?|employers?|places|schools|hospitals|practices|businesses|organi[sz]ations|shops|restaurants|agencies|clinics)\s+(?:\w+\s+)?(?:manage|managed|seem|seemed|are\s+able|were\s+able|can|could|get\s+back|respond|reply|decide|answer)\b[^.!?\n]{0,40}?\b(?:within|in\s+(?:a|an|one|two|three|\d+)|quickly|faster|sooner|promptly|days|a\s+week|on\s+time)\b`,
  String.raw`\b(?:you|your\s+\w+|the\s+\w+)\s+(?:said|promised|told\s+me|mentioned|assured\s+me|quoted|estimated)\s+(?:\w+\s+){0,4}?(?:days?|weeks?|months?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\w+)\b[^.!?\n]{0,20}?\b(?:and|but|yet)\s+(?:it(?:'s|\s+has|\s+is)\s+(?:been|now|already)|here\s+we\s+are|i\s+(?:still\s+)?(?:haven't|have\s+not)|nothing|no\s+word|still|that\s+(?:was|came\s+and\s+went))\b`,
  String.raw`\bi(?:'ve|\s+have)?\s+(?:been\s+)?(?:checked|checking|refreshed|refreshing|looked\s+at|stared\s+at|staring\s+at)\s+my\s+(?:phone|inbox|e-?mails?|voicemail|messages)\s+(?:\w+\s+){0,3}?(?:times|constantly|non-?stop|all\s+day|every\s+(?:hour|few|five|ten|half|minute)|since|hourly)\b`,
  `\\bi(?:'ll|\\s+will|'m\\s+going\\s+to|\\s+am\\s+going\\s+to)\\s+(?:\\w+\\s+)?(?:call|ring|phone|e-?mail|text|message|chase|contact|write\\s+to|check\\s+in\\s+with|follow\\s+up\\s+with)\\s+${READER}\\s+(?:\\w+\\s+){0,2}?(?:every|each|daily|hourly|twice\\s+a|until)\\b`,
  // A demand with a deadline aimed at the reader: "please send it first thing tomorrow", "so send it this afternoon"
  String.raw`(?:\b(?:please|kindly|so|just|and)\s+|(?<=[.!?;:]\s{1,3}))(?:send|reply|respond|answer|forward|confirm|call|ring|phone|e-?mail|get\s+back\s+to\s+me|let\s+me\s+know)\b[^.!?\n]{0,30}?\b(?:first\s+thing|by\s+(?:tomorrow|tonight|today|noon|lunchtime|midday|the\s+end\s+of\s+(?:the\s+|to)?day|end\s+of\s+(?:the\s+)?day|close\s+of\s+(?:business|play))|today|tonight|this\s+(?:afternoon|morning|evening)|within\s+the\s+hour|immediately|straight\s+away|right\s+away|at\s+once|asap)\b`,
  String.raw`\bi\s+(?:need|want|must\s+have|require)\s+(?!to\b)[^.!?\n]{0,60}?\b(?:today|tonight|by\s+tomorrow|this\s+(?:afternoon|morning|evening)|immediately|right\s+away|straight\s+away|at\s+once|first\s+thing)\b`,
  String.raw`\b(?:i\s+)?(?:shouldn't|should\s+not)\s+(?:have|need)\s+to\s+(?:ask|chase|remind|write|call|keep\s+asking|keep\s+chasing)\b`,
  String.raw`\bi(?:'d|\s+would)\s+expect\s+(?:an?|the|any|your)\s+(?:[\w-]+\s+){0,8}?to\s+(?:answer|reply|respond|get\s+back|decide|send|confirm)\b[^.!?\n]{0,40}?\b(?:within|by|in\s+(?:a|one|two|\d+))\b`,
  // Guilt: the writer's sacrifice held up for the reader to repay: "I hope that effort is taken into account"
  String.raw`\b(?:hope|trust|expect)\s+(?:that\s+)?(?:this|that|my|the|such)\s+(?:\w+\s+)?(?:effort|efforts|sacrifice|trouble|inconvenience|commitment|flexibility|loyalty)\s+(?:is|are|will\s+be|was|gets?|get)\s+(?:\w+\s+)?(?:taken\s+into\s+account|remembered|recogni[sz]ed|rewarded|repaid|weighed|counted|factored\s+in)\b|\b(?:hate|sorry)\s+to\s+think\s+(?:that\s+|my\s+|this\s+|the\s+)?(?:\w+\s+)?(?:sacrifice|effort|trouble|turning\s+down|waiting|wait)\b[^.!?\n]{0,30}?\b(?:for\s+nothing|in\s+vain|wasted|a\s+waste)\b`,
  String.raw`\b(?:hear|hearing|know|an\s+answer|a\s+decision|news|something)\s+(?:[\w-]+\s+){0,2}?well\s+(?:before|ahead\s+of)\s+(?:the\s+\d|\w+day\b|your\b|then\b)`,
  // Time given, the last day named, the wait refused: "I've given you plenty of time already"
  String.raw`\bi(?:'ve|\s+have)\s+(?:already\s+)?(?:given|allowed)\s+(?:you|your\s+\w+|the\s+\w+)\s+(?:plenty|more\s+than\s+enough|enough|ample|a\s+lot)\s+of\s+time\b|\b(?:gone|dragged|drawn)\s+on\s+(?:long\s+enough|too\s+long|for\s+too\s+long)\b`,
  String.raw`\b(?:last|final)\s+day\s+i\s+can\s+(?:hold|wait|keep)\b|\bhold\s+(?:the|my)\s+other\s+(?:position|offer|job|role|place)\b|\bcan't\s+wait\s+(?:past|beyond|after|longer\s+than)\b`,
  String.raw`\bto\s+(?:get|hear|collect|chase)\s+your\s+(?:decision|answer|verdict|reply)\b|\bi(?:'ll|\s+will|\s+shall)\s+(?:have\s+to\s+|just\s+)?move\s+on\b(?!\s+to\b)`,
  // Contact promised on a schedule until they decide: "expect to hear from me every couple of
  // days", "I'll keep ringing each morning until there's news", "I will e-mail daily"
  String.raw`\b(?:hear\s+from\s+me|i(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:keep\s+)?(?:call|ring|phon|e-?mail|writ|check|follow|chas|messag|text|contact|nudg|remind|pop|drop)\w*(?:\s+(?:in|up|by|back|you|on\s+you))*)\s+(?:\w+\s+){0,2}?(?:every\s+(?:\w+\s+){0,3}?(?:days?|mornings?|evenings?|weeks?|hours?|afternoons?)|daily|hourly|each\s+(?:day|morning|week|afternoon)|until\s+(?:i\s+(?:hear|get|have)|the\s+decision|you\s+decide|a\s+decision|there's\s+(?:news|a\s+decision)|someone\s+(?:answers|replies)))`,
  // The outcome demanded before it is given: "let's not drag it out: send the offer paperwork
  // over", "just send me the contract and I'll sign"; a contract asked for once offered is not
  String.raw`\blet's\s+not\s+(?:drag|string|spin|draw)\s+(?:it|this|things)\s+out\b|\blet's\s+(?:just\s+)?(?:skip|cut)\s+(?:to|the)\s+(?:the\s+)?(?:offer|chase|paperwork)\b|(?<!\b(?:if|once|when|should|after)\b[^.!?\n]{0,40})\b(?:just|so|please|now)\s+(?:send|email|e-mail|post|forward|give)\s+(?:me\s+)?(?:over\s+)?(?:the|an|my)\s+(?:offer|contract)(?:\s+(?:letter|paperwork|papers|pack))?\b`,
];

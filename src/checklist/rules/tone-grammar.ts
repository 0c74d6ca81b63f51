// The tone rules' small grammar: who a sentence is about (the reader, their company, the
// process) and what it says of them. A pattern here is "target ... predicate" within one
// sentence, so "the panel seemed bored stiff" and "your rubric was a farce" are caught without
// either sentence being listed. tone-phrases.ts keeps the set phrases that need no target.

/** Up to about ten words within the same sentence. */
export const IN_SENTENCE = '[^.!?\\n]{0,60}?';

/** The reader, the people around them, and what they run. */
export const TARGET =
  '(?:you|you\\s+(?:people|guys|all)|your\\s+(?:\\w+\\s+)?(?:team|company|firm|office|organi[sz]ation|practice|clinic|hospital|school|district|store|shop|branch|bank|agency|department|unit|ward|kitchen|restaurant|hotel|panel|committee|recruiters?|managers?|interviewers?|HR|process|questions?|interview|scorecard|rubric|test|assessment|exercise|task|system|policy|culture|leadership|board)|the\\s+(?:whole\\s+|entire\\s+)?(?:\\w+\\s+)?(?:process|interview|interviews|panel|committee|questions?|scorecard|rubric|recruiter|recruiting|hiring|HR|company|team|office|organi[sz]ation|test|assessment|exercise|case\\s+study|task|experience|system|culture|manager|interviewers?|people|staff|board|tour|visit|trial|shift|observation|lesson|demo|kitchen|store|ward|school|clinic|branch|hotel|restaurant|site|day)|this\\s+(?:whole\\s+|entire\\s+)?(?:process|interview|company|place|experience|organi[sz]ation|job|role|position)|whoever|they|nobody|no\\s+one)';

/** What scorn says of a target: adjectives of contempt and the nouns of a sham. */
const SCORN_WORD =
  '(?:a\\s+)?(?:complete\\s+|total\\s+|absolute\\s+|utter\\s+|real\\s+)?(?:joke|farce|sham|mess|circus|shambles|disaster|nightmare|waste|charade|formality|box-ticking\\s+exercise|pointless|useless|disorgani[sz]ed|chaotic|sloppy|careless|arrogant|condescending|dismissive|patroni[sz]ing|hostile|rigged|biased|unfair|lazy|inept|clueless|incompetent|shambolic|embarrassing|a\\s+waste\\s+of\\s+\\w+|unprepared|bored|distracted|rude|robotic|scripted|superficial|shallow|amateur(?:ish)?|outdated|backwards|toxic|broken|flawed|insulting|ridiculous|absurd|laughable|pathetic)';

const COPULA =
  "(?:is|was|are|were|'s|'re|seemed|seems|felt|feels|came\\s+across\\s+as|come\\s+across\\s+as|sounded|looked|must\\s+be|clearly\\s+(?:is|was|are|were))";

/** Doubts about whether the reader can do their job. */
const KNOWS =
  '(?:know|knows|knew|understand|understands|understood|read|looked\\s+at|care|cares|cared|listen|listened|bothered|realize|realise|get|got|paid\\s+attention)';

export const SCORN_GRAMMAR: readonly string[] = [
  // "your process was a farce", "the panel seemed bored", "you were clearly unprepared"
  `${TARGET}\\s+(?:\\w+\\s+){0,3}?${COPULA}\\s+(?:\\w+\\s+){0,2}?${SCORN_WORD}`,
  // "I doubt you even know what a charge nurse does", "I wonder whether anyone read my file"
  `I\\s+(?:doubt|wonder\\s+(?:if|whether)|question\\s+whether|am\\s+not\\s+sure|'m\\s+not\\s+sure|have\\s+to\\s+wonder\\s+(?:if|whether))\\s+(?:${TARGET}|anyone|anybody)\\s+(?:\\w+\\s+){0,2}?(?:even\\s+|actually\\s+|really\\s+|ever\\s+)?${KNOWS}`,
  // "you didn't even read my resume", "nobody bothered to ask", "you couldn't be bothered"
  `${TARGET}\\s+(?:clearly\\s+|obviously\\s+|apparently\\s+)?(?:didn'?t|did\\s+not|couldn'?t|could\\s+not|can'?t|cannot|never|don'?t|do\\s+not|doesn'?t|does\\s+not)\\s+even\\s+${KNOWS}`,
  `${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:didn'?t|did\\s+not|couldn'?t|could\\s+not|can'?t|cannot|never|don'?t|do\\s+not|doesn'?t|does\\s+not)\\s+(?:even\\s+)?(?:bother|be\\s+bothered|have\\s+the\\s+(?:decency|courtesy|respect|manners))`,
  `${TARGET}\\s+(?:clearly|obviously|apparently)\\s+(?:didn'?t|did\\s+not|couldn'?t|could\\s+not|never|don'?t|do\\s+not|doesn'?t|does\\s+not|wasn'?t|weren'?t)\\s+(?:\\w+\\s+)?(?:${KNOWS}|prepare|prepared|interested|paying\\s+attention)`,
  'nobody\\s+(?:even\\s+)?(?:bothered|cared|listened)',
  // "a waste of my afternoon", "wasted a whole vacation day", "a waste of a trip"
  "(?:a\\s+)?(?:complete\\s+|total\\s+|huge\\s+)?waste\\s+of\\s+(?:my|our|everyone'?s|your|a|an|the)?\\s*(?:\\w+\\s+){0,2}?(?:time|day|days|morning|afternoon|evening|night|week|weekend|effort|energy|trip|drive|commute|hours?|minutes?|breath|shift|lunch|PTO|leave|day\\s+off)",
  'wasted\\s+(?:my|our|a|an|the|a\\s+whole|an\\s+entire|half\\s+a)\\s+(?:\\w+\\s+){0,2}?(?:time|day|morning|afternoon|evening|week|weekend|effort|trip|hours?|shift|PTO|leave|day\\s+off)',
  // Sarcastic wishes: "I hope whoever you hire cares half as much", "... was worth it"
  `I\\s+(?:hope|trust|am\\s+sure|'m\\s+sure)\\s+(?:that\\s+)?(?:whoever|the\\s+(?:person|candidate|one)|your\\s+(?:\\w+\\s+)?(?:hire|pick|choice|candidate)|${TARGET})${IN_SENTENCE}(?:half\\s+as|as\\s+much\\s+as\\s+I|worth\\s+it|better\\s+than\\s+me)`,
  `${TARGET}${IN_SENTENCE}(?:was|is|were)\\s+(?:all\\s+)?worth\\s+it`,
  // Disappointment aimed at the reader: "I expected more from a hospital of your reputation"
  'I\\s+(?:honestly\\s+|frankly\\s+|really\\s+)?expected\\s+(?:a\\s+lot\\s+)?(?:more|better)\\s+(?:from|of)',
  '(?:a|an)\\s+(?:\\w+\\s+)?(?:company|hospital|school|firm|store|hotel|restaurant|bank|clinic|practice|organi[sz]ation|business)\\s+(?:like\\s+yours|of\\s+your\\s+(?:size|reputation|standing))\\s+(?:should|would|could|ought)',
  '(?:you|your\\s+\\w+)\\s+(?:should|ought\\s+to)\\s+be\\s+(?:ashamed|embarrassed)',
  "I\\s+hope\\s+(?:you(?:'re|\\s+are)|they(?:'re|\\s+are))\\s+(?:\\w+\\s+)?proud",
  // Contempt for the reader's grasp of the job: "you have no idea what a sous chef does"
  `${TARGET}\\s+(?:clearly\\s+|obviously\\s+)?(?:have|has|had)\\s+no\\s+(?:clue|understanding)\\s+(?:of\\s+)?(?:what|how|about)`,
];

/** What a demand asks of the reader. */
/** Not when the writer is the one who answers: "I will respond promptly", "I'd be glad to confirm by Friday". */
const NOT_BY_WRITER =
  "(?<!\\bI(?:'ll|'d|\\s+will|\\s+would|\\s+can|\\s+could|\\s+shall)?\\s+(?:(?:be\\s+)?(?:happy|glad|able)\\s+to\\s+)?)";
const ANSWER_VERB = `${NOT_BY_WRITER}(?:let\\s+me\\s+know|tell\\s+me|inform\\s+me|get\\s+back\\s+to\\s+me|respond|reply|answer|write\\s+back|call\\s+(?:me\\s+)?back|decide|make\\s+(?:a|your)\\s+decision|give\\s+me\\s+(?:an?\\s+)?(?:answer|decision|update|response)|send\\s+(?:me\\s+)?(?:an?\\s+)?(?:answer|decision|offer|update)|hear\\s+(?:back\\s+)?from\\s+you)`;
const DAY =
  "(?:today|tonight|tomorrow|(?:this|next)\\s+\\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|EOD|COB|EOW|close\\s+of\\s+(?:business|play)|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|week|month|business)|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|o'?clock)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}|the\\s+\\d{1,2}(?:st|nd|rd|th))";

export const PRESSURE_GRAMMAR: readonly string[] = [
  // A deadline set for the reader: "let me know by Thursday", "I need a decision before Friday"
  `${ANSWER_VERB}\\s+(?:\\w+\\s+){0,5}?(?:by|before|no\\s+later\\s+than|within|until)\\s+${DAY}`,
  `(?:by|before|no\\s+later\\s+than)\\s+${DAY}\\s*,?\\s+(?:please\\s+)?(?:or|otherwise)\\b`,
  // A deadline by other words: "I'd appreciate a decision by Friday", "if I don't hear back by Monday"
  `(?:appreciate|expect|want|need|require)\\s+(?:an?\\s+|your\\s+)?(?:answer|decision|response|reply|update|offer)\\s+(?:\\w+\\s+){0,3}?(?:by|before|within|no\\s+later\\s+than)\\s+${DAY}`,
  "(?:if|unless)\\s+I\\s+(?:don'?t|do\\s+not|haven'?t|have\\s+not)\\s+(?:hear|heard)\\s+(?:back\\s+)?(?:from\\s+you\\s+)?(?:by|before|within|soon)",
  "I'?ll\\s+(?:have\\s+to\\s+)?(?:accept|take|go\\s+with)\\s+(?:another|the\\s+other)\\s+(?:\\w+\\s+)?(?:offer|job|position|role)",
  // Need, stated at the reader: "I really do need to know where I stand", "I must have an answer"
  'I\\s+(?:really\\s+|do\\s+|truly\\s+|urgently\\s+|absolutely\\s+|simply\\s+|just\\s+)*(?:need|must|have\\s+to|require)\\s+(?:to\\s+)?(?:know|hear|have\\s+(?:an?\\s+)?(?:answer|decision|update|response)|an?\\s+(?:answer|decision|update|response|reply)|a\\s+yes\\s+or\\s+(?:a\\s+)?no)',
  '(?:need|want|must|have)\\s+to\\s+know\\s+where\\s+I\\s+stand',
  // Leverage: "I've put another offer on hold", "I have a competing offer that expires Friday"
  '(?:put|putting|holding|held|kept|keeping|left)\\s+(?:\\w+\\s+){0,3}?(?:offers?|job|position|role|employer)\\s+on\\s+hold',
  '(?:another|other|competing|a\\s+second|second|two\\s+other|several\\s+other)\\s+(?:job\\s+)?offers?',
  'offers?\\s+on\\s+the\\s+table',
  // Guilt: the costs the writer lists for the reader
  "after\\s+(?:all|everything)\\s+I(?:'ve|\\s+have)?\\s+(?:did|done|gave|given|put|sacrificed|spent|invested|went\\s+through|been\\s+through)",
  'I\\s+(?:took|used|burned|burnt|gave\\s+up|sacrificed|swapped|traded|rearranged|cancel(?:l)?ed|paid\\s+for|lost)\\s+(?:\\w+\\s+){0,4}?(?:unpaid\\s+)?(?:day\\s+off|days\\s+off|vacation|holiday|PTO|leave|sick\\s+day|shift|shifts|childcare|babysitter|wages|pay)',
  "(?:you|your\\s+(?:\\w+\\s+)?(?:recruiter|manager|team|office))\\s+(?:said|told\\s+me|promised|assured\\s+me)\\s+(?:me\\s+)?(?:that\\s+)?(?:you|I|they|it|we|someone)\\s*(?:would|'d|will|'ll)\\s+(?:\\w+\\s+){0,2}?(?:get\\s+back|decide|let\\s+me\\s+know|call|contact|hear|reply|respond|answer|be\\s+in\\s+touch)",
  '(?:you|your\\s+\\w+)\\s+owe\\s+me',
  '(?:should|must|ought\\s+to)\\s+(?:have\\s+)?(?:heard|known|decided|had\\s+an?\\s+(?:answer|decision))\\s+(?:\\w+\\s+){0,2}?by\\s+now',
  'how\\s+(?:much\\s+)?long(?:er)?\\s+(?:do|does|will|must|should|am|is|are|can)\\s+(?:I|it|this|you|they)',
  "(?:I'?ve|I\\s+have|I'?m|I\\s+am|been)\\s+(?:\\w+\\s+){0,2}?waiting\\s+(?:\\w+\\s+){0,4}?(?:days|weeks|so\\s+long|forever|patiently|since|long\\s+enough)",
  `${ANSWER_VERB}\\s+(?:\\w+\\s+){0,3}?(?:immediately|right\\s+away|urgently|promptly|straight\\s+away|at\\s+once|without\\s+(?:further\\s+)?delay|already)`,
  'I\\s+(?:expect|demand|insist\\s+on)\\s+(?:an?\\s+|your\\s+|a\\s+prompt\\s+)?(?:answer|response|reply|decision|update|call)',
];

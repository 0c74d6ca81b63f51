// The tone rules' small grammar: who a sentence is about (the reader, their company, the
// process) and what it says of them. A pattern here is "target ... predicate" within one
// sentence, so "the panel seemed bored stiff" and "your rubric was a farce" are caught without
// either sentence being listed. tone-phrases.ts keeps the set phrases that need no target.

/** Up to about ten words within the same sentence. */
export const IN_SENTENCE = '[^.!?\\n]{0,60}?';

/** The reader, the people around them, and what they run. */
export const TARGET =
  '(?:you|you\\s+(?:people|guys|all)|your\\s+(?:\\w+\\s+)?(?:team|company|firm|office|organi[sz]ation|practice|clinic|hospital|school|district|store|shop|branch|bank|agency|department|unit|ward|kitchen|restaurant|hotel|panel|committee|recruiters?|managers?|interviewers?|HR|process|questions?|interview|scorecard|rubric|test|assessment|exercise|task|system|policy|culture|leadership|board)|the\\s+(?:whole\\s+|entire\\s+)?(?:\\w+\\s+)?(?:process|interview|interviews|panel|committee|questions?|scorecard|rubric|recruiter|recruiting|hiring|HR|company|team|office|organi[sz]ation|test|assessment|exercise|case\\s+study|task|experience|system|culture|managers?|interviewers?|people|staff|board|partners?|principal|directors?|owners?|management|leadership|executives?|supervisors?|chefs?|doctors?|nurses?|foreman|superintendent|tour|visit|trial|shift|observation|lesson|demo|kitchen|store|ward|unit|floor|school|clinic|branch|hotel|restaurant|site|day|scheduling|rounds?)|this\\s+(?:whole\\s+|entire\\s+)?(?:process|interview|company|place|experience|organi[sz]ation|job|role|position)|whoever|they|nobody|no\\s+one)';

/** What scorn says of a target: adjectives of contempt and the nouns of a sham. */
const SCORN_WORD =
  '(?:a\\s+)?(?:complete\\s+|total\\s+|absolute\\s+|utter\\s+|real\\s+)?(?:joke|farce|sham|mess|circus|shambles|disaster|nightmare|waste|charade|formality|box-ticking\\s+exercise|pointless|useless|disorgani[sz]ed|chaotic|sloppy|careless|arrogant|condescending|dismissive|patroni[sz]ing|hostile|rigged|biased|unfair|lazy|inept|clueless|incompetent|shambolic|embarrassing|a\\s+waste\\s+of\\s+\\w+|unprepared|bored|distracted|rude|robotic|scripted|superficial|shallow|amateur(?:ish)?|outdated|backwards|toxic|broken|flawed|insulting|ridiculous|absurd|laughable|pathetic|irrelevant|canned|generic|recycled|nonsensical|mind-numbing|tedious|petty|juvenile|demeaning|degrading|humiliating|unprofessional|disrespectful|an?\\s+insult|beneath\\s+me|(?:an\\s+)?exercise\\s+in\\s+(?:box[\\s-]ticking|futility|tedium|humiliation|frustration)|going\\s+through\\s+the\\s+motions)';

const COPULA =
  "(?:is|was|are|were|'s|'re|seemed|seems|felt|feels|came\\s+across\\s+as|come\\s+across\\s+as|sounded|looked|must\\s+be|clearly\\s+(?:is|was|are|were))";

/** The nouns of a sham, whatever the sentence is about: "a shambles", "hazing". */
const SHAM =
  '(?:hazing|interrogation|cross-examination|ambush|circus|farce|sham|charade|fiasco|shambles|joke|box-ticking\\s+exercise|exercise\\s+in\\s+box[\\s-]ticking|cattle\\s+call|hoop-jumping)';

/** A sure sign of sarcasm or contempt: "clearly", "obviously". */
const PLAINLY = '(?:clearly|obviously|apparently|evidently|plainly)';

/** What a reader has not done, said as contempt: read, prepared, looked, shipped, worked. */
const NEVER_DID =
  '(?:shipped|worked|done|run|taught|nursed|built|managed|led|written|set\\s+foot|held|used|cooked|sold|served|practi[sc]ed|stepped|been\\s+(?:on|in|near|inside))';

/** Praise that, after "I'm sure ... very", reads as its opposite: "I'm sure the scorecard was very thorough". */
const SARCASTIC_PRAISE =
  '(?:thorough|fair|rigorous|scientific|objective|insightful|illuminating|meaningful|impartial|accurate|well[\\s-]thought[\\s-]out|carefully\\s+considered|professional|informative|useful|helpful|enlightening|robust|balanced)';

/** Doubts about whether the reader can do their job. */
const KNOWS =
  '(?:know|knows|knew|understand|understands|understood|read|looked\\s+at|care|cares|cared|listen|listened|bothered|realize|realise|get|got|paid\\s+attention)';

export const SCORN_GRAMMAR: readonly string[] = [
  // A sham named by what it felt like: "felt more like hazing than hiring", "it was rather a shambles"
  `(?:felt|feels|seemed|seems|was|is|were|are)\\s+(?:\\w+\\s+){0,2}?(?:more\\s+)?like\\s+(?:an?\\s+)?(?:\\w+\\s+)?${SHAM}`,
  `(?:it|that|this|the\\s+(?:whole\\s+)?(?:day|thing|morning|afternoon)|everything)\\s+${COPULA}\\s+(?:\\w+\\s+){0,2}?(?:a\\s+)?(?:bit\\s+of\\s+a\\s+)?${SHAM}`,
  // Better run at a lowlier place: "I have sat through better-organised interviews at a car dealership"
  '(?:sat\\s+through|seen|had|been\\s+(?:to|through)|attended)\\s+(?:far\\s+|much\\s+)?(?:better|more\\s+professional(?:ly)?)[\\s-]+(?:organi[sz]ed|run|prepared|planned|structured|managed)?\\s*(?:\\w+\\s+)?(?:interviews?|meetings?|processes|events?|days?)\\s+(?:at|in|from|by)\\s+(?:a|an|my|the)\\b',
  // Sarcasm about what the reader does: "busy pretending to read CVs", "had more important things to do"
  `${TARGET}${IN_SENTENCE}\\bpretend(?:ing|s|ed)?\\s+to\\s+(?:read|care|listen|work|know|understand|look|be\\s+(?:interested|listening))`,
  `${TARGET}${IN_SENTENCE}\\b(?:had|have|has)\\s+(?:much\\s+|far\\s+)?(?:more\\s+important|better)\\s+things\\s+to\\s+do`,
  `${TARGET}${IN_SENTENCE}\\b(?:spent|spend|spending|spends)\\s+(?:\\w+\\s+){0,4}?(?:on|with)\\s+(?:their|his|her|your)\\s+(?:own\\s+)?(?:phones?|laptops?|screens?|e-?mails?)`,
  // What the questions were worth: "told you nothing about how I work"
  `${TARGET}${IN_SENTENCE}\\b(?:tells?|told|showed?|shows|revealed?|reveals|says?|said|proved?|proves|tested|tests)\\s+(?:you|anyone|anybody|them|us)\\s+(?:absolutely\\s+|precisely\\s+|basically\\s+)?nothing`,
  // Incompetence as hyperbole: "your recruiter could not organise a two-person meeting"
  `${TARGET}\\s+(?:\\w+\\s+)?(?:could\\s+not|couldn'?t|can'?t|cannot|could\\s+never)\\s+(?:even\\s+)?(?:organi[sz]e|run|plan|arrange)\\s+(?:a|an)\\b`,
  // Treatment held against them: "treats its candidates like a nuisance", "treated the interview like a chore"
  // Not the writer's own: "I treated the first round like a formality, and it showed".
  '(?<!\\b(?:I|we)\\s+(?:\\w+\\s+)?)(?:treats?|treated|treating)\\s+(?:\\w+\\s+)?(?:candidates|applicants|people|me|us|staff|everyone|nurses|workers|it|(?:the|this|our|my)\\s+(?:interview|meeting|call|visit|day|session|whole\\s+thing))\\s+like\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:nuisance|dirt|cattle|numbers?|afterthoughts?|garbage|rubbish|children|idiots?|criminals?|suspects?|inconvenience|burden|interruption|chore|formality|favou?r|nuisance|nobod(?:y|ies))',
  // A mock title: "your so-called design exercise"
  '(?:your|the|their|this|that)\\s+so[\\s-]called\\b',
  '(?:unpaid|free)\\s+(?:work|labou?r|consulting|design\\s+work)\\s+(?:dressed\\s+up|disguised|passed\\s+off)',
  // Motives held against them: "more interested in catching me out" ("says a lot about" is praise as often)
  `${TARGET}${IN_SENTENCE}\\bmore\\s+interested\\s+in\\s+(?:catching|tripping|trapping|proving|showing\\s+off|hearing\\s+(?:themselves|himself|herself)|the\\s+sound\\s+of|looking\\s+(?:clever|smart)|scoring\\s+points|(?:their|his|her)\\s+own)`,
  // Doubt about how they run things: "how badly the scheduling was handled", "I have my doubts about how the unit is run"
  '(?:badly|poorly|terribly|appallingly|shockingly|woefully|horribly)\\s+(?:\\w+\\s+){0,3}?(?:was|were|is|are|had\\s+been|has\\s+been)\\s+(?:handled|run|organi[sz]ed|managed|planned|communicated|conducted)',
  `${TARGET}\\s+(?:\\w+\\s+){0,3}?(?:was|were|is|are|has\\s+been|had\\s+been)\\s+(?:so\\s+|very\\s+|really\\s+|extremely\\s+|quite\\s+)?(?:badly|poorly|terribly|appallingly|shockingly|woefully|horribly)\\s+(?:handled|run|organi[sz]ed|managed|planned|communicated|conducted)`,
  `I\\s+have\\s+(?:my|serious|real|grave|some)\\s+doubts\\s+about\\s+(?:how\\s+|whether\\s+)?${TARGET}`,
  '(?:stopped|stop|given\\s+up)\\s+caring',
  // "your process was a farce", "the panel seemed bored", "you were clearly unprepared"; not
  // "the panel was not rude at all" (tone-judgement.ts reads negation word by word)
  `${TARGET}\\s+(?:\\w+\\s+){0,3}?${COPULA}\\s+(?:(?!(?:not|never|hardly|barely|at\\s+all)\\b)\\w+\\s+){0,2}?${SCORN_WORD}`,
  // "I doubt you even know what a charge nurse does", "I wonder whether anyone read my file"
  `I\\s+(?:doubt|question\\s+whether|have\\s+to\\s+wonder\\s+(?:if|whether))\\s+(?:${TARGET}|anyone|anybody)\\s+(?:\\w+\\s+){0,2}?(?:even\\s+|actually\\s+|really\\s+|ever\\s+)?${KNOWS}`,
  // Wondering whether the reader looked at an attachment is a question; wondering whether anyone
  // did, or whether they even did, is the doubt: "I wonder if anyone read my file".
  `I\\s+(?:wonder\\s+(?:if|whether)|am\\s+not\\s+sure|'m\\s+not\\s+sure)\\s+(?:(?:anyone|anybody)\\s+(?:\\w+\\s+){0,2}?|${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:even|actually|really|ever)\\s+)${KNOWS}`,
  // "you didn't even read my resume", "nobody bothered to ask", "you couldn't be bothered"
  `${TARGET}\\s+(?:clearly\\s+|obviously\\s+|apparently\\s+)?(?:didn'?t|did\\s+not|couldn'?t|could\\s+not|can'?t|cannot|never|don'?t|do\\s+not|doesn'?t|does\\s+not)\\s+even\\s+${KNOWS}`,
  `${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:didn'?t|did\\s+not|couldn'?t|could\\s+not|can'?t|cannot|never|don'?t|do\\s+not|doesn'?t|does\\s+not)\\s+(?:even\\s+)?(?:bother|be\\s+bothered|have\\s+the\\s+(?:decency|courtesy|respect|manners))`,
  `${TARGET}\\s+(?:clearly|obviously|apparently)\\s+(?:didn'?t|did\\s+not|couldn'?t|could\\s+not|never|don'?t|do\\s+not|doesn'?t|does\\s+not|wasn'?t|weren'?t)\\s+(?:\\w+\\s+)?(?:${KNOWS}|prepare|prepared|interested|paying\\s+attention)`,
  'nobody\\s+(?:even\\s+)?(?:bothered|cared|listened)',
  // "a waste of my afternoon", "wasted a whole vacation day", "a waste of a trip"
  "(?:a\\s+)?(?:complete\\s+|total\\s+|huge\\s+)?waste\\s+of\\s+(?:my|our|everyone'?s|your|a|an|the)?\\s*(?:\\w+\\s+){0,2}?(?:time|day|days|morning|afternoon|evening|night|week|weekend|effort|energy|trip|drive|commute|hours?|minutes?|breath|shift|lunch|PTO|leave|day\\s+off)",
  'wasted\\s+(?:my|our|a|an|the|a\\s+whole|an\\s+entire|half\\s+a)\\s+(?:\\w+\\s+){0,2}?(?:time|day|morning|afternoon|evening|week|weekend|effort|trip|hours?|shift|PTO|leave|day\\s+off)',
  // Sarcastic wishes: "I hope whoever you hire cares half as much", "... was worth it"
  `I\\s+(?:hope|trust|am\\s+sure|'m\\s+sure)\\s+(?:that\\s+)?(?:whoever|the\\s+(?:person|candidate|one)|your\\s+(?:\\w+\\s+)?(?:hire|pick|choice|candidate))${IN_SENTENCE}(?:half\\s+as|as\\s+much\\s+as\\s+I(?!\\s+did\\b)|worth\\s+it|better\\s+than\\s+me)`,
  // Of the reader themselves "as much as I" is a wish ("I hope you like it as much as I did"), not a measure.
  `I\\s+(?:hope|trust|am\\s+sure|'m\\s+sure)\\s+(?:that\\s+)?${TARGET}${IN_SENTENCE}(?:half\\s+as|worth\\s+it|better\\s+than\\s+me)`,
  // Still a wish: "and that the scorecard you were reading from was worth it"; not "the trial shift was worth it"
  `(?:hope|trust|and\\s+that)\\s+(?:that\\s+)?${TARGET}${IN_SENTENCE}(?:was|is|were)\\s+(?:all\\s+)?worth\\s+it`,
  // Disappointment aimed at the reader: "I expected more from a hospital of your reputation"
  'I\\s+(?:honestly\\s+|frankly\\s+|really\\s+)?expected\\s+(?:a\\s+lot\\s+)?(?:more|better)\\s+(?:from|of)',
  '(?:a|an)\\s+(?:\\w+\\s+)?(?:company|hospital|school|firm|store|hotel|restaurant|bank|clinic|practice|organi[sz]ation|business)\\s+(?:like\\s+yours|of\\s+your\\s+(?:size|reputation|standing))\\s+(?:should|would|could|ought)',
  '(?:you|your\\s+\\w+)\\s+(?:should|ought\\s+to)\\s+be\\s+(?:ashamed|embarrassed)',
  "I\\s+hope\\s+(?:you(?:'re|\\s+are)|they(?:'re|\\s+are))\\s+(?:\\w+\\s+)?proud",
  // "the panel clearly hadn't read my resume", "you obviously haven't looked at my file"
  `${TARGET}\\s+${PLAINLY}\\s+(?:hadn'?t|had\\s+not|haven'?t|have\\s+not|hasn'?t|has\\s+not|never)\\s+(?:even\\s+)?(?:${KNOWS}|prepared|opened|glanced\\s+at|skimmed|looked)`,
  // "no one on the panel had read my CV", "none of you had looked at my portfolio"
  `(?:nobody|no\\s+one|none\\s+of\\s+(?:you|them|the\\s+\\w+))${IN_SENTENCE}\\b(?:had|has|have)\\s+(?:even\\s+|actually\\s+|bothered\\s+to\\s+)?(?:read|looked\\s+at|opened|prepared|glanced\\s+at)`,
  // "whoever wrote that exercise has never shipped anything", "you have clearly never run a ward"
  `whoever\\s+${IN_SENTENCE}\\b(?:has|have|had)\\s+(?:${PLAINLY}\\s+)?(?:never|no\\s+(?:idea|clue|experience|business))(?:\\s+${NEVER_DID})?`,
  `${TARGET}\\s+(?:${PLAINLY}\\s+)?(?:has|have|had)\\s+${PLAINLY}\\s+never\\s+(?:\\w+\\s+){0,2}?${NEVER_DID}`,
  `${TARGET}\\s+${PLAINLY}\\s+(?:has|have|had)\\s+never\\s+(?:\\w+\\s+){0,2}?${NEVER_DID}`,
  `whoever\\s+${IN_SENTENCE}\\b(?:should|needs?\\s+to|ought\\s+to)\\s+(?:be\\s+(?:fired|retrained|ashamed|embarrassed)|try\\s+(?:it|doing|answering|taking)|take\\s+it\\s+themselves|rethink|re-think|go\\s+back)`,
  // "a strange way to treat people's time", "is this how you treat candidates?"
  `(?:a|an|quite\\s+a|such\\s+a|what\\s+a)\\s+(?:strange|odd|funny|bizarre|interesting|curious|poor|terrible|awful|peculiar|novel|bold|unusual|sad|shabby|cavalier|careless)\\s+way\\s+to\\s+(?:treat|run|handle|interview|respect|value|welcome|hire|recruit|speak\\s+to|talk\\s+to|conduct|thank|use)`,
  `(?:is|was)\\s+(?:this|that)\\s+how\\s+${TARGET}\\s+(?:\\w+\\s+)?(?:treats?|welcomes?|interviews?|speaks?\\s+to|talks?\\s+to|respects?|values?)`,
  "(?:disrespect(?:ed|s|ful\\s+of)?|wast(?:e|ed|es|ing)|squander(?:ed|s)?)\\s+(?:of\\s+)?(?:people['\u2019]?s|candidates['\u2019]?|applicants['\u2019]?|everyone['\u2019]?s|other\\s+people['\u2019]?s)\\s+time",
  // Sarcasm: "I'm sure the scorecard was very thorough", "I'm sure it all makes sense to someone"
  `I(?:'m|\\s+am)\\s+sure\\s+(?:that\\s+)?(?:${TARGET}|it|that|this)\\s+(?:\\w+\\s+){0,4}?${COPULA}\\s+(?:all\\s+)?(?:very|really|so|extremely|incredibly|super|truly|most|perfectly|totally|absolutely|terribly|ever\\s+so)\\s+${SARCASTIC_PRAISE}`,
  'makes?\\s+(?:perfect\\s+)?sense\\s+to\\s+(?:someone|somebody)',
  `I(?:'m|\\s+am)\\s+sure\\s+(?:${TARGET})\\s+(?:had|have|has)\\s+(?:your|their|its|his|her)\\s+reasons`,
  // Sarcastic wishes for whoever comes next: "hope the next candidate enjoys it"
  '(?:hope|trust|good\\s+luck\\s+to|pity|feel\\s+(?:sorry|bad)\\s+for)\\s+(?:that\\s+)?(?:the|your)\\s+(?:next|poor|lucky)\\s+(?:candidate|applicant|person|hire|victim|soul|sucker|nurse|teacher|engineer|chef|hire)',
  // Accusation: "you wasted my time", "your recruiter misled me", "you strung me along"
  `${TARGET}\\s+(?:\\w+\\s+)?(?:wasted|ignored|disrespected|humiliated|insulted|misled|lied\\s+to|talked\\s+down\\s+to|belittled|patroni[sz]ed|mocked|laughed\\s+at|blindsided|ambushed|tricked)\\s+(?:me|my|us|candidates|people|applicants|everyone)`,
  `${TARGET}\\s+(?:\\w+\\s+)?(?:strung|string|stringing|led|leading)\\s+(?:me|us|candidates|people|applicants)\\s+(?:along|on)`,
  // Inattention held against the reader: "the interviewer seemed more interested in his phone"
  `${TARGET}${IN_SENTENCE}(?:more\\s+interested\\s+in|glued\\s+to|kept\\s+checking|busy\\s+(?:with|on))\\s+(?:their|his|her|your)\\s+(?:own\\s+)?(?:phones?|laptops?|screens?|e-?mails?|watch(?:es)?|notes)`,
  // Worth said to be nothing: "experience counts for nothing at your firm"
  '(?:count|counts|counted|mean|means|meant|matter|matters|mattered)\\s+(?:for\\s+)?(?:nothing|very\\s+little|so\\s+little)\\s+(?:to\\s+you|at\\s+your|here|there|to\\s+your|in\\s+your)',
  `${TARGET}\\s+(?:clearly\\s+|obviously\\s+)?(?:have|has|had)\\s+no\\s+(?:clue|understanding)\\s+(?:of\\s+)?(?:what|how|about)`,
];

/** What a demand asks of the reader. */
/** Not when the writer is the one who answers: "I will respond promptly", "I'd be glad to confirm by Friday". */
const NOT_BY_WRITER =
  "(?<!\\bI(?:'ll|'d|\\s+will|\\s+would|\\s+can|\\s+could|\\s+shall)?\\s+(?:(?:be\\s+)?(?:happy|glad|able)\\s+to\\s+)?)";
const ANSWER_VERB = `${NOT_BY_WRITER}(?:let\\s+me\\s+know|tell\\s+me|inform\\s+me|get\\s+back\\s+to\\s+me|respond|reply|answer|write\\s+back|call\\s+(?:me\\s+)?back|decide|make\\s+(?:a|your)\\s+decision|give\\s+me\\s+(?:an?\\s+)?(?:answer|decision|update|response)|send\\s+(?:me\\s+)?(?:an?\\s+)?(?:answer|decision|offer|update)|hear\\s+(?:back\\s+)?from\\s+you)`;
const DAY =
  "(?:today|tonight|tomorrow|(?:this|next)\\s+\\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|EOD|COB|EOW|close\\s+of\\s+(?:business|play)|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:day|week|month|business)|the\\s+weekend|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|o'?clock)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}|the\\s+\\d{1,2}(?:st|nd|rd|th))";

export const PRESSURE_GRAMMAR: readonly string[] = [
  // A deadline without a preposition: "I would appreciate a response today"
  '(?:appreciate|expect|want|need|require)\\s+(?:an?\\s+|your\\s+)?(?:answer|decision|response|reply|update|offer|call)\\s+(?:\\w+\\s+){0,2}?(?:today|tonight|tomorrow|this\\s+(?:morning|afternoon|evening))\\b',
  // Hurry asked of them: "can you hurry things along?", "please speed this up"
  '(?:hurry|speed|move|push|rush)\\s+(?:things|this|it|matters|the\\s+(?:process|decision))\\s+(?:along|up)',
  "I\\s+(?:can'?t|cannot|can\\s+not|won'?t|will\\s+not)\\s+(?:(?:keep|go\\s+on|afford\\s+to\\s+keep)\\s+waiting|wait\\s+(?:forever|much\\s+longer|any\\s+longer|indefinitely|around))\\b",
  // "Kindly revert at the earliest"
  '(?:revert|reply|respond|answer|get\\s+back|let\\s+me\\s+know|update\\s+me|write\\s+back)\\s+(?:\\w+\\s+){0,2}?at\\s+(?:the|your)\\s+earliest\\b(?!\\s+(?:convenience|opportunity))',
  // Watching the inbox: "I am checking my email every hour"
  "I(?:'m|\\s+am)\\s+(?:\\w+\\s+)?(?:checking|refreshing|watching)\\s+my\\s+(?:e-?mails?|inbox|phone|voicemail)\\s+(?:every|each|constantly|non-?stop|all\\s+day|hourly)",
  // "Surely a decision has been made by now?", "I was hoping to have heard something by now"
  'surely\\b[^.!?\\n]{0,60}?\\bby\\s+now',
  "I\\s+(?:was|am|'m|had\\s+been)\\s+(?:\\w+\\s+)?(?:hoping|expecting)\\s+to\\s+have\\s+(?:heard|had|received|got(?:ten)?)\\b",
  "(?:haven'?t|have\\s+not|hasn'?t|has\\s+not)\\s+heard\\s+(?:\\w+\\s+){0,3}?since\\s+(?:yesterday|this\\s+morning|last\\s+night|this\\s+afternoon|(?:an|one|two|three|a\\s+few)\\s+hours?)",
  // A deadline set for the reader: "let me know by Thursday", "I need a decision before Friday"
  `${ANSWER_VERB}\\s+(?:\\w+\\s+){0,5}?(?:by|before|no\\s+later\\s+than|within|until)\\s+${DAY}`,
  `(?:by|before|no\\s+later\\s+than)\\s+${DAY}\\s*,?\\s+(?:please\\s+)?(?:or|otherwise)\\b`,
  // A deadline by other words: "I'd appreciate a decision by Friday", "if I don't hear back by Monday"
  `(?:appreciate|expect|want|need|require)\\s+(?:an?\\s+|your\\s+)?(?:answer|decision|response|reply|update|offer)\\s+(?:\\w+\\s+){0,3}?(?:by|before|within|no\\s+later\\s+than)\\s+${DAY}`,
  "(?:if|unless)\\s+I\\s+(?:don'?t|do\\s+not|haven'?t|have\\s+not)\\s+(?:hear|heard)\\s+(?:back\\s+)?(?:from\\s+you\\s+)?(?:by|before|within|soon)\\b(?!(?<=before)\\s+then\\b)(?!\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:date|day|time|deadline|time\\s*frame|timeline|window)\\s+(?:you|your|we|that\\s+you|Dana|they)\\b)",
  "I'?ll\\s+(?:have\\s+to\\s+)?(?:accept|take|go\\s+with)\\s+(?:another|the\\s+other)\\s+(?:\\w+\\s+)?(?:offer|job|position|role)",
  // Need, stated at the reader: "I really do need to know where I stand", "I must have an answer"
  'I\\s+(?:really\\s+|do\\s+|truly\\s+|urgently\\s+|absolutely\\s+|simply\\s+|just\\s+)*(?:need|must|have\\s+to|require)\\s+(?:to\\s+)?(?:know(?!\\s+(?:more|about|how\\s+to)\\b)|hear(?!\\s+(?:more|about)\\b)|have\\s+(?:an?\\s+)?(?:answer|decision|update|response)|an?\\s+(?:answer|decision|update|response|reply)|a\\s+yes\\s+or\\s+(?:a\\s+)?no)',
  '(?:need|want|must|have)\\s+to\\s+know\\s+where\\s+I\\s+stand',
  // Leverage: "I've put another offer on hold", "I have a competing offer that expires Friday"
  '(?:put|putting|holding|held|kept|keeping|left)\\s+(?:\\w+\\s+){0,3}?(?:offers?|job|position|role|employer)\\s+on\\s+hold',
  '(?:another|other|competing|a\\s+second|second|two\\s+other|several\\s+other)\\s+(?:job\\s+)?offers?',
  'offers?\\s+on\\s+the\\s+table',
  // Guilt: the costs the writer lists for the reader
  // "I have moved three shifts and lost a weekend's pay", "I gave up two days of leave"
  "I(?:'ve|\\s+have)?\\s+(?:\\w+\\s+){0,5}?(?:lost|gave\\s+up|forfeited|sacrificed|gone\\s+without)\\s+(?:a|an|two|three|four|\\w+)\\s+(?:[\\w-]+['\u2019]s\\s+|days?\\s+of\\s+)?(?:pay|wages|shifts?|days?\\s+off|weekend|holiday|leave|overtime)\\b(?!\\s+(?:job|jobs|work|role|position|home|cottage|let|rota|cover))",
  // Hurry said gently is still hurry: "some clarity from you sooner rather than later"
  '(?:from\\s+you|an?\\s+(?:answer|decision|reply|response|update)|some\\s+clarity|to\\s+hear(?:\\s+back)?)\\s+[^.!?\\n]{0,30}?sooner\\s+rather\\s+than\\s+later',
  "after\\s+(?:all|everything)\\s+I(?:'ve|\\s+have)?\\s+(?:did|done|gave|given|put|sacrificed|spent|invested|went\\s+through|been\\s+through)",
  'I\\s+(?:took|used|burned|burnt|gave\\s+up|sacrificed|swapped|traded|rearranged|cancel(?:l)?ed|paid\\s+for|lost)\\s+(?:\\w+\\s+){0,4}?(?:unpaid\\s+)?(?:day\\s+off|days\\s+off|vacation|holiday|PTO|leave|sick\\s+day|shift|shifts|childcare|babysitter|wages|pay)\\b(?!\\s+(?:job|jobs|work|role|position|home|cottage|let|rota|cover))',
  "(?:you|your\\s+(?:\\w+\\s+)?(?:recruiter|manager|team|office))\\s+(?:said|told\\s+me|promised|assured\\s+me)\\s+(?:me\\s+)?(?:that\\s+)?(?:you|I|they|it|we|someone)\\s*(?:would|'d|will|'ll)\\s+(?:\\w+\\s+){0,2}?(?:get\\s+back|decide|let\\s+me\\s+know|call|contact|hear|reply|respond|answer|be\\s+in\\s+touch)",
  '(?:you|your\\s+\\w+)\\s+owe\\s+me',
  '(?:should|must|ought\\s+to)\\s+(?:have\\s+)?(?:heard|known|decided|had\\s+an?\\s+(?:answer|decision))\\s+(?:\\w+\\s+){0,2}?by\\s+now',
  'how\\s+(?:much\\s+)?long(?:er)?\\s+(?:do|does|will|must|should|am|is|are|can)\\s+(?:I|it|this|you|they)',
  "(?:I'?ve|I\\s+have|I'?m|I\\s+am|been)\\s+(?:\\w+\\s+){0,2}?waiting\\s+(?:\\w+\\s+){0,4}?(?:days|weeks|so\\s+long|forever|patiently|since|long\\s+enough)",
  // "please don't leave me hanging", "you've kept me in the dark"
  "(?:don'?t|do\\s+not|stop)\\s+(?:leave|leaving|keep|keeping)\\s+me\\s+(?:hanging|waiting|in\\s+the\\s+dark|in\\s+limbo|guessing|on\\s+tenterhooks)",
  `${TARGET}\\s+(?:\\w+\\s+)?(?:left|leave|leaving|kept|keep|keeping)\\s+me\\s+(?:hanging|in\\s+the\\s+dark|in\\s+limbo|guessing|on\\s+tenterhooks)`,
  // An ultimatum drawn from silence: "I'll assume it's a no if", "I'll take your silence as a no"
  "I(?:'ll|\\s+will|\\s+shall)\\s+(?:just\\s+|have\\s+to\\s+|simply\\s+|then\\s+)?(?:assume|presume|conclude|take\\s+(?:it|that|this))\\s+(?:to\\s+mean\\s+)?(?:that\\s+)?(?:it'?s|it\\s+is|that'?s|that\\s+is|this\\s+is|the\\s+answer\\s+is|you'?re|you\\s+are|you'?ve|you\\s+have|I'?m|I\\s+am|I\\s+was|I\\s+wasn'?t|I\\s+didn'?t|I\\s+did\\s+not|I\\s+have|I'?ve)\\s+(?:\\w+\\s+){0,2}?(?:a\\s+no|a\\s+rejection|not\\s+(?:happening|interested|going\\s+ahead|moving\\s+forward|a\\s+fit|selected|successful|getting\\s+it|getting\\s+the\\s+\\w+|in\\s+the\\s+running|considered)|no\\s+longer\\s+(?:interested|available|open|in\\s+the\\s+running|being\\s+considered|under\\s+consideration)|moved\\s+on|rejected|out\\s+of\\s+the\\s+running|(?:been\\s+)?filled|passed\\s+(?:on\\s+me|me\\s+over)|gone\\s+(?:with|to)\\s+(?:someone|somebody|another))",
  '(?:take|read|treat|count)\\s+(?:your|the|any)\\s+silence\\s+as',
  '(?:your\\s+)?silence\\s+(?:means|will\\s+mean|speaks|is\\s+an?\\s+answer)',
  // A demand put on the reader: "I need you to tell me", "you need to make a decision"
  '(?:I\\s+need|I\\s+want|I\\s+expect)\\s+you\\s+to\\s+(?:let\\s+me\\s+know|tell\\s+me|get\\s+back|decide|call|respond|reply|answer|give\\s+me|make\\s+(?:a|your)\\s+decision|hurry|move|speed)',
  '(?:you|your\\s+(?:\\w+\\s+)?(?:team|office|manager|recruiter))\\s+(?:need|needs|have|has|must|should)\\s+to\\s+(?:let\\s+me\\s+know|get\\s+back|decide|tell\\s+me|call\\s+me|respond|reply|answer|give\\s+me|make\\s+(?:a|your|up\\s+your)|hurry|move\\s+faster|speed\\s+(?:up|things\\s+up))',
  '(?:expect|want|need)\\s+to\\s+(?:hear|be\\s+told|know)\\s+(?:back\\s+)?(?:\\w+\\s+){0,3}?(?:today|tomorrow|soon|shortly|this\\s+week|right\\s+away|by)',
  `${ANSWER_VERB}${IN_SENTENCE}at\\s+the\\s+(?:very\\s+)?latest`,
  // Time counted at the reader: "it has been two weeks since", "over a week now"
  'it\\s+has\\s+been\\s+(?:\\w+\\s+){0,2}?(?:days|weeks|months)\\s+(?:and|already|now|since\\s+(?:we|our|you|your|the\\s+interview|my\\s+interview|I\\s+(?:last|interviewed|applied|heard|wrote|sent|met|spoke|came\\s+in)))',
  '(?:over|more\\s+than)\\s+(?:a|two|three|\\d+)\\s+(?:weeks?|days?)\\s+(?:now|already)\\s+(?:and|since|without)',
  // Leverage: "I turned down another offer for this", "I declined two interviews to wait for you"
  "I(?:'ve|\\s+have)?\\s+(?:already\\s+)?(?:turned\\s+down|declined|passed\\s+on|said\\s+no\\s+to|walked\\s+away\\s+from|rejected|put\\s+off)\\s+(?:\\w+\\s+){0,3}?(?:offers?|positions?|jobs?|roles?|interviews?|opportunit(?:y|ies))",
  '(?:my|a|the)\\s+(?:own\\s+)?deadline\\s+(?:is|of|for\\s+(?:an?\\s+|your\\s+)?(?:answer|decision|reply))\\s+(?:\\w+\\s+){0,2}?(?:today|tonight|tomorrow|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\\s+end|noon|answer|decision)',
  // Guilt: "I've been refreshing my inbox every hour", "my family is counting on this"
  "I(?:'ve|\\s+have)\\s+been\\s+(?:checking|refreshing|watching|staring\\s+at)\\s+my\\s+(?:e-?mail|inbox|phone|voicemail)",
  '(?:my\\s+(?:family|kids|children|wife|husband|partner)|people)\\s+(?:is|are)\\s+(?:counting|depending|relying)\\s+on\\s+(?:this|me\\s+getting|you)',
  `${ANSWER_VERB}\\s+(?:\\w+\\s+){0,3}?(?:immediately|right\\s+away|urgently|promptly|straight\\s+away|at\\s+once|without\\s+(?:further\\s+)?delay|already)`,
  'I\\s+(?:expect|demand|insist\\s+on)\\s+(?:an?\\s+|your\\s+|a\\s+prompt\\s+)?(?:answer|response|reply|decision|update|call)',
];

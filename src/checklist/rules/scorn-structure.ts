// tone-scathing's broad tier, by structure: a negative judgement aimed at the reader's side, in
// the shapes people use when they mean it without a hostile word. Sarcasm markers ("so-called",
// "glorified", "an education of sorts", "thanks, I suppose", "bless your panel"), doubt of the
// reader's competence ("had no idea what ...", "not sure your supervisor has ever ...", "written
// by someone who has never ..."), inattention held against them ("while your manager scrolled
// through his phone"), a belittling comparison ("I'd expect more from a student society", "I've
// had tougher interviews for a Saturday job", "a monkey with a spreadsheet could ..."), the
// rhetorical question ("who schedules ... with no break?", "does anyone there actually ...?"),
// wonder at how they survive, praise held to a low bar ("fine for an American shop") and the
// writer's superiority ("what I could have done on day one"), the reader's side behind the times
// (helped to "catch up", "finally" doing it, "late than never"), mock assurance held to a low bar
// ("I'm sure whoever wrote it meant well"), a consequence laid on them ("no wonder ... is always
// broken") and what they could easily have done. Each is a class of English, not a
// draft's phrase. SCORN_STRUCTURE is weighed like the other stances (tone-judgement.ts keeps
// praise, sympathy and former employers out); SCORN_SARCASM wears its praise, so praise in the
// sentence does not excuse it. Matched case-insensitively within one sentence; warnings only.

/** The reader's side as the one judged: you, your recruiter, the panel, anyone there, whoever. */
const TARGET =
  "(?:you|your\\s+(?:[\\w-]+(?:'s)?\\s+){0,2}?[\\w-]+|the\\s+(?:[\\w-]+\\s+)?(?:panel|panellists|interviewers?|recruiters?|managers?|director|supervisor|boss|owner|chef|head|lead|team|staff|company|firm|office|practice|clinic|school|store|shop|hr|committee|board|department|receptionist|people|partners?|site|studio|kitchen)|anyone|anybody|nobody|no\\s+one|they|whoever(?:\\s+\\w+){0,3}?|someone|somebody)";
/** Within one sentence, a few words. */
const GAP = '[^.!?\\n]{0,60}?';

export const SCORN_STRUCTURE: readonly string[] = [
  // An excuse made for them, their duty undone: "the team is too busy to read a CV", "hard to find
  // time to answer e-mails when you're tasting croissants" (said in sympathy, "I know", it is left alone)
  String.raw`\b(?:you|your|they|the\s+(?:\w+\s+)?(?:team|panel|office|chef|manager|recruiter)s?)\b[^.!?\n]{0,40}?\btoo\s+busy\s+to\s+(?:answer|read|reply|respond|return|look\s+at|listen|prepare|call|check|open)\b`,
  String.raw`\b(?:too\s+busy|hard\s+to\s+find\s+(?:the\s+)?time)\s+to\s+(?:answer|read|reply|respond|return|look\s+at|listen|call|open)\b[^.!?\n]{0,40}?\bwhen\s+(?:you|they)\b`,
  // Wishing to be elsewhere: "the panel looked like they'd rather be anywhere else"
  String.raw`\b(?:would|\w+'d)\s+(?:much\s+)?(?:rather|sooner)\s+(?:have\s+)?(?:be|been)\s+(?:anywhere|somewhere|elsewhere)\b|\bcouldn't\s+wait\s+(?:for\s+(?:it|me|the\s+\w+)\s+to\s+(?:end|be\s+over|finish|leave)|to\s+(?:get\s+rid\s+of|see\s+the\s+back\s+of)\s+me)\b`,
  // Not knowing the job: "your recruiter clearly had no idea what a sous-vide bath is"
  `\\b${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:had|has|have)\\s+(?:no|not\\s+the\\s+(?:faintest|slightest|first))\\s+(?:idea|clue|notion)\\s+(?!how\\s+(?:much|grateful|glad|happy|pleased|excited|thankful|good|nice|kind|lovely|helpful|useful)\\b)(?:what|how|who|why|about|of|where)\\b|\\b${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:was|were|is|are|seemed|seems)\\s+(?:\\w+\\s+)?clueless\\b`,
  `\\b(?:not\\s+(?:sure|convinced|certain)|doubt|wonder(?:ed)?\\s+(?:if|whether))\\s+(?:that\\s+|if\\s+|whether\\s+)?${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:has|have|had)\\s+(?:ever|even|actually|really)\\b`,
  String.raw`\b(?:someone|somebody|people|a\s+person|whoever)\s+(?:\w+\s+)?who\s+(?:has|have|had)\s+(?:clearly\s+|obviously\s+|evidently\s+)?never\s+(?:\w+\s+)?(?:met|worked|done|seen|set\s+foot|held|used|touched|run|cooked|driven|taught|nursed|served|been|stood|climbed|sat)\b`,
  // Inattention held against them: "hard to stay polite while your manager scrolled through his phone"
  `\\b${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:scrolled|scrolling|checked|checking|glanced\\s+at|texted|texting|typed|typing|tapped|tapping|answered|answering|took|taking)\\s+(?:through\\s+|on\\s+|at\\s+)?(?:his|her|their|your)\\s+(?:phone|watch|laptop|emails?|messages|inbox|calls|phone\\s+calls)\\b`,
  String.raw`\bhard\s+to\s+(?:stay|remain|keep)\s+(?:polite|civil|calm|patient|professional|straight-faced|a\s+straight\s+face)\s+(?:while|when|as|with)\b`,
  // Beneath anyone: "the technical test was beneath anyone with a licence"
  String.raw`\bbeneath\s+(?:anyone|anybody|someone|somebody|me|any\s+\w+|a\s+(?:\w+\s+)?(?:professional|person|candidate|nurse|chef|teacher|graduate|student|trainee|apprentice|tradesman|technician|engineer)|the\s+dignity)\b|\ban\s+insult\s+to\s+(?:anyone|anybody|someone|me|my|any)\b`,
  // Values mixed up: "your team seems to confuse rudeness with rigour", "rates a neat CV above actual instinct"
  `\\b${TARGET}\\s+(?:\\w+\\s+){0,2}?(?:confus(?:e|es|ed|ing)|mistak(?:e|es|ing)|mistook|conflat(?:e|es|ed|ing))\\s+(?:[\\w-]+\\s+){1,2}?(?:with|for)\\s+\\w+`,
  String.raw`\b(?:rates?|values?|puts?|prizes?|prefers?|favou?rs?)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:above|over|ahead\s+of|more\s+than)\s+(?:actual|real|genuine|proper)\b`,
  String.raw`\b(?:built|based|run|founded)\s+on\s+(?:\w+\s+)?(?:hype|spin|marketing|pr|buzzwords|branding|image|appearances|connections|nepotism|luck|slogans?)\s+(?:rather\s+than|not|instead\s+of|more\s+than|over)\b|\ball\s+talk\b|\bpure\s+(?:hype|spin)\b|\bjust\s+for\s+show\b|\blip\s+service\b|\bsmoke\s+and\s+mirrors\b|\bwindow\s+dressing\b`,
  // Nobody there could: "nobody on that panel could have done the job", "nobody there seems to care"
  String.raw`\b(?:nobody|no\s+one|none\s+of\s+(?:them|you|the\s+\w+))\s+(?:on|in|at|from)\s+(?:that|the|your|this)\s+(?:\w+\s+)?\w+\s+(?:could|can|knew|cared|bothered|understood|was\s+able)\b(?!\s+(?:have\s+been\s+)?(?:more|kinder|nicer|better|friendlier|warmer|happier|easier|\w+er)\b)`,
  String.raw`\b(?:nobody|no\s+one|none\s+of\s+(?:them|you))\s+(?:\w+\s+){0,4}?(?:seems?|seemed|appears?|appeared)\s+to\s+(?:care|listen|bother|read)\b`,
  // A belittling comparison: "I'd expect more professionalism from a student society"
  String.raw`\b(?:i'd|i\s+would|one\s+would|you'd|you\s+would)\s+(?:have\s+)?(?:\w+\s+)?expect(?:ed)?\s+(?:more|better)\s+(?:[\w-]+\s+){0,2}?(?:from|of|at)\s+(?:a|an)\b`,
  String.raw`\b(?:had|have\s+had|sat|done|faced|been\s+given|been\s+through)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:more\s+[\w-]+|tougher|harder|better|stricter|longer|deeper|sharper|warmer|kinder)\s+(?:job\s+)?(?:interviews?|questions|tests?|conversations|welcomes?|grillings?|assessments?|screenings?)\s+(?:for|at|from|with|in)\s+(?:a|an)\b`,
  String.raw`\b(?:a|an|any)\s+(?:trained\s+)?(?:monkey|chimp|child|toddler|teenager|schoolchild|robot|parrot|chatbot|hamster)\s+(?:with\s+(?:a|an)\s+\w+\s+)?(?:could|would|can)\s+(?:\w+\s+){0,4}?(?:better|do\s+(?:it|that|this|the\s+job))\b`,
  String.raw`\b(?:fine|good|decent|okay|ok|adequate|not\s+bad|impressive|acceptable|passable)\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:shop|place|company|firm|team|operation|outfit|business|practice|clinic|kitchen|studio|school|office|store|city|town|country|start-?up|hospital|salon|yard|garage|workshop)\b`,
  String.raw`\b(?:we|i|most\s+people|anyone)\s+(?:would|'d)\s+call\s+(?:this|that|it)\s+(?:[\w-]+\s+){0,4}?(?:basic|amateur|amateurish|sloppy|primitive|junior|beginner|entry-level|rudimentary)\b`,
  String.raw`\bwith\s+(?:some|a\s+little|a\s+bit\s+of|more|proper)\s+(?:training|work|effort|practice|guidance|help)\b[^.!?\n]{0,30}?\b(?:it|you|they|your\s+\w+|the\s+\w+)\s+(?:can|could|might|will)\s+(?:be\s+)?(?:improved?|get\s+there|catch\s+up|be\s+brought)\b`,
  // The writer above them: "what I could have done on day one", "most of us stopped needing that years ago"
  String.raw`\bwhat\s+i\s+could\s+have\s+(?:done|managed|taught|fixed|built|made|cut|sewn)\b(?:\s+\w+){0,4}?\s+(?:on\s+day\s+one|in\s+my\s+sleep|blindfolded|with\s+my\s+eyes\s+closed|years\s+ago|from\s+the\s+start)\b`,
  String.raw`\bmost\s+of\s+us\b[^.!?\n]{0,40}?\b(?:years|ages|decades|long)\s+ago\b|\bstill\s+(?:working\s+out|learning|getting\s+to\s+grips\s+with|figuring\s+out|struggling\s+with)\s+the\s+basics\b`,
  String.raw`\b(?:at|in)\s+my\s+(?:last|previous|old|former)\s+\w+\s+(?:we|i)(?:'d|\s+would)\s+have\s+(?:had|done|finished|cut|built|fixed|made)\b[^.!?\n]{0,50}?\bin\s+(?:that|the\s+same|half\s+the)\s+time\b`,
  // The rhetorical question: "who schedules a three-hour interview with no break?"
  String.raw`\bwho\s+(?:in\s+(?:their|your)\s+right\s+mind\s+|on\s+earth\s+|actually\s+|seriously\s+|even\s+)?(?!knew\b)\w+s\s+[^.!?\n]{0,60}?\b(?:with\s+no|without|in\s+their\s+right\s+mind)\b[^.!?\n]{0,40}?\?`,
  String.raw`\b(?:does|do|did|has|have|is|are|will)\s+(?:anyone|anybody|nobody|any\s+of\s+(?:you|them))\s+(?:(?:on|in|at|from)\s+(?:\w+\s+){1,3}?)?(?:actually|even|really)\s+\w+[^.!?\n]{0,60}\?`,
  // Wonder at how they survive: "I left wondering how your restaurant stays open"
  `\\b(?:wonder(?:ing|ed)?|no\\s+idea|a\\s+mystery(?:\\s+to\\s+me)?|beats\\s+me|baffl\\w+|puzzl\\w+)\\s+how\\s+${TARGET}\\s+(?:\\w+\\s+)?(?:stays?|stayed|remains?|is\\s+still|are\\s+still|survives?|survived|manages?\\s+to\\s+(?:stay|keep|hire|get|function|operate)|ever\\s+(?:hires?|fills?|gets?|finishes|manages?))\\b`,
  // Resigned disappointment: "so I can't say I'm surprised", "I'll try not to take it personally"
  String.raw`\bcan't\s+say\s+(?:it\s+|that\s+|this\s+|i(?:'m|\s+am|\s+was)\s+)?(?:surprised|shocked)(?:\s+me)?\b`,
  // The hire, or their ways, doubted in a hope: "I do hope whoever wrote the programme has been up a scaffold"
  `\\bhope\\b[^.!?\\n]{0,20}?\\b${TARGET}\\b${GAP}\\b(?:(?:has|have)\\s+(?:ever|actually|at\\s+least\\s+once)|at\\s+some\\s+point\\s+in\\s+(?:their|his|her|your)\\s+(?:life|lives|career))\\b`,
  String.raw`\b(?:obviously|clearly|badly|woefully|hopelessly|chronically|grossly)\s+(?:underpaid|mismanaged|overpriced|overrated)\b|\band\s+(?:you|your\s+\w+|the\s+\w+|they)\s+knows?\s+it\b`,
  String.raw`\b(?:a|an)\s+(?:[\w-]+\s+)?(?:technician|nurse|chef|engineer|candidate|teacher|driver|manager|person|worker|tradesman|hand|member)\s+who(?:'s|\s+is)?\s+(?:\w+\s+)?actually\s+\w+`,
  // The reader's side the lower of a comparison: "first-years who asked sharper questions than your deputy head"
  String.raw`\b(?:sharper|smarter|better|warmer|kinder|friendlier|clearer|politer|brighter|wiser|more\s+(?:professional|organi[sz]ed|prepared|interested|polite|respectful|competent|knowledgeable|curious|engaged|thoughtful|attentive|courteous))\s+(?:[\w-]+\s+){0,3}?than\s+(?:your\s+(?:[\w-]+\s+){0,2}?[\w-]+|you\s+(?:did|do|were|are|have|had|lot)\b|the\s+(?:panel|interviewers?|people\s+(?:here|there|at|on)|staff|managers?|recruiters?))`,
  // Re-labelled: "what your team calls a process, most people would call guesswork"
  String.raw`\bwhat\s+(?:you|your\s+(?:[\w-]+\s+)?[\w-]+|the\s+\w+|they)\s+calls?\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s+(?:most\s+people|anyone|everyone|others|the\s+rest\s+of\s+us|i)\s+(?:would|'d)\s+call\b|\bwith\s+a\s+(?:fancier|grander|bigger|posher|longer|shinier)\s+(?:job\s+)?(?:title|name)\b|\bdressed\s+up\s+as\b`,
  // The pointed suggestion and attention never paid: "your interviewers could try reading the CV", "not once did anyone look up"
  String.raw`\b(?:you|your\s+\w+|the\s+\w+|they|someone|somebody)\s+(?:could|might|may\s+want\s+to|should)\s+(?:at\s+least\s+)?try\s+\w+ing\b|\b(?:not\s+once|never\s+once|at\s+no\s+point)\s+did\s+(?:anyone|anybody|you|your|the|they|he|she)\b`,
  String.raw`\b(?:talking|speaking)\s+over\s+(?:me|us|candidates|people|everyone)\b|\b(?:amounted|amounts)\s+to\s+(?:little|nothing|no\s+more\s+than|not\s+much|a\s+[\w-]+\s+and\s+a\s+[\w-]+)\b|\bcan\s+(?:clearly\s+|obviously\s+|apparently\s+)?afford\s+to\s+(?:lose|ignore|turn\s+away|waste|let\s+go\s+of)\b`,
];

/** Sarcasm that wears praise: praise in the sentence is part of it. */
export const SCORN_SARCASM: readonly string[] = [
  String.raw`\bso-called\b|\bglorified\b|\bself-(?:styled|proclaimed)\b`,
  String.raw`\b(?:education|welcome|interview|experience|tour|introduction|conversation|lesson|achievement|process|show|performance|organi[sz]ation)\s+of\s+sorts\b`,
  String.raw`\b(?:thanks|thank\s+you)\s*,?\s+i\s+(?:suppose|guess)\b|\b(?:thanks|thank\s+you)\b[^.!?\n]{0,40}?\b(?:deigned|condescended|bothered)\s+to\b`,
  String.raw`(?<!god\s)\bbless\s+(?:you|your|them|their|him|her|the)\b(?![^.!?\n]{0,30}\b(?:kindness|help|patience|generosity)\b)|\b(?:an?|e|points?)\s+for\s+effort\b|\bnice\s+try\b|\bgood\s+on\s+(?:you|them|him|her)\s+for\s+(?:keeping\s+at\s+it|trying|giving\s+it\s+a\s+go|having\s+a\s+go)\b`,
  String.raw`\b(?:quite\s+the|some|what\s+an?|such\s+an?)\s+(?:achievement|feat|accomplishment|effort|performance|talent|trick)\s*,?\s+(?:\w+\s+)?(?:losing|forgetting|ignoring|missing|cancell?ing|double-booking|keeping|leaving|misplacing|mixing\s+up)\b`,
  `\\bhow\\s+(?:little|rarely|seldom)\\s+${TARGET}\\s+(?:\\w+\\s+)?(?:\\w+ed|knew|know|knows|read|did|does|do|understood|understand|thought)\\b`,
  String.raw`\bi'm\s+sure\b[^.!?\n]{0,60}?\b(?:a\s+(?:great|good|wonderful|fine|valuable|productive)\s+use\s+of|time\s+well\s+spent)\b`,
  String.raw`\bi\s+see\s+(?:that\s+)?(?:you|your\s+\w+|the\s+\w+|they)\s+(?:like|prefer|enjoy|love)\s+to\b`,
  String.raw`\b(?:it's|it\s+is|how)\s+refreshing\s+to\s+(?:meet|see|find|work\s+with|be\s+interviewed\s+by)\b[^.!?\n]{0,60}?\b(?:still|who|that)\b`,
  // Behind the times: the reader's side catching up, finally doing it, late rather than never
  `\\b(?:help|helping|get|getting|for)\\s+${TARGET}\\s+(?:to\\s+)?(?:finally\\s+)?catch\\s+up\\b(?!\\s+(?:on|over|after|soon|sometime|properly|with\\s+(?:the\\s+)?(?:backlog|orders|work|bookings|demand)))|\\bcatch\\s+up\\s+with\\s+(?:what\\s+)?(?:the\\s+rest\\s+of|everyone|everybody|the\\s+times|modern|other\\s+\\w+|the\\s+(?:industry|profession|field|trade|world|century))\\b`,
  `\\b(?:help|helping|see|seeing)\\s+${TARGET}\\s+finally\\s+\\w+|\\b(?:somebody|someone)\\s+(?:(?:is|was|has|had)\\s+)?finally\\s+\\w+|\\b(?:\\w+\\s+){0,2}late\\s+than\\s+never\\b|\\b(?:no\\s+one|nobody)\\s+(?:\\w+\\s+){0,2}?(?:has|have|had)\\s+(?:really\\s+|even\\s+|ever\\s+)?(?:tried|bothered|cared|looked)\\b[^.!?\\n]{0,20}?\\buntil\\s+now\\b`,
  String.raw`\bnot\s+every\s+(?:[\w-]+\s+)?(?:place|shop|company|firm|team|clinic|office|business|one|practice|studio|workshop|county|department|school|hospital)\s+(?:can|could|is\s+able\s+to|manages\s+to)\s+(?:\w+\s+){0,2}?(?:so|as)\s+(?:fast|quickly|easily|soon)\b|\bnow\s+in\s+its\s+(?:second|third|fourth|fifth|sixth|\w+th)\s+(?:year|month|decade)\s+of\s+(?:review|consultation|discussion|debate|planning|drafting|approval|committee)`,
  // The reader's work put at a student's level: "my classmates did this in their second year"
  String.raw`\b(?:my|our|most|all)\s+(?:of\s+my\s+)?(?:classmates|students|trainees|apprentices|juniors|interns|first-years|kids|children)\s+(?:\w+\s+)?(?:did|do|could\s+do|can\s+do|were\s+doing|had\s+done|learned|learnt|managed)\s+(?:this|that|it)\b[^.!?\n]{0,30}?\b(?:in\s+(?:their|our|my)\s+(?:first|second|third)\s+(?:year|week|term|month)|at\s+school|in\s+school|as\s+(?:kids|children|students|apprentices|first-years))`,
  // Mock assurance held to a low bar: "I'm sure your customers don't notice", "I'm sure whoever designed it meant well"
  String.raw`\bi(?:'m|\s+am)\s+sure\b[^.!?\n]{0,60}?\b(?:(?:don't|doesn't|won't|wouldn't|didn't|never|will\s+never|do\s+not)\s+notice|meant\s+well|means\s+well|mean\s+well|(?:look|looks|sound|sounds|seem|seems)\s+(?:fine|ok|okay|good|great|nice|convincing)\s+from\s+(?:a\s+distance|afar|far\s+away|across|the\s+back|the\s+cheap\s+seats))\b`,
  // A consequence laid on them: "which I guess is why your customers ...", "no wonder the lift is always broken"
  String.raw`\bwhich\s+(?:i\s+(?:guess|suppose|imagine|assume|expect)\s+|presumably\s+|probably\s+|perhaps\s+)(?:is|explains|would\s+explain|might\s+explain)\s+why\b(?!\s+(?:i|we|my)\b)|\bno\s+wonder\b[^.!?\n]{0,60}?\b(?:broken|behind|late|slow|short-?staffed|understaffed|struggling|failing|backed\s+up|a\s+mess|chaos|chaotic|leaving|quitting|quit|complaining|empty)\b`,
  // What they could easily have done, what the writer could do with nothing: "could easily have used a proper generator like everyone else"
  String.raw`\b(?:could|should)\s+(?:easily|just|simply|surely|at\s+least)\s+have\s+(?:used|bought|hired|done|asked|checked|read|got|gotten|had)\b[^.!?\n]{0,60}?\blike\s+(?:everyone|everybody|the\s+rest)\b|\bproper\s+[\w-]+(?:\s+[\w-]+){0,3}\s+like\s+(?:everyone|everybody|the\s+rest)\b|\b(?:show|teach)\s+(?:you|your\s+\w+|them|the\s+\w+)\s+(?:some|what|how)\s+(?:a\s+)?(?:proper|real)\s+\w+`,
  String.raw`\bi\s+could\s+(?:easily\s+|just\s+)?have\s+(?:found|spotted|seen|done|fixed|diagnosed|caught|worked\s+out|figured\s+out|made|built|written)\s+(?:that|it|this|those|them|the\s+same)\b(?:\s+[\w-]+){0,3}?\s+with\s+(?:just\s+|only\s+)?(?:a|an|my|one)\s+[\w-]+`,
  // Their lapse held up: "I'd have thought it was on my resume before you ...", "I did think you'd have more than one"
  String.raw`\bi(?:'d|\s+would)\s+have\s+thought\b[^.!?\n]{0,80}?\bbefore\s+(?:you|your|the\s+\w+|they)\b|\bi\s+did\s+(?:think|expect|assume|imagine)\s+(?:that\s+)?(?:you|your\s+\w+|the\s+\w+|they)(?:'d|\s+would|\s+might)\s+have\b`,
  String.raw`\blater\s+than\s+(?:you|your\s+\w+|the\s+\w+|they)\s+(?:said|promised|told\s+me|mentioned)\b|\bbring\s+(?:the|your|their)\s+[\w-]+(?:\s+[\w-]+)?\s+up\s+to\s+(?:the\s+)?(?:standard|level|par)\b`,
  // Sour grapes, and attention paid only in part: "I'm not sure I'd have wanted to stay anyway", "the parts I heard between your calls"
  String.raw`\b(?:i'm\s+not\s+sure|i\s+am\s+not\s+sure|i\s+doubt)\s+i(?:'d|\s+would)\s+have\s+(?:wanted|liked|enjoyed|lasted|stayed)\b[^.!?\n]{0,30}?\banyway\b|\bat\s+least\s+the\s+(?:parts?|bits?|half)\s+(?:i|we)\s+(?:heard|caught|got)\b`,
  String.raw`\btry\s+not\s+to\s+take\s+it\s+personally\b|\btime\s+is\s+worth\s+more\s+than\s+(?:a|an|mine|my|ours)\b|\b(?:between|around|over)\s+(?:your|his|her|their)\s+(?:phone\s+calls|calls|texts|emails|messages)\b`,
  String.raw`\bi(?:'ll|\s+will)\s+(?:try\s+to\s+)?be\s+patient\s+(?:while|as)\b|\bnot\s+everyone\s+(?:has|had|gets?|got)\s+(?:had\s+)?the\s+(?:chance|opportunity|luck|privilege)\s+to\b`,
];

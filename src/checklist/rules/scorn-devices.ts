// tone-scathing's broad tier, part six: scorn said with no word of judgement and no stock phrase,
// by the move the sentence makes. Each is a device of English, whatever the trade: the reader's
// side praised by exclusion ("the only person who seemed to know", "at least one of you had read
// it"), sarcastic certainty about a slow future ("I'm sure the new hire will work it out
// eventually"), the resigned verdict ("I suppose experience isn't what you're after"), the
// hiring insinuated ("went to someone's nephew", "decided before I walked in"), the correction
// handed down ("I'd suggest your interviewers learn the difference"), ironic asides ("such as it
// was", "let's just say", "good to know that ...", "lesson learned"), distraction held against
// the reader ("spent the call eating lunch"), doubt of their competence ("could barely pronounce
// it", "understood half of what I said"), warnings to others ("I'll be sure to tell my
// colleagues"), and relief at the outcome. Matched on the lower-cased sentence; warnings only.
// SCORN_DEVICES give way to praise in their sentence (tone-judgement.ts); FAINT_PRAISE wears it.

/** Within one sentence. */
const REACHED = '[^.!?\\n]{0,60}?';
/** The reader's side as a subject: you, they, the panel, your recruiter, someone there. */
const SIDE =
  '(?:you|they|nobody|no\\s+one|anyone|someone|your\\s+(?:\\w+\\s+)?\\w+|the\\s+(?:\\w+\\s+)?(?:panel|panellists|panelists|interviewers?|recruiters?|managers?|directors?|partners?|owners?|principal|chef|committee|board|staff|people|team|hr|company|firm|office|person|hiring\\s+manager|assessors?|examiners?))';
/** Whoever was hired, named without "whoever": the person you picked, the new hire, your successful candidate. */
const HIRED =
  '(?:(?:the|your)\\s+(?:new\\s+hire|successful\\s+(?:candidate|applicant)|lucky\\s+(?:one|winner|person|candidate)|(?:person|candidate|applicant|one|people)\\s+(?:you|they)\\s+(?:\\w+\\s+)?(?:picked|chose|hired|selected|went\\s+with|offered|took\\s+on|brought\\s+in|appointed)))';

export const SCORN_DEVICES: readonly string[] = [
  // Praise by exclusion: "the only person who seemed to know what was going on", "at least one of you had read it"
  String.raw`\bthe\s+only\s+(?:one|person|people|member|interviewer|panellist|panelist|adult|professional)\s+(?:\w+\s+){0,3}?(?:who|that)\s+(?:actually\s+|really\s+|even\s+)?(?:seemed|appeared|bothered|knew|had|did|was|were|looked|listened|read|cared|made|asked|smiled|showed)\b`,
  String.raw`\bat\s+least\s+(?:one|someone|somebody|one\s+person|one\s+of\s+(?:you|them|the\s+\w+))\s+(?:\w+\s+){0,4}?(?:had|has|did|was|were|bothered|seemed|knew|read|looked|listened|cared|took)\b`,
  // Sarcastic certainty about a slow or never future: "I'm sure the new hire will figure it out eventually"
  `\\b(?:i'm|i\\s+am)\\s+sure\\s+(?:that\\s+)?${REACHED}\\b(?:will|'ll|would|'d|'s\\s+going\\s+to|is\\s+going\\s+to|are\\s+going\\s+to)\\b${REACHED}\\b(?:eventually|one\\s+day|someday|some\\s+day|in\\s+time|sooner\\s+or\\s+later|given\\s+(?:enough\\s+)?time|by\\s+the\\s+time)\\b`,
  // Whoever was hired, belittled or wished ill: "I hope the person you picked is worth it"
  `\\b${HIRED}\\b${REACHED}\\b(?:worth\\s+(?:it|the)|cheaper|younger|less\\s+(?:experienced|qualified)|knows\\s+(?:someone|somebody|the\\s+right)|enjoys?\\s+(?:being|the)|lasts?\\s+longer|survives?|figures?\\s+(?:out|it\\s+out)|happy\\s+(?:reading|doing|filling|sitting))\\b`,
  // The hiring insinuated: "the role went to someone's nephew", "an internal candidate all along"
  String.raw`\b(?:someone|somebody|the\s+(?:boss|owner|manager|director|ceo|founder|chef|principal|partner)|your\s+(?:boss|owner|manager|director|ceo|founder))'s\s+(?:nephew|niece|son|daughter|cousin|friend|mate|pal|buddy|golf\s+(?:buddy|partner)|relative|kid|brother|sister|in-law|girlfriend|boyfriend)\b`,
  String.raw`\b(?:internal|inside)\s+(?:candidate|hire|person)\s+(?:all\s+along|from\s+the\s+start|already|in\s+mind)\b|\b(?:already|always)\s+had\s+(?:someone|somebody|a\s+candidate|the\s+person)\s+in\s+mind\b`,
  // The verdict given before the writer was seen, in any words; the writer's own mind ("I'd made
  // up my mind about the role before I arrived") is not theirs
  String.raw`(?<!\b(?:i|i'd|i\s+had|i've|i\s+have|my|we|we'd)\s+(?:\w+\s+)?)\b(?:decision|decided|mind|minds|choice|chosen|picked|made\s+up)\b(?<!\bmade\s+up\s+my\s+mind)(?<!\bmy\s+(?:mind|decision|choice))[^.!?\n]{0,50}?\bbefore\s+i\s+(?:had\s+)?(?:even\s+)?(?:walked|came|got|arrived|sat|opened|said|spoke|applied|finished|started|set\s+foot)\b`,
  // The resigned verdict: "I suppose experience just isn't what you're looking for these days"
  `\\bi\\s+(?:suppose|guess|gather|take\\s+it|assume)\\b${REACHED}\\b(?:isn't|is\\s+not|aren't|are\\s+not|doesn't|don't|didn't|wasn't|weren't)\\s+(?:\\w+\\s+)?(?:what\\s+(?:you|they)(?:'re|\\s+are|\\s+were)?\\s+(?:\\w+\\s+)?(?:looking|after|want|wanted|need|needed|value|valued)|count|counted|matter|mattered|valued|wanted|enough|worth)\\b`,
  // Worth said to be less than a lesser thing: "ten years counts for less than a certificate"
  String.raw`\b(?:count|counts|counted|matter|matters|mattered|mean|means|meant)\s+(?:for\s+)?(?:less|little|nothing)\s+(?:than|compared|next\s+to|in\s+this|in\s+your|at\s+your|around\s+here|to\s+(?:you|them|your))\b`,
  // The correction handed down: "I'd gently suggest your interviewers learn the difference"
  `\\b(?:i'd|i\\s+would|may\\s+i|might\\s+i|can\\s+i|let\\s+me)\\s+(?:gently\\s+|politely\\s+|humbly\\s+|respectfully\\s+|kindly\\s+|just\\s+|also\\s+|strongly\\s+)?(?:suggest|recommend|advise|propose)\\s+(?:that\\s+)?${SIDE}\\s+(?:\\w+\\s+)?(?:learn|read\\s+up|brush\\s+up|look\\s+(?:into|up|at)|update|fix|rethink|reconsider|review|train|spend|invest|consider|try|get|find|hire|take|stop|start|work\\s+on)\\b`,
  String.raw`\b(?:learn|know|tell|understand)\s+the\s+difference\s+between\b`,
  String.raw`\byou\s+(?:might|may)\s+(?:want|wish|like)\s+to\s+(?:update|fix|rewrite|rethink|reconsider|correct|revisit|look\s+again\s+at|re-?read|proofread|check)\s+(?:the|your)\s+(?:\w+\s+)?(?:posting|advert|ad|listing|job\s+description|description|website|process|questions?|test|assessment|scheduling|system|approach)\b`,
  String.raw`\bbears?\s+(?:little|no|almost\s+no)\s+resemblance\s+to\b|\bnothing\s+like\s+(?:the|what\s+(?:the|your))\s+(?:\w+\s+)?(?:posting|advert|ad|listing|description|website|job\s+description)\b`,
  // Feedback sent on to whoever was responsible: "pass this along to whoever designed that assessment"
  String.raw`\b(?:pass|passing|send|forward|share)\s+(?:this|that|these|my\s+\w+|it)\s+(?:\w+\s+)?(?:along|on|back)?\s*to\s+whoever\s+(?:\w+\s+)?(?:designed|wrote|set|planned|organi[sz]ed|scheduled|runs|ran|came\s+up\s+with|put\s+together|chose|picked|decided|thought|is\s+in\s+charge|was\s+in\s+charge)\b`,
  // Ironic asides: "the feedback, such as it was", "if you can call it that", "good to know that"
  String.raw`\bsuch\s+as\s+(?:it|they)\s+(?:was|were|is|are)\b|\bif\s+you\s+(?:can|could)\s+call\s+(?:it|that|them)\b|\bto\s+put\s+it\s+(?:mildly|kindly|politely|charitably|generously)\b|\bi'll\s+(?:just\s+)?leave\s+it\s+at\s+that\b|\bsay\s+no\s+more\b`,
  String.raw`\b(?:good|nice|useful|interesting)\s+to\s+know\s+that\b|\bthanks\s+for\s+the\s+(?:reminder|lesson|education|reality\s+check)\b|\blesson\s+(?:learned|learnt)\b|\b(?:an|quite\s+an)\s+education\s+in\s+how\s+not\s+to\b`,
  // The pretence of standards: "I was under the impression this was a professional organisation"
  String.raw`\b(?:i\s+was\s+under\s+the\s+impression|i\s+(?:had\s+)?(?:thought|assumed|believed)|i'd\s+(?:thought|assumed))\s+(?:that\s+)?(?:this|you|your\s+\w+|the\s+\w+|it)\s+(?:was|were|would\s+be|is|are)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:professional|serious|reputable|respectable|competent|decent|organi[sz]ed|well[\s-]run|grown-up|proper|real)\b`,
  // Distraction held against the reader: "spent most of our call eating lunch", "answered e-mails through my answers"
  `\\b${SIDE}\\s+(?:\\w+\\s+)?(?:spent|was|were|kept|sat)\\s+(?:most\\s+of\\s+|half\\s+(?:of\\s+)?|the\\s+whole\\s+|much\\s+of\\s+|all\\s+of\\s+)?(?:the|our|my|that)?\\s*(?:call|interview|meeting|hour|time|session|conversation|presentation|demo|lesson|shift|tour|visit|answers?)?\\s*(?:eating|texting|typing|scrolling|yawning|chatting|gossiping|snacking|on\\s+(?:the|his|her|their)\\s+phones?|checking\\s+(?:\\w+\\s+)?(?:phones?|e-?mails?|messages|watch)|looking\\s+at\\s+(?:\\w+\\s+)?(?:phones?|watch|laptop|screen|clock))\\b`,
  // Doubt of their competence: "a panel that could barely pronounce", "understood half of what I said"
  String.raw`\b(?:that|who|you|they|he|she|panel|interviewers?|recruiters?|managers?|team|staff)\s+(?:could|can|would)\s+(?:barely|hardly|scarcely|not\s+even|n't\s+even)\s+(?:pronounce|spell|read|find|say|remember|explain|describe|tell|name|operate|work|use|answer|manage|organi[sz]e|run|keep)\b`,
  String.raw`\b(?:understood|followed|grasped|heard|read|listened\s+to|absorbed)\s+(?:about\s+|maybe\s+|barely\s+|perhaps\s+)?(?:half|a\s+quarter|a\s+word|a\s+fraction)\s+(?:of\s+)?(?:what|of\s+what|my)\b`,
  String.raw`\b(?:not\s+(?:really\s+)?my\s+problem|not\s+my\s+(?:fault|concern))\b`,
  // What they want, asked in despair: "I don't know what more you people want"
  String.raw`\bwhat\s+(?:more|else)\s+(?:you|your\s+\w+|they|the\s+\w+)\s+(?:people\s+|guys\s+)?(?:want|expect|need|could\s+(?:want|ask)|are\s+looking\s+for)\b`,
  String.raw`\byou\s+people\b`,
  // Warning others off: "I'll be sure to warn my colleagues before they apply"
  String.raw`\b(?:i'll|i\s+will|i'd|i\s+would|i'm\s+going\s+to)\s+(?:\w+\s+){0,3}?(?:warn|tell|let)\s+(?:my\s+\w+|other|others|anyone|everyone|people|friends)\b[^.!?\n]{0,50}?\b(?:before|about|thinking\s+of|who\s+(?:ask|apply|are\s+thinking))\b`,
  String.raw`\b(?:warn|warning)\s+(?:my\s+\w+|others|anyone|everyone|people|friends)\b`,
  // Relief at the outcome: "Frankly, I'm relieved, given how the day went", "I dodged a bullet"
  String.raw`\b(?:i'm|i\s+am|i\s+was|i\s+feel|i\s+felt)\s+(?:\w+\s+)?relieved\b(?=\s*(?:[,.;!:]|$|given|considering|after|honestly|frankly|really|if\s+i'm\s+honest))`,
  String.raw`\bdodged\s+a\s+bullet\b|\bblessing\s+in\s+disguise\b|\bfor\s+the\s+best\b[^.!?\n]{0,40}?\b(?:given|considering|after\s+(?:how|what))\b`,
  // The gap in the reader's knowledge: "nobody there has worked a night shift in years"
  String.raw`\b(?:nobody|no\s+one|none\s+of\s+(?:you|them|the\s+\w+))\s+(?:\w+\s+){0,3}?(?:has|have|had)\s+(?:\w+\s+){1,5}?in\s+(?:years|decades|a\s+decade|a\s+long\s+time|living\s+memory|their\s+lives)\b`,
  // Absurd requirements: "I didn't realise the role required mind reading"
  String.raw`\b(?:didn't|did\s+not)\s+(?:realise|realize|know)\s+(?:that\s+)?(?:the\s+\w+|this\s+\w+|it|you|your\s+\w+)\s+(?:\w+\s+)?(?:required|requires|needed|needs|called\s+for|involved|came\s+with)\s+(?:a\s+)?(?:mind[\s-]?reading|telepathy|psychic|a\s+crystal\s+ball|magic|clairvoyance|superpowers?|a\s+time\s+machine)`,
  // A late reply thanked: "I appreciate you finally getting back to me" (a meeting at last is welcome: "thanks for finally meeting")
  String.raw`\b(?:you|your\s+\w+|the\s+\w+|someone)\s+(?:have\s+|has\s+)?finally\s+(?:getting|got|gotten|getting|replying|replied|responding|responded|answering|answered|calling|called|writing|wrote|getting\s+round|got\s+round|making|made)\b|\bthanks?\s+(?:you\s+)?for\s+finally\b(?!\s+(?:meeting|putting|seeing|getting\s+to|speaking|talking))`,
  // Everything learned from how it went: "forty minutes in the lobby told me everything about how you value people"
  String.raw`\b(?:told|tells|showed|shows|taught)\s+(?:me|us)\s+(?:everything|all)\s+(?:(?:that\s+)?i\s+(?:need|needed)\s+to\s+know\s+)?about\s+(?:how|what)\s+(?:you|your|the|they|this)\b`,
  // Allowance made with a sneer: "a company your size can't be expected to reply to everyone, but still"
  String.raw`\b(?:can't|cannot|couldn't)\s+(?:really\s+)?be\s+expected\s+to\b|,\s*but\s+still\s*[.!]`,
  // Wry stances that need no judgement word: "funny how the range shrank", "your recruiter seems to think ..."
  // The writer's own curiosity is a question: "I'd be curious how you handle it with the new cabinets".
  String.raw`(?<!\b(?:be|am|i'm|we're|was|feel|i\s+feel)\s+(?:\w+\s+)?)\b(?:funny|strange|odd|curious|interesting|amazing|remarkable)\s+how\s+(?:the|your|you|they|this|that|a|an|nobody|no\s+one|everyone|it|things|some)\b`,
  String.raw`\b(?:you|your\s+(?:\w+\s+)?\w+|they|the\s+(?:\w+\s+)?(?:panel|interviewers?|recruiters?|managers?|team|company|firm|partners?|owners?|director|principal|chef|hr|committee|board))\s+(?:seems?|seemed|appears?|appeared)\s+to\s+(?:think|believe|assume|imagine|have\s+(?:decided|assumed))\b`,
  String.raw`\b(?:i'll|i\s+will|i'm\s+going\s+to)\s+take\s+(?:it|that)\s+as\s+a\s+compliment\b|\b(?:you'll|you\s+will)\s+forgive\s+me\s+if\b|\bforgive\s+me\s+if\s+i\s+(?:don't|do\s+not|won't|can't)\b|\bcan't\s+say\s+i'm\s+sorry\b|\bcannot\s+say\s+i\s+am\s+sorry\b`,
  String.raw`\b(?:has|have|had)\s+my\s+(?:deepest\s+|sincere\s+|full\s+)?(?:sympathy|sympathies|condolences|pity)\b|\bmy\s+(?:sympathy|sympathies|condolences)\s+(?:go\s+)?to\s+(?:whoever|the\s+(?:next|poor|new))\b`,
  String.raw`\b(?:confirm(?:ing|ed|s)?|prov(?:ing|ed|es)|show(?:ing|ed|s)?)\s+(?:exactly\s+)?what\s+i\s+(?:had\s+)?(?:suspected|feared|thought|expected|guessed)\b`,
  String.raw`\b(?:hard|difficult|impossible)\s+to\s+(?:see|imagine|understand)\s+how\s+(?:anyone|anybody|someone|you|they|people|a\s+\w+)\s+(?:could|can|would|manages?|is\s+supposed\s+to)\b`,
  // The hit starts at what is denied, as the older shapes of worth do: "didn't count for much".
  String.raw`(?<=\bapparently\b[^.!?\n]{0,60}?)\b(?:no\s+match|counts?\s+for|isn't|is\s+not|aren't|doesn't|don't|didn't|wasn't|never|nothing|not\s+enough|less\s+than|more\s+than|matters?\s+more)\b`,
  String.raw`\bi\s+(?:assume|take\s+it|gather|presume|can\s+only\s+assume)\s+(?:that\s+)?(?:nobody|no\s+one|none\s+of|you\s+(?:weren't|were\s+not|hadn't|had\s+not|didn't|did\s+not|don't|never)|they\s+(?:weren't|hadn't|didn't|never)|the\s+\w+\s+(?:wasn't|weren't|hadn't|didn't|never))\b`,
  // What the job turned out to be: "which I now realise meant answering the phone for the partners"
  String.raw`\b(?:which|that)\s+(?:i\s+(?:now|later|soon)\s+(?:realise|realize|see|understand|learned|learnt)|turned\s+out\s+to|in\s+practice|apparently|it\s+seems)\s+(?:\w+\s+)?(?:meant|means|to\s+mean|was\s+code\s+for|is\s+code\s+for)\b|\b(?:code|shorthand)\s+for\b[^.!?\n]{0,40}?\b(?:unpaid|cheap|free|overtime|answering|nights|weekends)\b`,
  String.raw`\b(?:would|will|to)\s+(?:double|doubled)\s+as\s+(?:a|an)\b|\bdoubled\s+as\s+(?:a|an)\s+(?:\w+\s+)?(?:sales|pitch|lecture|sermon|advert|recruitment|free)\b`,
  String.raw`\b(?:turned|turns)\s+into\s+(?:\w+\s+){0,3}?(?:of\s+me|me)\s+(?:\w+\s+)?(?:explaining|repeating|waiting|reading|walking|answering|doing|teaching)\b|\bhours?\s+of\s+me\s+(?:explaining|repeating|walking|teaching)\b`,
  // Irony about their values: "nice to see the commitment to wellbeing extends to keeping candidates on hold"
  String.raw`\b(?:nice|good|great|lovely|refreshing|reassuring|heartening)\s+to\s+see\b[^.!?\n]{0,60}?\b(?:extends?\s+to|stretches?\s+to|applies\s+to|includes?|means)\s+(?:\w+\s+)?(?:keeping|leaving|making|ignoring|cancell?ing|losing|waiting)\b`,
  String.raw`\b(?:a|the)\s+(?:place|company|firm|practice|clinic|shop|store|kitchen|school|office|team|organi[sz]ation|outfit|business|hospital|agency)\s+(?:that|which)\s+(?:runs|works|operates|is\s+run|treats\s+\w+|does\s+things)\s+(?:like\s+(?:this|that)|this\s+way|that\s+way)\b`,
  // Inattention shown by repetition, or a wait for someone to notice
  String.raw`\b(?:asked|repeated|put)\s+(?:me\s+)?the\s+same\s+(?:\w+\s+)?(?:question|questions|thing)\s+(?:\w+\s+)?(?:twice|three\s+times|four\s+times|several\s+times|again|over\s+and\s+over|more\s+than\s+once)\b`,
  String.raw`\bwait(?:ed|ing)?\s+(?:\w+\s+){0,3}?for\s+(?:someone|somebody|anyone|anybody|you|the\s+\w+|your\s+\w+)\s+to\s+(?:remember|notice|realise|realize|acknowledge|find|come\s+and\s+find|collect|fetch|look\s+up)\b`,
  // Of the writer ("I haven't seen it yet"), or not yet done ("you haven't read it yet"), it is news, not neglect.
  String.raw`(?<!\b(?:i|we|i've|we've|i'd|we'd)\s+(?:\w+\s+)?)\b(?:hadn't|had\s+not|haven't|have\s+not|never)\s+(?:even\s+|actually\s+|so\s+much\s+as\s+)?(?:opened|read|looked\s+at|glanced\s+at|seen)\s+(?:it|them)\b(?!\s+yet\b)`,
  // Advice by imperative: "maybe try reading the portfolio before the interview next time"
  String.raw`\b(?:maybe|perhaps)\s+(?:just\s+)?(?:try|consider|think\s+about|start)\s+(?:\w+ing|to\s+\w+)\b[^.!?\n]{0,60}?\b(?:next\s+time|before|first|in\s+future)\b|\bnext\s+time\s*,?\s+(?:maybe|perhaps)?\s*(?:try|consider)\s+\w+ing\b`,
  // Talking down: the writer as the reader's teacher. "Let me explain simply", "how it's done elsewhere"
  String.raw`\blet\s+me\s+explain\s+(?:it\s+|this\s+)?(?:simply|slowly|again|more\s+clearly|properly|in\s+plain)\b|\bexplain\s+(?:it\s+)?(?:simply|slowly|in\s+simple\s+terms)\b|\bhow\s+it(?:'s|\s+is)\s+done\s+(?:elsewhere|properly|in\s+the\s+real\s+world|these\s+days)\b`,
  String.raw`\b(?:help|helping)\s+(?:you|your\s+\w+|the\s+\w+)\s+(?:\w+\s+)?(?:tighten|clean|sort|smarten|shape|straighten|fix)\s+(?:these|this|things|it|them|that)\s+up\b|\bi'll\s+(?:gently|politely|just|kindly)\s+(?:say|point\s+out|note|mention|suggest)\b`,
  String.raw`\b(?:too\s+polite|didn't\s+want|did\s+not\s+want|chose\s+not)\s+to\s+(?:mention|say|point\s+(?:it\s+)?out|bring\s+(?:it\s+)?up)\b[^.!?\n]{0,40}?\b(?:at\s+the\s+time|in\s+front\s+of|then|there)\b|\b(?:too\s+polite)\s+to\s+(?:mention|say)\b`,
  // The reader measured against a first term at college or better outfits: "most serious outfits moved to ... years ago"
  String.raw`\bmost\s+(?:serious|modern|professional|reputable|decent|good|proper|competent)\s+(?:outfits|firms|shops|companies|practices|studios|workshops|teams|kitchens|employers|places|houses|labs|operators|businesses)\b`,
  String.raw`\b(?:first|second)\s+(?:term|year|week|month|semester)\s+(?:at|of|in)\s+(?:college|school|training|uni|university|an?\s+apprenticeship)\b`,
  // Resignation about the reader's preferences: "I suppose a house like yours will always prefer a name from Grasse"
  String.raw`\bi\s+(?:suppose|guess|gather|assume)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:house|firm|company|studio|shop|practice|place|school|outfit|business|employer|organi[sz]ation|brand)\s+like\b`,
  String.raw`\b(?:should|if|when|once|until)\s+(?:the|your)\s+(?:criteria|standards|priorities|process|management|policy)\s+(?:ever\s+)?(?:change|changes|improve|improves)\b`,
  // Doubt anyone else would stay: "I doubt you'll find anyone else willing to put up with that"
  String.raw`\bi\s+doubt\s+(?:you'll|you\s+will|you'd|you\s+would|anyone|they'll|they\s+will)\b[^.!?\n]{0,60}?\b(?:put\s+up\s+with|willing|better|as\s+(?:good|qualified|experienced)|stay|last|anyone)\b`,
  String.raw`\bi\s+can\s+only\s+imagine\s+how\s+(?:you|they|the\s+\w+|your\s+\w+)\s+(?:treat|handle|manage|speak|talk|run)\b`,
  // The questions called copied: "felt like they were pulled off the first page of a search engine"
  String.raw`\b(?:pulled|copied|lifted|taken|cribbed|recycled|read|cut\s+and\s+pasted|googled)\s+(?:straight\s+|directly\s+|word\s+for\s+word\s+)?(?:off|from|out\s+of)\s+(?:the\s+first\s+page\s+of\s+)?(?:a|an|the|some)\s+(?:\w+\s+)?(?:search\s+engine|google|internet|textbook|listicle|template|website|blog|quiz|chatbot|ai|worksheet|handbook|manual|forum)\b`,
];

export const FAINT_PRAISE: readonly string[] = [
  // Praise for the easy part, then the lack: "The tour was lovely, though I did wonder whether anyone would ask me a question"
  String.raw`\b(?:though|but|although|even\s+if|if)\s+i\s+(?:did\s+|do\s+|still\s+|briefly\s+)?(?:wonder|wondered|wondering)\s+(?:whether|if)\s+(?:anyone|anybody|someone|somebody|you|they|the\s+\w+)\s+(?:would|was\s+going\s+to|were\s+going\s+to|had|even|ever|actually|planned)\b`,
  // Praise that is a start at best: "they're a good start", "it's a fine effort for a first draft"
  String.raw`\b(?:they're|they\s+are|it's|it\s+is|that's|that\s+is|was|were)\s+(?:a\s+)?(?:good|decent|fine|nice|reasonable|promising)\s+(?:start|first\s+(?:step|attempt|draft|try|effort)|effort|try|attempt)\b`,
  // A compliment with a condescending rider: "a cute exercise", "quaint", "adorable"
  String.raw`\b(?:cute|quaint|adorable|sweet|charming)\s+(?:little\s+)?(?:exercise|test|process|idea|system|setup|set-up|approach|question|questions|attempt|interview|format|office|operation|spreadsheet|website|tool|policy)\b|\b(?:is|was|are|were|seems|seemed|felt)\s+(?:a\s+bit\s+|rather\s+|very\s+|quite\s+|so\s+)?(?:quaint|cute|adorable)\b`,
  // Praise set against low expectations: "more thoughtful than I expected from a branch this size"
  String.raw`\b(?:more|better|less|nicer|sharper|smarter|warmer|friendlier)\s+(?:\w+\s+)?than\s+i\s+(?:had\s+)?(?:expected|thought|imagined)\s+(?:from|for|of)\s+(?:a|an|the|such\s+a)\b|\bfor\s+(?:a|an)\s+(?:\w+\s+)?(?:branch|firm|shop|company|team|place|outfit|studio|practice|business|office)\s+(?:this|that|of\s+(?:this|that|your))\s+size\b|\beveryone\s+has\s+to\s+start\s+somewhere\b|\b(?:isn't|is\s+not|aren't|are\s+not)\s+the\s+(?:biggest|best-known|best|most\s+famous)\s+(?:name|firm|shop|company|outfit|brand|player)\b`,
  // Sarcasm dressed as warmth: "nothing says 'weather technology company' like a frozen screen", "touching to see"
  String.raw`\bnothing\s+says\b[^.!?\n]{1,50}?\blike\s+(?:a|an|the|your|some)\b|\b(?:it's|it\s+is|how|so)\s+touching\s+to\s+see\b|\bi(?:'m|\s+am)\s+sure\s+i(?:'ll|\s+will)\s+(?:manage|cope|survive|get\s+by)\s+somehow\b|\blive\s+on\s+(?:love|air|fresh\s+air|goodwill|thanks|exposure)\b`,
];

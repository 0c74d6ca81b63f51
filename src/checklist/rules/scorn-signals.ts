// tone-scathing's broad tier, second half: the devices of scorn that carry no word of judgement
// at all, each a sentence shape from general English. Incredulity at what the reader's side
// failed to do ("surprised that nobody ..."), a sarcastic "congratulations on finding someone
// cheaper", "I'm sure you know best", the reader's practice said to be years behind, a thing
// that "tells me more about the list than about my palate", questions "a bit basic for someone
// with eight years", "it would have been nice to be told", "someone who is actually organised",
// a tag like "is all I'm saying". Matched on the lower-cased sentence; warnings only.

const REACHED = '[^.!?\\n]{0,80}?';

export const SCORN_SIGNALS: readonly string[] = [
  // Incredulity or dismay at what the reader's side did not do
  `\\b(?:surpris(?:ed|ing)|astonish(?:ed|ing)|shock(?:ed|ing)|baffl(?:ed|ing)|puzzl(?:ed|ing)|stunned|staggered|disappointed|dismayed|hard\\s+to\\s+believe|difficult\\s+to\\s+believe|beyond\\s+me|beggars\\s+belief|can't\\s+believe|cannot\\s+believe|unbelievable)\\s+(?:[^.!?\\n]{0,24}?\\s)?(?:that\\s+)?(?:nobody|no\\s+one|none|you|your|the|they|anyone|a|an|this|their|its)\\b${REACHED}\\b(?:(?<!\\b(?:but|if|or|and|though|yet|perhaps|maybe)\\s+)not|\\w+n't|never|nobody|no\\s+one|cannot)\\b`,
  String.raw`\b(?:surprising|astonishing|shocking|baffling)\s+(?:that\s+)?(?:nobody|no\s+one|none\s+of)\b`,
  // Whoever they hire, measured against the writer
  `\\bwhoever\\s+(?:you|they|the\\s+\\w+)\\s+(?:\\S+\\s+)?(?:hire[sd]?|select(?:ed|s)?|choose|chose|chosen|pick(?:ed|s)?|appoint(?:ed|s)?|went\\s+with|go\\s+with|took\\s+on|take\\s+on|brought\\s+in|bring\\s+in|offered|end(?:ed)?\\s+up\\s+with)\\b${REACHED}\\b(?:as\\s+much\\s+as|half\\s+as|as\\s+well\\s+as|better\\s+than|actually|at\\s+least|luck)\\b`,
  // Sarcastic congratulations on the choice, and the choice belittled
  String.raw`\bcongratulations\s+on\s+(?:finding|hiring|choosing|picking|getting|landing|securing)\s+(?:someone|somebody|a\s+candidate)\b`,
  String.raw`\b(?:someone|somebody|a\s+candidate)\s+(?:cheaper|younger|less\s+(?:experienced|qualified)|more\s+junior|with\s+(?:less|fewer)\s+\w+)\b`,
  // Deference that means its opposite
  String.raw`\b(?:i'm|i\s+am)\s+sure\s+(?:that\s+)?(?:you|they|the\s+\w+|your\s+\w+)\s+(?:know|knows|knew)\s+(?:best|better|what\s+(?:you're|they're|you\s+are|they\s+are)\s+doing)\b`,
  String.raw`\bi\s+have\s+(?:my|serious|real|grave|some)\s+doubts\b`,
  String.raw`\b(?:a\s+lot|too\s+much|much)\s+to\s+ask\s+(?:of|from)\s+(?:a|an|the|your|you|them)\b|\bis\s+(?:it|that)\s+(?:really\s+)?too\s+much\s+to\s+ask\b`,
  // Able to do one thing, not the simplest: "can cruise four thousand acres but can't manage an e-mail"
  String.raw`\b(?:that|which|who|you|they)\s+(?:can|could)\s+[^.!?\n]{1,60}?\bbut\s+(?:can't|cannot|can\s+not|couldn't|could\s+not|doesn't|don't|didn't)\s+(?:even\s+)?(?:manage|send|answer|return|reply|respond|organi[sz]e|find|make|get|keep|schedule|write|pick\s+up|call)\b`,
  // The blame turned back: "tells me more about the list than about my palate"
  String.raw`\b(?:tells?|told|says?|said|shows?|showed|reveals?|revealed)\s+(?:me\s+|us\s+|you\s+)?(?:far\s+|a\s+lot\s+|much\s+)?more\s+about\s+(?:the|your|you|them|their|this|that)\b[^.!?\n]{0,60}?\bthan\s+(?:about\s+|it\s+does\s+about\s+|they\s+do\s+about\s+)?(?:my|me|mine|i\b|us|our|the\s+candidates?|anything\s+i|what\s+i)`,
  // Beneath the writer: "a bit basic for someone with eight years"
  String.raw`\b(?:basic|simplistic|elementary|junior|entry-level|remedial|rudimentary)\s+for\s+(?:someone|somebody|a\s+(?:person|candidate|professional)|me|my\s+level|an?\s+\w+\s+(?:with|of|like))\b`,
  // Reproach: "it would have been nice to be told"
  String.raw`\bit\s+would\s+have\s+been\s+(?:nice|good|courteous|polite|decent|considerate|professional|kind)\s+(?:to|if|of)\b`,
  // Moral disappointment: "a tradition I'd hoped the brewery was above"
  String.raw`\b(?:hoped|thought|expected|assumed|believed)\s+(?:[^.!?\n]{0,36}?\s)?(?:was|were|would\s+be|is|are)\s+above\b`,
  // Insinuation: "I guess the real requirement was ...", "I guess my application is not as important as ..."
  `\\bi\\s+(?:guess|suppose|gather|take\\s+it)\\b${REACHED}\\b(?:the\\s+real|a\\s+nice\\s+(?:extra|bonus)|what\\s+(?:really|actually)\\s+matters|not\\s+as\\s+important\\s+as|more\\s+important\\s+than|counts?\\s+for\\s+more|matters?\\s+more)\\b`,
  String.raw`\bwhatever\s+(?:\S+\s+)?that\s+(?:was|were)\b`,
  // Others implied wanting: "someone who is actually organised", "the people who actually do it"
  String.raw`\b(?:someone|somebody|a\s+person|people|the\s+ones|those|anyone)\s+who\s+(?:is\s+|are\s+|was\s+|were\s+|can\s+|could\s+)?actually\b`,
  String.raw`\b(?:always|all|usually)\s+(?:think|thinks|believe|believes|assume|assumes)\s+(?:they|he|she|you)\s+knows?\b[^.!?\n]{0,40}?\bbetter\b`,
  // Their practice out of date
  String.raw`\b(?:years|decades|a\s+decade|way|far|miles|badly|sadly|woefully)\s+behind\s+(?:what|the|other|most|everyone|current|modern|best|where|industry)\b|\bbehind\s+the\s+times\b|\bout\s+of\s+touch\b|\bstuck\s+in\s+the\s+(?:past|\d{2,4}s)\b`,
  // Their standards held low: "I'd never do it the way one of your artists did"
  String.raw`\b(?:never|wouldn't|would\s+not|won't)\b[^.!?\n]{0,60}?\bthe\s+way\s+(?:one\s+of\s+)?(?:your|the|their)\s+\S+\s+(?:did|do|does|was|were)\b`,
  // A lowlier place did it better: "I've had warmer welcomes at the DMV"
  String.raw`\b(?:had|seen|received|got(?:ten)?|experienced|met\s+with|been\s+given)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:warmer|friendlier|kinder|better|more\s+(?:professional|organi[sz]ed|respectful|courteous|welcoming|thoughtful)|better-organi[sz]ed|better-run)\s+(?:[^.!?\n]{0,40}?\s)?(?:at|in|from|by)\s+(?:a|an|the|my(?!\s+(?:last|previous|former|old|current|own)\b))\b`,
  // The rhetorical question: "Did anyone on the panel actually read my application?"
  String.raw`\b(?:did|does|do|has|have|had|is|was|were|will|would|could)\s+(?:anyone|anybody|you|your\s+\w+|the\s+\w+|they|nobody)\s+[^.!?\n]{0,30}?\b(?:actually|even|ever|really)\s+(?:read|look|listen|care|check|prepare|bother|think|know|open|notice|plan)\w*\b[^.!?\n]{0,80}\?`,
  // Regret held against them: "It's a shame the interviewers couldn't find ten minutes"
  // Regret at what the reader's side did not do; not at the weather, nor kindly ("a pity you couldn't join us")
  String.raw`\b(?:a\s+(?:real\s+|great\s+)?(?:shame|pity)|unfortunate|disappointing|sad)\s+(?:that\s+)?(?:nobody|no\s+one|you|your\s+\w+|they|the\s+(?:\w+\s+)?(?:panel|panellists|interviewers?|recruiters?|managers?|team|company|firm|office|staff|hr|people|committee|board|practice|clinic|hospital|school|store|chef|director|partners?|owner|principal|receptionist|process|interview|person|woman|man))\b[^.!?\n]{0,40}?\b(?:couldn't|could\s+not|didn't|did\s+not|wasn't|weren't|never|can't|cannot|won't|hadn't)\b(?!\s+(?:\w+\s+)?(?:join|make\s+it|come|attend|be\s+there|be\s+here|stay|meet|see\s+(?:it|the|my)|have\s+lunch))`,
  // The claim held against the deed: "for a company that claims to put people first"
  String.raw`\bfor\s+(?:a|an)\s+(?:\w+\s+)?(?:company|firm|practice|clinic|hospital|school|business|organi[sz]ation|team|place|employer|agency|charity|brand|restaurant|shop|store|studio|trust|group)\s+(?:that|which|who)\s+(?:claims?|says?|prides?|calls?|bills?|brands?|markets?|advertises?|talks?|boasts?|promises?)\b`,
  String.raw`\b(?:funny|strange|odd|interesting)\s+way\s+of\s+showing\s+it\b`,
  // Advice that talks down: "next time, perhaps someone could check the room is booked"
  String.raw`\b(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward)\b[^.!?\n]{0,20}?\b(?:someone|somebody|you|your\s+\w+|the\s+\w+|they|whoever)\s+(?:could|might|should|may\s+want\s+to|ought\s+to|needs?\s+to|want\s+to)\s+(?:at\s+least\s+|actually\s+|first\s+|try\s+to\s+)?(?:read|check|prepare|organi[sz]e|book|confirm|plan|arrive|introduce|remember|make\s+sure|bother|learn|look\s+at|glance\s+at|proofread|update|brief|turn\s+up|show\s+up|be\s+on\s+time)\b`,
  // Refusing to recommend or return to the reader's place, named: "I won't be recommending your clinic"
  String.raw`\b(?:won't|will\s+not|wouldn't|would\s+not|never)\s+(?:be\s+)?(?:recommend(?:ing)?|apply(?:ing)?\s+(?:again\s+)?(?:to|at)|com(?:e|ing)\s+back\s+to|set(?:ting)?\s+foot\s+in|work(?:ing)?\s+for)\s+(?:you|your|this|that|the\s+(?:\w+\s+)?(?:company|firm|practice|clinic|hospital|school|place|team|kitchen|store|shop|site|office))\b`,
  // Their exercise called work for nothing: "the trial shift was basically free labour"
  String.raw`\b(?:was|is|were|are|amounted\s+to|felt\s+like)\s+(?:\w+\s+)?(?:free|unpaid)\s+(?:labou?r|consulting|consultancy|design\s+work)\b`,
  // What their hour was for, wondered aloud; a sentence with praise in it asks in earnest
  String.raw`\b(?:not\s+sure|no\s+idea|wonder(?:ing)?)\s+what\s+(?:the|that|this)\s+(?:\w+\s+)?(?:hour|day|interview|exercise|meeting|trip|visit|process|task|round)\s+(?:was|is)\s+(?:even\s+|actually\s+|really\s+)?for\b`,
  // Talking about themselves, the futility of coming: "why I had bothered to come in"
  String.raw`\b(?:talk(?:ed|ing|s)?|spoke|speaking)\s+about\s+(?:himself|herself|themselves)\b`,
  // Of the trip, not of the writer's own slip: "why I came across so nervous", "why I made that error".
  String.raw`\b(?:wonder(?:ing|ed)?|ask(?:ing|ed)?\s+myself|not\s+sure)\s+why\s+i(?:'d)?\s+(?:had\s+|even\s+|ever\s+)?(?:bothered|came|applied|made\s+the\s+(?:trip|drive|journey|effort)|drove|travel+ed|took\s+(?:the\s+)?(?:day|morning|afternoon|time|trouble)|turned\s+up|was\s+(?:invited|asked|there))\b(?!\s+(?:across|over|to\s+(?:life|mind)|off\s+to\s+my))`,
  String.raw`\b(?:not\s+sure|no\s+idea|wonder(?:ing)?|unclear)\s+what\s+(?:the\s+\w+|your\s+\w+|you|they|anyone)\s+(?:was|were|is|are)\s+(?:hoping|trying|meant|supposed|expecting)\s+to\b`,
  String.raw`\bcould\s+have\s+been\s+an?\s+e-?mail\b`,
  // A trap: "designed to trip people up", "to catch candidates out"
  String.raw`\b(?:trip|catch|trick)\s+(?:people|candidates|applicants|me|us|someone|everyone)\s+(?:up|out)\b|\bset\s+(?:me|us|people|candidates)\s+up\s+to\s+fail\b`,
  // Discourtesy named: "nobody introduced themselves"; not "nobody explained it better than you"
  String.raw`\b(?:nobody|no\s+one|no-one|not\s+(?:one|a\s+single)\s+person)\s+(?:even\s+|actually\s+|ever\s+|had\s+|has\s+)?(?:introduced|greeted|welcomed|offered|explained|thanked|smiled|acknowledged|apologi[sz]ed|bothered|showed|met|read|knew|listened|cared|watched|looked\s+at|opened|noticed)\b(?![^.!?\n]{0,60}?\bthan\b)`,
  // The contrast of what was expected: "I expected a conversation, not an interrogation"
  String.raw`\b(?:expected|hoped\s+for|came\s+for|was\s+promised|signed\s+up\s+for)\s+(?:a|an)\s+\w+(?:\s+\w+)?,?\s+not\s+(?:a|an)\s+(?:\w+\s+)?(?:interrogation|ambush|lecture|grilling|monologue|sermon|sales\s+pitch|cross-examination|inquisition|trap|circus|farce|hazing|telling-off|dressing-down|free-for-all)\b`,
  // Treatment held against them: "treated me like I was lost"
  String.raw`\btreat(?:ed|s|ing)?\s+(?:me|us|candidates|people|everyone|applicants)\s+(?:like|as\s+if|as\s+though)\s+(?:i|we|they)\s+(?:was|were|had|hadn't|didn't|couldn't|knew\s+nothing)\b`,
  String.raw`\b(?:made|make|making|left|leave|leaving)\s+(?:me|us|candidates|people)\s+feel\s+(?:so\s+|very\s+|really\s+|completely\s+|quite\s+)?(?:unwelcome|unwanted|small|stupid|foolish|worthless|invisible|ignored|dismissed|patroni[sz]ed|belittled|humiliated|like\s+(?:a|an)\s+(?:number|intruder|nuisance|afterthought|inconvenience|imposition|burden|child|idiot))\b`,
  // Worth said to be little: "my twelve years on the floor didn't count for much"
  String.raw`\b(?:didn't|doesn't|don't|did\s+not|does\s+not)\s+(?:seem\s+to\s+)?count\s+for\s+(?:much|a\s+lot|anything)\b|\bcounts?\s+for\s+(?:nothing|little|very\s+little|so\s+little)\b`,
  String.raw`\b(?:i\s+can\s+see|i\s+understand|i\s+now\s+see|now\s+i\s+know)\s+why\s+(?:you|your\s+\w+|the\s+\w+|they)\s+(?:struggle|can't|cannot|have\s+(?:trouble|a\s+hard\s+time)|lose|keep\s+losing|are\s+(?:short|always\s+hiring))\b`,
  String.raw`,\s*(?:which|that)\s+(?:says|speaks|tells\s+(?:me|you))\s+(?:a\s+lot|volumes|it\s+all|everything)\s*[.!]`,
  String.raw`\bbears?\s+(?:no|little)\s+resemblance\b|\bnothing\s+like\s+what\s+(?:you|was|the\s+\w+)\s+(?:described|advertised|promised|said)\b|\bbait\s+and\s+switch\b`,
  // The verdict in advance: "the decision had already been made"
  String.raw`\b(?:decision|choice|outcome|minds?)\s+(?:had|has|was|were)\s+(?:already|clearly|obviously)\s+(?:been\s+)?(?:made|decided|taken|settled)\b|\b(?:already|clearly)\s+(?:had|has|have)\s+(?:someone|somebody|a\s+candidate|an\s+internal\s+candidate)\s+(?:in\s+mind|lined\s+up)\b`,
  // Manners to learn, and the thought of how staff fare: "could learn some manners", "I dread to think"
  String.raw`\b(?:you|your\s+\w+(?:\s+\w+)?|the\s+\w+|they|someone|somebody)\s+(?:could|might|should)\s+(?:really\s+)?(?:learn|use|do\s+with|benefit\s+from)\s+(?:some\s+|a\s+few\s+|basic\s+|an?\s+)?(?:manners|courtesy|etiquette|lessons?|course|refresher|training|thing\s+or\s+two|tips|pointers)\b`,
  String.raw`\bif\s+(?:that's|this\s+is|that\s+is)\s+how\s+(?:you|your\s+\w+|the\s+\w+|they)\s+(?:treat|run|interview|welcome|handle)\b`,
  String.raw`\b(?:doubt\s+i'd|wouldn't|would\s+not|don't|do\s+not|no\s+longer)\s+(?:\w+\s+)?want\s+to\s+work\s+(?:somewhere|for\s+(?:a|an|you|anyone|people)|at\s+(?:a|an)|there|with\s+(?:people|a\s+team))\b`,
  String.raw`\b(?:have|had|got)\s+better\s+things\s+to\s+do\b`,
  // What was promised against what was found
  String.raw`\b(?:not|wasn't|isn't|weren't|aren't)\s+(?:quite\s+|exactly\s+)?(?:what|as)\s+(?:i\s+was\s+(?:led\s+to\s+believe|told|promised)|advertised|described|promised)\b`,
  String.raw`\bwhich\s+(?:clearly|obviously|evidently|apparently|plainly)\s+(?:it|they|he|she|you|the\s+\w+)\s+(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|is\s+not|are\s+not|was\s+not|were\s+not)\b`,
  String.raw`\bi(?:'ve|\s+have)\s+(?:seen|had|been\s+to|sat\s+through|attended|met|worked\s+(?:at|in|with))\b(?![^.!?\n]*\bnever\b)[^.!?\n]{0,60}?\b(?:better|more\s+\w+|warmer|friendlier|kinder|clearer|smoother|tighter|sharper)\s+(?:[^.!?\n]{0,30}?\s)?than\s+(?:your|you|the|this)\b`,
  String.raw`\b(?:you|your\s+\w+)\s+(?:might|may)\s+(?:want\s+to|wish\s+to|like\s+to)\s+(?:update|fix|check|correct|review|proofread|rethink|reconsider|train|tell)\b`,
  // Deference before a question is courtesy: "I am writing to ask, with respect, whether there is any news".
  String.raw`\bwith\s+(?:all\s+due|the\s+(?:greatest|utmost|best)|great|respect)\s+respect\b|(?<!\b(?:ask|request|enquire|inquire|wondering)\s*,?\s*)\bwith\s+respect,(?!\s*(?:whether|if|for|to\s+ask)\b)`,
  String.raw`\b(?:your|the|this)\s+(?:\w+\s+)?(?:process|system|interview|approach|onboarding|scheduling|communication|website|advert|posting|format|setup)\s+(?:really\s+|badly\s+|seriously\s+)?(?:needs|could\s+use|could\s+do\s+with)\s+(?:some\s+|a\s+lot\s+of\s+|a\s+|an\s+)?(?:work|rethink|overhaul|fixing|improving|improvement|sorting|attention|updating)\b`,
  String.raw`\b(?:relieved|glad|thankful|pleased)\s+(?:that\s+)?(?:i\s+(?:didn't|did\s+not|wasn't|was\s+not)\s+(?:get\s+(?:it|the\s+(?:job|role|position|post|offer)|an\s+offer)|chosen|selected|offered|picked|successful)|not\s+to\s+have\s+(?:got|been))\b|\bdodged\s+a\s+bullet\b`,
  String.raw`\bconsider\s+this\s+(?:my\s+|some\s+)?feedback\b`,
  String.raw`\bnothing\s+(?:about|in|during|from)\s+(?:the|your|this)\s+(?:\w+\s+)?(?:suggested|showed|said|told\s+me|gave\s+me\s+(?:the\s+)?(?:impression|sense)|made\s+me\s+(?:think|feel))\b`,
  String.raw`\bbeing\s+(?:talked\s+(?:at|down\s+to|over)|lectured|shouted\s+at|grilled|interrogated|ignored|patroni[sz]ed|belittled|dismissed|sold\s+to)\b`,
  String.raw`\bmore\s+interested\s+in\s+[^.!?\n]{1,40}?\bthan\s+(?:in\s+)?(?:me|us|the\s+candidates?|what\s+i|anything\s+i|hearing\s+(?:me|from)|my\s+answers?|whether\s+i|how\s+i|if\s+i|who\s+i)\b`,
  String.raw`\bsome\s+of\s+us\b[^.!?\n]{0,50}?\bthan\s+(?:others|some|you|the\s+rest)\b`,
  String.raw`\bbefore\s+(?:judging|criticising|criticizing|lecturing|assessing)\s+(?:others|other\s+people|people|candidates|anyone)\b`,
  String.raw`\b(?:without|not|not\s+even)\s+so\s+much\s+as\s+(?:a|an|one)\s+(?:hello|thank|thanks|thank-you|apology|word|glance|reply|response|call|smile|greeting|glass|cup|explanation|look|acknowledg\w*|introduction|handshake|nod|email|e-mail)\b`,
  String.raw`\b(?:never|not\s+once)\s+been\s+(?:spoken|talked)\s+to\s+like\s+that\b|\b(?:spoken|talked)\s+to\s+like\s+that\b`,
  // Tags of a pointed remark
  String.raw`\b(?:is\s+all\s+i'm\s+saying|(?:i'm\s+)?just\s+saying)\b(?!\s+(?:hello|hi|hey|thanks|thank|good|goodbye|that|how|I|we))`,
  String.raw`\bif\s+(?:you|one|we)\s+(?:can|could)\s+call\s+(?:it|that|them|him|her|this)\b|\bto\s+put\s+it\s+(?:politely|kindly|charitably|diplomatically|generously)\b`,
  // Their way of judging or treating people said to be none: "a ninety-second screen is no way to judge twelve years at sea"
  String.raw`(?<!\bthere\s)\b(?:is|was|are|were|seems?|seemed|felt|that's|it's|this\s+is|that\s+is)\s+(?:\w+\s+)?(?:no|hardly\s+(?:a|the|any)|not\s+(?:a|the|any))\s+(?:\w+\s+)?way\s+to\s+(?:treat|judge|assess|welcome|run|interview|hire|test|evaluate|recruit|thank|respect|value|speak\s+to|talk\s+to|choose|pick|select|measure|attract|meet|onboard|get\s+to\s+know)\b`,
  // Wonder that their place still runs at all: "a mystery to me how a clinic that loses its own forms stays open"
  `\\b(?:(?:a|something\\s+of\\s+a)\\s+mystery(?:\\s+to\\s+me)?|beyond\\s+me|baffles\\s+me|amazes\\s+me|astonishes\\s+me|i\\s+(?:don't|do\\s+not|can't|cannot)\\s+(?:understand|see|imagine|fathom)|i\\s+(?:honestly\\s+|really\\s+)?(?:wonder|marvel)|no\\s+idea)\\s+how\\b${REACHED}\\b(?:stays?\\s+(?:open|afloat|in\\s+business|running)|(?:is|are)\\s+still\\s+(?:open|running|in\\s+business|afloat|going|standing)|survives?|keeps?\\s+(?:going|(?:its|their|any)\\s+(?:staff|doors|customers|clients|patients|people|students|nurses))|gets?\\s+anything\\s+done|functions?|manages?\\s+to\\s+(?:hire|keep|stay|function|operate|survive|get\\s+anything))\\b`,
  // Advice on manners aimed at them: "next time, a chair for the candidate would go a long way"
  `\\b(?:next\\s+time|in\\s+(?:the\\s+)?future|going\\s+forward)\\b(?!\\s*,?\\s*(?:i|i'm|i'll|we|we're|you're\\s+in|you\\s+are\\s+in|you\\s+visit|you're\\s+visiting)\\b)${REACHED}\\b(?:would|might|could|will)\\s+(?:\\w+\\s+)?(?:go\\s+a\\s+long\\s+way|be\\s+(?:much\\s+|greatly\\s+)?appreciated|be\\s+a\\s+(?:nice|good|decent)\\s+(?:touch|start|gesture))\\b`,
  String.raw`\b(?:would|might)\s+have\s+(?:gone\s+a\s+long\s+way|been\s+a\s+(?:nice|decent)\s+(?:touch|gesture)|been\s+common\s+courtesy)\b`,
  // Their exercise unmasked as free work: "the practical turned out to be me restocking your shelves for free"
  `\\b(?:turned\\s+out\\s+to\\s+be|was\\s+(?:really|actually|just|basically|essentially|simply)|amounted\\s+to|boiled\\s+down\\s+to|(?:was|is)\\s+(?:little|nothing)\\s+more\\s+than)\\b${REACHED}\\b(?:for\\s+free|for\\s+nothing|unpaid)\\b`,
  // Their pay held against them: "whatever the county pays its interviewers, it is too much"
  `\\bwhatever\\s+${REACHED}\\b(?:pays?|paid|spends?|spent|charges?)\\b${REACHED}\\btoo\\s+much\\b`,
  // Their homework done in front of the writer: "read my CV for the first time while I sat there"
  String.raw`\b(?:you|they|he|she|your\s+(?:\w+\s+)?\w+|the\s+(?:\w+\s+)?(?:panel|interviewers?|manager|recruiter|chef|director|head|lead|partner|owner|principal|foreman))\s+(?:only\s+|first\s+|finally\s+)?(?:read|opened|looked\s+at|skimmed|glanced\s+at|saw)\s+(?:my|the)\s+(?:\w+\s+)?(?:cv|resume|r\u00e9sum\u00e9|portfolio|application|file|notes|references|letter|answers?|work)\s+(?:for\s+the\s+(?:very\s+)?first\s+time|only)\s+(?:while|as|when|once|after)\s+i\b`,
  // The writer's words not taken in: "a panel so determined to hear nothing", "the chef heard not a word I said"
  String.raw`\b(?:determined|intent|keen|eager|set|content)\s+(?:to|on)\s+(?:hear|hearing|see|seeing|learn|learning|know|knowing|listen|listening|understand|understanding|read|reading)\s+(?:absolutely\s+)?nothing\b|\b(?:heard|listened\s+to|read|took\s+in|noticed|remembered|absorbed|retained|understood)\s+(?:absolutely\s+|precisely\s+)?(?:nothing|none|not\s+a\s+(?:single\s+)?word|not\s+one\s+word)\s+(?:i\s+(?:said|told|wrote|showed|asked)|of\s+(?:what\s+i|my|it)|about\s+my)\b`,
  // Better run anywhere else, the comparison left unsaid: "I've seen better-organised school fetes"
  String.raw`\bi(?:'ve|\s+have)\s+(?:seen|sat\s+through|been\s+to|attended|had|run)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:better|more\s+professionally)[\s-]+(?:organi[sz]ed|run|planned|managed|prepared|conducted)\s+(?:\w+\s+)?[\w-]+s\b(?!\s+(?:at|in)\s+my\b)`,
  // Sarcasm that a small courtesy would have hurt: "a simple email would not have killed anyone"
  String.raw`\b(?:wouldn't|would\s+not)\s+have\s+killed\s+(?:anyone|anybody|you|them|him|her|your\s+\w+|the\s+\w+)\b`,
  // Ignorance by idiom: "you wouldn't know good engineering if it bit you"
  String.raw`\b(?:wouldn't|would\s+not|couldn't|could\s+not)\s+(?:know|recognise|recognize|spot)\s+(?:[\w-]+\s+){1,4}?if\s+it\s+(?:bit|hit|slapped|kicked|jumped\s+out\s+at|stared|fell\s+on)\b`,
  // Time the writer counts as lost: "an afternoon I won't get back", "that hour is one I'll never get back"
  String.raw`\b(?:hours?|minutes?|morning|afternoon|evening|day|days|time|one)\s+(?:that\s+)?i(?:'ll|\s+will)?\s+(?:won't|will\s+not|'ll\s+never|will\s+never|never|can't|cannot)\s+get\s+back\b`,
  // Manners to be taught them: "someone should teach your recruiter basic manners"
  String.raw`\b(?:teach|show)\s+(?:you|them|him|her|your\s+\w+(?:\s+\w+)?|the\s+\w+)\s+(?:some\s+|basic\s+|a\s+few\s+|the\s+basics\s+of\s+)?(?:manners|courtesy|etiquette|respect|how\s+to\s+(?:reply|respond|listen|treat|behave|run\s+an?\s+interview))\b`,
  // A feeling of disdain they let show: "your panel could barely hide their boredom" (excitement shown is praise)
  String.raw`\b(?:barely|hardly|couldn't|could\s+not|didn't|did\s+not|made\s+no\s+(?:effort|attempt)\s+to|didn't\s+(?:bother|try)\s+to)\s+(?:even\s+)?hide\s+(?:their|his|her|your|the)\s+(?:\w+\s+)?(?:boredom|contempt|disdain|impatience|irritation|annoyance|disinterest|indifference|scorn|distaste|dislike|yawns?|amusement)\b`,
  // Their thing denied its name by a tag question: "which isn't really coaching, is it?"
  String.raw`\b(?:isn't|is\s+not|it's\s+not|that's\s+not|wasn't|was\s+not|aren't|are\s+not)\s+(?:really|quite|exactly|much\s+of)\s+(?:an?\s+)?[^.!?\n,]{1,40}?,\s*(?:[\w\s]{0,20}?,\s*)?(?:is|was|are)\s+(?:it|that|they)\s*\?`,
  // A sham by contrast: "less like a safeguarding process and more like a way of making sure nobody bothers"
  String.raw`\bless\s+(?:like\s+)?(?:an?\s+|the\s+)?[^.!?\n]{1,50}?\s+(?:and|but)\s+more\s+(?:like|of)\s+(?:an?\s+|the\s+)?(?:way|excuse|exercise|formality|box|hoop|hurdle|filter|test\s+of|show|performance|sales|pitch|punishment|ordeal|obstacle)\b`,
  // Pride put on someone of theirs in irony: "somebody in HQ must be quite proud of it"
  String.raw`\b(?:someone|somebody|whoever)\b[^.!?\n]{0,30}?\bmust\s+be\s+(?:very\s+|quite\s+|so\s+|really\s+|terribly\s+)?(?:proud|pleased|thrilled|chuffed|delighted)\s+(?:of|with)\s+(?:it|that|this|themselves|himself|herself)\b(?![^.!?\n]*\b(?:rightly|deservedly|and\s+so\s+they\s+should)\b)`,
  // What one would have thought they could manage: "you'd think a team that teaches turn-taking could manage to reply"
  String.raw`\b(?:you'd|you\s+would|one\s+would|one'd)\s+think\s+(?:that\s+)?(?:a|an|the|your|someone|somebody|anyone|they)\b[^.!?\n]{0,80}?\b(?:could|would|might)\s+(?:at\s+least\s+)?(?:manage|find|answer|reply|respond|return|send|pick\s+up|get|be\s+able)\b`,
  // Their failing as no more than expected of them: "about what you'd expect from a Ministry that takes two terms"
  // (not "what you'd expect from a team with that much experience", which is praise)
  String.raw`\b(?:about|exactly|just|pretty\s+much)\s+what\s+(?:you'd|you\s+would|one\s+would|i'd|i\s+would)\s+expect\s+(?:from|of)\s+(?:a|an|the|your)\s+[^.!?\n]{0,40}?\b(?:that|which|who|where)\s+(?:still\s+)?(?:takes|took|can't|cannot|couldn't|doesn't|didn't|won't|never|loses|lost|needs|runs|treats)\b`,
  // Their will doubted in a condition: "if anyone at head office is actually interested in fixing it"
  // (with an offer after it, "if anyone is actually interested in the data, I'd be glad to share it", it is an offer)
  String.raw`\bif\s+(?:anyone|anybody|someone|somebody|you|they|the\s+\w+|your\s+\w+)\b[^.!?\n]{0,40}?\b(?:actually|even|really|genuinely)\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:interested|cares?|cared|bothers?|listens?|reads?|serious|paying\s+attention)\b(?![^.!?\n]*\b(?:i'd|i\s+would|i'll|i\s+can|i'm\s+happy|happy\s+to|glad\s+to|let\s+me\s+know)\b)`,
  // The choice they might make, wished against: "I hope the City is looking for someone who'll fix things rather than someone who'll keep the seat warm"
  String.raw`\bhope\s+(?:that\s+)?(?:the\s+[\w-]+|you|your\s+[\w-]+|they|[\w-]+)\s+(?:is|are|will\s+be|'s|'re)?\s*(?:looking\s+for|hires?|hiring|picks?|chooses?|after)\s+(?:someone|somebody|a\s+person|a\s+candidate)\s+who\b[^.!?\n]{0,50}?\brather\s+than\s+(?:someone|somebody|a\s+person|a\s+candidate|one)\s+who\b`,
  // Blame put on their running of things: "that's a management problem, not a staffing one"
  String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:a|an)\s+(?:management|leadership|culture|planning|training|supervision|scheduling)\s+(?:problem|issue|failure|failing),?\s+not\s+(?:a|an)\b`,
  // Short of anyone to question their ways: "short of anyone willing to question how things have always been done"
  String.raw`\b(?:short\s+of|lacking|lacks|without|in\s+need\s+of)\s+(?:anyone|anybody|people|someone|somebody)\s+(?:willing|able|prepared|brave\s+enough)\s+to\s+(?:question|challenge|change|rethink|think|listen)\b`,
];

// tone-scathing's sentence shapes of scorn said plainly: the devices people use to belittle the
// process, the company or the reader without a single hostile word. Sarcastic congratulations
// ("congratulations on the most confusing day I have ever sat through"), the pointed suggestion
// ("maybe next time someone could glance at my resume before ..."), the lowly comparison ("more
// searching conversations with a parking meter than with your panel"), the rhetorical question
// ("how a pharmacy that cannot return a call expects to ..."), the verdict given in advance ("the
// panel had made up its mind before I sat down"). Each is a shape, whatever the trade.

/** Within one sentence, a few words. */
const GAP = '[^.!?\\n]{0,60}?';

/** Their side, as the one held to account: you, your engineers, the panel, someone, whoever. */
const THEM =
  '(?:you|your\\s+(?:\\w+\\s+)?\\w+|the\\s+(?:\\w+\\s+)?(?:panel|committee|interviewers?|people|person|managers?|team|partners|observers|recruiters?|board|practice|company|firm|school|hospital|kitchen|store|office)|someone|somebody|anyone|anybody|whoever|they|people)';

/** What an unhappy day is called at its worst. */
const BAD_DAY =
  '(?:confusing|disorgani[sz]ed|chaotic|baffling|bizarre|pointless|awkward|uncomfortable|frustrating|painful|tedious|unpleasant|exhausting|cold|unprofessional|unwelcoming|poorly\\s+run|badly\\s+run|worst|least\\s+(?:organi[sz]ed|professional|welcoming|prepared|respectful))';

/** What is held against the way they do things. */
const BEHIND =
  '(?:out\\s+of\\s+date|outdated|stuck\\s+in|behind\\s+the\\s+times|backward|archaic|disrespectful|careless|shabby|embarrassing|appalling|shocking|unacceptable|insulting|thoughtless|a\\s+disgrace|from\\s+another\\s+century|(?:\\w+\\s+){0,2}years\\s+(?:out\\s+of\\s+date|behind))';

/** Doing one's homework, held up as what they failed to do. */
const DID_HOMEWORK =
  '(?:looked|read|prepared|listened|checked|known|bothered|glanced|opened|remembered|turned\\s+up|shown\\s+up|paid\\s+attention)';

export const SCORN_SHAPES: readonly string[] = [
  // Sarcastic congratulations or thanks for the worst of it
  `(?:congratulations|congrats|well\\s+done|bravo|kudos|hats\\s+off)\\s+(?:to\\s+(?:you|the\\s+\\w+)\\s+)?on\\s+${GAP}\\b(?:the\\s+most|the\\s+least|such\\s+a|quite\\s+the|the\\s+worst)\\b`,
  `the\\s+(?:most|least|single\\s+most)\\s+(?:\\w+\\s+)?${BAD_DAY}\\s+${GAP}\\bI(?:'ve|\\s+have)\\s+ever\\s+(?:sat\\s+through|attended|experienced|seen|had|been\\s+(?:to|through|part\\s+of)|endured)`,
  `the\\s+worst\\s+(?:\\w+\\s+){0,3}?I(?:'ve|\\s+have)\\s+ever\\s+(?:sat\\s+through|attended|experienced|seen|had|been\\s+(?:to|through|part\\s+of)|endured)`,
  // The pointed suggestion: "maybe next time someone could glance at my resume before asking"
  `(?:perhaps|maybe)\\s+next\\s+time\\s+${THEM}\\s+(?:could|might|should|would|can|will)\\b${GAP}\\b(?:before|actually|at\\s+least|bother|read|look|glance|watch|prepare|listen|check|turn\\s+up|show\\s+up|remember|pay\\s+attention)`,
  `(?:would|might|could)\\s+have\\s+(?:helped|been\\s+(?:nice|good|useful|helpful|a\\s+(?:good|nice)\\s+start))\\s+if\\s+${GAP}\\bhad\\s+(?:actually\\s+|even\\s+|at\\s+least\\s+|first\\s+)?${DID_HOMEWORK}`,
  `(?:might|may|would)\\s+be\\s+worth\\s+(?:your|the)\\s+(?:\\w+\\s+)?\\w+\\s+doing\\s+the\\s+same`,
  '\\bsome\\s+of\\s+us\\s+(?:actually|really|still|do|did|had|have|bothered|took\\s+the\\s+time)\\b',
  // What they should know: "people who sit on a panel for an organoid lab ought to know what an organoid is"
  `${THEM}${GAP}\\b(?:ought\\s+to|should|needs?\\s+to|might\\s+want\\s+to)\\s+(?:at\\s+least\\s+|actually\\s+|really\\s+|first\\s+)?(?:know|understand|learn|read\\s+up\\s+on|look\\s+up)\\s+what\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){1,3}?(?:is|are|does|do|means)\\b`,
  // The lowly comparison: "more searching conversations with a parking meter than with your panel"
  `(?:had|have\\s+had|sat\\s+through|seen|received|got(?:ten)?)\\s+(?:far\\s+|much\\s+)?(?:more|better|warmer|livelier|deeper|sharper|friendlier|kinder)\\s+${GAP}\\b(?:with|from|at|by)\\s+(?:a|an|my)\\s+${GAP}\\bthan\\b${GAP}\\b(?:you|your|the|this|here)\\b`,
  // Judged unseriously: "hard to take the observed lesson seriously when ..."
  `(?:hard|difficult|impossible|tough)\\s+to\\s+take\\s+${GAP}\\bseriously\\b`,
  // The way they treat people, held out of date: "the way the practice treats applicants feels thirty years out of date"
  `the\\s+way\\s+(?:you|your\\s+\\w+|the\\s+\\w+|this\\s+\\w+|they)\\s+(?:\\w+\\s+)?(?:treats?|treated|handles?|handled|runs?|ran|interviews?|interviewed|hires?|hired|speaks?\\s+to|talks?\\s+to|communicates?\\s+with|deals?\\s+with)${GAP}\\b(?:is|was|are|were|feels|felt|seems|seemed|looks|looked)\\s+(?:\\w+\\s+){0,3}?${BEHIND}`,
  // The rhetorical question: "how a pharmacy that cannot return a call expects to manage ..."
  `\\bhow\\s+(?:a|an|the|your|any)\\s+${GAP}\\b(?:that|which|who)\\s+(?:can'?t|cannot|could\\s+not|couldn'?t|doesn'?t|does\\s+not|won'?t|didn'?t|did\\s+not)\\s+${GAP}\\b(?:expects?|hopes?|plans?|intends?|thinks?)\\b`,
  'I\\s+(?:do\\s+|really\\s+|still\\s+|honestly\\s+|genuinely\\s+)?wonder\\s+why\\s+(?:I|anyone|we)\\s+(?:was|were|even|bothered|had\\s+to|needed\\s+to|was\\s+(?:asked|invited|made))\\b',
  `\\bnot\\s+how\\s+(?:most|other|any|good|serious|well-run|decent|real|competent)\\s+${GAP}\\b(?:find|hire|recruit|treat|run|interview|choose|pick|select|do\\s+(?:it|things))\\b`,
  // Not "how much the team values safety", which is praise
  `(?:told|tells|showed|shows)\\s+(?:me|us)\\s+(?:plenty|all\\s+I\\s+(?:need|needed)\\s+to\\s+know|everything\\s+I\\s+(?:need|needed)\\s+to\\s+know|enough)\\s+about\\s+how\\s+(?!much\\b)${GAP}\\b(?:values?|treats?|respects?|runs?|cares?|thinks?\\s+(?:of|about))\\b`,
  // The verdict given in advance, the box ticked
  // "you'd made up your mind about me before I'd finished a sentence"
  "(?:had|has|have|you'd|they'd|he'd|she'd|you've|they've)\\s+(?:already\\s+|clearly\\s+|obviously\\s+)?(?:made\\s+up\\s+(?:its|their|your|his|her)\\s+minds?|decided|chosen|picked\\s+(?:someone|somebody|a\\s+candidate))\\s+(?:\\w+\\s+){0,2}?before\\s+I(?:'d|\\s+had)?\\s+(?:\\w+\\s+){0,2}?(?:sat\\s+down|walked\\s+in|arrived|applied|came\\s+in|spoke|opened\\s+my\\s+mouth|said\\s+a\\s+word|finished\\s+(?:a|my|the\\s+first)\\s+(?:sentence|answer|introduction))",
  '(?:just|only|merely|simply|other\\s+than)\\s+to\\s+(?:tick|check)\\s+(?:a|the|some)\\s+box(?:es)?',
];

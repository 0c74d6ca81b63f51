// tone-scathing's broad tier, part five: how the reader's side treated the writer, and what it
// offers, held against it. Each is a class of English, not a draft's phrase: a duty the reader's
// side failed ("someone who hasn't read the job description", "nobody seemed to know I was
// coming", "barely looked up"), attention kept elsewhere ("kept looking at the clock"), the
// writer made an imposition ("as if I were keeping them from lunch"), a bait and switch ("was
// promised a tour and got a cupboard"), a warmer welcome had from someone lowlier ("warmer
// welcomes from parking wardens"), the pay or the job held up as exploitation ("three jobs for
// the price of one", "a chef's skills on a porter's wage"), a value they are said to lack ("your
// company doesn't value experience", "loyalty is a dirty word there"), their trouble explained by
// their ways ("no wonder your turnover is so high"), regret aimed at them ("a shame your process
// doesn't match the website"), and pretence refused ("don't pretend it was considered").
// Matched on the lower-cased sentence; warnings only (tone-judgement.ts keeps praise, sympathy
// and former employers out).

/** Within one sentence. */
const REACHED = '[^.!?\\n]{0,60}?';
/** The reader's side as an agent: "you", "your receptionist", "the panel", "someone who", "nobody". */
const AGENT =
  '(?:you|they|nobody|no\\s+one|no-one|none\\s+of\\s+(?:you|them)|someone\\s+who|somebody\\s+who|your\\s+(?:\\w+\\s+){0,2}?\\w+|the\\s+(?:\\w+\\s+)?(?:panel|panellists|panelists|interviewers?|recruiters?|managers?|directors?|supervisors?|boss|lead|partners?|owners?|principal|head|chef|foreman|receptionist|coordinator|committee|board|staff|people|team|hr|company|firm|office|person|woman|man|guy|interviewer))';
/** What a candidate is owed attention to: their papers, the role's own description, their arrival. */
const DUE =
  '(?:(?:read|opened|looked\\s+at|glanced\\s+at|seen|checked|prepared\\s+for)\\s+(?:my|the)\\s+(?:\\w+\\s+)?(?:cv|resume|r\\u00e9sum\\u00e9|application|portfolio|file|notes|letter|job\\s+(?:description|advert|ad|posting|spec)|brief|paperwork)|prepared\\b|know(?:n)?\\s+(?:(?:that\\s+)?i\\s+was\\s+(?:coming|there|booked|due|expected|here)|who\\s+i\\s+was|why\\s+i\\s+was\\s+there|my\\s+name)|(?:looked|look)\\s+up|made\\s+eye\\s+contact|introduced\\s+(?:himself|herself|themselves|yourself|yourselves)|(?:said|say)\\s+(?:hello|a\\s+word|goodbye)|offered\\s+(?:me\\s+)?(?:a\\s+)?(?:seat|chair|drink|glass|coffee|water)|turned\\s+up|showed\\s+up)';
/** What the reader's side is said not to value. */
const VALUE =
  '(?:value|values|valued|respect|respects|respected|appreciate|appreciates|appreciated|care\\s+(?:about|for)|cares\\s+(?:about|for)|cared\\s+(?:about|for)|take\\s+\\w+\\s+seriously|takes\\s+\\w+\\s+seriously)';
/** A place of the reader's side's own troubles, explained by how they treat people. */
const TROUBLE =
  "(?:turnover|vacanc(?:y|ies)|(?:open|vacant|unfilled|empty|advertised)\\s+for\\s+(?:so\\s+long|months|years|ages|\\w+\\s+(?:months|years|weeks))|struggl\\w*\\s+to\\s+(?:hire|keep|recruit|fill|retain)|(?:can't|cannot|couldn't)\\s+(?:keep|find|hire|fill|retain)\\s+(?:staff|people|anyone|nurses|teachers|chefs|drivers|it|the\\s+(?:role|post|position|job))|(?:nobody|no\\s+one)\\s+(?:stays|wants|applies|lasts)|short[\\s-]staffed|(?:people|staff|everyone)\\s+(?:leave|leaves|quit|quits|left)|keeps?\\s+losing)";

/** A duty not done: "hasn't", "never", "didn't even bother to", "seemed not to". */
const FAILED =
  "(?:hasn't|hadn't|haven't|has\\s+not|had\\s+not|have\\s+not|didn't|did\\s+not|couldn't|could\\s+not|never|barely|hardly|scarcely|failed\\s+to|forgot\\s+to|neglected\\s+to|didn't\\s+(?:even\\s+)?bother\\s+to|seemed\\s+(?:not\\s+)?to|seem\\s+to)";

/** A duty failed: "someone who hasn't read the job description", "nobody seemed to know I was coming". */
const DUTY_FAILED = `\\b${AGENT}\\s+(?:\\w+\\s+)?${FAILED}\\s+(?:once\\s+|even\\s+|actually\\s+|bothered\\s+to\\s+|to\\s+)?${DUE}`;

export const SCORN_TREATMENT: readonly string[] = [
  DUTY_FAILED,
  String.raw`\b(?:nobody|no\s+one|no-one|none\s+of\s+(?:you|them))\s+(?:\w+\s+){0,5}?(?:seemed|appeared)\s+to\s+know\s+(?:that\s+)?(?:i\s+was|who\s+i|why\s+i|my\s+name)\b`,
  // Attention kept elsewhere: "kept looking at the clock", "kept glancing at the door"
  String.raw`\b(?:kept|keep|keeps|constantly|repeatedly)\s+(?:looking|glancing|staring|checking)\s+(?:at\s+|over\s+at\s+)?(?:the\s+(?:clock|time|door|window|corridor)|(?:his|her|their)\s+(?:watch|clock))\b(?!\s+(?:because|since|as|while)\b)`,
  // The writer made an imposition: "as if I were keeping them from lunch"
  String.raw`\bas\s+(?:if|though)\s+i\s+(?:was|were|had\s+been|'d\s+been)\s+(?:keeping|wasting|interrupting|bothering|disturbing|intruding|imposing|holding\s+(?:them|you|him|her)\s+up|an?\s+(?:\w+\s+)?(?:nuisance|inconvenience|intruder|imposition|interruption|afterthought|burden|pest|bother))\b`,
  String.raw`\bmade\s+it\s+(?:very\s+|quite\s+|abundantly\s+|painfully\s+)?(?:obvious|clear|plain)\s+(?:that\s+)?(?:i\s+was\s+(?:an?\s+)?(?:\w+\s+)?(?:inconvenience|nuisance|imposition|interruption|afterthought|burden|bother|intruder)|i\s+(?:was|wasn't|was\s+not)\s+(?:welcome|wanted|a\s+priority)|(?:i|my\s+\w+)\s+(?:wasn't|was\s+not|didn't|did\s+not)\s+(?:matter|count|welcome|wanted))\b`,
  // Bait and switch: "I was promised a tour and got a broom cupboard"
  String.raw`\b(?:was|were|been|i'd\s+been|we'd\s+been)\s+(?:promised|told\s+(?:to\s+expect|there\s+would\s+be)|offered|sold|shown\s+pictures\s+of)\s+(?:an?\s+|the\s+|some\s+)?(?:\w+\s+){0,3}?(?:and|but|yet|only\s+to)\s+(?:instead\s+)?(?:got|get|found|received|ended\s+up\s+with|was\s+given|was\s+shown|was\s+handed|was\s+left\s+with)\b(?!\s+(?:one|it|that|them|exactly|just\s+that|both)\b)`,
  // A warmer welcome from someone lowlier: "I have had warmer welcomes from parking wardens"
  String.raw`\bi(?:'ve|\s+have)?\s+(?:had|received|got|gotten|met\s+with)\s+(?:far\s+|much\s+|a\s+lot\s+)?(?:warmer|friendlier|kinder|nicer|better|more\s+(?:professional|courteous|polite|respectful|gracious))\s+(?:welcomes?|receptions?|treatment|service|greetings?|manners|interviews?|hospitality)\s+(?:from|at|in|by)\b(?![^.!?\n]*\bbut\b)`,
  // The job or its pay as exploitation: "three jobs for the price of one", "a senior chef's skills on a porter's wage"
  String.raw`\b(?:two|three|four|several)\s+(?:\w+\s+)?(?:jobs|roles|people's\s+(?:work|jobs)|positions)\s+(?:for|on|at)\s+(?:the\s+price\s+of\s+one|one\s+(?:salary|wage|pay|person's\s+(?:pay|wage|salary)))\b`,
  String.raw`\b(?:want|wants|wanted|expect|expects|expected|asking\s+for|looking\s+for|after)\b[^.!?\n]{0,50}?\b(?:on|for|at)\s+(?:a|an)\s+(?:[\w-]+'s\s+|(?:junior|entry-level|trainee|intern|apprentice|starter|minimum|pocket-money|pittance)\s+)(?:wage|wages|salary|pay|rate|budget|money)\b`,
  String.raw`\b(?:sounds?|sounded|looks?|looked|feels?|felt|seems?|seemed|reads?)\s+(?:\w+\s+)?like\s+(?:\w+\s+)?(?:unpaid|free)\s+(?:work|labou?r|overtime|consulting|training)\b`,
  // A value they lack: "it is clear your company doesn't value experience", "loyalty is a dirty word at your firm"
  `\\b(?:you|they|your\\s+(?:\\w+\\s+)?\\w+|the\\s+(?:company|firm|team|practice|hospital|school|store|business|organi[sz]ation|management|panel|board|trust))\\s+(?:clearly\\s+|obviously\\s+|evidently\\s+|really\\s+|just\\s+)?(?:doesn't|don't|didn't|does\\s+not|do\\s+not|did\\s+not|never|no\\s+longer)\\s+(?:really\\s+|actually\\s+|seem\\s+to\\s+|seems\\s+to\\s+)?${VALUE}\\b`,
  String.raw`\b(?:a\s+(?:dirty\s+word|foreign\s+concept|alien\s+concept|foreign\s+language|lost\s+art|swear\s+word))\s+(?:at|in|to|for|around|on|with)\s+(?:your|the|this|that|you)\b`,
  // Their trouble explained: "no wonder your staff turnover is so high", "I can see why the post has been open for months"
  `\\b(?:no\\s+wonder|small\\s+wonder|little\\s+wonder|(?:i\\s+can|you\\s+can|it's\\s+easy\\s+to|it\\s+is\\s+easy\\s+to|i\\s+now)\\s+(?:see|understand)\\s+why|that\\s+explains\\s+(?:why|a\\s+lot)|now\\s+i\\s+(?:know|understand|see)\\s+why)\\b${REACHED}\\b${TROUBLE}`,
  // Regret aimed at them: "a shame your hiring process doesn't match the glossy website"
  String.raw`\b(?:a\s+(?:real\s+|great\s+)?shame|a\s+(?:real\s+|great\s+)?pity|too\s+bad|sad|unfortunate|regrettable)\s+(?:that\s+)?(?:you|your\s+(?:\w+\s+){0,2}?\w+|the\s+(?:panel|company|team|interviewers?|firm|practice|process|interview|hiring\s+process|recruiter|management))\s+(?:\w+\s+){0,2}?(?:(?:doesn't|don't|didn't|does\s+not|do\s+not|did\s+not|isn't|wasn't|aren't|weren't|never)\s+(?:quite\s+|really\s+)?(?:match|matches|live\s+up|lives\s+up|reflect|reflects|measure\s+up|deliver|practi[sc]e|follow|value|respect)|fails?\s+to|failed\s+to)\b`,
  // Pretence refused: "please don't pretend my application was carefully considered"
  String.raw`\b(?:don't|do\s+not|let's\s+not|let\s+us\s+not|stop|no\s+need\s+to)\s+pretend(?:ing)?\s+(?:that|my|your|the|it|this|otherwise|you|we|anyone|to\s+(?:care|be\s+(?:sorry|interested|surprised|sincere)))\b`,
  // Neglect named: "what happens when an archive goes twenty years without anybody caring"
  String.raw`\bwithout\s+(?:anybody|anyone|somebody|someone|a\s+soul)\s+(?:there\s+|here\s+)?(?:ever\s+|really\s+)?(?:caring|bothering|noticing|checking|paying\s+attention|lifting\s+a\s+finger|taking\s+an\s+interest)\b`,
  // Incompetence by idiom: "a couple of your panelists couldn't tell DMS from a can of creamed corn"
  String.raw`\b(?:you|they|your\s+\w+|the\s+\w+|some|half|most|none|nobody|no\s+one|someone|whoever)\b[^.!?\n]{0,30}?\b(?:couldn't|could\s+not|can't|cannot|wouldn't|would\s+not)\s+tell\s+(?:[\w-]+\s+){1,4}?(?:from|apart\s+from)\s+(?:a|an|the)\b`,
  // What a test is worth: "a twenty-minute test tells you basically nothing about a tech", "some kind of hoop"
  String.raw`\b(?:tells?|told|shows?|showed|says?|said|proves?|proved|measures?|measured)\s+(?:you|anyone|anybody|us|them)\s+(?:absolutely\s+|precisely\s+|basically\s+|practically\s+|virtually\s+|next\s+to\s+)?nothing\s+about\b`,
  String.raw`\bsome\s+(?:kind|sort)\s+of\s+hoops?\b|\bhoops?\s+(?:to|for)\s+(?:make\s+)?(?:people|candidates|applicants|everyone)\s+(?:to\s+)?jump\s+through\b`,
  // Questions beneath the writer: "straight off the state licensing quiz"
  String.raw`\b(?:questions?|exercise|test|task|scenarios?|case\s+study|assessment)\b[^.!?\n]{0,30}?\b(?:straight|copied|lifted|word\s+for\s+word)\s+(?:off|out\s+of|from)\s+(?:a|an|the|some)\s+(?:[\w-]+\s+){0,3}?(?:quiz|textbook|manual|handbook|exam|website|google|chatgpt|internet|listicle|template)\b`,
  // Their slowness said as a condition: "assuming the academy ever gets round to deciding anything"
  String.raw`\b(?:assuming|if|once|when|whenever|should)\s+(?:you|they|the\s+[\w-]+|your\s+[\w-]+|anyone|someone)\s+(?:\w+\s+)?ever\s+(?:gets?\s+(?:round|around)\s+to|manages?\s+to|bothers?\s+to|decides?|makes?\s+up|finds?\s+the\s+time)\b`,
  // Their inexperience pointed out: "since you mentioned you have never written realtime yourself"
  String.raw`\byou\s+(?:mentioned|said|admitted|told\s+me|confessed)\s+(?:that\s+)?you(?:'ve|\s+have|'d|\s+had)?\s+(?:never|not|don't|do\s+not|haven't|hadn't)\b[^.!?\n]{0,40}?\byourself\b`,
  // A verdict drawn with a shrug: "I suppose that tells me what matters most at Wren Hollow"
  String.raw`\bi\s+(?:suppose|guess|gather|take\s+it)\b[^.!?\n]{0,30}?\b(?:tells?|told|shows?|showed)\s+(?:me|you|us)\s+(?:what|how\s+much|exactly\s+what|all)\b`,
  // An interview treated as a chore: "treated the interview like a chore"
  String.raw`\b(?:treated|treats|treating|handled|ran|approached|conducted)\s+(?:the|my|our|this|that)\s+(?:\w+\s+)?(?:interview|meeting|visit|trial|call|conversation|tour|process|assessment|session|day|shift)\s+(?:like|as)\s+(?:an?\s+)?(?:\w+\s+)?(?:chore|formality|nuisance|inconvenience|afterthought|burden|waste|imposition|interruption|distraction|joke|errand|obligation)\b`,
];

/**
 * What each pattern of SCORN_TREATMENT cannot match without, in the same order (null: always
 * tried). A duty failed is in play on any note with "you" and "had" or "have" (phrase-list.ts's
 * anchors), 1,800 characters to compile; without the failing itself it cannot match.
 */
export const SCORN_TREATMENT_NEEDS: readonly (string | null)[] = SCORN_TREATMENT.map((pattern) =>
  pattern === DUTY_FAILED ? `\\b${FAILED}\\s` : null,
);

/**
 * Irony, which wears praise on purpose: these hold even in a sentence with "lovely" or "great",
 * where the other devices give way to the praise.
 */
export const SCORN_IRONY: readonly string[] = [
  // Thanks with praise blown up: "thanks for the thrilling ten-minute interview"
  String.raw`\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+(?:the|that|a|an|your)\s+(?:(?:truly|really|very|most|absolutely)\s+)?(?:thrilling|riveting|gripping|scintillating|electrifying|exhilarating|enthralling|breathtaking|mind-blowing|action-packed|edge-of-the-seat)\s+(?:[\w-]+\s+)?(?:interview|chat|call|meeting|conversation|session|minutes?|wait|screen)\b`,
  // Their stated values held against them: "I'm sure a home that prides itself on never rushing a family would not ..."
  String.raw`\b(?:i'm\s+sure|i\s+am\s+sure|i'd\s+hoped|i\s+had\s+hoped|i\s+would\s+have\s+thought|i'd\s+have\s+thought|i\s+assumed|you'd\s+think|you\s+would\s+think|one\s+would\s+think|surely)\s+(?:that\s+)?(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)\s+(?:prides?\s+(?:itself|themselves|yourself|yourselves)\s+on|claims?\s+to|talks?\s+(?:so\s+much\s+|a\s+lot\s+|constantly\s+)?about|boasts?\s+(?:of|about)|preaches|markets?\s+itself|calls?\s+itself|sells?\s+itself|advertises)\b`,
  // Expectation turned reproach: "I would have thought you'd be moving faster than this"
  String.raw`\bi(?:'d|\s+would)\s+have\s+(?:thought|expected|assumed|hoped)\s+(?:that\s+)?(?:you|they|your\s+\w+|the\s+\w+|a\s+\w+|an\s+\w+|someone|somebody|anyone)\b[^.!?\n]{0,50}?\b(?:faster|quicker|sooner|better|at\s+least|know\s+better|manage|bother|care|than\s+this)\b`,
  // A sarcastic likeness: "I assume the decision has been about as quick as your expedited turnaround"
  String.raw`\b(?:i\s+(?:assume|imagine|guess|suppose|take\s+it|expect)|presumably)\b[^.!?\n]{0,60}?\b(?:about|roughly|just|every\s+bit)\s+as\s+(?:quick|fast|speedy|prompt|swift|efficient|organi[sz]ed|smooth|reliable|responsive|punctual)\s+as\s+(?:your|the|their)\b`,
  // A failing excused as a method: "I'm sure the sim's graphics ... are part of how you find out who can", "I guess that is how you weed people out"
  String.raw`\b(?:i'm\s+sure|i\s+am\s+sure|i\s+guess|i\s+suppose|presumably)\b[^.!?\n]{0,80}?\b(?:is|are|was|were|'s)\s+(?:all\s+)?(?:part\s+of\s+)?(?:how|why)\s+(?:you|they)\s+(?:\w+\s+)?(?:find\s+out|weed|sort|test|filter|separate|screen|tell|see\s+who)\b`,
  // Sarcastic deference: "I'm sure you're all very busy people"
  String.raw`\bi(?:'m|\s+am)\s+sure\s+(?:you|they|your\s+\w+)(?:'re|\s+are|\s+is|'s)\s+(?:all\s+)?(?:very|terribly|extremely|incredibly|so|frightfully)\s+(?:busy|important)\s+(?:people|person|folk|man|woman|men|women)\b`,
  // Sarcastic thanks for a wait: "thanks for the lovely forty-five minutes in your lobby"
  String.raw`\bthank(?:s|\s+you)\s+(?:\w+\s+)?for\s+(?:the|those|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:minutes?|hours?|mins?)\s+(?:\w+\s+)?(?:in|on|at)\s+(?:your|the)\s+(?:\w+\s+)?(?:lobby|corridor|hallway|waiting\s+room|reception|car\s+park|foyer|stairwell|queue|hold|doorway|entrance)\b`,
];

// tone-scathing's broad tier, by the frame a sentence puts the reader's side in: scorn that wears
// sympathy, praise or a hedge, so no hostile word carries it and the judgement tier's "said in
// sympathy" and "said with praise" excuses would let it through. Each frame is a shape of English
// that says something about the reader's side, not a listed phrase:
// - mock assurance after a concession: "Still, I'm sure you're very busy", "Anyway, I'm sure the
//   panel had its reasons" (a polite "I'm sure you're busy, so I'll keep this short" has no concession);
// - neglect insinuated: a duty that is "nobody's job" over there, a phone or inbox that "doesn't
//   get answered", treatment "only for people who ...";
// - a loaded time word on the reader's side's doing: "good of you to finally explain", "the new
//   scanners are finally on the way", "since the advert certainly didn't" (the writer's own
//   "I finally understand" is not about them);
// - a sweeping generalisation about the kind of employer they are: "it always does with public
//   authorities", "that's the NHS for you", "I'd have thought a utility could run a reliable
//   interview", "quite something from a company that ...";
// - a put-down by contrast or by "this time": "unlike your last hire", "keep people a bit longer
//   this time round";
// - praise confined to one part: "the one part of the day that felt real".
// - hope that wears their failure: "I hope the search went better the second time around", "I
//   hope those were just having an off day", "I hope whoever you hire cares half as much";
// - an understatement of their failing: "keeping to time isn't always the court's strongest suit";
// - a rhetorical question about their ways: "Is there anything at Hollins that starts when it
//   should?", "Is the decision proving too?";
// - irony about expectation: "I suppose I shouldn't be surprised", "more organised than I'd been
//   led to expect", "I'd hate to think that's how the firm trains people";
// - their pace or their losses mocked: "I'm sure you'll get there in your own time", "at the pace of
//   the slowest", "in case it has gone the way of the last one", "it only took me four calls";
// - a rival held up: "the county, who seem to have no trouble finding work for me".
// Matched case-insensitively within one sentence; tone-judgement.ts reports them as warnings,
// in a sympathetic or a praising sentence too, since the frame is what carries the scorn.

/** The reader's side: you, yours, the panel or any named part of the employer, whoever is there. */
const SIDE =
  '(?:you|they|everyone\\s+there|your\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+|the\\s+(?:[\\w-]+\\s+){0,2}?(?:panel|team|staff|office|company|firm|department|board|committee|recruiters?|managers?|interviewers?|hr|clinic|practice|hospital|trust|school|depot|site|station|service|authority|council|agency|studio|workshop|store|shop|kitchen|lab|unit|ward|yard|plant|mill))';

/** Kinds of employer, said of a whole class: "public authorities", "big firms", "places like this". */
const EMPLOYERS =
  '(?:authorit(?:y|ies)|compan(?:y|ies)|firms?|organi[sz]ations?|agenc(?:y|ies)|employers?|councils?|bodies|institutions?|places?|hospitals?|trusts?|outfits?|departments?|corporations?|businesses|recruiters?|offices?|charit(?:y|ies)|utilit(?:y|ies)|operators?|services?|railways?|airlines?|practices?|clinics?|schools?|shops?|studios?|labs?|chains?|sector)';

/** What they should be able to do, in the frame "I'd have thought X could ...". */
const MANAGE =
  '(?:run|manage|organi[sz]e|handle|reply|answer|respond|send|arrange|schedule|get|find|keep|afford|do\\s+better|sort|set\\s+up|test|hold|plan|cope)';

/** People of the reader's side, as a put-down's comparison names them. */
const THEIR_PEOPLE =
  '(?:hires?|recruits?|staff|team|employees?|people|crew|workers?|nurses|techs?|technicians|drivers|operators|trainees|apprentices|managers?|interviewers?|panel|colleagues|predecessors?|candidates?|applicants?|engineers|teachers|chefs|cooks|radiographers|instructors)';

export const SCORN_FRAMES: readonly string[] = [
  // Mock assurance after a concession: "Still, I'm sure you're very busy", "Anyway, I'm sure you had your reasons"
  `\\b(?:still|anyway|oh\\s+well|ah\\s+well|well|then\\s+again|but\\s+hey|either\\s+way|never\\s+mind)\\s*,\\s*(?:i'm|i\\s+am)\\s+(?:sure|certain|confident)\\s+(?:that\\s+)?${SIDE}(?:'re|'s|\\s+(?:are|is|were|was|had|have|has|must|know|knew|meant|mean))\\b`,
  // A duty nobody holds over there: "getting back to applicants probably isn't anyone's job"
  String.raw`\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not)\s+(?:\w+\s+)?(?:anyone|anybody|someone|somebody)'s\s+(?:job|priority|responsibility|concern|department|strong\s+suit)\b|\b(?:is|was|are|seems?\s+to\s+be)\s+(?:\w+\s+)?(?:nobody|no\s+one)'s\s+(?:job|priority|responsibility|concern|department)\b`,
  // Their line of contact neglected, as a guess: "I'm guessing the depot phone doesn't get answered much"
  String.raw`\b(?:i'm\s+guessing|i\s+guess|i\s+take\s+it|i\s+gather|i\s+suppose|i\s+assume|presumably|apparently|evidently|clearly|obviously|i\s+can\s+only\s+assume)\s+(?:that\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:phones?|e-?mails?|inbox|voicemail|messages?|line|post|mail|switchboard|applications?|answerphone|website|careers\s+page)\s+(?:doesn't|don't|does\s+not|do\s+not|never|rarely|seldom|isn't|aren't|is\s+not|are\s+not)\s+(?:get\s+|gets\s+|being\s+|really\s+)?(?:answered|read|checked|opened|monitored|picked\s+up|looked\s+at|staffed|replied\s+to)\b`,
  // Treatment kept for others: "or maybe that's just for people who didn't get the job"
  String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:just|only)\s+(?:for|with|how\s+you\s+treat)\s+(?:people|candidates|applicants|those|anyone|the\s+ones)\s+(?:who|that)\s+(?:didn't|don't|did\s+not|do\s+not|aren't|weren't|never|won't)\b`,
  // A loaded time word on their doing: "good of you to finally explain", "kind of the panel to at last reply"
  String.raw`\b(?:good|kind|nice|decent|big|generous|gracious|thoughtful|sweet|brave)\s+of\s+(?!me\b|my\b|us\b|our\b)(?:[\w-]+\s+){1,3}?to\s+(?:finally|eventually|at\s+(?:long\s+)?last)\s+\w+`,
  // ... or on their things arriving: "the new DR rooms are finally on the way", "you have finally replied"
  String.raw`(?<!\b(?:meet|meeting|met|see|seeing|saw|from|thank|thanking|with|to)\s)\b(?:you|they|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+(?:new|old|current|long-awaited)\s+(?:[\w-]+\s+){0,1}?[\w-]+|the\s+(?:[\w-]+\s+){0,1}?(?:rooms?|scanners?|machines?|kit|equipment|system|software|wing|building|posting|advert|ad|listing|job\s+description|rota|schedule|fleet|panel|team|company|office|management|recruiters?|hr))(?:'re|'s|'ve|\s+(?:are|is|were|was|have|has|had))?\s+(?:now\s+)?(?:finally|at\s+(?:long\s+)?last)\b(?!\s+(?:i|we|me|us)\b)`,
  // The emphatic negative about what they wrote or did: "since the posting certainly didn't"
  `\\b(?:since|as|because|when)\\s+${SIDE}\\s+(?:certainly|definitely|clearly|obviously|sure|surely|really)\\s+(?:didn't|did\\s+not|doesn't|does\\s+not|wasn't|was\\s+not|isn't|is\\s+not|hasn't|has\\s+not|won't|couldn't)\\b`,
  // A whole kind of employer judged: "it always does with public authorities", "as it never is at big firms"
  `\\b(?:it|they|that|things)\\s+(?:always|never|invariably|inevitably)\\s+(?:does|do|is|are|did|was|were|goes|go|seems?)\\s+(?:\\w+\\s+)?(?:with|at|in|for|among)\\s+(?:[\\w-]+\\s+){0,2}?${EMPLOYERS}\\b`,
  // "that's the public sector for you", "typical of a big company", "places like yours always ..."
  `\\bthat's\\s+(?:the\\s+|a\\s+|your\\s+)?(?:[\\w-]+\\s+){0,2}?${EMPLOYERS}\\s+for\\s+you\\b|\\btypical\\s+(?:of\\s+)?(?:a|an|the|your)\\s+(?:[\\w-]+\\s+){0,2}?${EMPLOYERS}\\b|\\b${EMPLOYERS}\\s+like\\s+(?:yours|this\\s+one|this)\\s+(?:always|never|all|just)\\b`,
  // Expectation denied of their kind: "I would have thought a river authority could run a reliable interview"
  `\\bi\\s+(?:would|'d|should)\\s+have\\s+(?:thought|expected|assumed|hoped)\\s+(?:that\\s+)?(?:a|an|the|your|any)\\s+(?:[\\w-]+\\s+){0,3}?(?:${EMPLOYERS}|team|panel|department|hospital|authority)\\s+(?:of\\s+your\\s+size\\s+)?(?:could|would|might|should|was|were|is|knew|would\\s+know\\s+how\\s+to)\\s+(?:at\\s+least\\s+|manage\\s+to\\s+|be\\s+able\\s+to\\s+)?${MANAGE}\\b`,
  // Irony at their values: "quite something from an organisation that ...", "rich coming from a firm that ..."
  `\\b(?:quite\\s+something|quite\\s+a\\s+(?:thing|statement|look)|rich|ironic|telling)\\s+(?:coming\\s+)?(?:from|for)\\s+(?:a|an|the|your)\\s+(?:[\\w-]+\\s+){0,3}?(?:${EMPLOYERS}|team|panel|place)\\s+(?:that|which|who|with)\\b`,
  // A put-down by contrast: "unlike your last hire", "unlike some of your staff", "unlike the rest of your team"
  `\\bunlike\\s+(?:your|some\\s+of\\s+(?:your|the)|most\\s+of\\s+(?:your|the)|the\\s+rest\\s+of\\s+(?:your|the)|whoever)\\s+(?:[\\w-]+\\s+){0,2}?${THEIR_PEOPLE}\\b|\\bunlike\\s+some\\s+(?:people|folks)\\b`,
  // Their past failure in "this time": "you'll be able to hang onto people a bit longer this time round"
  String.raw`\b(?:you|you'll|you\s+will|they|they'll|they\s+will|you\s+can|the\s+\w+)\b[^.!?\n]{0,60}?\b(?:longer|better|sooner|faster|properly|right|on\s+time|more\s+carefully|to\s+keep\s+(?:them|people|staff))\s+this\s+time(?:\s+(?:round|around))?\b(?!\s+(?:next|last|tomorrow|of))`,
  // Praise kept to one part: "that was the one part of the day that felt real"
  String.raw`\bthe\s+(?:one|only)\s+(?:part|thing|bit|moment|question|time|person|hour|minute)s?\s+(?:of|in|during|on)\s+(?:the|that|this|your|my)\s+(?:[\w-]+\s+)?(?:day|interview|process|visit|morning|afternoon|call|tour|session|meeting|assessment)\s+(?:that|which|where|when)\s+(?:felt|was|seemed|made\s+sense|had\s+any)\s+(?:\w+\s+)?(?:real|worthwhile|useful|organi[sz]ed|professional|human|genuine|honest|relevant|productive|well[\s-]run|sensible|serious|prepared)\b`,
  // Hope that wears their failure: "I hope the search went better the second time around",
  // "I hope the samples were just having an off day", "I hope whoever you pick cares half as much"
  String.raw`\bi\s+(?:do\s+|really\s+|just\s+|sincerely\s+)?hope\b[^.!?;\n]{0,80}?(?:\b(?:went|goes|go|going|turns?\s+out|works?|worked)\s+(?:a\s+(?:bit|lot|little)\s+)?better\s+(?:the\s+|this\s+)?(?:second|third|next)\s+time\b|\b(?:just\s+)?having\s+an\s+off\s+day\b|\b(?:cares?|knows?|tries|try|works?|wants?|prepares?|listens?)\s+(?:about\s+)?half\s+as\s+(?:much|hard|well)\b)`,
  // Their failing, understated: "keeping to a timetable isn't always the court's strongest suit"
  String.raw`\b(?:isn't|is\s+not|aren't|are\s+not|wasn't|was\s+not|never\s+was|(?:is|was|are|were)\s+never|hardly|not)\s+(?:always\s+|exactly\s+|really\s+|quite\s+|necessarily\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?[\w-]+'s|(?:your|their|its)(?:\s+[\w-]+'s)?|[\w-]+'s)\s+(?:strong(?:est)?\s+(?:suit|point)|forte|speciality|specialty|cup\s+of\s+tea)\b`,
  // A rhetorical question about their ways: "Is there anything at Fernhollow that opens when it's
  // supposed to?", "Is the decision proofing too?"
  String.raw`\b(?:is|does)\s+(?:there\s+)?(?:anything|anyone|anybody|everything)\s+(?:at|in|about|over\s+at)\s+(?:[\w-]|')+(?:\s+(?:[\w-]|')+){0,2}?\s+(?:that|who|which)\s+(?:(?:[\w-]|')+\s+){1,3}?(?:when|on\s+time|as\s+(?:planned|promised|advertised)|properly|right)\b[^.!?\n]*\?|\bis\s+(?:the|your)\s+(?:decision|hiring|process|offer|answer|search|recruitment|paperwork)\s+(?:still\s+)?(?:[\w-]+ing|stuck|lost|delayed|frozen|asleep|on\s+(?:hold|holiday|strike|ice))\b(?:\s+[\w-]+){0,4}?\s+(?:too|as\s+well)\s*\?`,
  // Irony about what was expected of them: "I suppose I shouldn't be surprised", "far more organised
  // than I'd been led to expect", "I'd hate to think that's what the college teaches"
  String.raw`\bi\s+(?:suppose\s+|guess\s+)?(?:i\s+)?(?:shouldn't|should\s+not)\s+(?:really\s+)?(?:be|have\s+been)\s+(?:too\s+|at\s+all\s+|very\s+)?surprised\b|\bthan\s+i(?:'d|\s+had)\s+been\s+led\s+to\s+(?:expect|believe)\b|\bi(?:'d|\s+would)\s+hate\s+to\s+think\s+(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+(?:what|how)\b`,
  // Their pace or their losses, mocked: "I'm sure Kittiwake will get there in its own time", "at the
  // speed of the slowest boat", "in case it has gone the way of the last engineer's paperwork"
  String.raw`\b(?:get|gets|got|getting)\s+there\s+in\s+(?:its|their|your|his|her)\s+own\s+(?:good\s+|sweet\s+)?time\b|\b(?:speed|pace)\s+of\s+the\s+slowest\b|\b(?:gone|go|goes|went|going)\s+the\s+way\s+of\s+(?:the|your|their|its)\b|\bit\s+only\s+took\s+(?:me\s+|us\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:calls|phone\s+calls|e-?mails|attempts|tries|messages|voicemails|weeks|months|reminders)\b`,
  // Patience or neglect, insinuated: "I'm sure the trust is very patient with you too", "I suppose
  // nobody answers there until ...", "how hard it is to get through to anyone at Fernhollow"
  String.raw`\b(?:i'm|i\s+am)\s+sure\s+(?:(?:[\w-]|')+\s+){1,4}?(?:is|are|must\s+be)\s+(?:very\s+|ever\s+so\s+|endlessly\s+|extremely\s+)?patient\s+with\s+you\b|\b(?:i\s+suppose|i\s+guess|i\s+gather|presumably|apparently)\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\s+(?:there\s+)?(?:answers|picks\s+up|replies|reads|checks|listens)\b|\bhow\s+hard\s+it\s+is\s+to\s+(?:get\s+through\s+to|get\s+hold\s+of|reach|get\s+an\s+answer\s+(?:out\s+of|from))\s+(?:anyone|anybody|someone|a\s+person)\s+(?:at|in)\b`,
  // An aside in parallel with their failing: "the waste question is still open, as, apparently, is the hiring"
  String.raw`\bas,?\s+(?:apparently|evidently|it\s+seems|it\s+turns\s+out),?\s+(?:is|are|was|were|does|did)\s+(?:the|your)\s+[\w-]+`,
  // A rival who manages what they did not: "the federal court, who seem to have no trouble finding a use for me"
  String.raw`\b(?:who|which|they)\s+(?:seem|seems|seemed|appear|appears|appeared)\s+to\s+have\s+(?:had\s+)?no\s+(?:trouble|problem|difficulty|issue)\s+(?:finding|seeing|using|valuing|hiring|recognising|recognizing|making)\b`,
  // Whoever on their side, at last: "well done to whoever finally sorted the office out"
  String.raw`\b(?:to|thanks\s+to|well\s+done|congratulations\s+to|credit\s+to)\s+whoever\s+(?:it\s+was\s+(?:that|who)\s+)?(?:finally|eventually|at\s+(?:long\s+)?last)\b`,
];

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
];

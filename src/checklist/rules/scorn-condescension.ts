// tone-scathing's broad tier, part four: scorn said politely. Condescension keeps the surface of
// a compliment and lowers the reader with it: their ways called dated ("charming, very
// old-school", "like it's 1995", "in the age of drones"), praise held down by a low bar ("for an
// operation your size", "cleaner than I expected", "credit where it's due"), their part made
// small ("real work too, in its own way", "you trying to explain"), resignation about their ways
// ("every shop has its little rituals", "somebody has to start small"), sarcasm by template
// ("nothing says balance like a 4 a.m. start", "means something different ... than in the rest
// of the world"), and a writer who has said it already ("as I said twice"). Each is a class of
// English, not a draft's phrase; tone-judgement.ts keeps praise, sympathy and former employers
// out, as for the other stances. Matched on the lower-cased sentence; warnings only.

const REACHED = '[^.!?\\n]{0,60}?';
/** A place or body of the reader's side, as a bare noun: "every shop", "your department". */
const PLACE =
  '(?:shop|service|place|company|firm|studio|kitchen|team|office|school|business|outfit|operation|workplace|organi[sz]ation|practice|industry|trade|hospital|clinic|department|unit|ward|site|agency|yard|theatre|theater|restaurant|bakery|salon|brewery|pub|bar|garage|home|parlou?r|academy|facility|archive|library|gym|lab|cafe|caf\\u00e9|diner|bistro|canteen)s?';

export const SCORN_CONDESCENSION: readonly string[] = [
  // Their ways called dated: "very old-school", "a fun throwback", "like it's 1995", "in the age of lidar"
  String.raw`\b(?:old-school|old-fashioned|quaint|throwback|nostalgi[ac]\w*|antiquated|behind\s+the\s+curve)\b|\bthe\s+old\s+ways?\b|\bin\s+the\s+age\s+of\b|\blike\s+it(?:'s|\s+is|\s+was)\s+(?:still\s+)?(?:(?:19|20)\d\d|the\s+(?:\d0s|nineties|eighties|seventies|sixties|dark\s+ages|stone\s+age))\b`,
  String.raw`\b(?:moved|gave\s+up|switched|stopped)\s+(?:on\s+)?(?:from\s+(?:that|this|it|them)\s+)?(?:years|decades|ages|long)\s+ago\b|\b(?:didn't|did\s+not|never)\s+(?:know|realise|realize|think|expect)\s+(?:that\s+)?(?:\w+\s+){0,3}?still\s+(?:\w+\s+)?(?:test|tests|tested|do|does|use|uses|run|runs|work|works|pull|pulls)\b`,
  `\\b(?:bring|get|drag|pull|take)\\s+(?:the|your|this)\\s+(?:\\w+\\s+)?(?:${PLACE}|system|process|setup)\\s+(?:up\\s+to|into)\\s+(?:a\\s+)?(?:modern|current|proper|professional|decent|acceptable|today's|the\\s+21st|the\\s+twenty-first|the\\s+present|this)\\b`,
  // Praise held down by a low bar: "for an operation your size", "closer to code than I expected"
  `\\bfor\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?(?:of\\s+)?(?:your|its|their|that|this)\\s+size\\b|\\bfor\\s+(?:a|an)\\s+(?:small|little|tiny|smaller|young|new)\\s+(?:\\w+\\s+)?${PLACE}\\b${REACHED}\\b(?:than\\s+i|surprisingly|actually|not\\s+bad|decent|credit)\\b`,
  String.raw`\b(?:closer\s+to\s+\w+|cleaner|tidier|smarter|sharper|more\s+(?:professional|organi[sz]ed|modern|polished|competent|sophisticated|advanced|rigorous|up[\s-]to[\s-]date))\s+than\s+i(?:'d|\s+had)?\s+(?:expected|thought|imagined|assumed|feared)\b`,
  // The low bar said outright: "better than I expected from a brewery tucked behind a tire shop"
  `\\b(?:better|\\w+er|more\\s+\\w+)\\s+than\\s+i(?:'d|\\s+had|\\s+would\\s+have)?\\s+(?:expected|thought|imagined|assumed|feared|hoped)\\s+(?:from|of|for|at)\\s+(?:a|an|such\\s+a)\\s+(?:[\\w-]+\\s+){0,3}?${PLACE}(?![\\w-])`,
  // Faint praise: "perfectly adequate", "as well as can be expected with the staff you have", "certainly a start"
  String.raw`\b(?:perfectly|more\s+or\s+less|just\s+about|broadly|reasonably)\s+(?:adequate|passable|serviceable|acceptable|tolerable|functional)\b|\bas\s+well\s+as\s+(?:can|could)\s+(?:reasonably\s+)?be\s+expected\b|\bwith\s+the\s+(?:staff|people|team|resources|budget|equipment|kit|tools|crew)\s+(?:you|they)\s+(?:have|had|'ve\s+got)\b|\b(?:is|was|'s)\s+(?:certainly|at\s+least|definitely)\s+a\s+start\b|\bbetter\s+late\s+than\s+never\b`,
  // Praise held to one thing: "good to see you do the logs properly, at least"
  String.raw`\b(?:you|they|your\s+\w+|the\s+\w+)\s+(?:\w+\s+){0,6}?(?:properly|correctly|right|well|on\s+time|by\s+the\s+book)\s*,?\s+at\s+least\b`,
  // Their place ranked below a serious one: "more of a walk-in flash shop than a serious custom studio"
  String.raw`\bmore\s+of\s+an?\s+(?:[\w-]+\s+){1,4}?than\s+an?\s+(?:serious|real|proper|true|genuine|professional|grown-up)\b|\bnot\s+every(?:one|body|\s+\w+)\s+can\s+be\b`,
  // Their ways long since dropped by others: "most homes I know did theirs a decade ago"
  String.raw`\b(?:did|made|had|got|switched|moved|upgraded|replaced|fixed|modernised|modernized|dropped|ditched)\s+(?:theirs|that|this|it|the\s+same|the\s+switch)\s+(?:\w+\s+)?(?:a\s+decade|decades|years|ages|a\s+generation|long)\s+ago\b`,
  String.raw`\bcredit\s+where\s+(?:it's|it\s+is|credit's|credit\s+is)\s+due\b|\bnot\s+bad\s+for\s+(?:a|an|someone|somebody)\b|\bi'll\s+give\s+(?:you|them|it)\s+that\b`,
  // Their part made small: "real work too, in its own way", "you trying to explain", "simpler than it sounded"
  String.raw`\bin\s+(?:its|their|his|her|your)\s+own\s+(?:little\s+)?way\b|\b(?:real|proper|actual)\s+work\s+too\b|\bisn't\s+the\s+(?:technical|real|hard|actual|skilled)\s+(?:end|part|work|side)\b`,
  String.raw`\b(?:you|your\s+\w+|the\s+\w+)\s+(?:trying|tried|attempting|attempted)\s+to\s+(?:explain|describe|justify|defend|sell|convince|make\s+sense)\b|\byour\s+attempts?\s+(?:to|at)\b`,
  String.raw`\b(?:simpler|easier|less\s+complicated|less\s+complex|more\s+basic)\s+than\s+(?:it\s+(?:sounded|seemed|looked)|you\s+made\s+it\s+(?:sound|seem|look))\b`,
  String.raw`\b(?:it|that|this)\s+works\s+for\s+(?:you|them|your\s+\w+)\b`,
  // Resignation about their ways: "every shop has its little rituals", "somebody has to start small"
  `\\b(?:every|each|all)\\s+(?:\\w+\\s+)?${PLACE}\\s+(?:has|have)\\s+(?:its|their)\\s+(?:own\\s+)?(?:little\\s+)?(?:rituals?|quirks?|hoops|foibles|peculiarities|eccentricities)\\b`,
  String.raw`\b(?:somebody|someone)\s+has\s+to\s+(?:start\s+small|keep\s+(?:\w+\s+){0,3}?alive|be\s+last)\b`,
  // Sarcasm by template: "nothing says balance like a 4 a.m. start", "than in the rest of the world"
  String.raw`\bnothing\s+says\s+[^.!?\n]{1,40}?\blike\s+(?:a|an|the|being|getting|working|waiting)\b`,
  `\\b(?:means?|meant)\\s+(?:something\\s+)?(?:\\w+\\s+){0,3}?different\\b${REACHED}\\bthan\\b|\\bthan\\s+(?:it\\s+does\\s+|they\\s+do\\s+)?(?:in|for|to)\\s+the\\s+rest\\s+of\\s+(?:the\\s+world|us|the\\s+industry|the\\s+trade|humanity)\\b`,
  `\\b(?:i'm\\s+guessing|i\\s+guess|i\\s+suppose|i\\s+gather|i\\s+take\\s+it|apparently|evidently)\\b${REACHED}\\b(?:helps?|counts?|matters?|gets?\\s+you|goes?|weighs?)\\s+(?:a\\s+lot\\s+|far\\s+|much\\s+)?(?:more|further)\\s+than\\b`,
  // Said before, and not heard: "as I said (twice, I think)", "not sure what else the team needed to hear"
  String.raw`\bas\s+i\s+(?:said|mentioned|explained|told\s+you|pointed\s+out)\s*\(?\s*(?:twice|several\s+times|more\s+than\s+once|repeatedly|three\s+times|a\s+few\s+times)\b`,
  String.raw`\bnot\s+sure\s+what\s+else\s+(?:you|the\s+\w+|your\s+\w+|they|anyone)\s+(?:needed|wanted|could\s+(?:want|need)|expected|was\s+looking|were\s+looking)\b`,
];

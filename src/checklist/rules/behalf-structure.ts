// third-party's broad tier, by structure: anyone other than the writer asked, arranged or set to
// speak, write, call, visit, chase or vouch for them with the reader's side. The go-between is an
// open class (any "my ..." or "a ... of mine", a friend on the reader's own team, a pronoun that
// said it would); so is the errand: contact, a word put in, an application raised or pushed,
// news fished for ("find out where things stand", "ask around"), or a trip to them ("drive
// over", "come to the shop", "find you there"). Three shapes: the go-between's
// intent ("my professor is happy to phone the panel", "a former patient of mine would love to
// tell you"), the writer's arranging ("I've asked the chair of my residents' association to
// write in support", "I've requested that my recruiter follow up with you"), and a go-between's
// promise reported ("he's said he'll pop into the yard to have a word with you about me"), and
// anyone at all who will speak to the reader about the writer ("Lisa said she'd have a word with
// you about me", "he'll let you know what I'm like"), on the reader's own team or not.
// third-party.ts keeps references offered, the writer acting too and a story told out; warnings.

/** Someone other than the writer: "my old site manager", "a former client of mine", "our family friend". */
const AGENT =
  "(?:(?:my|our)\\s+(?:[\\w-]+(?:'s)?\\s+){0,3}?[\\w-]+|(?:a|an|one|two|three|several|a\\s+few|some)\\s+(?:[\\w-]+\\s+){0,3}?(?:of\\s+(?:mine|ours)|friends?|mates?|colleagues?|contacts?|neighbou?rs?|relatives?|people|customers|clients|patients))";
/** Words between the go-between and the intent, with no writer in them. */
const ASIDE = '(?:(?!\\b(?:i|we)\\b)(?:[^.!?\\n]|\\b(?:Dr|Mr|Mrs|Ms|Prof|Fr|Rev)\\.)){0,90}?';
/** The go-between's intent: "will", "is happy to", "has agreed to", "said he'd", "insisted on". */
const INTENT =
  "(?:will|'ll|(?:would\\s+(?:love|like|be\\s+(?:happy|glad|keen|delighted))|(?:is|are|'s)\\s+(?:happy|keen|eager|glad|delighted))\\s+to(?!\\s+(?:speak|talk|chat|be)\\b)|(?:is|are|'s)\\s+(?:going|planning|about|due|set)\\s+to|(?:has|have|'s|'ve)\\s+(?:offered|agreed|promised|volunteered|decided|arranged)\\s+to|offered\\s+to|agreed\\s+to|promised\\s+to|plans\\s+to|wants\\s+to|insisted\\s+on|insists\\s+on|said\\s+(?:he|she|they)(?:'d|'ll|\\s+would|\\s+will)|(?:is|are)(?=\\s+\\w+ing\\b))";
/** The errand, aimed by its own words or by the aim after it. */
const ERRAND =
  '(?:come\\s+(?:to|over|down|out|along|up)|coming\\s+(?:to|over|down|in)|drive\\s+(?:over|up|down|out|round|across)|head\\s+over|find\\s+you|look\\s+you\\s+up|track\\s+you\\s+down|seek\\s+you\\s+out|catch\\s+you|call|calling|ring|ringing|phone|phoning|e-?mail|e-?mailing|write|writing|text|texting|message|messaging|contact|contacting|reach\\s+out|drop\\s+(?:by|in|into)|dropping\\s+(?:by|in|into)|pop\\s+(?:in|into|by|round)|popping\\s+(?:in|into|by)|stop\\s+by|stopping\\s+by|swing\\s+(?:by|past)|swinging\\s+(?:by|past)|come\\s+(?:by|in|and\\s+find|and\\s+see|round)|visit|visiting|speak|speaking|talk|talking|chat|tell|mention|vouch|put\\s+in\\s+a\\s+(?:good\\s+)?word|put\\s+(?:my\\s+name|me)\\s+forward|raise|push|recommend|nudge|remind|chase|chasing|follow\\s+up|check\\s+(?:in|on)|ask\\s+around|find\\s+out|see\\s+(?:how|where)|have\\s+a\\s+(?:[\\w-]+\\s+)?(?:word|chat|talk|natter|yarn|conversation)|let\\s+(?:you|your\\s+\\w+|the\\s+\\w+)\\s+know|give\\s+(?:you|your\\s+\\w+|the\\s+\\w+|him|her)\\s+a\\s+(?:ring|call|bell)|leave\\s+you|deliver|delivering|bring|bringing|hand|pass\\s+(?:my|on|along)|passing\\s+(?:my|on|along)|forward|forwarding|walk|carry|slip)';
/** Whom the errand reaches, or for whom: the reader's side, the writer, the application. */
const AIM =
  '(?:you|your|the\\s+(?:panel|office|team|board|shop|site|depot|reception|desk|store|yard|director|manager|chef|owner|partners?)|him|her|about\\s+(?:me|my)|for\\s+me|my\\s+(?:name|application|candidacy|cv|chances|status|interview|case)|on\\s+my\\s+behalf|where\\s+things\\s+stand|how\\s+things\\s+stand|in\\s+support|around)';

/** The go-between and their intent, where the first two shapes start: "my professor is happy to". */
const AGENT_INTENT = `\\b${AGENT}\\b${ASIDE}\\s${INTENT}`;
/** The writer's arranging, up to whom it was arranged with, where the third starts: "I've asked". */
const ARRANGED = `\\bI(?:'ve|\\s+have|'ll|\\s+will|'d|\\s+had)?\\s+(?:also\\s+|already\\s+|just\\s+)?(?:asked|got|had|arranged\\s+for|requested\\s+that|begged|persuaded|convinced|enlisted|roped\\s+in|recruited|lined\\s+up)\\s+`;
/** Whoever speaks for the writer: a pronoun, a name, "my ...", "a mate of mine", "someone I know". */
const SPEAKER =
  "(?<![\\w'])(?!(?:you|we|it|this|that|which|there|these|those|what|who)\\b)(?:he|she|they|[A-Z][a-z]+|my\\s+[\\w'-]+|(?:a|an|one|some)\\s+(?:[\\w'-]+\\s+){0,2}?(?:of\\s+mine|I\\s+know|friend|mate|pal|contact|colleague|neighbou?r|relative)|someone\\s+I\\s+know)";
/** Their plan, with no "I" between them and it: "will", "'s going to", "will be sure to", "said she'd". */
const SPEAKER_INTENT =
  "(?:(?!\\b(?:I|I'm|I'll|I've|I'd|we)\\b)[^.!?\\n]){0,80}?(?:\\bwill|'ll|\\b(?:is|are)\\s+(?:going|planning|set|keen|dying)\\s+to|'s\\s+(?:going|planning|set|keen|dying)\\s+to|\\bwill\\s+be\\s+(?:sure|happy|glad|keen)\\s+to|\\b(?:has|have)\\s+(?:promised|offered|agreed|volunteered)\\s+to|\\b(?:promised|offered|agreed|volunteered)\\s+to|\\bsaid\\s+(?:he|she|they)(?:'d|'ll|\\s+would|\\s+will)(?:\\s+(?:happily|gladly|definitely))?|\\b(?:wants|plans|means)\\s+to)";
/** Speaking, writing, calling or coming round, to the reader. */
const TO_READER =
  "(?:let\\s+you\\s+know|(?:tell|have\\s+a\\s+(?:[\\w-]+\\s+)?(?:word|chat|talk|natter|yarn|conversation|catch-up)|chat|talk|speak|say|mention|remind|come\\s+(?:and\\s+)?(?:find|see)|see|find|call|ring|phone|text|e-?mail|message|write|drop|pop|stop|swing|nip|visit|give|share|fill)\\b(?:\\s+[\\w'-]+){0,4}?\\s+(?:you|your)\\b)";
/** What they will say is about the writer: "about me", "what I'm like", "how keen I am", "on my behalf". */
const ABOUT_WRITER =
  "(?:\\babout\\s+(?:me|myself)\\b|\\bon\\s+(?:me|my\\s+behalf)\\b|\\b(?:how|what|why)\\s+(?:[\\w'-]+\\s+){0,4}?I(?:'m|\\s+am|\\s+would\\s+be|'d\\s+be|\\s+was|\\s+work)\\b|\\bI(?:'m|\\s+am)\\s+(?:the|a|an|so|really|very)\\b|\\b(?:about|for)\\s+my\\s+(?:application|candidacy|work|skills|experience|character)\\b|\\bfor\\s+me\\b)";

export const BEHALF_STRUCTURE: readonly string[] = [
  // Anyone who will speak to the reader about the writer: "a mate of mine ... is going to have a
  // chat with you about me", "he'll let you know what I'm like", "Lisa said she'd have a word with you about me"
  `${SPEAKER}${SPEAKER_INTENT}\\s+(?:[\\w-]+\\s+){0,3}?${TO_READER}[^.!?\\n]{0,50}?${ABOUT_WRITER}`,
  // ... or will speak up for the writer, or watch their application: "is going to ask her to mention me to you",
  // "has promised to keep an eye on my application for me"
  `${SPEAKER}${SPEAKER_INTENT}\\s+(?:[\\w-]+\\s+){0,4}?(?:(?:mention|recommend|endorse|champion|back)\\s+me\\b|put\\s+me\\s+forward|(?:big|talk|speak)\\s+me\\s+up|(?:keep\\s+an\\s+eye\\s+on|look\\s+out\\s+for|push|flag|fast-track|champion|chase|nudge|keep\\s+tabs\\s+on)\\s+my\\s+(?:application|cv|resume|candidacy|name)\\b)`,
  // The writer asking anyone, on the reader's team or not, to do it: "I've asked a friend in your marketing team to let you know how keen I am"
  `\\bI(?:'ve|\\s+have|\\s+had)?\\s+(?:also\\s+|already\\s+|just\\s+)?(?:asked|got|begged|persuaded|convinced|arranged\\s+for|roped\\s+in)\\s+(?!(?:you|me|myself)\\b)(?:[\\w'-]+\\s+){1,8}?to\\s+(?:[\\w-]+\\s+)?${TO_READER}[^.!?\\n]{0,50}?${ABOUT_WRITER}`,
  // The go-between's intent: "my professor is happy to phone the panel and vouch for me"
  `${AGENT_INTENT}\\s+(?:\\w+\\s+)?${ERRAND}\\b[^.!?\\n]{0,40}?\\b${AIM}\\b`,
  `${AGENT_INTENT}\\s+(?:\\w+\\s+)?(?:(?:be|get)\\s+in\\s+touch|put\\s+in\\s+a\\s+(?:good\\s+)?word|put\\s+(?:my\\s+name|me)\\s+forward|vouch\\s+for\\s+me|have\\s+a\\s+(?:quiet\\s+)?word)\\b`,
  // The writer's arranging: "I've asked the chair of my residents' association to write in support"
  `${ARRANGED}(?!(?:the|a|an|my|some|no)\\s+(?:chance|opportunity|time|pleasure|impression|sense|feeling|idea|invitation|go-ahead|courage|nerve|permission|privilege|honou?r)\\b)(?:(?!\\b(?:you|your|me|myself)\\b)[\\w-]+(?:'s|')?\\s+){1,7}?(?:to\\s+)?${ERRAND}\\b[^.!?\\n]{0,40}?\\b${AIM}\\b`,
  // A promise reported: "he's said he'll pop into the yard to have a word with you about me"
  `\\b(?:he|she|they)\\b(?:[^.!?\\n]{0,60}?\\s(?:and|but))?(?:'s|\\s+has|'ve|\\s+have)?\\s+(?:said|says|promised|offered|agreed|insisted|told\\s+me|swore|assured\\s+me)(?:\\s+me)?\\s+(?:that\\s+)?(?:he|she|they)(?:'ll|'d|\\s+will|\\s+would)\\s+(?:\\w+\\s+)?${ERRAND}\\b[^.!?\\n]{0,50}?\\b(?:with\\s+you|to\\s+you|you\\b|about\\s+me|for\\s+me|on\\s+my\\s+behalf)`,
];

/**
 * What each pattern of BEHALF_STRUCTURE cannot match without, in the same order (read off each
 * pattern, so the two cannot drift apart): the start it is written from (null: always tried). Their words ("my", "will", "had", "you") are in nearly
 * every note, so phrase-list.ts's anchors keep the first three in play, 4,000 characters of
 * alternation to compile; a note where the start itself is not found cannot match them.
 */
export const BEHALF_STRUCTURE_NEEDS: readonly (string | null)[] = BEHALF_STRUCTURE.map((pattern) =>
  pattern.startsWith(AGENT_INTENT) ? AGENT_INTENT : pattern.startsWith(ARRANGED) ? ARRANGED : null,
);

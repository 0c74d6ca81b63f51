// gimmick's broad tier, part three: a gift or a stunt by its class, where the sentence names no
// act of handing over (gift-roles.ts) and no recipient after it (gift-structure.ts). A piece the
// writer made, commissioned or paid for that is about the reader or the hiring ("I wrote a song
// about the interview", "a short video I made thanking you all", "I took out an ad thanking your
// team"); the reader asked to accept or enjoy a treat ("please accept this small gift", "I hope
// the team enjoys the cupcakes", "you'll find a box of macarons at reception"); a donation made
// in the reader's name, the name said first; tickets got for the reader. gimmick.ts keeps out
// what the reader asked for, the application's papers and the writer's work elsewhere; warnings.

/** The writer as the one who made it: "I", "I've", "I have also", "I had". */
const WRITER = String.raw`\bi(?:'ve|\s+have|\s+had)?(?:\s+(?:also|just|even|already|actually|finally))?`;

/** Making, commissioning or paying for a piece. */
const MADE = String.raw`(?:made|recorded|filmed|shot|wrote|composed|created|built|designed|set\s+up|launched|commissioned|put\s+together|produced|drew|painted|edited|animated|choreographed)`;

/** A piece that stands out by being made: a song, a video, a website, a portrait, an advert. */
export const PIECE = String.raw`(?:video|clip|short\s+film|film|song|poem|rap|jingle|ballad|tune|track|piece\s+of\s+music|website|web\s*site|web\s+page|microsite|landing\s+page|portrait|caricature|cartoon|comic|drawing|painting|mural|montage|slideshow|playlist|animation|advert|advertisement|podcast(?:\s+episode)?|vlog|reel|explainer)s?`;

/** The rest of the writer's pitch, for the quote: "my 30-60-90 day plan", "my vision", "how I'd run". */
const PITCH = String.raw`(?:(?:\s+[\w'-]+){0,3}?\s+(?:plan|plans|vision|ideas|approach|pitch|proposal|strategy|run|lead|manage|handle)\b|\s+[\w'-]+)?`;

/**
 * What ties the piece to the reader or the hiring: you, the panel, the interview, "hire me",
 * thanks, something it was inspired by, or the writer's own pitch ("walking through my plan",
 * "introducing myself", "how I'd run the floor", "my vision for the store").
 */
const TIE = String.raw`(?:\byou\b|\byour\b|\bthe\s+(?:whole\s+)?(?:team|panel|interview|hiring\s+\w+)\b|\bour\s+(?:interview|conversation|chat|meeting|talk)\b|\bhire\b|\bwhy\s+i\b|\bthank|\binspired\s+by(?:\s+(?:our|the|your|my)\s+[\w-]+)?|\b(?:walk(?:s|ing)?|talk(?:s|ing)?|take(?:s)?|taking|run(?:s)?|running|go(?:es)?|going)\s+(?:\w+\s+)?through\s+(?:my|how\s+i)\b${PITCH}|\b(?:explain(?:s|ing)?|present(?:s|ing)?|outlin(?:e|es|ing)|pitch(?:es|ing)?|shar(?:e|es|ing)|set(?:s|ting)?\s+out|lay(?:s|ing)?\s+out|show(?:s|ing)?)\s+(?:my|how\s+i|why\s+i|what\s+i)\b${PITCH}|\b(?:introduc(?:e|es|ing)|pitch(?:es|ing)?|sell(?:s|ing)?|present(?:s|ing)?)\s+myself\b|\bof\s+myself\b|\babout\s+(?:me|myself)\b|\bhow\s+i(?:'d|\s+would)\b|\bmy\s+(?:\d+-\d+-\d+\s+|first\s+\w+\s+days\s+)?(?:plan|vision|pitch|proposal|ideas|approach)\s+(?:for|to)\b)`;

/** Treats and gifts the reader is asked to enjoy; not "the wine tasting", "the cake sale". */
const TREAT = String.raw`(?:wine|champagne|prosecco|whiske?y|chocolates?|cupcakes|cookies|biscuits|cakes?|pastries|donuts|doughnuts|muffins|brownies|macarons|fudge|sweets|treats|snacks|pizzas?|bagels|croissants|scones|flowers|roses|tulips|bouquet|plant|hamper|basket|gift|present|candles?|tickets)(?!\s+(?:tasting|tastings|list|bar|shop|store|festival|fair|menu|event|pairing|course|sale|stall|section|aisle|order|orders|counter|display|line)\b|\s+at\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:party|launch|event|conference|dinner|celebration|meeting|offsite|fair|festival|opening|reception)\b)`;

/** The reader's side as the one who enjoys: you, the team, everyone. */
const READERS = String.raw`(?:you|everyone|everybody|(?:the|your)\s+(?:whole\s+)?(?:\w+\s+)?(?:team|crew|staff|panel|office|kitchen|ward|shift))`;

/** Food brought for the reader as the second object: "bring the team breakfast tacos". */
const MEAL = String.raw`(?:breakfast|brunch|lunch|dinner|tacos|burritos|pizzas?|donuts|doughnuts|coffees?|cakes?|cupcakes|cookies|bagels|pastries|muffins|croissants|treats|snacks|drinks|beers|wine)(?![\w-])`;

export const GIFT_CLASS: readonly string[] = [
  // A piece the writer made, about the reader or the hiring: "I wrote a song about the interview"
  String.raw`${WRITER}\s+${MADE}\s+(?:[\w\u2019\u0027-]+\s+){0,4}?${PIECE}\b[^.!?\n]{0,80}?${TIE}`,
  // The piece named first: "a short video I made thanking you all", "a poem that I wrote for the panel"
  String.raw`\b${PIECE}\s+(?:that\s+|which\s+)?i(?:'ve|\s+have)?\s+(?:also\s+|just\s+)?${MADE}\b[^.!?\n]{0,60}?${TIE}`,
  // Advertising bought to be seen: "I took out an ad in the local paper thanking your team"
  String.raw`${WRITER}\s+(?:took\s+out|taken\s+out|placed|bought|ran|paid\s+for)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:ad|ads|advert|advertisement)\b[^.!?\n]{0,60}?(?:\byou\b|\byour\b|\bthank)`,
  // The reader asked to accept a gift: "please accept this small gift"; a card or an apology is no gift
  String.raw`\baccept\s+(?:this|these|the|my|a|an|our)\s+(?:small\s+|little\s+|humble\s+|modest\s+)?(?:[\w-]+\s+){0,2}?(?:gift|present|token|hamper|basket|bouquet|flowers|bottle|treat|treats|voucher|tickets)s?\b`,
  // The reader hoped to enjoy a treat: "I hope the team enjoys the cupcakes"
  String.raw`\b(?:hope|trust)\s+${READERS}\s+(?:all\s+|both\s+)?(?:enjoy|enjoys|enjoyed|like|likes|liked|love|loves|loved)\s+(?:the|these|this|those|my|our|your)\s+(?:[\w-]+\s+){0,2}?${TREAT}`,
  // Please enjoy it, would you like some, it is in the post: "please enjoy the chocolates", "would you and the team like some brownies?"
  String.raw`\bplease\s+(?:do\s+)?enjoy\s+(?:the|these|this|those|my|our|a|an|some)\s+(?:[\w-]+\s+){0,2}?${TREAT}`,
  String.raw`\b(?:would|do)\s+${READERS}(?:\s+and\s+(?:the|your)\s+(?:[\w-]+\s+)?[\w-]+)?\s+(?:like|fancy|want)\s+(?:me\s+to\s+(?:bring|send|drop|bake|make|order)\s+(?:in\s+|over\s+|round\s+)?)?(?:some|a|an|a\s+few)\s+(?:[\w-]+\s+){0,2}?${TREAT}`,
  String.raw`\b${TREAT}\b[^.!?\n]{0,40}?\b(?:is|are)\s+(?:already\s+|now\s+)?(?:in\s+the\s+(?:post|mail)|on\s+(?:its|their)\s+way)\b(?!\s+to\s+(?:\w+ing|recovery|full)\b)`,
  // A round shouted, the Australian and British way: "I'm shouting the crew a round on Friday"
  String.raw`\bshout(?:s|ed|ing)?\s+${READERS}\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:round|rounds|lunch|coffee|coffees|drinks|dinner|beers?|brekkie|breakfast)\b`,
  // Something left for the reader to find: "you'll find a box of macarons at reception"
  String.raw`\byou(?:'ll|\s+will|\s+should|\s+may|\s+might)\s+find\s+(?:a|an|some|two|three|a\s+little|a\s+small)\s+[^.!?\n]{0,40}?\b(?:at|on|in|by|outside)\s+(?:the\s+|your\s+)?(?:reception|front\s+desk|desk|door|doorstep|mailbox|letterbox|lobby|porch|pigeonhole|locker)\b`,
  // A donation in the reader's name, the name said first: "in your name, I gave fifty dollars to the shelter"
  String.raw`\bin\s+(?:your|the\s+team's|your\s+team's|the\s+company's)\s+(?:name|hono(?:u)?r)\b[^.!?\n]{0,60}?\b(?:gave|given|donated|donation|planted|sponsored|contributed|adopted|made\s+a\s+gift)\b`,
  // Food for the reader, who is named first: "next time I'm in I'll bring the team breakfast tacos"
  String.raw`\b(?:bring|bringing|brought|buy|buying|bought|send|sending|sent|bake|baking|baked|order|ordering|ordered)\s+${READERS}\s+(?:a\s+|an\s+|some\s+)?(?:[\w-]+\s+){0,2}?${MEAL}`,
  // Something bearing the reader's name, or made up to be kept: "a cheesecake with your name on it", "framed it for you"
  String.raw`(?<!\b(?:badge|badges|lanyard|tag|tags|plate|sign|door|desk|space|spot|folder|file|form|list|rota|locker)\s)\bwith\s+your\s+(?:name|names|face|logo|initials)\s+on\s+(?:it|them)\b`,
  String.raw`\b(?:framed|engraved|laminated|mounted|embroidered|gift-wrapped|wrapped)\s+(?:it|them|this|one|each)\s+(?:up\s+)?for\s+${READERS}`,
  // Free service or a bag of gifts for them: "give your whole team free haircuts", "a gift bag for each of the panel"
  String.raw`\b(?:offer|give|gift|giving|offering)\s+${READERS}\s+(?:free|complimentary)\b`,
  String.raw`\b(?:put\s+together|made|packed|prepared|assembled|sent|left|ordered)\s+(?:a|an|some|two|three|\w+)\s+(?:[\w-]+\s+)?(?:gift|goodie|goody|swag)\s+(?:bags?|boxes|box)\b`,
  // A shop's credit by its code: "here's a $25 Starbucks code"
  String.raw`\b(?:Starbucks|Amazon|iTunes|Apple|Google\s+Play|Steam|Netflix|Spotify|Uber|DoorDash|Deliveroo)\s+(?:gift\s+)?(?:codes?|credit)\b`,
  // Tickets or presents got for the reader: "I got the whole team concert tickets"
  String.raw`\b(?:got|bought|booked|grabbed|ordered|reserved|picked\s+up)\s+(?:you|everyone|(?:the|your)\s+(?:whole\s+)?(?:\w+\s+)?(?:team|crew|staff|panel))\s+(?:[\w-]+\s+){0,3}?(?:tickets|passes|seats|vouchers|gifts?|presents?|flowers)\b`,
];

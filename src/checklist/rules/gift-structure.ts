// gimmick's broad tier, by structure: anything given, paid for, arranged or done for the reader
// beyond the note and its attachment, however it is worded. A treat on the writer ("lunch for
// the ward is on me", "treat the crew to a round"), money towards them ("cover the cost of your
// team's coffee run", "paid for your parking", "transferred a tip to the social fund"), a thing
// made to be theirs (handmade, custom, with their logo or the writer's face on it, "just for
// you"), something arranged for them (a delivery, a performance, a florist sent), something
// waiting or on its way ("expect a parcel from me", "a thank-you present is waiting"), and a free
// service or place ("I'll restitch it for nothing", "a free week's stay", "put you down for a
// free place"), a thing had made, left or handed over ("I'd like you to have it"), and a
// thank-you made of something ("to say thanks, I've recorded ..."). gimmick.ts keeps the application's own papers, a trial shift and the writer's
// work elsewhere out; warnings only.

/** The reader's side as the one who receives: you, your team, the night shift, everyone. */
const READER =
  "(?:you|your\\s+(?:[\\w-]+(?:'s)?\\s+){0,2}?[\\w-]+|the\\s+(?:whole\\s+|entire\\s+)?(?:[\\w-]+\\s+)?(?:team|crew|staff|shift|office|panel|ward|kitchen|brigade|floor|desk|reception|department|unit|site|yard|depot|studio|shop|store|clinic|practice)|everyone|all\\s+of\\s+you)";
/** Made to be the reader's own: handmade, custom, engraved. */
const CRAFTED =
  '(?:hand-?made|home-?made|home-?baked|hand-?painted|hand-?knitted|hand-?carved|hand-?crafted|hand-?lettered|hand-?thrown|personali[sz]ed|custom(?:-made)?|bespoke|engraved|monogrammed|award-winning|framed\\s+(?:print|photo|photograph|picture|poster|drawing|sketch))';
/** Food and drink brought along, as a class: "coffee and breakfast burritos for the deck crew". */
const FOOD =
  '(?:coffees?|tea|breakfast|lunch|dinner|doughnuts|donuts|pastries|cakes?|cookies|biscuits|burritos|tacos|pizzas?|treats|snacks|bagels|muffins|croissants|sandwiches|drinks|beers?|wine|champagne|chocolates?|sweets|fruit|cupcakes|brownies|samosas|dumplings|buns|scones|flowers)';
/** Free, as a favour: "for nothing", "without charge", "on the house". */
const FREE =
  '(?:(?<!\\b(?:was|were|is|be|been|all|bridges|everything)\\s)for\\s+nothing|for\\s+free|free\\s+of\\s+charge|without\\s+charge|at\\s+no\\s+(?:cost|charge)|on\\s+the\\s+house|gratis|no\\s+charge|no\\s+strings\\s+attached)';
/** The writer's offer or plan: "I'll", "I'd be happy to", "I would be honoured to". */
const WRITER_WILL =
  "\\bi(?:'ll|\\s+will|'d|\\s+would|\\s+can|\\s+could|'m\\s+happy\\s+to|\\s+am\\s+happy\\s+to|'d\\s+be\\s+(?:happy|glad|honou?red|delighted)\\s+to|\\s+would\\s+be\\s+(?:happy|glad|honou?red|delighted)\\s+to|'d\\s+love\\s+to|\\s+would\\s+love\\s+to)";

export const GIFT_STRUCTURE: readonly string[] = [
  // A treat on the writer: "lunch for the whole ward is on me", "treat the kitchen crew to a round"
  String.raw`\b(?:lunch|dinner|breakfast|brunch|drinks?|coffees?|the\s+(?:first\s+|next\s+)?round|a\s+round|pizzas?|cakes?|treats?|snacks|beers?|the\s+(?:bill|tab|meal))\s+(?:[\w-]+\s+){0,5}?(?:is|are|will\s+be)\s+on\s+me\b|\b(?:my\s+treat|my\s+shout)\b`,
  `\\btreat(?:s|ed|ing)?\\s+${READER}\\s+to\\b`,
  `\\bwith\\s+(?:[\\w-]+\\s+){0,5}?${FOOD}\\s+for\\s+${READER}`,
  // Money towards them: "cover the cost of your team's next coffee run", "paid for your parking"
  `\\b(?:pay|paid|paying|pays)\\s+for\\s+${READER}|\\b(?:cover|covered|covering|foot|footing|pick\\s+up|picking\\s+up|picked\\s+up)\\s+the\\s+(?:cost|bill|tab|price)\\s+(?:of|for)\\s+(?:\\w+\\s+){0,2}?${READER}`,
  `\\b(?:transferred|transfer|sent|wired|put|added|dropped|donated|contributed|chipped\\s+in|tipped)\\s+(?:\\w+\\s+){0,3}?(?:tip|cash|money|contribution|donation|bonus|\\d+\\s*(?:pounds|dollars|euros|quid|bucks))\\s+(?:\\w+\\s+){0,2}?(?:to|into|for|towards?)\\s+${READER}`,
  // A thing made to be theirs: handmade, custom, their logo, the writer's face, "just for you"
  `\\b${CRAFTED}\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+\\b[^.!?\\n]{0,50}?\\b(?:for|to|with|at)\\s+${READER}`,
  `\\b(?:sent|sending|send|left|leaving|dropped|brought|bringing|enclosed|enclosing|attaching|attached|couriered|mailed|posted|shipped|ordered|gave|giving|is|are)\\s+(?:\\w+\\s+){0,4}?${CRAFTED}\\b`,
  String.raw`\b(?:i|i've|i'd|i'll|my)\b[^.!?\n]{0,60}?\b(?:with|bearing|featuring|showing|printed\s+with|iced\s+with|engraved\s+with|in)\s+(?:your|the\s+(?:company|team|firm|shop|clinic|practice)(?:'s)?|your\s+company(?:'s)?)\s+(?:company\s+|team\s+)?(?:logo|name|names|face|faces|initials|crest|motto|colou?rs|branding|slogan)\b|\bwith\s+my\s+(?:face|faces|photo|picture|name)\s+on\s+(?:it|them)\b`,
  String.raw`\b(?:recorded|filmed|made|wrote|composed|painted|drew|baked|knitted|built|created|cooked|performed|played|sang|designed)\b[^.!?\n]{0,80}?\b(?:just|especially|specially|all)\s+for\s+(?:you|your)\b`,
  // Something arranged for them: a delivery, a performance, a florist
  `\\b(?:arranged|organi[sz]ed|booked|scheduled|set\\s+up|planned|hired|laid\\s+on)\\s+(?:for\\s+)?(?:an?\\s+|some\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:delivery|catering|lunch|breakfast|dinner|buffet|spread|massage|performance|singer|band|choir|flash\\s+mob|serenade|surprise|party|celebration|tasting|show|treat|cake|pizza|hamper|bouquet|limo|tickets?)\\b[^.!?\\n]{0,60}?\\b(?:for\\s+${READER}|outside\\s+(?:your|the)|at\\s+(?:your|the\\s+(?:office|front\\s+desk|reception))|to\\s+(?:you|your)|as\\s+a\\s+thank)`,
  String.raw`\b(?:asked|had|got|arranged\s+for|booked|paid)\s+(?:a|the|my)\s+(?:local\s+)?(?:florist|baker|bakery|caterer|chocolatier|singer|band|busker|choir|delivery\s+(?:service|driver|company))\b`,
  // Waiting or on its way: "expect a parcel from me", "a thank-you present is waiting with your concierge"
  String.raw`\b(?:expect|look\s+out\s+for|watch\s+(?:out\s+)?for|keep\s+an\s+eye\s+out\s+for)\s+(?:a|an|my|some|the)\s+(?:little\s+|small\s+)?(?:parcel|package|delivery|box|surprise|hamper|courier|gift|present|treat)\b`,
  String.raw`\bthank[\s-]you\s+(?:present|gift|hamper|basket|box|package|parcel|treat|token|banner|sign|billboard|bouquet|cake)s?\b`,
  String.raw`\b(?:present|gift|parcel|package|hamper|basket|bouquet|surprise|treat|box)\s+(?:\w+\s+)?(?:is|are)\s+(?:waiting|sitting|being\s+held)\s+(?:for\s+you\s+)?(?:with|at|in|for)\b`,
  String.raw`\b(?:sent|sending|left|leaving|dropped|brought|bringing|ordered|got)\s+(?:\w+\s+){1,5}?to\s+(?:brighten|cheer\s+up|liven\s+up|decorate|sweeten|freshen\s+up|spruce\s+up)\s+(?:your|the)\b`,
  String.raw`\bas\s+a\s+(?:gesture|sign)\s+of\s+(?:goodwill|good\s+faith|thanks|gratitude|appreciation)\b`,
  // A free service or place: "I'll restitch it for nothing", "offer you a free week's stay"
  `${WRITER_WILL}\\s+(?:[\\w-]+,?\\s+){0,20}?${FREE}`,
  `\\b(?:offer|give|gift|giving|offering)\\s+${READER}\\s+(?:a|an|some)\\s+(?:free|complimentary)\\b`,
  `\\b(?:put|signed|booked|enrolled|registered|entered)\\s+${READER}\\s+(?:down\\s+|up\\s+|in\\s+)?(?:for|on|onto|into)\\s+(?:a|an|the)\\s+(?:free|complimentary)\\b`,
  // A service done to the reader's things: "having your van detailed", "I restrung your guitar"
  String.raw`\b(?:had|having|have|get|got|getting)\s+your\s+(?:[\w-]+\s+)?[\w-]+\s+(?:detailed|washed|cleaned|serviced|repaired|fixed|valeted|tuned|polished|painted|mended|restrung|sharpened)\b|\bi(?:'ve|\s+have)?\s+(?:also\s+|just\s+)?(?:washed|cleaned|serviced|repaired|valeted|tuned|polished|mended|restrung|sharpened|mowed|weeded|detailed)\s+your\b`,
  String.raw`\b(?:it's|it\s+is|they're|they\s+are|is|are)\s+(?:already\s+|now\s+)?on\s+(?:its|their)\s+way\s+(?:\w+\s+){0,2}?(?:to\s+(?:you|your)|over)\b`,
  // A thing had made, left or handed over to be the reader's: "I've had a mug printed", "I'd like you to have it"
  String.raw`\bi(?:'ve|\s+have)?\s+had\s+(?:an?|some|two|three|a\s+few|a\s+set\s+of)\s+(?:[\w-]+\s+){0,2}?(?:printed|made|engraved|embroidered|framed|baked|designed|carved|knitted|painted)\b`,
  // Not what the writer wishes their side to know: "I'd like the front office to have a clear script"
  `\\bi(?:'d|\\s+would)\\s+(?:like|love)\\s+you\\s+to\\s+have\\s+(?!(?:a|an|the|some)\\s+(?:clear|full|fuller|better|good|proper|quick|complete|rough|real)\\b|(?:a|an|the|some)\\s+(?:picture|idea|sense|view|overview|feel|chance|look|think|copy|record|list|summary)\\b)(?:it|this|them|these|one|a|an|some|my|the)\\b(?:\\s+[\\w-]+){0,3}`,
  `\\bi(?:'d|\\s+would)\\s+(?:like|love)\\s+${READER}\\s+to\\s+have\\s+(?:it|this|them|these|one)\\b(?:\\s+[\\w-]+){0,3}`,
  `\\bi(?:'ve|\\s+have)?\\s+(?:just\\s+|also\\s+)?(?:left|dropped\\s+off|put|placed|stacked|delivered)\\s+(?:an?|some|the|two|three|\\d+)\\s+(?:[\\w-]+\\s+){0,5}?(?:by|at|outside|on|in|through)\\s+(?:the|your)\\s+(?:[\\w-]+\\s+)?(?:door|doorstep|desk|reception|gate|step|steps|porch|counter|front)\\b[^.!?\\n]{0,40}?\\bfor\\s+${READER}`,
  // A thank-you made of something: "to say thanks, I've recorded a video"
  String.raw`\b(?:to\s+say\s+thanks?|to\s+say\s+thank\s+you|as\s+a\s+(?:small\s+|little\s+)?thank[\s-]?you|by\s+way\s+of\s+(?:a\s+)?thanks?)(?:\s+\w+)?\s*,?\s+i(?:'ve|\s+have|'ll|\s+will|'m|\s+am)?\s+(?:also\s+|just\s+)?(?:recorded|made|filmed|sent|sending|ordered|baked|composed|left|dropped|bought|got|written|wrote|painted|built|put\s+together|organi[sz]ed|arranged|booked|had)\b`,
  // Anything arranged to be brought to them: "organised a tray of lamingtons to be delivered to the practice"
  String.raw`\b(?:arranged|organi[sz]ed|booked|ordered|set\s+up|lined\s+up)\s+(?:for\s+)?(?:an?|some|the|two|three|a\s+few)\s+(?!(?:[\w-]+\s+){0,3}?(?:contracts?|forms?|papers|paperwork|documents?|certificates?|references?|cv|resume|application|transcripts?|samples?|portfolio|keys|badge|laptop)\b)[^.!?\n]{0,60}?\bto\s+(?:be\s+)?(?:delivered|sent|couriered|dropped\s+off|brought|arrive|turn\s+up|show\s+up)\b`,
  // A little something meant to please: "a little soundtrack I think you'll like"
  String.raw`\b(?:a|an|some)\s+(?:little|small)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that\s+)?i\s+(?:think|thought|hope|know|bet)\s+you(?:'ll|'d|\s+will|\s+would|\s+might)\s+(?:like|love|enjoy)\b`,
  // Free labour on the reader's work, to prove a point: "help your crew pull the boxes in, no charge"
  String.raw`\bjust\s+to\s+show\s+(?:you|them|the\s+\w+)\s+(?:that\s+)?i\s+(?:mean\s+business|am\s+serious|'m\s+serious|want\s+(?:it|this|the\s+job))\b`,
  String.raw`\b(?:is|are)\s+(?:heading|headed|winging|en\s+route|being\s+(?:sent|delivered|couriered|shipped))\s+(?:\w+\s+)?(?:to\s+(?:you|your)|your\s+way)\b`,
];

// gimmick's small grammar: who gives what to whom. A gift is something the writer makes, buys,
// sends, delivers or lays on (a loaf, a print, a quartet, a dinner) for the reader's side (you,
// the team, the office, reception), now or soon. Found by its parts, not by the thing given, so a
// florist who "delivered bouquets across the city" or a caterer who "delivered lunch for three
// hundred people" tells a work story, and "copies of my certifications" is the application itself.

/** Within one sentence, a few words. */
const GAP = '[^.!?\\n]{0,60}?';

/** The writer, as the one who acts: "I", "I've", "I'll", "I'm", "I have also". */
const WRITER =
  "\\bI(?:'ve|'ll|'d|'m|\\s+have|\\s+had|\\s+will|\\s+would|\\s+am)?(?:\\s+(?:also|just|already|even|gone\\s+ahead\\s+and))?";

/** Places of the reader's side where a gift is left. */
const PLACE =
  "(?:office|offices|desk|room|conference\\s+room|break\\s+room|staff\\s+room|waiting\\s+room|reception|front\\s+desk|lobby|host\\s+stand|counter|kitchen|line|shop|store|branch|site|clinic|practice|ward|unit|station|nurses'?\\s+station|hospital|school|studio|salon|firm|yard|depot|hangar|lab|team|staff|crew|panel|committee|department|board|partners)";

/** The reader's side: you, each of you, everyone, your office. "For you to see" is not a gift. */
const FOR_YOU = `(?:for|to|at|with|in|into)\\s+(?:you\\b(?!\\s+(?:to|can|could|might|may|will|would)\\b)|(?:each|all|both)\\s+of\\s+(?:the\\s+\\w+\\s+of\\s+)?you\\b|everyone\\b|everybody\\b|your\\s+(?:\\w+\\s+)?${PLACE}\\b)`;

/** The same, or one of their places named with "the": only for what is on its way now. */
const FOR_READER = `(?:${FOR_YOU}|(?:to|at|for|in|into)\\s+the\\s+(?:\\w+\\s+)?${PLACE}\\b)`;

/** Acts of making, buying, sending or bringing something, with something after them. */
const GIVE_ACT =
  '(?:sent|send|sending|shipped|shipping|mailed|mailing|couriered|ordered|ordering|bought|buying|picked\\s+up|picking\\s+up|grabbed|made|baked|baking|cooked|brewed|knitted|framed|printed|engraved|wrapped(?:\\s+up)?|put\\s+together|commissioned|dropping|dropped\\s+off|drop\\s+off|bringing|brought|bring)';

/** Not the writer's own things ("my knives", "my portfolio") and not an empty object ("sent to you"). */
const THING = '(?!\\s*(?:my|our|to|for|at|with|in|into)\\b)';

/** What arrives on its own: "is being couriered", "should reach", "is on its way". */
const ARRIVES =
  "(?:is|are|'s)\\s+(?:being\\s+(?:couriered|delivered|sent|shipped|posted|mailed|dropped\\s+off)|on\\s+(?:its|their|the)\\s+way)|(?:should|will)\\s+(?:arrive|turn\\s+up|be\\s+(?:delivered|dropped\\s+off|arriving))|to\\s+arrive";

/** Performed for them: a band, a quartet, a singer, a show. */
const PERFORMER =
  '(?:band|quartet|trio|choir|singer|musician|magician|DJ|mariachi|bagpiper|performer|caricaturist|(?:food|coffee|taco|pizza|ice\\s+cream|doughnut|donut|crepe|burger|smoothie)\\s+(?:truck|cart|van|stand|stall))s?';

/** Made to stand out: a song, a video, a painting. */
const PIECE =
  '(?:song|video|clip|soundtrack|poem|rap|jingle|film|painting|portrait|drawing|cartoon|comic|mural|montage|sculpture)s?';

/**
 * What the writer may send without it being a gift: the application's own papers and samples,
 * and the thank-you note itself. A hit that gives one of these is dropped (gimmick.ts).
 */
export const DOCUMENTS =
  /\b(?:cop(?:y|ies)|scans?|pdfs?|transcripts?|certificates?|certifications?|licen[cs]es?|references?|portfolio|work\s+samples?|writing\s+samples?|CV|r[e\u00e9]sum[e\u00e9]s?|cover\s+letter|protocols?|slides|deck|write-?up|report|plans?|drawings|forms|paperwork|records?|availability|details|links?\s+to\s+(?:my|our)|case\s+study|lesson\s+plans?|answers|notes|thank[\s-]you\s+(?:notes?|cards?|letters?|e-?mails?)|(?:hand-?written|handwritten|paper)\s+(?:notes?|cards?|letters?)|contracts?|offer\s+letters?)\b/i;

/**
 * A sentence that turns a thing to the reader: a recipient ("for the whole team", "to the office",
 * "sent u"), the writer giving ("I sent", "I've ordered"), or a delivery ("is on its way"). A florist's "we sold flowers" and a
 * bartender's "a bottle of wine for each course" do neither.
 */
export const TO_THE_READER = new RegExp(
  [
    `\\b(?:for|to|at|on)\\s+(?:you\\b|u\\b|(?:each|all|both)\\s+of\\s+you|everyone\\b|everybody\\b|your\\s+(?:\\w+\\s+)?${PLACE}\\b|the\\s+(?:whole\\s+|entire\\s+)?(?:\\w+\\s+)?(?:office|team|staff|crew|panel|reception|front\\s+desk|desk|unit|ward|kitchen|store|shop|clinic|practice|department)\\b)`,
    '\\b(?:sent|send|sending|got|bought|brought|ordered|mailed|posted)\\s+(?:you|u|your\\s+team|the\\s+team|everyone)\\b',
    "\\bI(?:'ve|'ll|'m|\\s+have|\\s+will|\\s+am)?(?:\\s+(?:also|just|already))?\\s+(?:sent|send|sending|ordered|ordering|bought|brought|bringing|mailed|left|dropped\\s+off|had\\s+\\w+\\s+(?:\\w+\\s+)?delivered)\\b",
    `(?:${ARRIVES})`,
  ].join('|'),
  'i',
);

export const GIFT_GRAMMAR: readonly string[] = [
  // "I've wrapped up a fresh loaf for you and the line", "I ordered mugs for everyone"
  `${WRITER}\\s+${GIVE_ACT}${THING}\\s+${GAP}${FOR_YOU}`,
  // "I'm picking up a tray of brisket and dropping it at the shop"
  `\\bI(?:'ll|'m|\\s+will|\\s+am)(?:\\s+going\\s+to)?(?:\\s+also)?\\s+${GIVE_ACT}${THING}\\s+${GAP}${FOR_READER}`,
  // "I arranged for a little succulent to arrive for each of you"
  `${WRITER}\\s+arranged\\s+for\\s+(?:a|an|some|two|three|\\w+)\\s+${GAP}\\bto\\s+(?:arrive|be\\s+(?:delivered|sent|couriered|dropped\\s+off))\\b`,
  // "I had a framed print made for your conference room"
  `${WRITER}\\s+had\\s+(?!(?:my|our|to)\\b)${GAP}\\b(?:made|printed|framed|engraved|delivered|sent|couriered|shipped|baked)\\s+${GAP}${FOR_YOU}`,
  // "A hamper is being couriered to the hospital", "the print is on its way to your office"
  `(?:${ARRIVES})\\s+${GAP}${FOR_READER}`,
  // Laid on for them: "booked a string quartet to play in your waiting room"
  `${PERFORMER}${GAP}\\b(?:to\\s+)?(?:play|perform|sing|serve|visit|come)\\b(?:${GAP}${FOR_READER}|\\s+(?:your|the)\\s+(?:\\w+\\s+)?${PLACE}\\b)`,
  // "recorded a short song about the school ... for you and the panel"
  `\\b(?:recorded|filmed|composed|wrote|made|created|shot|produced|painted|drew)\\s+(?:\\w+\\s+){0,5}?${PIECE}\\b[^.!?\\n]{0,90}?${FOR_YOU}`,
  // A meal on the writer: "take you and the team out for dinner", "my treat"
  '(?:take|taking|treat|treating)\\s+(?:you|the\\s+team|your\\s+team|you\\s+(?:both|all|and\\s+(?:\\w+\\s+){1,2}?))\\s*(?:out\\s+)?(?:to|for)\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?(?:dinner|lunch|breakfast|brunch|drinks?|coffee|meal|show|game|round)',
  "my\\s+treat\\b|(?:dinner|lunch|drinks|coffee)(?:'s|\\s+is|\\s+are)\\s+on\\s+me\\b",
];

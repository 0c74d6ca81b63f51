// gimmick's sure tier for food and treats: something to eat or drink that the writer brings,
// sends or leaves for the reader's side ("swing by the prep lab with donuts for the whole crew",
// "drop off a tray of cinnamon rolls at the workshop", "have pizza delivered to the site"). The
// README's rule table makes food an error, however it is worded: found by its parts (an act of
// carrying, a thing to eat, and the reader or their workplace in the same sentence), not by set
// phrases. A meal of the writer's own, a story of work elsewhere, and thanks for the reader's
// coffee are none (gimmick.ts filters the first two, and the third has no act of carrying).
import { apostrophes } from './sentence-matches.js';

/** Carrying, sending or laying on: "bring", "drop off", "have ... delivered", "with". */
const CARRY =
  '(?:bring|bringing|brought|carry|carrying|drop(?:ping|ped)?\\s+off|deliver(?:ing|ed)?|send(?:ing)?|sent|ship(?:ping|ped)?|order(?:ing|ed)?|leave|leaving|left|pick(?:ing)?\\s+up|picked\\s+up|grab(?:bing)?|grabbed|bake|baking|baked|make|making|made|cook|cooking|cooked|treat(?:ing)?\\s+(?:you|everyone|the\\s+(?:\\w+\\s+)?\\w+)\\s+to|have\\s+(?:\\w+\\s+){1,3}?delivered|with|pop(?:ping|ped)?|slip(?:ping|ped)?|tuck(?:ing|ed)?|enclos(?:e|ed|ing)|includ(?:e|ed|ing)|put(?:ting)?\\s+together|whip(?:ped|ping)?\\s+up|pack(?:ed|ing)?)(?:\\s+(?:in|over|round|along|back))?';

/** A few words, or a measure: "a tray of", "two dozen", "some fresh", "homemade". */
const AMOUNT =
  '(?:(?:a|an|some|two|three|four|a\\s+few|a\\s+couple\\s+of|fresh|homemade|home-made|hot|warm|little|small|big|whole|few|dozen|box|boxes|tray|trays|batch|batches|plate|platter|bag|tin|round|of|the|my|our|her|his|their|famous|favourite|favorite|own|special|signature|best)\\s+){0,5}';

/** Something to eat or drink, on its own ("donuts") or by its container ("a box of ..."). */
const FOOD =
  '(?:donuts?|doughnuts?|bagels?|cookies|biscuits|scones|cupcakes|cakes?|pies|pastr(?:y|ies)|muffins|croissants|brownies|(?:cinnamon\\s+|sweet\\s+)?rolls|buns|tarts|treats|goodies|snacks|sweets|candy|chocolates?|fudge|macarons|pizzas?|sandwiches|tacos|burritos|samosas|dumplings|sushi|lunch|breakfast|brunch|dinner|coffees?|lattes|drinks|beers?|wine|ice\\s+cream|baked\\s+goods|bread|loaves|cheesecakes?|fruit|flapjacks|biscotti|truffles|baklava|shortbread|chutney|jam|honey|cheese|prosecco|champagne|whiske?y|gin|rum|cider|ale|fizz|curry|curries|stew|soup|biryani|jollof(?:\\s+rice)?|fried\\s+rice|kebabs|brisket|lasagne|lasagna|noodles|empanadas|tamales|pierogi|lamingtons|small\\s+chops)(?![\\w-])(?!\\s+(?:meeting|meetings|break|breaks|chat|service|shift|shifts|menu|menus|rush|hour|time|bar|machine|cart|truck|orders?|prep|line|station|talk|session|slot|run|and\\s+learn)\\b)';

/**
 * A hamper, a jar or a crate of something, whatever it holds: "a jar of our heather honey", "a
 * crate of apples". A box, a bag or a parcel may hold anything, so it counts as food only with a
 * word of the kitchen after it: "a box of my dad's smoked mackerel". The papers of an application
 * are no present ("a copy of my CV", "a box of my certificates").
 */
const PAPERS = String.raw`(?!(?:my\s+|our\s+)?(?:cv|cvs|resume|resumes|r\u00e9sum\u00e9|papers|documents|references|certificates|portfolio|work|samples|notes|records|leaflets|brochures|business\s+cards|flyers)\b)`;
const PACKED = String.raw`(?:a|an|two|three|some|a\s+couple\s+of|a\s+few|my|our)\s+(?:(?:big|small|little|whole|fresh)\s+)?(?:(?:tray|trays|basket|baskets|hamper|hampers|jar|jars|bottle|bottles|crate|crates|tin|tins|case|punnet|sack|cooler|coolers|cool\s+box|esky|chilly\s+bin|flask|thermos|tub|tubs|pot|pots|pan|dish|tiffin|casserole|urn|carton|pail|bucket)\s+of\s+${PAPERS}[\w-]+|(?:box|boxes|bag|bags|parcel|bucket)\s+of\s+${PAPERS}(?:(?:[\w-]|')+\s+){0,3}?(?:smoked|fresh|homemade|home-made|home-baked|baked|dressed|dried|pickled|roasted|cured|home-grown|hand-made|handmade)\s+[\w-]+)`;

/** The act and the thing: what the sure tier finds, and quotes. */
export const FOOD_CARRIED: readonly string[] = [`\\b${CARRY}\\s+${AMOUNT}${FOOD}`, `\\b${CARRY}\\s+${PACKED}`];

/** Somewhere at work, of the reader's side. */
const WORKPLACE =
  '(?:team|crew|staff|panel|office|offices|lab|studio|shop|store|site|yard|depot|workshop|kitchen|ward|unit|clinic|garage|warehouse|plant|factory|museum|gallery|school|department|reception|front\\s+desk|desk|break\\s+room|staff\\s+room|hangar|salon|hotel|restaurant|bakery|firm|practice|branch|floor|building|station|line|room)';

/**
 * The reader's side as the one it is for, or where it goes: "for the whole crew", "at the
 * workshop", "for the café’s kitchen" (apostrophes: either apostrophe, accented letters).
 */
export const READER_SIDE = new RegExp(
  // Or carried on a visit to them: "when I come in on Monday", "to the second interview".
  apostrophes(
    `\\bwhen\\s+I(?:'m|\\s+am)?\\s+(?:come|coming|pop|popping|swing|swinging|stop|stopping|drop|dropping|call|calling)\\s+(?:in|by|over|round|back)\\b|\\b(?:to|for|at)\\s+(?:the|my|our)\\s+(?:second|next|final|follow-up|last)\\s+(?:round|interview|meeting|visit)\\b|` +
      `\\b(?:for|to|at|into|in|round\\s+to|over\\s+to|by|with)\\s+(?:you\\b(?!\\s+(?:to|can|could|might|may|will|would)\\b)|u\\b|everyone\\b|everybody\\b|(?:each|all|both)\\s+of\\s+you\\b|reception\\b|front\\s+desk\\b|your\\s+(?:[\\w'-]+\\s+)?${WORKPLACE}\\b|the\\s+(?:whole\\s+|entire\\s+)?(?:[\\w'-]+\\s+)?${WORKPLACE}\\b)`,
  ),
  'i',
);

/** The writer in the sentence: a gift the reader gave ("thanks for the coffee you brought") is none. */
export const WRITER_ACTS =
  /(?:^|[^\w'\u2019])(?:I(?:['\u2019](?:ll|d|m|ve))?|[Ww]e(?:['\u2019](?:ll|d|re|ve))?|me|[Mm]y|us|our)(?![\w'\u2019])/u;

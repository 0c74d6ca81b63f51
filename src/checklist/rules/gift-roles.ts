// gimmick's broad tier (issue #13): who gives what to whom, read word by word in one sentence.
// The writer makes, buys, orders, sends, brings, leaves or performs a thing (any thing) for the
// reader's side: "I baked you a loaf", "I'm sending a little plant to your office", "I've had
// something printed for the team". Found by the act of giving, a thing and a recipient, not by
// a list of gifts. Not a gift: the application's papers and samples (gift-grammar.ts's
// DOCUMENTS), a message, a call, a copy, what the reader asked for, the writer's own things
// ("my knives"), things given back, and a trade's work story ("I baked for the team at my last
// restaurant"), which is told about another workplace.
import type { Hit } from '../types.js';
import { type Clause, clitic, freeOf, isWriter, stem, type Word } from './clause-words.js';
import { DOCUMENTS } from './gift-grammar.js';
import { HELPER_WORDS } from './third-party-grammar.js';

/** Acts of making, buying, sending, bringing or performing, in their forms. */
const GIVE = new Set(
  'popped pop popping made make making baked bake baking cooked cook cooking brewed brew knitted knit knitting crocheted sewed sewn stitched crafted craft painted paint drew draw framed printed engraved embroidered bought buy buying ordered order ordering sent send sending shipped ship shipping mailed mail mailing posted post couriered courier couriering delivered deliver delivering dropped drop dropping left leave leaving brought bring bringing picked pick picking grabbed grab got get getting gifted gift give gave giving recorded record recording filmed film filming composed compose wrote write writing performed perform performing sang sing prepared prepare preparing wrapped wrap packed pack put putting whipped treat treated treating arranged'.split(
    ' ',
  ),
);
/** Acts that need their particle to give: "drop off", "pick up", "put together", "whip up". */
const PARTICLE: ReadonlyMap<string, string> = new Map([
  ['dropped', 'off'],
  ['drop', 'off'],
  ['dropping', 'off'],
  ['picked', 'up'],
  ['pick', 'up'],
  ['picking', 'up'],
  ['put', 'together'],
  ['putting', 'together'],
  ['whipped', 'up'],
]);
/** Making, where the writer's own recipe or craft is the gift: "baked my grandmother's shortbread". */
const CRAFT = new Set(
  'baked bake baking cooked cook cooking brewed brew knitted knit knitting crocheted sewed sewn stitched crafted painted drew framed engraved embroidered whipped'.split(
    ' ',
  ),
);

/** Between the writer and the act: "I'd love to", "I have also", "I'm going to". */
const CHAIN = new Set(
  'will would shall can could might may also just already even have has had am be been going gone ahead and went love like to want wanted plan planning planned hope hoping decided thought personally quickly happily gladly definitely happy glad excited thrilled really actually finally'.split(
    ' ',
  ),
);

/** The reader's side after "the": a group or a place of theirs. */
const GROUP = new Set(
  'team teams staff crew brigade office offices panel committee department unit ward kitchen desk reception store shop clinic practice branch lab studio site floor group board partners everyone hospital school firm salon restaurant workshop yard depot garage receptionist receptionists manager managers chef chefs nurses drivers assistant secretary supervisor foreman director partner owner concierge colleagues centre center surgery library gym mill farm bakery cafe warehouse factory plant station hangar kennels stables theatre theater museum gallery hall church'.split(
    ' ',
  ),
);

/** The reader's own people, for whom a thing may be meant: "for your daughter". */
const KIN = new Set('kids children family son daughter husband wife partner colleagues dog'.split(' '));

/**
 * Things that are not gifts: what a note, a call or an application carries, and what "make" or
 * "give" take as a turn of phrase ("make time", "give you a sense").
 */
const NOT_GIFTS = new Set(
  'email e-mail emails note notes message messages voicemail line letter letters update updates reply response answer answers copy copies link links details detail info information availability question questions summary thoughts ideas idea proposal plan plans sample samples portfolio resume cv reference references list lists invite invitation request requests file files document documents doc docs pdf form forms paperwork application schedule time effort point mistake mistakes difference impression case sense decision call calls choice suggestion suggestions feedback report reports draft drafts outline slides deck presentation code demo prototype dashboard model mockup mock-up analysis spreadsheet script tool app template sketch design designs framework version changes edits revisions corrections fixes tweaks progress room space arrangements call ring chance opportunity offer offers quote quotes estimate invoice order orders receipt receipts keys key badge laptop documents contract contracts id number numbers address contact contacts card thank-you thanks work experience thinking skills skill energy passion enthusiasm perspective approach value knowledge expertise attitude mindset focus commitment dedication background insight insights curiosity creativity leadership care attention ethic training workshop workshops talk talks session sessions course courses lecture seminar results result service services support project projects solution solutions trial process apology apologies favour favor debt explanation visit trip journey drive handout handouts printout printouts material materials packet packets article articles recipe news word regards greetings wishes congratulations condolences sympathies hello reminder heads-up shout bell buzz nudge hand lift hint tip tips hug wave break rundown lowdown tour warning'.split(
    ' ',
  ),
);
const PERSONS = new Set(['myself', 'me', 'us']);
/** Words that mark a thing as one spoken of before: "the article I mentioned". */
const TOLD = new Set(['mentioned', 'discussed', 'talked', 'recommended', 'described', 'promised', 'suggested']);
const DETERMINERS = new Set('a an some the this these two three four five six a few several one little small'.split(' '));
const TO = new Set(['for', 'to', 'at', 'with', 'into', 'on']);
const PRONOUN_THINGS = new Set(['it', 'them', 'one', 'something', 'anything', 'everything', 'myself', 'me', 'us']);
/**
 * Words that make what follows a verb a clause, not a thing: "I get now why new people start on
 * the extra board", "I'm surprised the tributaries aren't for everyone". A thing given is a noun.
 */
const CLAUSE_WORDS = new Set(
  "now then why how what where when whether if is are was were am be been being isn't aren't wasn't weren't do does did don't doesn't didn't can't won't".split(
    ' ',
  ),
);
/** Sent by hand or by post, where even the writer's own thing is given: "I'm mailing you my favourite novel". */
const MAIL = new Set('mailed mail mailing posted post posting shipped ship shipping couriered courier couriering'.split(' '));
/** Senders the writer hires: "a courier will drop it off", "the florist is delivering a bouquet". */
const AGENTS = new Set('courier couriers florist florists caterer caterers bakery messenger driver'.split(' '));
/** Said after a verb of sending, on its way to them: "couriering over", "sending round". */
const ON_ITS_WAY_PARTICLES = new Set(['over', 'round', 'across', 'along']);
/** The thing stops at these: the next clause or a preposition. */
const STOPS = new Set([
  'for',
  'to',
  'at',
  'with',
  'into',
  'on',
  'in',
  'from',
  'by',
  'and',
  'or',
  'but',
  'when',
  'if',
  'because',
  'so',
  'as',
  'before',
  'after',
  'while',
  'since',
  'once',
  'back',
  'up',
  'over',
  'out',
  'off',
  'next',
  'tomorrow',
  'today',
  'tonight',
  'soon',
  'sometime',
  'yesterday',
]);
/** A story about another workplace: "at my last restaurant", "every Friday", "when I ran the bar". */
const ELSEWHERE = new Set(['every', 'each', 'weekly', 'daily', 'used', 'previous', 'former', 'last', 'old', 'current']);
/** The writer's own people, whose work a thing made with or for them is: "with my students", "for my Year 3 class". */
const OWN_PEOPLE = new Set(
  'students pupils class classes choir kids children colleagues crew clients customers patients residents scouts players learners trainees apprentices group band congregation church community followers subscribers listeners'.split(
    ' ',
  ),
);

/** "with my students", "for my Year 4 class" at `at`: made as the writer's work with their own people. */
function withOwnPeople(words: readonly Word[], at: number): boolean {
  if ((words[at]!.word !== 'with' && words[at]!.word !== 'for') || words[at + 1]?.word !== 'my') return false;
  return words.slice(at + 2, at + 5).some((w) => OWN_PEOPLE.has(w.word));
}

/** What the reader asked for or what goes back to them is not a gift. */
const ASKED = new Set(['asked', 'requested', 'request', 'needed', 'need', 'return', 'returned', 'returning', 'back', 'borrowed']);

/** "I've asked the florist to ...": the writer asking someone to give is no answer to the reader's request. */
function askedByWriter(words: readonly Word[], at: number): boolean {
  const word = words[at]!.word;
  return (word === 'asked' || word === 'ask') && words[at + 1]?.word !== 'for' && byWriter(words, at) >= 0;
}

interface Recipient {
  readonly end: number;
  /** You, your team, everyone: the reader, not a group that could be anyone's. */
  readonly strong: boolean;
}

/** "nurses'" -> "nurses", "crew's" -> "crew". */
const unpossessed = (word: string) => (word.endsWith("'") ? word.slice(0, -1) : word.endsWith("'s") ? word.slice(0, -2) : word);

/** The reader's side starting at `at`: "you", "each of you", "your whole team", "the front desk", an interviewer. */
function recipientAt(words: readonly Word[], at: number, readerNames: ReadonlySet<string>): Recipient | null {
  const word = words[at]?.word;
  if (word === undefined) return null;
  if (word === 'you' || word === 'u' || word === "y'all" || word === 'everyone' || word === 'everybody')
    return { end: at, strong: true };
  // "round to yours", "at yours": the reader's home.
  if (word === 'yours' && ['to', 'at'].includes(words[at - 1]?.word ?? '')) return { end: at, strong: true };
  if ((word === 'each' || word === 'all' || word === 'both') && words[at + 1]?.word === 'of' && words[at + 2]?.word === 'you')
    return { end: at + 2, strong: true };
  if (word === 'your') {
    // "your team", "your front desk"; not "your decision" or "for your consideration".
    const noun = words.slice(at + 1, at + 4).findIndex((w) => GROUP.has(unpossessed(w.word)) || KIN.has(w.word));
    return noun >= 0 ? { end: at + 1 + noun, strong: true } : null;
  }
  if (word === 'the') {
    // "the nurses' room", "the crew's table": the group by its possessive too.
    const noun = words.slice(at + 1, at + 4).findIndex((w) => GROUP.has(unpossessed(w.word)));
    return noun >= 0 ? { end: at + 1 + noun, strong: false } : null;
  }
  // "left it at reception", "with front desk": a place of theirs without a determiner.
  if (word === 'reception' || (word === 'front' && words[at + 1]?.word === 'desk'))
    return { end: word === 'front' ? at + 1 : at, strong: false };
  // An interviewer by name; not the company, which things are brought to as often as given.
  if (readerNames.has(word) && words[at]!.upper) return { end: at, strong: true };
  return null;
}

/** The thing from `at` to the word before `end`: present, not a paper, a message or the writer's own (save a craft). */
function isGift(words: readonly Word[], at: number, end: number, craft: boolean): boolean {
  if (end <= at) return false;
  const first = words[at]!.word;
  if (PRONOUN_THINGS.has(first) || CLAUSE_WORDS.has(first)) return false;
  // "bring that kind of thinking", "send this over": what was spoken of before, not a thing given.
  if (first === 'that' || first === 'this' || first === 'those' || first === 'these') return false;
  if ((first === 'my' || first === 'our') && !craft) return false;
  const thing = words.slice(at, end);
  if (thing.some((w) => CLAUSE_WORDS.has(w.word))) return false;
  // "the article I mentioned", "the recipe we talked about": something said before, passed on.
  if (first === 'the' && thing.some((w) => TOLD.has(w.word))) return false;
  // "a case of the Grüner", "a box of": a measure of a thing, not a turn of phrase.
  // "a thank-you hamper": the word names what the thing is for, not a message, when a noun follows.
  const modifier = (k: number) => (thing[k]!.word === 'thank-you' || thing[k]!.word === 'thanks') && k + 1 < thing.length;
  // "a copy of my favourite novel": a copy of a thing sold is the thing, not a paper passed on.
  const book = copyOfWork(thing);
  const measure = (w: Word, k: number) =>
    (w.word === 'case' && thing[k + 1]?.word === 'of') || (book && (w.word === 'copy' || w.word === 'copies'));
  if (thing.some((w, k) => (NOT_GIFTS.has(w.word) && !measure(w, k) && !modifier(k)) || w.masked)) return false;
  return !DOCUMENTS.test(
    thing
      .filter((w) => !book || (w.word !== 'copy' && w.word !== 'copies'))
      .map((w) => w.word)
      .join(' '),
  );
}

/** Works one buys a copy of, which a copy of is a present: a book, a record, a film. */
const WORKS = new Set(
  'book books novel novels cookbook cookbooks memoir biography autobiography album albums record records vinyl lp cd dvd film game magazine anthology'.split(
    ' ',
  ),
);

/**
 * "a copy of my favourite book", "two copies of her new album", or of a work by its title ("a
 * copy of The Checklist Manifesto": two words in capitals, none of them the interview's own
 * phrases); not one spoken of before ("the book I mentioned").
 */
function copyOfWork(thing: readonly Word[]): boolean {
  const copy = thing.findIndex((w) => w.word === 'copy' || w.word === 'copies');
  if (copy < 0 || thing[copy + 1]?.word !== 'of' || thing.some((w) => TOLD.has(w.word))) return false;
  const after = thing.slice(copy + 2);
  return after.some((w) => WORKS.has(w.word)) || titled(after);
}

/** Whether the words open on a title: two or more words in capitals, none masked ("The Checklist Manifesto"). */
function titled(words: readonly Word[]): boolean {
  let capitals = 0;
  while (capitals < words.length && words[capitals]!.upper && !words[capitals]!.masked) capitals += 1;
  return capitals >= 2;
}

/** Where the thing after `at` ends: at a stop word, a pause, or eight words on. */
function thingEnd(words: readonly Word[], at: number): number {
  let end = at;
  while (end < words.length && end < at + 8 && !STOPS.has(words[end]!.word) && !(end > at && words[end]!.pause)) end += 1;
  return end;
}

/** Whether the writer is the one who acts at `at`: "I", "I've also", "I'd love to", "we're going to". */
function byWriter(words: readonly Word[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 6); k -= 1) {
    const word = words[k]!.word;
    if (isWriter(word)) return k;
    if (word === 'me' && words[k - 1]?.word === 'let') return k - 1;
    // "My mother knitted ...", "my kids made ...": the writer's own people give on the writer's behalf.
    if (HELPER_WORDS.has(word) && (words[k - 1]?.word === 'my' || words[k - 1]?.word === 'our')) return k - 1;
    // "A courier will drop something off at your desk": a sender the writer hires.
    if (AGENTS.has(word) && DETERMINERS.has(words[k - 1]?.word ?? '')) return k - 1;
    // "I've asked the florist to send ...", "I had the bakery deliver ...": the writer has it done.
    const caused = word === 'to' ? causedBy(words, k) : -1;
    if (caused >= 0) return caused;
    // "I'm going to swing by Thursday and leave ...": the writer of the clause before.
    if (word === 'and') return clauseWriter(words, k);
    if (!CHAIN.has(word)) return -1;
  }
  // "Cut you a keychain last night": a note's dropped "I".
  return at === 0 && words[0]!.upper ? 0 : -1;
}

/** Verbs by which the writer has someone else give: "asked the florist to", "arranged for a courier to". */
const CAUSE = new Set(
  'asked ask asking arranged arranging booked hired paid commissioned organised organized got getting told'.split(' '),
);

/** The writer who asked someone, a few words before the `to` at `to`, to do what follows it. */
function causedBy(words: readonly Word[], to: number): number {
  for (let k = to - 1; k >= Math.max(0, to - 7); k -= 1) {
    if (words[k]!.pause || OTHERS.has(words[k]!.word)) return -1;
    if (CAUSE.has(words[k]!.word)) return byWriter(words, k);
  }
  return -1;
}

/** The writer as the subject of the clause that ends at `and`, with no one else's verb between. */
function clauseWriter(words: readonly Word[], and: number): number {
  for (let k = and - 1; k >= Math.max(0, and - 15); k -= 1) {
    const word = words[k]!.word;
    if (isWriter(word)) return k;
    if (OTHERS.has(word) || words[k]!.pause) return -1;
  }
  return -1;
}

/** Subjects other than the writer, which end the search for one. */
const OTHERS = new Set(['he', 'she', 'they', 'it', 'you', "he's", "she's", "they're", "it's", "you're", 'who', 'which', 'that']);

/** The broad tier's hits: one per sentence at most, from the writer to the recipient. */
export function giftHits(
  clauses: readonly Clause[],
  readerNames: ReadonlySet<string>,
  message: (phrase: string) => string,
  prose: string,
  taken: readonly Hit[],
): Hit[] {
  const hits: Hit[] = [];
  const free = freeOf(taken);
  for (const clause of clauses) {
    const words = clause.words;
    if (!free(clause) || words.some((w, k) => ASKED.has(w.word) && !askedByWriter(words, k))) continue;
    const elsewhere = words.some(
      (w, k) => ELSEWHERE.has(w.word) || (w.word === 'my' && words[k - 1]?.word === 'at') || withOwnPeople(words, k),
    );
    const hit = sentenceHit(words, readerNames, elsewhere);
    if (hit) {
      const phrase = prose.slice(hit.start, hit.end).replace(/\s+/g, ' ');
      hits.push({ start: hit.start, end: hit.end, message: message(phrase), severity: 'warning' });
    }
  }
  return hits;
}

/** The writer having a thing sent: "I'm having a box of macarons couriered to the shop". */
const HAVING = new Set(['having', 'had', 'have', 'get', 'getting', 'got']);

function hadSent(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
  elsewhere: boolean,
): { start: number; end: number } | null {
  const verb = words[at]!.word;
  if (!GIVE.has(verb) || !(verb.endsWith('ed') || ['sent', 'made', 'brought', 'left'].includes(verb))) return null;
  for (let c = at - 2; c >= Math.max(0, at - 10); c -= 1) {
    if (!HAVING.has(words[c]!.word)) continue;
    const by = byWriter(words, c);
    const writer = by >= 0 ? by : isWriter(words[c - 1]?.word ?? '') ? c - 1 : -1;
    if (writer < 0 || !DETERMINERS.has(words[c + 1]?.word ?? '') || !isGift(words, c + 1, at, true)) return null;
    const counts = (recipient: Recipient | null) => recipient !== null && (recipient.strong || !elsewhere);
    const recipient = recipientAfter(words, at + 1, readerNames, counts);
    return recipient ? { start: words[writer]!.start, end: words[recipient.end]!.end } : null;
  }
  return null;
}

/** Work the writer offers to do free for the reader's own sake: "come by and tune it for free". */
const WORK_WORDS = new Set('shift shifts trial week day days interview test task project sample samples work hours'.split(' '));
const OFFERING = new Set(["i'd", "i'll", 'happy', 'glad', 'delighted', 'offer', 'let', 'can', 'could']);

/** "from me" or "on me" within the few words after `at`. */
function fromMe(words: readonly Word[], at: number): boolean {
  for (let k = at; k < Math.min(words.length - 1, at + 4); k += 1)
    if ((words[k]!.word === 'from' || words[k]!.word === 'on') && words[k + 1]!.word === 'me') return true;
  return false;
}

function freeOffer(words: readonly Word[], at: number, elsewhere: boolean): { start: number; end: number } | null {
  const word = words[at]!.word;
  const next = words[at + 1]?.word;
  const free =
    (word === 'free' && (words[at - 1]?.word === 'for' || next === 'of')) ||
    // "a free haircut from me whenever you like": a thing of the writer's trade, given.
    (word === 'free' && ['a', 'an', 'some'].includes(words[at - 1]?.word ?? '') && fromMe(words, at + 1)) ||
    (word === 'no' && next === 'charge') ||
    (word === 'on' && next === 'the' && words[at + 2]?.word === 'house') ||
    (word === 'at' && next === 'no' && words[at + 2]?.word === 'cost');
  if (!free || elsewhere) return null;
  const near = words.slice(Math.max(0, at - 12), at + 12);
  const offered = near.some((w, k) => OFFERING.has(w.word) || (w.word === 'from' && near[k + 1]?.word === 'me'));
  const yours = near.some((w) => w.word === 'you' || w.word === 'your');
  if (!offered || !yours || near.some((w) => WORK_WORDS.has(w.word))) return null;
  // The whole phrase: "for free" ends at "free", "free of charge" and "on the house" two words on.
  const given = word === 'free' && ['a', 'an', 'some'].includes(words[at - 1]?.word ?? '');
  const last = given ? at + 1 : word === 'free' && next !== 'of' ? at : word === 'no' ? at + 1 : at + 2;
  return {
    start: words[word === 'free' && next !== 'of' ? at - 1 : at]!.start,
    end: words[Math.min(words.length - 1, last)]!.end,
  };
}

/** Set aside for the reader: "two comps on the door under your name", "a table held in your name". */
const HOLD = new Set('put left reserved booked held saved set added popped'.split(' '));

function heldForYou(words: readonly Word[], at: number): { start: number; end: number } | null {
  if (!HOLD.has(words[at]!.word)) return null;
  const writer = byWriter(words, at);
  const first = words[at + 1]?.word ?? '';
  if (writer < 0 || !(DETERMINERS.has(first) || /^\d+$/.test(first))) return null;
  const end = thingEnd(words, at + 1);
  for (let k = end; k < Math.min(words.length - 2, end + 6); k += 1) {
    const named =
      (words[k]!.word === 'under' || words[k]!.word === 'in') && words[k + 1]!.word === 'your' && words[k + 2]!.word === 'name';
    if (named && isGift(words, at + 1, end, false)) return { start: words[writer]!.start, end: words[k + 2]!.end };
  }
  return null;
}

/** Sending by hand or by post: what goes to a place, not an inbox. */
const POST = new Set(
  'popped pop popping put posted post posting mailed mail mailing shipped ship shipping couriered courier couriering delivered deliver delivering dropped drop dropping left leave leaving'.split(
    ' ',
  ),
);
/** Verbs whose two objects are no gift: "ask you a question", "wish you a good weekend". */
const NOT_GIVING = new Set(
  'understand understood know knew think thought believe believed guess suppose imagine expect trust remember noticed notice owe owed owes ask asked asking tell told telling show showed shown showing wish wished wishing teach taught promise promised offer offered pay paid cost save saved grant granted allow allowed spare thank thanks thanked see saw meet met hear heard let lets call called email emailed e-mailed text texted message messaged ping pinged remind reminded assure assured bet charge charged forgive deny denied refuse envy am is are was were be been do does did can could will would should shall may might must have has had get got'.split(
    ' ',
  ),
);

/** The giving said outright: "it's yours", ", on me", "as a present for the lab". */
function saidOutright(words: readonly Word[], at: number): { start: number; end: number } | null {
  const word = words[at]!.word;
  const next = words[at + 1];
  const ends = (k: number) => k >= words.length || words[k]!.pause || CLAUSE_ENDS.has(words[k]!.word);
  if (word === "it's" || word === "they're" || word === 'it' || word === 'they') {
    const rest = word.includes("'") ? 1 : 2;
    const last = words[at + rest]?.word;
    if (last === 'yours' && (rest === 1 || next?.word === 'is' || next?.word === 'are') && ends(at + rest + 1))
      return { start: words[at]!.start, end: words[at + rest]!.end };
  }
  if (
    word === 'on' &&
    next?.word === 'me' &&
    (words[at]!.pause ||
      ["it's", 'is', "that's", 'be', "they're", 'are'].includes(words[at - 1]?.word ?? '') ||
      clitic(words[at - 1]?.word ?? '') === "'s") &&
    ends(at + 2)
  )
    return { start: words[at]!.start, end: next.end };
  if (word === 'as' && next?.word === 'a') {
    const noun = ['small', 'little'].includes(words[at + 2]?.word ?? '') ? at + 3 : at + 2;
    if (GIFT_WORDS.has(words[noun]?.word ?? '')) return { start: words[at]!.start, end: words[noun]!.end };
  }
  return null;
}
/** Things that are gifts by their name: a voucher, a hamper. */
const GIFT_NAMES = new Set(['voucher', 'vouchers', 'hamper', 'hampers', 'giftcard', 'giftcards', 'e-gift']);
/** The writer handing a thing over: "enclosed", "please accept", "from me", "with my thanks". */
const HANDING = new Set([
  'enclosed',
  'enclosing',
  'attached',
  'accept',
  'sending',
  'sent',
  'send',
  'posted',
  'left',
  'dropped',
  'tucked',
  'slipped',
  'included',
]);

/** Tickets and passes, a gift only when the note itself hands them over: "please accept the enclosed tickets". */
const PASSES = new Set(['ticket', 'tickets', 'pass', 'passes', 'seats']);
const ENCLOSED = new Set(['enclosed', 'enclosing', 'accept', 'tucked', 'slipped']);

/** "Enclosed you'll find a voucher for a spa day": a thing named a gift, handed over by the writer. */
function namedGift(words: readonly Word[], at: number): { start: number; end: number } | null {
  if (PASSES.has(words[at]!.word) && words.slice(Math.max(0, at - 5), at).some((w) => ENCLOSED.has(w.word)))
    return { start: words[at]!.start, end: words[at]!.end };
  if (!GIFT_NAMES.has(words[at]!.word)) return null;
  // A few words either side, so a long sentence of vouchers is read once, not once per voucher.
  const near = words.slice(Math.max(0, at - 12), at + 12);
  const handed = near.some(
    (w, k) =>
      HANDING.has(w.word) ||
      (w.word === 'from' && near[k + 1]?.word === 'me') ||
      (w.word === 'for' && near[k + 1]?.word === 'you') ||
      (w.word === 'my' && (near[k + 1]?.word === 'thanks' || near[k + 1]?.word === 'gratitude')),
  );
  return handed && !near.some((w) => ELSEWHERE.has(w.word)) ? { start: words[at]!.start, end: words[at]!.end } : null;
}

/** Paying for the reader's food or drink: "cover the drinks at your staff social", "get the first round in for the team". */
const PAY = new Set('cover covering pay paying foot footing buy buying stand standing shout shouting get getting'.split(' '));
const TREATS = new Set(
  'round rounds tab bill drinks lunch dinner breakfast brunch coffees coffee meal meals pizza pizzas beers wine cake cakes dessert'.split(
    ' ',
  ),
);
/** "the lunch shift", "the dinner service": work, not a treat. */
const SHIFTS = new Set(
  'shift shifts service services rush menu prep station crowd trade period break hour slot run order orders'.split(' '),
);

function paidFor(words: readonly Word[], at: number, readerNames: ReadonlySet<string>): { start: number; end: number } | null {
  const verb = words[at]!.word;
  if (!PAY.has(verb) && !(verb === 'pay' && words[at + 1]?.word === 'for')) return null;
  let k = at + 1;
  if (words[k]?.word === 'for') k += 1;
  while (k < at + 4 && ['the', 'a', 'your', 'first', 'next', 'round', 'of', 'some'].includes(words[k]?.word ?? '')) {
    if (words[k]!.word === 'round' && words[k + 1]?.word !== 'of') break;
    k += 1;
  }
  if (!TREATS.has(words[k]?.word ?? '') || SHIFTS.has(words[k + 1]?.word ?? '')) return null;
  const writer = byWriter(words, at);
  if (writer < 0) return null;
  for (let r = k + 1; r < Math.min(words.length, k + 9); r += 1) {
    const recipient = recipientAt(words, r, readerNames);
    if (recipient?.strong || (recipient && words[r]!.word === 'your'))
      return { start: words[writer]!.start, end: words[recipient.end]!.end };
  }
  return null;
}

/** What a gift is called when it is called one. */
const GIFT_WORDS = new Set(['gift', 'present', 'keepsake', 'souvenir', 'treat', 'thank-you', 'thanks', 'token', 'gesture']);
const CLAUSE_ENDS = new Set(['and', 'but', 'so', 'if', 'when', 'because']);

/** Verbs of a thing on its way or waiting: "will arrive", "is coming", "should be with". */
const ON_ITS_WAY = new Set([
  'arrive',
  'arrives',
  'arriving',
  'reach',
  'reaching',
  'waiting',
  'coming',
  'heading',
  'headed',
  'with',
  'way',
]);
/** Containers and measures that make a subject a thing sent, not a person: "a case of", "a tray of". */
const MEASURES = new Set(
  'case box crate bottle bottles tray basket bag jar tin tub pot sack bucket carton punnet keg bunch dozen batch hamper parcel package platter bouquet selection pack packet loaf cake something surprise'.split(
    ' ',
  ),
);

/** "It will arrive at the restaurant", "a case of oil should be with your team", "lunch for the crew is coming". */
function arriving(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
  elsewhere: boolean,
): { start: number; end: number } | null {
  const way = words[at]!.word === 'way';
  // "on its way to the studio" reads as "coming": the thing named before "on".
  if (way && !(words[at - 2]?.word === 'on' && ['its', 'their'].includes(words[at - 1]?.word ?? ''))) return null;
  // "is in the post for the front desk" reads as "coming" too: the thing named before "is".
  const post =
    (words[at]!.word === 'post' || words[at]!.word === 'mail') && words[at - 1]?.word === 'the' && words[at - 2]?.word === 'in';
  const word = way || post ? 'coming' : words[at]!.word;
  if (!ON_ITS_WAY.has(word)) return null;
  const before = way ? 'is' : post ? (words[at - 3]?.word ?? '') : (words[at - 1]?.word ?? '');
  // "There's a signed copy waiting for you": the thing named after "there's", whatever comes between.
  const from = Math.max(0, at - 14);
  const found = words.slice(from, at).findIndex((w) => w.word === "there's" || w.word === 'there');
  const thereAt = found < 0 ? -1 : from + found;
  const there = (word === 'waiting' || way) && thereAt >= 0 && thereAt < at - 1;
  if (!there && !['will', 'should', 'to', 'is', 'are', 'be'].includes(before) && !before.endsWith("'ll")) return null;
  // "will be waiting for the crew": a thing left for them, not a person waiting ("I will be waiting for your call").
  if (word === 'waiting' && (words[at + 1]?.word !== 'for' || (before !== 'be' && !there))) return null;
  const subject = there ? words.slice(thereAt + 1, at) : words.slice(Math.max(0, at - 9), way ? at - 2 : post ? at - 3 : at - 1);
  const person = (w: Word) => (there ? PEOPLE_SUBJECTS.has(w.word) && w === subject[0] : YOU_WORDS.has(stem(w.word)));
  const notGift = (w: Word, k: number) => NOT_GIFTS.has(w.word) && !(w.word === 'case' && subject[k + 1]?.word === 'of');
  if (subject.some((w, k) => person(w) || notGift(w, k) || DOCUMENTS.test(w.word))) return null;
  // A person on the way ("Dana is coming to the office", "the chef will be with you"): only a thing, by its measure or its purpose.
  if (word === 'with' || word === 'coming' || word === 'heading' || word === 'headed') {
    const measured = subject.some((w) => MEASURES.has(w.word) || GIFT_WORDS.has(w.word));
    if (word === 'with' ? !measured || before !== 'be' : !measured && !subjectFor(words, at, readerNames)) return null;
    if (word !== 'with' && subjectFor(words, at, readerNames))
      return { start: words[Math.max(0, at - 6)]!.start, end: words[at]!.end };
  }
  const to = word === 'reach' || word === 'with' ? at : ['at', 'to', 'for'].includes(words[at + 1]?.word ?? '') ? at + 1 : -1;
  if (to < 0) return null;
  const recipient = recipientAt(words, to + 1, readerNames);
  if (!recipient || (!recipient.strong && elsewhere)) return null;
  return { start: words[Math.max(0, at - 2)]!.start, end: words[recipient.end]!.end };
}

/** "Lunch for the whole crew is coming": a thing for the reader's side named in the subject, with no person in it. */
function subjectFor(words: readonly Word[], at: number, readerNames: ReadonlySet<string>): boolean {
  for (let k = at - 2; k >= Math.max(0, at - 7); k -= 1) {
    if (words[k]!.word !== 'for') continue;
    const recipient = recipientAt(words, k + 1, readerNames);
    const subject = words.slice(Math.max(0, k - 8), k);
    return recipient !== null && recipient.end < at && k > 0 && !subject.some((w) => PEOPLE_SUBJECTS.has(stem(w.word)));
  }
  return false;
}
const PEOPLE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'someone', 'somebody']);

/** Subjects that are people, not things on their way: "you will arrive", "I should reach". */
const YOU_WORDS = new Set(['you', 'we', 'i', 'they', 'he', 'she']);

/** "I whittled a little spoon for you": any made thing, by a verb of the past, for the reader. */
function madeFor(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
  elsewhere: boolean,
): { start: number; end: number } | null {
  const verb = words[at]!.word;
  if (!verb.endsWith('ed') || NOT_GIVING.has(verb) || GIVE.has(verb) || !DETERMINERS.has(words[at + 1]?.word ?? '')) return null;
  // "I'm surprised, the upper valleys aren't for everyone": a new clause, not the thing made.
  if (words[at + 1]!.pause) return null;
  const writer = byWriter(words, at);
  if (writer < 0) return null;
  const end = thingEnd(words, at + 1);
  if (words[end]?.word !== 'for') return null;
  const recipient = recipientAt(words, end + 1, readerNames);
  if (!recipient || (!recipient.strong && elsewhere) || !isGift(words, at + 1, end, true)) return null;
  return { start: words[writer]!.start, end: words[recipient.end]!.end };
}

/** Visits the writer may bring a thing along on: "swing by with", "come in with", "turn up with". */
const VISIT = new Set(
  'swing swinging swung stop stopping stopped drop dropping pop popping popped come coming came turn turning show showing head heading call calling'.split(
    ' ',
  ),
);

const ALONG = new Set(['by', 'in', 'over', 'round', 'around', 'past', 'up', 'down', 'along', 'into']);

/** "I'm going to swing by Saturday morning with a box of donuts for the cellar crew": a thing brought along on a visit. */
function broughtAlong(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
  elsewhere: boolean,
): { start: number; end: number } | null {
  if (words[at]!.word !== 'with' || !DETERMINERS.has(words[at + 1]?.word ?? '')) return null;
  let visit = -1;
  for (let k = at - 1; k >= Math.max(0, at - 6); k -= 1) {
    // A visit goes somewhere: "swing by", "come in", "pop round"; not "came away with a lot of respect".
    if (VISIT.has(words[k]!.word) && ALONG.has(words[k + 1]?.word ?? '')) {
      visit = k;
      break;
    }
  }
  if (visit < 0) return null;
  const writer = byWriter(words, visit);
  if (writer < 0) return null;
  const end = thingEnd(words, at + 1);
  if (!isGift(words, at + 1, end, false)) return null;
  const recipient = recipientAfter(words, end, readerNames, (r) => r !== null && (r.strong || !elsewhere));
  return recipient ? { start: words[writer]!.start, end: words[recipient.end]!.end } : null;
}

/** Verbs that hand over a thing already named: "... and will bring it to the depot for you". */
const HAND_OVER = new Set(
  'bring bringing brought give giving gave hand handing handed send sending sent drop dropping dropped deliver delivering delivered post posting posted leave leaving left pass passing passed'.split(
    ' ',
  ),
);

/**
 * "I framed a print of the harbour photo and will bring it to the depot for you": a thing of the
 * writer's craft, then handed to the reader's side by a pronoun later in the same sentence.
 */
function craftedThenHanded(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
  elsewhere: boolean,
): { start: number; end: number } | null {
  if (!CRAFT.has(words[at]!.word) || !DETERMINERS.has(words[at + 1]?.word ?? '')) return null;
  const writer = byWriter(words, at);
  if (writer < 0) return null;
  const end = thingEnd(words, at + 1);
  if (!isGift(words, at + 1, end, true)) return null;
  for (let k = end; k < Math.min(words.length - 2, end + 14); k += 1) {
    if (!HAND_OVER.has(words[k]!.word) || !['it', 'them', 'one'].includes(words[k + 1]!.word)) continue;
    const recipient = recipientAfter(words, k + 2, readerNames, (r) => r !== null && (r.strong || !elsewhere));
    return recipient ? { start: words[writer]!.start, end: words[recipient.end]!.end } : null;
  }
  return null;
}

const NUMBERS = new Set(['two', 'three', 'four', 'five', 'six']);

/** "Cut you a keychain", "I'll buy you a coffee": any verb with "you" and a thing, the grammar of giving. */
function forYou(words: readonly Word[], at: number): { start: number; end: number } | null {
  const verb = words[at]!.word;
  if (words[at + 1]?.word !== 'you' || NOT_GIVING.has(verb) || GIVE.has(verb) || !/^[a-z]+$/.test(verb)) return null;
  const writer = byWriter(words, at);
  if (writer < 0) return null;
  const thing = at + 2;
  const first = words[thing];
  // "you two", "you three": the reader addressed, not a thing counted.
  if (!first || first.pause || !DETERMINERS.has(first.word) || NUMBERS.has(first.word)) return null;
  const end = thingEnd(words, thing);
  return isGift(words, thing, end, true) ? { start: words[writer]!.start, end: words[end - 1]!.end } : null;
}

function sentenceHit(
  words: readonly Word[],
  readerNames: ReadonlySet<string>,
  elsewhere: boolean,
): { start: number; end: number } | null {
  for (let at = 0; at < words.length; at += 1) {
    const outright =
      saidOutright(words, at) ??
      namedGift(words, at) ??
      paidFor(words, at, readerNames) ??
      arriving(words, at, readerNames, elsewhere) ??
      hadSent(words, at, readerNames, elsewhere) ??
      freeOffer(words, at, elsewhere) ??
      heldForYou(words, at) ??
      forYou(words, at) ??
      madeFor(words, at, readerNames, elsewhere) ??
      craftedThenHanded(words, at, readerNames, elsewhere) ??
      broughtAlong(words, at, readerNames, elsewhere);
    if (outright) return outright;
    const word = words[at]!.word;
    if (!GIVE.has(word)) continue;
    const writer = byWriter(words, at);
    if (writer < 0) continue;
    let after = at + 1;
    if (ON_ITS_WAY_PARTICLES.has(words[after]?.word ?? '') && (POST.has(word) || word.startsWith('sen'))) after += 1;
    const particle = PARTICLE.get(word);
    // "dropped two dozen doughnuts off at the depot": the particle after the thing.
    const late = particle === undefined || words[after]?.word === particle ? -1 : particleAfter(words, after, particle);
    if (particle !== undefined && late < 0) {
      if (words[after]?.word === particle) after += 1;
      // "put a bag of beans in the post for you": sent, as posting is.
      else if (word.startsWith('whip') || (word.startsWith('put') && !inThePost(words, after))) continue;
    }
    const craft = CRAFT.has(word);
    const counts = (recipient: Recipient | null) => recipient !== null && (recipient.strong || !elsewhere);
    // "baked you a loaf", "got the team some flowers", "treated everyone to lunch"
    const first = recipientAt(words, after, readerNames);
    if (first && counts(first)) {
      let thing = first.end + 1;
      if (words[thing]?.word === 'to' && word.startsWith('treat')) thing += 1;
      // "picked you up a bottle of bay rum": the particle after the recipient.
      if (particle !== undefined && words[thing]?.word === particle) thing += 1;
      const next = words[thing]?.word ?? '';
      const end = thingEnd(words, thing);
      // "send you the details", "get you the forms": what is passed on, not given ("sent you a plant").
      const passedOn = next === 'the' && (word.startsWith('se') || word.startsWith('g'));
      const own = craft || (MAIL.has(word) && (next === 'my' || next === 'our'));
      if (
        !passedOn &&
        (DETERMINERS.has(next) || own || (next.endsWith('s') && !STOPS.has(next))) &&
        isGift(words, thing, end, own)
      )
        return { start: words[writer]!.start, end: words[Math.max(end - 1, first.end)]!.end };
      continue;
    }
    // "ordered mugs for everyone", "dropped off a tray at the front desk", "had a print made for your office"
    let end = late >= 0 ? late : thingEnd(words, after);
    // "drop them in the post for you", "posted it to your office": a thing sent by hand or post.
    const posted = POST.has(word);
    if (
      posted &&
      words[end]?.word === 'in' &&
      words[end + 1]?.word === 'the' &&
      ['post', 'mail'].includes(words[end + 2]?.word ?? '')
    )
      end += 3;
    // After a late particle the recipient follows it: "dropped them off at the desk".
    const from = late >= 0 ? late + 1 : end;
    const to = words[from]?.word ?? '';
    // "bring my experience to your team" is a figure of speech; "bring pastries for the team" is not.
    if ((!TO.has(to) && to !== 'from') || (to !== 'for' && word.startsWith('br'))) continue;
    const recipient = recipientAfter(words, from, readerNames, counts);
    const pronoun =
      (end === after + 1 || (end === after + 4 && words[after + 1]?.word === 'in')) &&
      PRONOUN_THINGS.has(words[after]!.word) &&
      !PERSONS.has(words[after]!.word);
    // Sent to a place of theirs by post or by hand (not "leave it with you", which is a figure).
    const toPlace = posted && recipient !== null && (words[from + 1]?.word !== 'you' || !word.startsWith('le'));
    if (counts(recipient) && (isGift(words, after, end, craft) || (pronoun && toPlace)))
      return { start: words[writer]!.start, end: words[recipient!.end]!.end };
  }
  return null;
}

/**
 * The recipient of the phrase at `at` or of one of the next two: "a jar of honey from my hives at
 * the front desk for you" names where the thing came from and where it was left before whom it is for.
 */
function recipientAfter(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
  counts: (recipient: Recipient | null) => boolean,
): Recipient | null {
  let phrase = at;
  for (let n = 0; n < 3 && phrase < words.length; n += 1) {
    const preposition = words[phrase]!.word;
    if (!TO.has(preposition) && preposition !== 'from') return null;
    const recipient = preposition === 'from' ? null : recipientAt(words, phrase + 1, readerNames);
    if (counts(recipient)) return recipient;
    phrase = thingEnd(words, phrase + 1);
  }
  return null;
}

/** Where `particle` closes the thing that starts at `at` ("two dozen doughnuts off"), or -1. */
function particleAfter(words: readonly Word[], at: number, particle: string): number {
  for (let k = at + 1; k < Math.min(words.length, at + 7); k += 1) {
    if (words[k]!.word === particle) return k;
    if (STOPS.has(words[k]!.word) || words[k]!.pause) return -1;
  }
  return -1;
}

/** "in the post" or "in the mail" a few words after `at`. */
function inThePost(words: readonly Word[], at: number): boolean {
  for (let k = at; k < Math.min(words.length - 2, at + 10); k += 1)
    if (words[k]!.word === 'in' && words[k + 1]!.word === 'the' && ['post', 'mail'].includes(words[k + 2]!.word)) return true;
  return false;
}

/** What the sure shapes' "sent ... to your office" may carry that is no gift. */
const NO_GIFT_SENT = new Set(
  'email e-mail emails message messages voicemail mistake mistakes reply response contract contracts offer keys key badge laptop availability update answer answers details information info invoice receipt trip journey handout handouts printout printouts material materials packet packets summary draft agenda minutes back'.split(
    ' ',
  ),
);

/**
 * Whether a gift the sure shapes found names what is no gift: a message, a slip, a thing sent
 * back ("made a mistake in my last email to you", "sent the signed offer back to your office").
 */
export function namesNoGift(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .some((word) => NO_GIFT_SENT.has(word));
}

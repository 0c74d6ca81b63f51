// Slips Harper 2.10 does not see, found here as lints of its own shape so that harper-map.ts
// treats them like Harper's. Harper's ModalOf catches "could of asked" but not the same slip with
// a word between: "could not of asked", "should never of said" ("wouldn't of" it finds itself).
// Nor does it see the -ing form where the writer says how they feel: "I am very interesting in
// this work" for "interested in", "I was exciting about the role". Nor "they was" or "between you
// and I", "looking forward to hear from you" (a verb where "to" is a preposition), or "I think
// it make sense" (a verb without its -s after "it", "he" or "she").
import type { RawLint } from './harper-map.js';
import { slipLints } from './grammar-slips.js';
import { GRAMMAR_DETAILS } from './messages.js';

/** A modal, a negation, then "of" where "have" belongs. Bounded alternations: linear in the text. */
const NEGATED_MODAL_OF = /\b(could|would|should|might|must)(\s+(?:not|never))(\s+)of\b/gi;

/**
 * "of" for "have" after a modal or a 'd contraction, before a past participle: "I'd of replied",
 * "could of asked", "would've of been", "she'd of known". Harper finds some of these itself
 * (ModalOf); the rest are found here, and where both find one it is reported once. The
 * participle is what makes "of" the slip: "the kind of", "most of them", "I'd of course be glad"
 * keep their "of". A word in -ed, or an irregular participle, perhaps after one adverb.
 */
const MODAL_OF =
  /\b((?:could|would|should|might|must|may)(?:['\u2019]ve)?|(?:I|you|he|she|we|they|it|who|that|there)['\u2019]d)(\s+)of(?=\s+(?:(?:really|never|definitely|probably|also|just|certainly|gladly|happily|surely|already)\s+)?(?:[a-z]{2,}ed|been|done|gone|seen|known|shown|given|taken|written|spoken|driven|chosen|forgotten|gotten|got|had|made|said|told|thought|brought|bought|sent|spent|met|heard|left|felt|kept|found|lost|come|become|begun|put|let|meant|paid|caught|taught|held|led|won|drawn|grown|thrown|fallen|broken|understood|run|read|sat|stood)\b)/giu;

/**
 * The writer ("I am", "I'm", "we were", "I feel"), perhaps a degree word, then a participle of
 * feeling in -ing, then the preposition its -ed form takes: "interesting in", "exciting about",
 * "surprising by". The -ing form there says what the writer is to others, and with that
 * preposition it is the slip. "I am worrying about" (a verb in progress) is not among them.
 */
const FEELING_ING =
  /\b(?:I(?:\s+am|['\u2019]m|\s+was|\s+feel|\s+felt)|we(?:\s+are|['\u2019]re|\s+were))\s+(?:(?:very|really|so|quite|truly|extremely|most|deeply|genuinely|all|both)\s+){0,2}(interest|excit|thrill|bor|confus|surpris|disappoint|fascinat|amaz|exhaust|overwhelm|embarrass|annoy|frighten|inspir|encourag)ing(\s+(?:in|about|by))\b/gi;

/**
 * "weather" where "whether" belongs: in the slot of the conjunction, after a word of knowing,
 * asking or deciding ("not sure weather", "let me know weather", "wondering weather", "decide
 * weather") or before "or not". The noun ("the weather", "weather permitting") and the verb ("to
 * weather the busy season") stand elsewhere and are left be.
 */
const WEATHER_FOR_WHETHER =
  /\b(?:(sure|unsure|know|knew|known|ask|asked|asking|wonder|wondered|wondering|decide|decided|deciding|see|check|checking|confirm|tell|clear|idea|question|doubt|curious|certain|find out|learn)(\s+)(weather)\b|(weather)(?=\s+or\s+not\b))/giu;

/**
 * "you're" where "your" belongs: after a preposition or a verb that takes an object, a noun
 * follows, and "for you are time" is no English ("thank you for you're time", "appreciate
 * you're help", "look forward to you're reply"). "if you're free", "when you're back" are "you are".
 */
const YOURE_FOR_YOUR =
  /\b(?:for|about|to|with|of|on|in|at|from|by|into|during|through|under|appreciate|appreciated|enjoyed|valued?|meet|met|join|joining)\s+(you['\u2019]re)\b/giu;

/**
 * A homophone in a fixed phrase: "grate" where "great" belongs, before the nouns and verbs
 * "great" goes with in these notes ("a grate fit", "a grate deal", "grate to meet you"). The
 * kitchen's grate ("clean the grate", "grated cheese") stands elsewhere.
 */
const GRATE_FOR_GREAT =
  /\b(grate)(?=\s+(?:fit|deal|opportunity|pleasure|chance|experience|conversation|team|place|match|addition|question|questions|insights?|time|day|job|work|news|honou?r|interest|to\s+(?:meet|hear|talk|speak|see|learn|work)))/giu;

/**
 * "was" after a plural subject pronoun: "they was there", "we was told". Harper 2.10 lets it pass.
 * "you was" is left to dialect and quotation.
 */
const PLURAL_WAS = /\b(?:they|we)\s+(was)\b/giu;

/**
 * "each of" and a plural verb right after its noun: "each of the technicians have a pager",
 * "each of them are". "Each" is the subject, so the verb is singular ("has", "is", "was"). One
 * or two words may stand between "of the" and the verb ("each of the senior engineers have"),
 * but not a pronoun, a relative word or a verb of their own, where a clause begins whose
 * verb agrees with its own subject: "each of the people I have met", "each of the teams that
 * were there", "each of the ones we were shown".
 */
const EACH_OF_PLURAL =
  /\b[Ee]ach\s+of\s+(?:the|my|our|your|his|her|their|these|those|them|us|you)(?:\s+(?!(?:[Ii]|you|we|they|he|she|it|who|whom|that|which|whose|where|when|i've|we've|you've|they've|had|have|has|is|are|was|were|do|did|would|could|should|will|can|may|might|must)\b)\p{L}[\p{L}'\u2019-]*){0,2}\s+(have|are|were)\b/gu;

/**
 * "very" straight before "looking forward": "I am very looking forward to it". "Very" goes
 * with adjectives and adverbs, not with a verb in -ing: "very much looking forward".
 */
const VERY_LOOKING = /\b(very)(\s+)(looking\s+forward)\b/giu;

/** The singular of the plural verbs EACH_OF_PLURAL finds. */
const EACH_SINGULAR: Readonly<Record<string, string>> = { have: 'has', are: 'is', were: 'was' };

/** "between you and I": after a preposition the pronoun is "me". */
const BETWEEN_YOU_AND_I = /\b[Bb]etween\s+you\s+and\s+(I)\b/gu;

/**
 * The verbs these notes put where a noun or an -ing form belongs: hearing, meeting and working
 * with someone, and what a candidate does in a job. Their plain forms, and the -ing form of each.
 */
const PLAIN_VERBS: ReadonlyMap<string, string> = new Map(
  [
    'hear hearing',
    'meet meeting',
    'speak speaking',
    'talk talking',
    'work working',
    'receive receiving',
    'learn learning',
    'join joining',
    'discuss discussing',
    'see seeing',
    'continue continuing',
    'contribute contributing',
    'be being',
    'get getting',
    'start starting',
    'help helping',
    'connect connecting',
    'chat chatting',
    'share sharing',
    'collaborate collaborating',
    'support supporting',
    'apply applying',
    'grow growing',
    'build building',
    'serve serving',
    'bring bringing',
    'catch catching',
    'reconnect reconnecting',
    'visit visiting',
    'take taking',
    'make making',
    'have having',
    'know knowing',
    'find finding',
    'stay staying',
  ].map((pair) => pair.split(' ') as [string, string]),
);

/**
 * "look forward to" and a plain verb: "I'm looking forward to hear from you", "we look forward
 * to work with you". "to" there is a preposition, so a noun or an -ing form follows ("to your
 * reply", "to hearing"); a plain verb is the slip. The word may be a noun only where "the",
 * "a" or "your" stands before it, which this shape does not match.
 */
const FORWARD_TO_PLAIN = /\b(?:look|looks|looking|looked)\s+forward\s+to\s+(\p{Ll}+)\b/gu;

/**
 * The plain form of a verb as a present tense after "it", "he" or "she": "I think it make a lot
 * of sense", "she have been there". Only verbs whose past is not their plain form ("it fit" is
 * a past), and not where the pronoun is the object of a verb that takes the plain form after it
 * ("let it make", "made him go", "helps her do"), after a modal or "to" ("would it make", "does
 * it seem", "to have it work"), or in a subjunctive ("that he go"): those are right. Lower case
 * or a capital only: "IT work" is a trade's work.
 */
const PRONOUN_PLAIN =
  /\b([Ii]t|[Hh]e|[Ss]he)\s+(make|have|do|go|take|give|seem|look|sound|work|mean|need|want|come|feel|run|show|say|remain|become|depend|matter|help)\b(?![-'\u2019]|\s+not\b)/gu;

/** The word before `at`, on its line, with its apostrophe ("doesn't"), lower case; the straight apostrophe. */
function wordBefore(text: string, at: number): string | undefined {
  const word = /(\p{L}+(?:['\u2019]\p{L}+)?)[ \t]+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  return word?.toLowerCase().replace(/\u2019/gu, "'");
}

/** Words after which "it make", "he have" are right: verbs taking a plain form after their object, modals, "to", "that". */
const PLAIN_AFTER = new Set(
  "let lets letting make makes made making help helps helped helping have has had having see sees saw seen watch watches watched hear hears heard feel feels felt notice noticed will would can could should shall may might must do does did to that lest don't doesn't didn't won't wouldn't can't couldn't shouldn't".split(
    ' ',
  ),
);

/** The -s present of a plain verb: "make" -> "makes", "have" -> "has", "do" -> "does", "go" -> "goes". */
function withS(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === 'have') return 'has';
  if (lower === 'do' || lower === 'go') return `${verb}es`;
  return `${verb}s`;
}

/** Lints for the slips Harper misses, in the order they occur; `harper`'s own are not found twice. */
export function missedLints(text: string, harper: readonly RawLint[] = []): RawLint[] {
  const lints: RawLint[] = [];
  for (const match of text.matchAll(MODAL_OF)) {
    const [whole, modal, space] = match as unknown as [string, string, string];
    const start = match.index;
    const end = start + whole.length;
    if (harper.some((lint) => lint.rule === 'ModalOf' && lint.start < end && lint.end > start)) continue;
    // "would've of" is "would have": the slip doubles the "have" it already holds.
    const have = modal.replace(/['\u2019]ve$/u, '');
    lints.push({
      start,
      end,
      rule: 'ModalOf',
      kind: 'WordChoice',
      message: GRAMMAR_DETAILS.modalHaveOf,
      problem: whole,
      suggestions: [`${have}${space}have`],
    });
  }
  for (const match of text.matchAll(NEGATED_MODAL_OF)) {
    const [whole, modal, negation, space] = match as unknown as [string, string, string, string];
    lints.push({
      start: match.index,
      end: match.index + whole.length,
      rule: 'ModalOf',
      kind: 'WordChoice',
      message: GRAMMAR_DETAILS.modalOf,
      problem: whole,
      suggestions: [`${modal}${negation}${space}have`],
    });
  }
  for (const match of text.matchAll(FEELING_ING)) {
    const [whole, stem, after] = match as unknown as [string, string, string];
    const word = `${stem}ing`;
    // "interesting in" fits only "in"; "exciting about", "surprising by" their own words.
    if ((stem.toLowerCase() === 'interest') !== /in$/iu.test(after)) continue;
    const start = match.index + whole.length - after.length - word.length;
    lints.push({
      start,
      end: start + word.length,
      rule: 'FeelingParticiple',
      kind: 'Grammar',
      message: GRAMMAR_DETAILS.feelingParticiple,
      problem: word,
      suggestions: [`${stem}ed`],
    });
  }
  for (const match of text.matchAll(WEATHER_FOR_WHETHER)) {
    const word = match[3] ?? match[4]!;
    const start = match.index + match[0].length - word.length;
    lints.push({
      start,
      end: start + word.length,
      rule: 'WeatherWhether',
      kind: 'Spelling',
      message: GRAMMAR_DETAILS.weatherWhether,
      problem: word,
      suggestions: [word[0] === 'W' ? 'Whether' : 'whether'],
    });
  }
  for (const match of text.matchAll(YOURE_FOR_YOUR)) {
    const word = match[1]!;
    const start = match.index + match[0].length - word.length;
    lints.push({
      start,
      end: start + word.length,
      rule: 'YoureYour',
      kind: 'Grammar',
      message: GRAMMAR_DETAILS.youreYour,
      problem: word,
      suggestions: [word[0] === 'Y' ? 'Your' : 'your'],
    });
  }
  for (const match of text.matchAll(GRATE_FOR_GREAT)) {
    const word = match[1]!;
    lints.push({
      start: match.index,
      end: match.index + word.length,
      rule: 'GrateGreat',
      kind: 'Spelling',
      message: GRAMMAR_DETAILS.grateGreat,
      problem: word,
      suggestions: [word[0] === 'G' ? 'Great' : 'great'],
    });
  }
  for (const match of text.matchAll(PLURAL_WAS)) {
    const start = match.index + match[0].length - 3;
    lints.push({
      start,
      end: start + 3,
      rule: 'PluralWas',
      kind: 'Agreement',
      message: GRAMMAR_DETAILS.pluralWas,
      problem: match[1]!,
      suggestions: ['were'],
    });
  }
  for (const match of text.matchAll(EACH_OF_PLURAL)) {
    const verb = match[1]!;
    const start = match.index + match[0].length - verb.length;
    lints.push({
      start,
      end: start + verb.length,
      rule: 'EachOfPlural',
      kind: 'Agreement',
      message: GRAMMAR_DETAILS.eachOfSingular,
      problem: verb,
      suggestions: [EACH_SINGULAR[verb]!],
    });
  }
  for (const match of text.matchAll(VERY_LOOKING)) {
    const [whole, very, space, looking] = match as unknown as [string, string, string, string];
    lints.push({
      start: match.index,
      end: match.index + whole.length,
      rule: 'VeryLooking',
      kind: 'Grammar',
      message: GRAMMAR_DETAILS.veryMuchLooking,
      problem: whole,
      suggestions: [`${very}${space}much ${looking.replace(/\s+/gu, ' ')}`],
    });
  }
  for (const match of text.matchAll(BETWEEN_YOU_AND_I)) {
    const start = match.index + match[0].length - 1;
    lints.push({
      start,
      end: start + 1,
      rule: 'BetweenYouAndI',
      kind: 'Grammar',
      message: GRAMMAR_DETAILS.betweenYouAndMe,
      problem: 'I',
      suggestions: ['me'],
    });
  }
  for (const match of text.matchAll(FORWARD_TO_PLAIN)) {
    const verb = match[1]!;
    const ing = PLAIN_VERBS.get(verb);
    if (ing === undefined) continue;
    const start = match.index + match[0].length - verb.length;
    lints.push({
      start,
      end: start + verb.length,
      rule: 'ForwardToIng',
      kind: 'Grammar',
      message: GRAMMAR_DETAILS.forwardToIng,
      problem: verb,
      suggestions: [ing],
    });
  }
  for (const match of text.matchAll(PRONOUN_PLAIN)) {
    const [whole, , verb] = match as unknown as [string, string, string];
    const before = wordBefore(text, match.index);
    if (before !== undefined && PLAIN_AFTER.has(before)) continue;
    const start = match.index + whole.length - verb.length;
    lints.push({
      start,
      end: start + verb.length,
      rule: 'ThirdPersonS',
      kind: 'Agreement',
      message: GRAMMAR_DETAILS.thirdPersonS,
      problem: verb,
      suggestions: [withS(verb)],
    });
  }
  lints.push(...slipLints(text));
  return lints.sort((a, b) => a.start - b.start);
}

// tone-scathing's last broad test: scorn that uses no device of its own, found by the kinds of
// cue it piles into one sentence. A sincere sentence of a follow-up note rarely holds more than
// one of these; a sour one holds several: a hedged stance ("I suppose", "apparently", "I'm
// told"), a minimiser ("at least", "even", "only"), a count held up ("four seconds", "three
// reschedules"), an ironic measure ("as slow as", "a record even for", "in the way a dentist
// appointment is"; a record set, not "the record" a court keeps), a grievance word ("silence",
// "bother", "luck ... need it"), an insinuation ("which says a lot") or a refusal ("I'm not sure
// I'd want to"). An insinuation or a refusal, or two kinds of which one is a stance or a
// measure, with no thanks or praise there, is a warning.

import { compiledAtOnce } from '../phrase-list.js';

/** Each kind of cue, tried on the lower-cased sentence with straight apostrophes. */
const CUES: ReadonlyArray<readonly [kind: string, pattern: RegExp]> = [
  [
    'stance',
    /\b(?:i(?:'ll|\s+will|'d|\s+had|\s+would)?\s+(?:suppose|guess|assume|assumed|gather|presume|take\s+it|imagine|hear|have\s+thought|must\s+say)|i\s+(?:wasn't|was\s+not|am\s+not|'m\s+not)\s+aware|i\s+(?:can\s+)?see\s+why|needless\s+to\s+say|to\s+be\s+fair|^honestly,|frankly|certainly|hopefully|^well,|i(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been)\s+told|apparently|evidently|clearly|obviously|presumably|supposedly|so-called|of\s+course|naturally)\b/,
  ],
  [
    'minimiser',
    /(?<![\w-])(?:at\s+least|even|only|merely|barely|hardly|a\s+mere|all\s+of|at\s+most|all\s+i\s+(?:got|heard|received|had)|a\s+(?:little|bit|tad)\s+more|so\s+much\s+as|the\s+least)\b/,
  ],
  [
    'count',
    /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|ninety)[\s-]+(?:seconds?|minutes?|hours?|times|reschedules?|cancell?ations|e-?mails|calls|weeks|months|rounds)\b|\b(?:twice|three\s+times|several\s+times|more\s+than\s+once|yet\s+again)\b/,
  ],
  [
    'measure',
    /\bas\s+(?:slow|quick|fast|warm|long|short|organi[sz]ed|useful|helpful|professional|interesting|welcoming|responsive|reliable|clear|friendly)\s+as\b|\bin\s+the\s+(?:same\s+)?way\s+(?:a|an|that)\b|\b(?:a|a\s+new|set\s+the)\s+record\b(?!\s+(?:of|for\s+(?:the|each|every|my|our|your)|book|keeper|keeping|label|store|player|number|check|straight|clear)\b)|\beven\s+(?:for|by)\s+(?:a|an|the|your)\b|\b(?:less|more|fewer)\s+(?:\w+\s+)?than\s+(?:me|i|mine|my)\b(?!'m\s+used|\s+am\s+used|\s+was\s+used|'ve\s+(?:had|seen|done)|\s+expected|'d\s+expected)|\bfor\s+(?:a|an)\s+(?:\w+-)?(?:minute|second|hour)\b|\babout\s+as\s+\w+\s+as\b|\b(?:better|worse|quicker|slower|faster)\s+at\s+[^.!?]{1,30}?\s+than\s+(?:i|me)\b|\bmore\s+about\s+[^.!?]{1,30}?\s+than\s+(?:about\s+)?(?:the|my|me|i)\b|\bnot\s+many\s+(?:places|companies|firms|people|employers|teams|shops|schools|clinics)\s+(?:manage|would|could|can)\b|\ba\s+(?:bold|brave|curious|novel|interesting)\s+(?:choice|approach|decision|strategy|way)\b|\b(?:busy|important|keen|interested)\s+for\s+someone\s+who\b|\bin\s+(?:her|his|their|its)\s+own\s+way\b/,
  ],
  [
    'grievance',
    /\b(?:silence|bother(?:ed|ing)?|complain(?:ing|t)?|surplus|luck|need\s+it|shame|pity|wasted|reschedul\w*|cancell?ed|no-show|forgot(?:ten)?|drove|on\s+hold|stood\s+up|kept\s+waiting|waited|los(?:e|t|ing)\s+(?:my|a|the|candidates?|people|track)|shock|courtesy|too\s+much\s+to\s+ask|asking\s+too\s+much|no\s+thanks|without\s+(?:looking|reading|checking|asking|opening|a\s+word)|disagree\w*)\b/,
  ],
  [
    'insinuation',
    /\bwhich\s+(?:says|said|speaks|tells\s+(?:me|you))\s+(?:a\s+lot|it\s+all|everything|volumes|plenty)\b|\bspeaks\s+volumes\b|\bsays\s+it\s+all\b|\bwhich\s+is\s+telling\b|\btells\s+you\s+(?:something|all)\b|\bdraw\s+(?:your|my)\s+own\s+conclusions\b|\bi'll\s+say\s+no\s+more\b|\bfor\s+(?:at\s+least\s+)?one\s+of\s+us\b|\bwhich\s+i(?:'m|\s+am)\s+(?:told|sure|assured)\b/,
  ],
  [
    'refusal',
    /\b(?:not\s+sure|don't\s+know\s+(?:if|whether)|doubt)\s+i(?:'d|\s+would)\s+(?:\w+\s+)?(?:want|fit|enjoy|last|stay|thrive)\b|\bknow\s+(?:better\s+than\s+)?not\s+to\b|\bnever\s+again\b|\b(?:doubt|won't|will\s+not|not)\s+(?:i'll\s+|i\s+will\s+|i'd\s+|i\s+would\s+)?(?:be\s+)?(?:applying|apply|coming\s+back|returning|reapplying)\b|\b(?:they'll|they\s+will|you'll|you\s+will|he'll|she'll)\s+(?:need\s+it|have\s+to\s+be)\b|\bi(?:'d|\s+would)\s+(?:not|n't)\s+want\s+to\b/,
  ],
];

/** The cues compiled so far (cueIn). */
const compiled = new Set<RegExp>();

/**
 * Whether the cue `pattern` is in `text`. Each cue compiles to machine code on its first test
 * (phrase-list.ts's compiledAtOnce): tried on one sentence after another, a cue was compiled
 * twice, to bytecode for its first sentence and to machine code for its second, and the bytecode
 * of the four long ones alone cost every `regen` about 10 million instructions (callgrind, Node
 * 24 and 20).
 */
function cueIn(pattern: RegExp, text: string): boolean {
  if (!compiled.has(pattern)) {
    compiledAtOnce(pattern);
    compiled.add(pattern);
  }
  return pattern.test(text);
}

/** Kinds that say the sour thing outright: one is enough. */
const OUTRIGHT = new Set(['insinuation', 'refusal']);
/** Kinds that are often plain fact ("only two hours", "I waited"): these alone, however many, are not enough. */
const FACTUAL = new Set(['minimiser', 'count', 'grievance']);

/** Thanks, praise or warmth in the sentence: then its cues are a story told kindly. */
const WARM =
  /\b(?:thank(?:s|ed|ing)?|enjoy(?:ed|ing)?|glad|grateful|appreciat\w*|kind(?:ly|ness)?|lovely|great|wonderful|helpful|welcom\w*|excit\w*|lov(?:e|ed|ing)|learn(?:ed|t|ing)?|pleasure|happy|worth\s+(?:it|every)|impress\w*|useful\s+notes|generous|fun|inspir\w*|best\s+part)\b/;

/** Thanks that refuse or sneer: "thanks but no thanks", "I should thank you for the practice". */
const SOUR_THANKS =
  /\bthanks\s+but\s+no\s+thanks\b|\bno\s+thanks\b|\bshould\s+(?:probably\s+)?thank\b|,?\s*but\s+thanks\s*[.!]?$/g;

/** The kinds of cue in a sentence, or null when it is warm. */
export function cueKinds(sentence: string): readonly string[] | null {
  const text = sentence.toLowerCase().replace(/\u2019/g, "'");
  if (WARM.test(text.replace(SOUR_THANKS, ''))) return null;
  return CUES.filter(([, pattern]) => cueIn(pattern, text)).map(([kind]) => kind);
}

/** Whether a sentence piles up enough kinds of cue to read as scorn. */
export function piledCues(sentence: string): boolean {
  const text = sentence.toLowerCase().replace(/\u2019/g, "'");
  if (WARM.test(text.replace(SOUR_THANKS, ''))) return false;
  // cueKinds' answer, asking only the cues that can still change it: every cue RegExp compiles on
  // its first run in a fresh process, and `regen` checks one note, so a pattern never run costs
  // nothing. An outright cue decides at once; without a stance or a measure the factual ones
  // cannot tip it, so they run only when one of those is there.
  if (CUES.some(([kind, pattern]) => OUTRIGHT.has(kind) && cueIn(pattern, text))) return true;
  const telling = CUES.filter(([kind, pattern]) => !OUTRIGHT.has(kind) && !FACTUAL.has(kind) && cueIn(pattern, text)).length;
  if (telling === 0) return false;
  return telling >= 2 || CUES.some(([kind, pattern]) => FACTUAL.has(kind) && cueIn(pattern, text));
}

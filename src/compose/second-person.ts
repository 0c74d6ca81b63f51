// A clause about the reader, typed in the third person ("he grew up in Durban and still follows
// the Sharks"), turned to the second, since the note is to that very person: every verb whose
// subject is the reader agrees with "you" ("you grew up in Durban and still follow the Sharks"),
// and the reader's pronouns become "you" and "your" ("she coached her daughter's team" -> "you
// coached your daughter's team"). Only the pronouns of the reader's own gender turn ("she met
// him at ..." keeps "him"); a verb after "and" or "but" turns only where it is surely a verb
// (after an adverb, a verb people type, or one with an object), so "she keeps bees and chickens"
// keeps its chickens.

/** The pronouns of one reader, by the word a detail opens with. */
const PRONOUNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  she: { she: 'you', her: 'your', hers: 'yours', herself: 'yourself' },
  he: { he: 'you', him: 'you', his: 'your', himself: 'yourself' },
  they: { they: 'you', them: 'you', their: 'your', theirs: 'yours', themselves: 'yourself', themself: 'yourself' },
};

/** Third-person verbs that change with "you". */
const AGREEING: Readonly<Record<string, string>> = { has: 'have', is: 'are', was: 'were', does: 'do' };

/** Words that may stand between the subject and its verb ("she still runs"). */
const ADVERBS = new Set(['always', 'often', 'still', 'also', 'once', 'now', 'recently', 'sometimes', 'usually', 'even', 'never']);

const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);

/** Verbs people type about someone, whose -s form is as often a plural noun elsewhere ("plays", "runs"). */
const KNOWN_VERBS = new Set(
  (
    'follows supports plays coaches runs loves likes enjoys lives works teaches volunteers sings writes rides cycles ' +
    'swims climbs paints bakes brews collects keeps raises trains competes reads travels speaks studies mentors leads ' +
    'chairs organises organizes hosts manages owns goes makes takes gets spends walks hikes sails grows knits cooks ' +
    'dances watches roots cheers commutes cares serves helps knows misses visits fosters rescues restores builds ' +
    'designs drives flies referees directs moves'
  ).split(' '),
);

/** What may follow a verb as its object, so the word before is surely a verb ("and follows the Sharks"). */
const OBJECT_START = /^(the|a|an|his|her|their|its|my|our|your|him|them|it|this|that|these|those|some|every|each|all|\d+)$/i;

/** Words after "her" that show it is the object ("coached her for years"), not a possessive ("her team"). */
const NOT_A_NOUN = new Set(
  'and but or at in on for to with from by about as when while after before since through during into over up out'.split(' '),
);

/** A present-tense verb after "she" or "he", as it reads after "you" ("restores" -> "restore"). */
function withYou(verb: string): string {
  const lower = verb.toLowerCase();
  if (Object.hasOwn(AGREEING, lower)) return AGREEING[lower]!;
  if (!/^[a-z]{3,}s$/.test(lower) || lower.endsWith('ss')) return verb;
  if (lower.endsWith('ies')) return `${verb.slice(0, -3)}y`;
  if (/(ch|sh|x|z|ss|[^e]o)es$/.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** "she's been" -> "you've been", "she's a nurse" -> "you're a nurse", with the apostrophe typed. */
function contracted(mark: string, rest: string, next: string | undefined): string {
  if (rest === 'd' || rest === 'll' || rest === 've') return `you${mark}${rest}`;
  const participle = next !== undefined && /^(been|got|gone|done|had|seen|taken|made|won|run|[a-z]+ed)$/i.test(next);
  return rest === 's' && participle ? `you${mark}ve` : `you${mark}re`;
}

const bare = (word: string) => word.toLowerCase().replace(/[,;:]+$/u, '');

/** How sure the coach is that the word it looks at is the reader's verb. */
type Expect = 'verb' | 'maybe-verb' | null;

/**
 * `words` with the reader turned to "you". `reader` names the pronouns that are the reader's
 * ("she", "he", "they"), or null when the detail opens with its verb and names no pronoun;
 * `verbFirst` says the first word is the reader's verb.
 */
export function toSecondPerson(words: readonly string[], reader: string | null, verbFirst: boolean): string[] {
  const pronouns = reader === null ? {} : PRONOUNS[reader]!;
  const out = [...words];
  // What the next word is: the reader's verb ("she runs"), perhaps one ("and runs"), or neither.
  let expect: Expect = verbFirst ? 'verb' : null;
  // The words of the reader's last clause, so "he runs and swims" turns both verbs.
  let clauseLength = 0;
  for (let i = 0; i < out.length; i++) {
    const word = out[i]!;
    const key = bare(word);
    const tail = word.slice(key.length);
    const contraction = /^(she|he|they)(['\u2019])(s|d|ll|ve|re)$/.exec(key);
    if (contraction && contraction[1] === reader) {
      out[i] = contracted(contraction[2]!, contraction[3]!, out[i + 1]) + tail;
      expect = null;
      clauseLength = 1;
    } else if (Object.hasOwn(pronouns, key)) {
      const object = key === 'her' && (i + 1 >= out.length || tail !== '' || NOT_A_NOUN.has(bare(out[i + 1]!)));
      out[i] = (object ? 'you' : pronouns[key]!) + tail;
      expect = key === reader && reader !== 'they' ? 'verb' : null;
      clauseLength = 0;
    } else if (expect !== null && ADVERBS.has(key) && i + 1 < out.length) {
      expect = 'verb';
    } else if (expect !== null) {
      if (expect === 'verb' || Object.hasOwn(AGREEING, key) || sureVerb(key, out, i, clauseLength)) out[i] = withYou(key) + tail;
      expect = null;
      clauseLength = 1;
    } else if (COORDINATORS.has(key) && reader !== 'they' && clauseLength > 0) {
      // "and still follows", "but is": the same subject goes on, unless a new one is named.
      expect = 'maybe-verb';
    } else if (clauseLength > 0) {
      clauseLength += 1;
    }
  }
  return out;
}

/**
 * Whether the word after "and" is surely the reader's verb: an -s word with an object after it,
 * or a verb people type, with more after it or after a clause that was a verb alone ("he runs
 * and swims"); "she keeps bees and chickens" keeps its chickens.
 */
function sureVerb(key: string, words: readonly string[], at: number, clauseLength: number): boolean {
  const next = words[at + 1];
  if (next !== undefined && OBJECT_START.test(bare(next))) return /s$/.test(key);
  return KNOWN_VERBS.has(key) && (next !== undefined || clauseLength === 1);
}

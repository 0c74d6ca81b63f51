// Words Harper does not know that are made from words it does: a trade's clipped form ("topo"
// for topography, "ortho" for orthopaedic), a word with a prefix ("rebacking", "unsedated",
// "hypoventilation", "diacetyl") or an ending ("tensioning", "fermenter", "uncapper", and the
// plurals, "-ness" nouns and "-ly" adverbs Harper derives for some words only). Every
// trade makes hundreds; none can be listed. Only Harper knows whether the word they are made
// from is a word, so spell.ts asks it, after the note's lints, about the few words they name:
// formProbes writes the question, knownForms reads the answer.
import type { RawLint } from './harper-map.js';
import { isUnknownWord, SPLIT_WORDS } from './harper-rules.js';
import { editDistance, fold } from './text.js';

/**
 * The second halves of the learned words a trade clips to their first ("topo", "ortho", "neuro",
 * "endo"): the Greek and Latin endings after a combining "o".
 */
const CLIPPED_ENDINGS = [
  'graphy',
  'graphic',
  'pedic',
  'paedic',
  'dontic',
  'dontist',
  'logy',
  'logist',
  'therapy',
  'scopy',
  'plasty',
  'metry',
  'nomy',
  'pathy',
];

/** Prefixes English joins to a word without a hyphen, as trades write them. */
const PREFIXES = [
  'un',
  're',
  'non',
  'pre',
  'post',
  'over',
  'under',
  'out',
  'hypo',
  'hyper',
  'sub',
  'super',
  'inter',
  'intra',
  'multi',
  'semi',
  'anti',
  'counter',
  'mis',
  'de',
  'di',
  'tri',
  'co',
];

/** Endings that make a verb's noun or form ("tensioning", "fermenter", "fermenters"). */
const ENDINGS = ['ing', 'ings', 'er', 'ers', 'ed'];

/**
 * Endings English adds to a word with its spelling kept, which Harper derives for some words and
 * not others: a plural ("abeyances", "celeriacs"), a noun of a quality ("drollness",
 * "seriousnesses"), an adverb ("smirkingly", "hubristically"), a doer or a school of thought
 * ("inoculators", "centrisms"). Each with what it is written on: `y` for a word whose final y
 * turns to i before it ("grubbiness" of grubby), `e` for one whose final e drops ("includable").
 */
const KEPT_ENDINGS: ReadonlyArray<readonly [ending: string, restore: '' | 'y' | 'e']> = [
  ['inesses', 'y'],
  ['iness', 'y'],
  ['nesses', ''],
  ['ness', ''],
  ['ically', ''],
  ['ily', 'y'],
  ['ly', ''],
  ['ments', ''],
  ['ment', ''],
  ['ists', ''],
  ['isms', ''],
  ['ist', ''],
  ['ism', ''],
  ['ors', ''],
  ['ors', 'e'],
  ['able', ''],
  ['able', 'e'],
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ish', ''],
];

/** Words whose "'s" is "is" or "has", so that the word with an s is the contraction short of its apostrophe. */
const CONTRACTED = new Set(
  'there where here that what who it he she let how when why everyone someone everything something nothing nobody'.split(' '),
);

/**
 * The shortest word a prefix or an ending is taken to be joined to: "till" in "untill" and "bee"
 * in "beeing" are too short to tell a made word from a slip.
 */
const MIN_BASE = 5;

/**
 * The shortest word a plural's "s" or a doer's "er" is taken to be joined to: "loams", "fallers".
 * Those endings make no slip of a short word the way "beeing" and "untill" do, and a contraction
 * short of its apostrophe ("thats") is told apart by Harper's offer (CONTRACTED).
 */
const MIN_BASE_PLAIN = 4;

/** At most this many words are asked about per note, so a long draft of unknown words costs no more. */
const MAX_WORDS = 24;

/**
 * Whether an offer of Harper's is the word with one of the slips fingers make most: a letter
 * left out ("occured" of "occurred"), two letters swapped, or a letter typed twice ("comming").
 * Such a word is a slip, even where it also reads as a prefix or ending on a word.
 */
function isPlainSlipOf(word: string, offer: string): boolean {
  if (editDistance(word, offer, 2) !== 1) return false;
  if (offer.length === word.length + 1) return true;
  if (offer.length === word.length) return [...word].sort().join('') === [...offer].sort().join('');
  for (let at = 1; at < word.length; at += 1)
    if (word[at] === word[at - 1] && word.slice(0, at) + word.slice(at + 1) === offer) return true;
  return false;
}

/**
 * The word `base` and `ending` make when English respells their joint: a final e kept or
 * dropped ("argument", "noticeable", "truly"), a final y turned to i ("happiness").
 */
function respellings(base: string, ending: string): string[] {
  const stems = [base, `${base}e`];
  if (base.endsWith('e')) stems.push(base.slice(0, -1));
  if (base.endsWith('y')) stems.push(`${base.slice(0, -1)}i`);
  return stems.map((stem) => stem + ending);
}

/**
 * The words `word` may be made from by an ending that keeps its spelling (KEPT_ENDINGS), none
 * where Harper offers the same word respelt at the joint: "happyness" is "happiness" misspelt,
 * and "arguement" "argument", not "happy" and "argue" with an ending.
 */
function keptEndingSources(word: string, offers: readonly string[]): string[] {
  const sources: string[] = [];
  for (const [ending, restore] of KEPT_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length) + restore;
    // "ss" ends no plural ("glasss"), and a plural's "es" follows a hissing sound only ("boxes").
    if (base.length < (ending === 's' ? MIN_BASE_PLAIN : MIN_BASE) || (ending === 's' && base.endsWith('s'))) continue;
    if (ending === 'es' && !/(?:s|x|z|ch|sh)$/u.test(base)) continue;
    const respelt = respellings(base, ending).filter((form) => form !== word);
    if (offers.some((offer) => respelt.includes(offer))) return [];
    sources.push(base);
  }
  return sources;
}

/** The words `word` may be made from: its clipped whole, or the word without a prefix or an ending. */
function sourcesOf(word: string, offers: readonly string[] = []): string[] {
  const sources: string[] = keptEndingSources(word, offers);
  if (word.length >= 4 && word.endsWith('o')) for (const ending of CLIPPED_ENDINGS) sources.push(word + ending);
  for (const prefix of PREFIXES)
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_BASE) sources.push(word.slice(prefix.length));
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    const doer = ending === 'er' || ending === 'ers';
    // A doer of a verb in e keeps its e: "prescriber" of "prescribe".
    if (doer && base.length >= MIN_BASE) sources.push(`${base}e`);
    // A final e dropped before the ending is the slip of "argueing" as often as a made word.
    if (base.length < (doer ? MIN_BASE_PLAIN : MIN_BASE) || base.endsWith('e')) continue;
    sources.push(base);
    // A consonant doubled before the ending: "uncapper" of "uncap".
    if (base.at(-1) === base.at(-2) && !/[aeiou]/u.test(base.at(-1)!)) sources.push(base.slice(0, -1));
  }
  return sources;
}

/**
 * A word with "'s" on it: a possessive, or "is" or "has" run on ("whenever's good", "the
 * fermenter's full"). Harper knows the "'s" of some words only; the word is right when the word
 * before the "'s" is.
 */
const WITH_S = /^(\p{L}{3,30})['\u2019]s$/u;

/** The question for Harper: the words the note's unknown words may be made from, one per line. */
export interface FormProbe {
  readonly text: string;
  /** Each unknown word (folded) with the spans in `text` of the words it may be made from. */
  readonly spans: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
}

/** The probe for a note's lints, or null when no unknown word may be made from another. */
export function formProbes(lints: readonly RawLint[]): FormProbe | null {
  const spans = new Map<string, Array<readonly [number, number]>>();
  let text = '';
  for (const lint of lints) {
    if (spans.size >= MAX_WORDS) break;
    if (!(isUnknownWord(lint) || lint.rule === SPLIT_WORDS)) continue;
    const stem = WITH_S.exec(lint.problem)?.[1];
    if (stem === undefined && !/^\p{L}{4,30}$/u.test(lint.problem)) continue;
    const word = fold(lint.problem);
    if (spans.has(word)) continue;
    // Two words offered for one ("or tho" for "ortho") are no slip of a letter.
    const offers = lint.suggestions.map((offer) => fold(offer.trim())).filter((offer) => !offer.includes(' '));
    // "ageism's" offered for "ageisms" is Harper's reading of a plural it does not derive, not a
    // letter left out; "there's" for "theres" is.
    const plural = (offer: string) => offer === `${word.slice(0, -1)}'s` && !CONTRACTED.has(word.slice(0, -1));
    if (offers.some((offer) => !plural(offer) && isPlainSlipOf(word, offer))) continue;
    const sources = stem === undefined ? sourcesOf(word, offers) : [fold(stem)];
    if (sources.length === 0) continue;
    const placed: Array<readonly [number, number]> = [];
    for (const source of sources) {
      placed.push([text.length, text.length + source.length]);
      text += `${source}\n\n`;
    }
    spans.set(word, placed);
  }
  return spans.size === 0 ? null : { text, spans };
}

/** The unknown words (folded) of which Harper knows a word they are made from, from its lints of the probe. */
export function knownForms(probe: FormProbe, lints: readonly RawLint[]): ReadonlySet<string> {
  const unknown = lints.filter((lint) => isUnknownWord(lint) || lint.rule === SPLIT_WORDS);
  const known = new Set<string>();
  for (const [word, spans] of probe.spans)
    if (spans.some(([start, end]) => !unknown.some((lint) => lint.start < end && lint.end > start))) known.add(word);
  return known;
}

// Words Harper does not know that are made from words it does: a trade's clipped form ("topo"
// for topography, "ortho" for orthopaedic), a word with a prefix ("rebacking", "unsedated",
// "hypoventilation", "diacetyl") or an ending ("tensioning", "fermenter", "uncapper"). Every
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
 * The shortest word a prefix or an ending is taken to be joined to: "till" in "untill" and "bee"
 * in "beeing" are too short to tell a made word from a slip.
 */
const MIN_BASE = 5;

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

/** The words `word` may be made from: its clipped whole, or the word without a prefix or an ending. */
function sourcesOf(word: string): string[] {
  const sources: string[] = [];
  if (word.length >= 4 && word.endsWith('o')) for (const ending of CLIPPED_ENDINGS) sources.push(word + ending);
  for (const prefix of PREFIXES)
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_BASE) sources.push(word.slice(prefix.length));
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    // A final e dropped before the ending is the slip of "argueing" as often as a made word.
    if (base.length < MIN_BASE || base.endsWith('e')) continue;
    sources.push(base);
    // A consonant doubled before the ending: "uncapper" of "uncap".
    if (base.at(-1) === base.at(-2) && !/[aeiou]/u.test(base.at(-1)!)) sources.push(base.slice(0, -1));
  }
  return sources;
}

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
    if (!(isUnknownWord(lint) || lint.rule === SPLIT_WORDS) || !/^\p{L}{4,30}$/u.test(lint.problem)) continue;
    const word = fold(lint.problem);
    if (spans.has(word)) continue;
    // Two words offered for one ("or tho" for "ortho") are no slip of a letter.
    const offers = lint.suggestions.map((offer) => fold(offer.trim())).filter((offer) => !offer.includes(' '));
    if (offers.some((offer) => isPlainSlipOf(word, offer))) continue;
    const sources = sourcesOf(word);
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

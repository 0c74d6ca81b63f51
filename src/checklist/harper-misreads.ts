// Lints Harper gets wrong in ways a rule can tell, each with the reason it is dropped.
import { particleSet } from '../model/particles.js';
import { isWordPoint } from './chars.js';
import type { RawLint } from './harper-map.js';
import { editDistance, fold } from './text.js';
import { TECH_WORDS } from './tech-words.js';
import { isRandomLetters } from './random-letters.js';
import { BORROWED_PHRASES, TRADE_LEXICON } from './trade-lexicon.js';
import { CREDENTIALS } from './trade-words.js';

/** The whole word around a span, marks included: Harper cuts "Adébáyọ̀" at its combining marks. */
function enclosingWord(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && isWordPoint(text.codePointAt(from - 1)!)) from -= 1;
  while (to < text.length && isWordPoint(text.codePointAt(to)!)) to += 1;
  return text.slice(from, to);
}

/**
 * A "misspelling" that is only part of a known word: Harper splits a word at a combining mark
 * (NFD text, or a letter with no precomposed form such as "ọ̀"), then flags each piece.
 */
export function isPieceOfKnownWord(text: string, lint: RawLint, known: ReadonlySet<string>): boolean {
  // Harper files the piece after the mark as a split word ("blewska" as "blew ska") as often as a misspelling.
  if (lint.kind !== 'Spelling' && lint.kind !== 'Typo') return false;
  const word = enclosingWord(text, lint.start, lint.end);
  if (word.length === lint.end - lint.start) return false;
  return known.has(fold(word)) || known.has(fold(word.replace(/['\u2019]s$/u, '')));
}

/**
 * A lint on part of a word joined by a modifier letter: the ʻokina of "Hawaiʻi" and "Molokaʻi",
 * the ʼ of "Kanienʼkéha". Harper cuts the word there and reads "i" as the pronoun without its
 * capital; the writer spelt the place's own name.
 */
export function isPieceOfModifierWord(text: string, lint: RawLint): boolean {
  const word = enclosingWord(text, lint.start, lint.end);
  return word.length > lint.end - lint.start && /\p{L}\p{Lm}\p{L}/u.test(word) && !/\s/u.test(lint.problem);
}

/** Particles a compound noun ends in: "a get-in", "a walk-in", "the drop-off", "a run-up". */
const PARTICLE_PLURAL = /^(?:in|on|up|off|out|by|down|over|back|away|through)s$/iu;

/**
 * The plural of a compound noun that ends in a particle puts its "s" on the particle ("get-ins
 * of ninety minutes", "walk-ins", "drop-offs"); Harper reads the piece after the hyphen alone.
 */
export function isParticlePlural(text: string, lint: RawLint): boolean {
  return (
    lint.kind === 'Spelling' &&
    PARTICLE_PLURAL.test(lint.problem) &&
    /\p{L}-$/u.test(text.slice(Math.max(0, lint.start - 2), lint.start))
  );
}

const POSSESSIVE_TO_CONTRACTION: Readonly<Record<string, string>> = {
  your: "you're",
  their: "they're",
  its: "it's",
  whose: "who's",
};

/** Words that start what a contraction's verb takes: "you're welcome", "they're going", "it's the". */
const AFTER_CONTRACTION = new Set(
  'welcome right wrong correct the a an not so very too really always never also still just sure able free done here there all both gonna going being doing probably certainly absolutely definitely likely unlikely going about already almost'.split(
    ' ',
  ),
);

/**
 * Harper 2.10 asks for "you're" in "your kind words" and "they're" in "their warm welcome". The
 * possessive is right unless the next word reads as what a verb takes ("your welcome", "your
 * going"); then the lint stands.
 */
export function isPossessiveMisread(text: string, lint: RawLint): boolean {
  const problem = lint.problem.toLowerCase();
  const contraction = POSSESSIVE_TO_CONTRACTION[problem];
  if (!contraction || lint.suggestions.length === 0) return false;
  if (
    !lint.suggestions.every(
      (s) =>
        s
          .trim()
          .toLowerCase()
          .replace(/\u2019/g, "'") === contraction,
    )
  )
    return false;
  const next = /^\s+([\p{L}'’-]+)/u.exec(text.slice(lint.end))?.[1]?.toLowerCase();
  if (next === undefined) return false;
  return !AFTER_CONTRACTION.has(next) && !/ing$/u.test(next);
}

// Longest first: "grazie mille" must win over "grazie" where both start.
const BORROWED = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F])(?:${[...BORROWED_PHRASES]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[\s-]+/g, '[\\s-]+'))
    .join('|')})(?![A-Za-z\\u00C0-\\u024F])`,
  'gi',
);

/** A part of a borrowed phrase ("voir dire", "mens rea", "sous vide") inside that phrase. */
export function isInBorrowedPhrase(text: string, lint: RawLint): boolean {
  // Harper may read a part as two words run together ("mihi" as "mi hi"), under its Typo kind.
  if (lint.kind !== 'Spelling' && lint.rule !== 'SplitWords') return false;
  // A phrase is at most a few words: look only around the lint, so a long draft costs nothing more.
  const from = Math.max(0, lint.start - 24);
  const window = text.slice(from, lint.end + 24);
  for (const match of window.matchAll(BORROWED)) {
    const start = from + match.index;
    if (start <= lint.start && start + match[0].length >= lint.end) return true;
  }
  return false;
}

/** A known word with a plural, possessive or verb ending that Harper does not derive itself. */
export function isEndingOfKnownWord(lint: RawLint, known: ReadonlySet<string>): boolean {
  if (lint.kind !== 'Spelling') return false;
  const word = fold(lint.problem);
  for (const ending of ["'s", 's', 'es', 'ed', 'd', 'ing']) {
    if (word.length > ending.length + 2 && word.endsWith(ending) && known.has(word.slice(0, -ending.length))) return true;
  }
  // A final y becomes "ies": "roasteries" of "roastery".
  return word.length > 5 && word.endsWith('ies') && known.has(`${word.slice(0, -3)}y`);
}

const titleCase = (text: string) =>
  text.replace(/(^|[\s-])(\p{Ll})/gu, (_all, space: string, letter: string) => space + letter.toUpperCase());

/**
 * Harper capitalizes ordinary words that are also a brand's name: "from day one" becomes "Day
 * One" (a journaling app). A phrase written all in lower case whose only fix is title case, under
 * Harper's generic brand-name message, is the ordinary words; products whose names have their
 * own shape ("GitHub", "LinkedIn") or their maker's message ("Google Sheets") still speak.
 */
export function isOrdinaryWordsAsBrand(lint: RawLint): boolean {
  if (lint.kind !== 'Capitalization' || !/brand name/iu.test(lint.message)) return false;
  if (lint.problem !== lint.problem.toLowerCase() || lint.suggestions.length === 0) return false;
  return lint.suggestions.every((suggestion) => suggestion.trim() === titleCase(lint.problem.trim()));
}

/** Verbs that take "no" as their answer: "said no to", "voted no on", "yes or no to". */
const SAYS_NO = /\b(?:say|says|said|saying|vote|votes|voted|voting|answer|answers|answered|answering|or)\s+$/iu;

/**
 * Harper 2.10 reads "I said no to another offer" as a slip for "not to". After a verb of
 * answering, "no" is the answer itself, and the lint is dropped; "I decided no to go" still speaks.
 */
export function isAnswerNo(text: string, lint: RawLint): boolean {
  if (!/^no\s+to$/iu.test(lint.problem.trim())) return false;
  return SAYS_NO.test(text.slice(Math.max(0, lint.start - 20), lint.start));
}

/** Edits between two short words (a swap of neighbours, "Priay", is one), or `limit + 1` once there are more. */
function editsWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A capitalized word one or two slips from a known word ("Priay" for "Priya", "Robtics" for
 * "Robotics"): a misspelled name, which spelling reports even where a name is otherwise assumed.
 */
export function isNearKnownWord(word: string, known: ReadonlySet<string> | undefined): boolean {
  if (!known) return false;
  const folded = fold(word.replace(/['\u2019]s$/u, ''));
  // A long draft repeats its names: each word is compared with the known words once.
  let answers = NEAR_ANSWERS.get(known);
  if (!answers) {
    answers = new Map();
    NEAR_ANSWERS.set(known, answers);
  }
  let near = answers.get(folded);
  if (near === undefined) {
    const limit = folded.length >= 6 ? 2 : 1;
    near = false;
    for (const entry of known) {
      // A shipped term counts one slip away only ("Kubernets"): at two, hundreds of terms catch
      // ordinary names ("Farzana" is two from "Marzano").
      const shipped = SHIPPED.has(entry);
      const allowed = shipped ? 1 : limit;
      if (
        entry.length >= 3 &&
        entry !== folded &&
        (folded.length > 3 || !shipped) &&
        editsWithin(folded, entry, allowed) <= allowed
      ) {
        near = true;
        break;
      }
    }
    answers.set(folded, near);
  }
  return near;
}

/**
 * The words shipped for every note (tech-words.ts, trade-words.ts, trade-lexicon.ts). Among their
 * hundreds of short acronyms every three-letter name is one slip from one ("São" from "SAP"), so
 * a name that short is compared with the interview's own words only, and a longer one with them
 * at one slip; "Kubernets" is still one from "Kubernetes".
 */
/**
 * The known word a capitalised unknown word is a slip of ("Smithfeild" of the topic's
 * Smithfield, "Okonkow" of Okonkwo), folded; null when there is none. Only the names typed for
 * this interview count, not the shipped terms, and only with the same first letter and five
 * letters or more: a writer gets a name's first letter right, and short names sit a letter from
 * many others. A proper noun near no known word (another town, another person) stays a name.
 */
export function nearestKnownWord(word: string, known: ReadonlySet<string> | undefined): string | null {
  if (!known || !/^\p{Lu}/u.test(word)) return null;
  const folded = fold(word.replace(/['\u2019]s$/u, ''));
  if ([...folded].length < 5) return null;
  let answers = NEAREST_ANSWERS.get(known);
  if (!answers) {
    answers = new Map();
    NEAREST_ANSWERS.set(known, answers);
  }
  let nearest = answers.get(folded);
  if (nearest === undefined) {
    const limit = folded.length >= 6 ? 2 : 1;
    nearest = null;
    let best = limit + 1;
    for (const entry of known) {
      if (entry[0] !== folded[0] || entry === folded || SHIPPED.has(entry) || entry.includes("'")) continue;
      const edits = editsWithin(folded, entry, limit);
      if (edits < best) {
        best = edits;
        nearest = entry;
      }
    }
    answers.set(folded, nearest);
  }
  return nearest;
}

const NEAREST_ANSWERS = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

const SHIPPED = new Set([...TECH_WORDS, ...CREDENTIALS, ...TRADE_LEXICON].map(fold));

const NEAR_ANSWERS = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * British, Irish and Commonwealth spellings of an American word, as rewrites from the British
 * form: "licence" to "license", "authorisation" to "authorization", "travelled" to "traveled".
 * Each is tried alone and all together.
 */
const TO_AMERICAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1'],
  [/ys(e|es|ed|ing|er|ers)$/u, 'yz$1'],
  [/our(s|ed|ing|ful|ite|ites|able|er|ers)?$/u, 'or$1'],
  [/^(cen|me|li|fib|thea|cali|spec|lus|sab|mi|kilome|millime|centime)tre(s|d)?$/u, '$1ter$2'],
  [/ogue(s)?$/u, 'og$1'],
  [/(?<=^\p{L}{0,3})(ae|oe)(?=\p{L}{4})/u, 'e'],
  // Medicine's Greek digraphs deeper in a long word: "orthopaedic", "leukaemia", "diarrhoea".
  [/^(?=\p{L}{8,}$)(\p{L}{3,}?)(?:ae|oe)(?=\p{L})/u, '$1e'],
  [/^(lic|def|off|pret)ence(s)?$/u, '$1ense$2'],
  [/ll(ed|ing|er|ers|ation)$/u, 'l$1'],
  [/l(ment|ments)$/u, 'll$1'],
  [/^(fulf|inst|dist|enr)il(s)?$/u, '$1ill$2'],
  [/grey/gu, 'gray'],
  [/^tyre(s)?$/u, 'tire$1'],
  [/^aluminium$/u, 'aluminum'],
  [/^(s?m)ould/u, '$1old'],
  [/^ageing$/u, 'aging'],
  // "afterwards", "towards", "backwards": the -wards of British and most Commonwealth English.
  [/(?<=^\p{L}{2,})wards$/u, 'ward'],
  [/gement(s)?$/u, 'gment$1'],
  [/oeuvre/gu, 'euver'],
  [/^programme(s)?$/u, 'program$1'],
  // The British verb ("to practise law") beside the noun both spell "practice".
  [/^practis(e|es|ed|ing)$/u, 'practic$1'],
];

/**
 * British words whose American form Harper does not offer for them ("storey" gets "store",
 * "draught" gets "drought"): whole words of British, Irish and Commonwealth English, with
 * their plural and verb endings.
 */
const BRITISH_WORDS =
  /^(?:storey|kerb|cheque|draught|plough|sceptic|manoeuvr|pyjama|gaol|whilst|amongst|learnt|spelt|dreamt|leant|burnt|jewellery|moustache|cosy|doughnut|tonne|mum|fortnight|lorr(?:y|ies)|queue|aeroplane|sulphur|speciality|carer|analys)(?:s|es|ed|ing|e|es|ally|al|ly)?$/u;

function americanForms(word: string): Set<string> {
  const forms = new Set<string>();
  let all = word;
  for (const [pattern, replacement] of TO_AMERICAN) {
    const one = word.replace(pattern, replacement);
    if (one !== word) forms.add(one);
    all = all.replace(pattern, replacement);
  }
  forms.add(all);
  forms.delete(word);
  return forms;
}

/**
 * Harper in American English flags "licence", "analysed" and "utilising", and offers the American
 * form itself. A writer in Dublin or Leeds spells so on purpose, whatever the machine's locale:
 * that is the other spelling of the word Harper suggests, not a slip ("colur" is still one).
 */
export function isOtherDialectSpelling(lint: RawLint): boolean {
  // A short slip ("wil", "sence") is more likely a typo of the word Harper offers than a spelling.
  // A possessive ("the centre's ward") is its word's spelling: weighed without its "'s".
  const word = lint.problem.replace(/['\u2019]s$/u, '');
  if (lint.kind !== 'Spelling' || !/^\p{L}{4,}$/u.test(word)) return false;
  if (BRITISH_WORDS.test(word.toLowerCase())) return true;
  const forms = americanForms(word.toLowerCase());
  return lint.suggestions.some((suggestion) =>
    forms.has(
      suggestion
        .trim()
        .toLowerCase()
        .replace(/['\u2019]s$/u, ''),
    ),
  );
}

const withoutMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** "sauté", "entrée", "rosé": Harper knows the word without its accent and offers that; the accent is right too. */
export function isAccentedFormOfSuggestion(lint: RawLint): boolean {
  if (lint.kind !== 'Spelling' || withoutMarks(lint.problem) === lint.problem) return false;
  const bare = withoutMarks(lint.problem).toLowerCase();
  return lint.suggestions.some((suggestion) => suggestion.trim().toLowerCase() === bare);
}

/**
 * Harper 2.10 splits a word it does not know into two it does, under its Typo kind:
 * "stormwater" becomes "storm water", "runbooks" "run books", "overservicing" "over servicing",
 * "confocal" "con focal". On this corpus's good drafts every such lint was a real closed compound
 * or a term, and none of the planted mistakes was one: a joined word is how English makes terms.
 * Function words run together ("alot", "infact", "eachother") come under Harper's BoundaryError
 * and Usage kinds, and are still reported.
 */
export function isCompoundSplit(lint: RawLint): boolean {
  if (lint.kind !== 'Typo' || !/^\p{Ll}+$/u.test(lint.problem) || lint.suggestions.length === 0) return false;
  return lint.suggestions.every((suggestion) => {
    const parts = suggestion.trim().split(' ');
    return parts.length === 2 && parts.join('') === lint.problem && !isSlipAsSplit(parts[0]!, parts[1]!);
  });
}

/** Words that end no closed compound: "thankyou", "seeyou", "aboutit" are two words run together. */
const NOT_COMPOUND_ENDS = new Set(['you', 'me', 'us', 'him', 'her', 'them', 'it', 'the', 'of', 'to', 'and', 'for', 'all']);

/**
 * Splits that are slips, not compounds: a first part of one or two letters ("a dress" for
 * "adress", "a counting" for "acounting", "aw some" for "awsome"; a closed compound starts with
 * a word of three letters or more, or with "up": "upcycling", "upskill"), "full" as the second
 * half ("use full" for "usefull": the suffix is "-ful"), and a pronoun or a small word as the
 * second ("thank you" for "thankyou"). A short second part is Harper cutting a borrowed word
 * ("commis" as "comm is").
 */
function isSlipAsSplit(first: string, second: string): boolean {
  if (first === 'up') return second.length < 4;
  return first.length <= 2 || second === 'full' || NOT_COMPOUND_ENDS.has(second);
}

/**
 * "Hi Rosa, it's Luis", "I know it's Nutcracker season": Harper 2.10 asks for "its" before a
 * capitalised word, a name or a title, which "it is" introduces as often as anything; "it's
 * name" and "it's own" still speak.
 */
export function isItIsName(text: string, lint: RawLint): boolean {
  if (!/^it['\u2019]s$/iu.test(lint.problem)) return false;
  return /^\s+\p{Lu}[\p{L}\p{M}'-]*/u.test(text.slice(lint.end, lint.end + 40));
}

/** Nouns that end in s and take a singular verb: "news", "physics", "series", "headquarters". */
const SINGULAR_IN_S = /^(?:news|series|species|means|whereabouts|headquarters|\p{L}+ics)$/iu;

/**
 * Harper 2.10 asks for "there are news" in "there's news on the role": "news", and every noun in
 * -ics, is singular for all its s. Its other agreement lints ("there is many options") stand.
 */
export function isSingularInS(lint: RawLint): boolean {
  if (lint.rule !== 'ThereIsAgreement') return false;
  const noun = /(\p{L}+)\s*$/u.exec(lint.problem)?.[1];
  return noun !== undefined && SINGULAR_IN_S.test(noun);
}

/**
 * Harper 2.10 reads "a rising troponin" and "a cleaning rota" as an article before a mass noun:
 * a word in -ing after "a" is an adjective or a gerund there, and "a respect for" takes its
 * complement. "An advice on", "a furniture" stand.
 */
export function isArticleBeforeIng(text: string, lint: RawLint): boolean {
  if (lint.rule !== 'MassNouns') return false;
  // "A respect for clients", "a knowledge of French": a mass noun takes "a" before its complement.
  return /\p{L}+ing\s*$/iu.test(lint.problem) || /^\s+(?:for|of)\b/iu.test(text.slice(lint.end, lint.end + 6));
}

/**
 * Edits a slip of a word this long may be from the word Harper offers: one, or two from six
 * letters ("licnece" is two from "license", its American form; "basicly" two from "basic").
 */
const slipLimit = (length: number) => (length >= 6 ? 2 : 1);

/**
 * A word Harper does not know, far from every word it offers: "kubectl" (puberty, subject),
 * "haematoma" (hamate, hazmat), "Nephrolux" (Nehru, Nephrite). A typo sits one or two slips from the
 * word meant ("recieve", "managment", "tommorow"); a word further from every English word is
 * more likely a name or a term of the trade, and is left alone.
 */
export function isFarFromEveryWord(lint: RawLint): boolean {
  if (lint.kind !== 'Spelling') return false;
  // "Smithfeild's" is weighed against "Smithfield's" as "Smithfeild" against "Smithfield".
  const word = fold(lint.problem).replace(/'s$/u, '');
  // Letters struck at random are far from every word too (random-letters.ts).
  if (isRandomLetters(word)) return false;
  const limit = slipLimit([...word].length);
  return !lint.suggestions.some(
    (suggestion) => editDistance(word, fold(suggestion.trim()).replace(/'s$/u, ''), limit + 1) <= limit,
  );
}

/**
 * Harper 2.10 asks for "postoperative" in "post-operative": a prefix joined by a hyphen is the
 * same word, spelt as many style guides (and the British) prefer.
 */
export function isHyphenatedPrefix(lint: RawLint): boolean {
  if (lint.kind !== 'Spelling' || !lint.problem.includes('-')) return false;
  const joined = lint.problem.replace(/-/g, '').toLowerCase();
  return lint.suggestions.some((suggestion) => suggestion.trim().toLowerCase() === joined);
}

/**
 * A name-like word found inside a known name: the short form a greeting uses ("Seun" for
 * Oluwaseun, "Dami" for Olúwádámilárè; name-mismatch takes the same ones). Four letters or more,
 * or three at the name's start.
 */
export function isShortFormOfKnownName(lint: RawLint, known: ReadonlySet<string> | undefined): boolean {
  if (!known || lint.kind !== 'Spelling' || !/^\p{Lu}\p{Ll}{2,}$/u.test(lint.problem)) return false;
  const word = withoutMarks(fold(lint.problem));
  for (const entry of known) {
    if (entry.length < word.length + 2) continue;
    const at = withoutMarks(entry).indexOf(word);
    if (at >= 0 && (word.length >= 4 || at <= 1)) return true;
  }
  return false;
}

/** The particles, and the Portuguese "do" and "dos" ("Maria do Carmo"), that Harper does not know alone. */
const PARTICLES = particleSet('do', 'y', 'ibn', 'bint');

/**
 * A word of a name typed for this interview, written as the name writes it, that Harper takes
 * for a slip of a small word: "Te" in "Dr. Aroha Te Whatu" read as "The", as it does even
 * with the name's words imported. Only the interview's own names count, not the shipped terms,
 * and only a single capitalised word: "te team" or "Te team" without such a name stays a slip.
 */
export function isWordOfKnownName(lint: RawLint, known: ReadonlySet<string> | undefined): boolean {
  if (!known || lint.kind === 'Spelling' || !/^\p{Lu}\p{Ll}+$/u.test(lint.problem)) return false;
  const word = fold(lint.problem);
  return known.has(word) && !SHIPPED.has(word);
}

/**
 * "Ms. del Cruz", "van Houten", "Dr. el-Farsi", "Dr. von der Veen": a particle before a
 * capitalised name, directly or through other particles, is part of that name.
 */
export function isNameParticle(text: string, lint: RawLint): boolean {
  if (lint.kind !== 'Spelling' || !PARTICLES.has(lint.problem)) return false;
  let at = lint.end;
  // A name has a few particles at most ("van der", "de la", "dos"): look at three.
  for (let step = 0; step < 3; step += 1) {
    const next = /^(?:[ \t]+|-)(\p{L}+)/u.exec(text.slice(at, at + 24));
    if (!next) return false;
    if (/^\p{Lu}/u.test(next[1]!)) return true;
    if (!PARTICLES.has(next[1]!)) return false;
    at += next[0].length;
  }
  return false;
}

/**
 * Harper's a/an rule reads the "A" inside a token as an article ("LEAP-1A engines", "Type-A
 * personality"), and guesses the sound of a word its dictionary lacks from its letters: "an
 * honour" in American English, where "honour" is unknown, becomes "a honour". An article is a
 * word of its own, after a space or a line's start, before a word Harper knows; the lint stands
 * there ("an pleasure", "a honor", "a apple"). `unknownAt` holds where Harper's unknown words start.
 */
export function isArticleMisread(text: string, lint: RawLint, unknownAt: ReadonlySet<number>): boolean {
  if (lint.rule !== 'AnA') return false;
  const before = lint.start === 0 ? ' ' : text[lint.start - 1]!;
  if (!/^an?$/iu.test(lint.problem.trim()) || lint.problem === 'AN' || !/[\s"'(\u201c\u2018]/u.test(before)) return true;
  // A letter spelled out ("Arjun, A-R-J-U-N") is no article.
  if (/^-\p{L}(?:-|\b)/u.test(text.slice(lint.end, lint.end + 3))) return true;
  const gap = /^\s*/u.exec(text.slice(lint.end, lint.end + 8))![0].length;
  const next = /^\S+/u.exec(text.slice(lint.end + gap, lint.end + gap + 40))?.[0] ?? '';
  // "an honour", "an hourly rate", "an heir": an h English does not say takes "an", in every
  // spelling of the word (Harper's Canadian English asks for "a honour").
  if (/^an$/iu.test(lint.problem.trim()) && SILENT_H.test(next)) return true;
  // A chemical symbol or formula ("a Ag/AgCl probe", "an NaCl solution") is read as its letters
  // or as its words, as the writer does: either article is right.
  if (FORMULA.test(next)) return true;
  return unknownAt.has(lint.end + gap);
}

/** Words whose h is not said: "honour", "honest", "hour", "heir" and the words made from them. */
const SILENT_H = /^(?:hono|hones|hour|heir)/iu;

/** A chemical symbol joined to another or to a figure: "Ag/AgCl", "NaCl", "H2O", "CaCO3"; not "MRI". */
const FORMULA = /^(?=\S*[\p{Ll}/\p{Nd}])\p{Lu}\p{Ll}?(?:\/?\p{Lu}\p{Ll}?|\p{Nd})+\b/u;

/**
 * A word with a figure in it is a size, a grade or a code ("A4", "3D", "B2B", "the 1's"), and a
 * capitalised word of three letters or fewer right before a figure names a scale or a grade ("Sa
 * 2.5", "Ra 0.8", "Gr 8"): no misspelling either way. A typo of an English word has no digit.
 */
export function isFigureToken(text: string, lint: RawLint): boolean {
  if (lint.kind !== 'Spelling') return false;
  if (/\p{Nd}/u.test(lint.problem)) return true;
  return /^\p{Lu}\p{Ll}{0,2}$/u.test(lint.problem) && /^[ \u00a0]?\p{Nd}/u.test(text.slice(lint.end, lint.end + 2));
}

/**
 * A capital letter alone is an initial ("E. Asare"), a grade or a letter spelled out ("that's
 * W-O-J-C-I-K"), never a misspelled word; a lone small letter ("sent u flowers") still is one.
 */
export function isLetterOrInitial(lint: RawLint): boolean {
  return lint.kind === 'Spelling' && /^\p{Lu}\.?$/u.test(lint.problem);
}

/** A small letter joined by a hyphen to a word names a shape or a part: "f-hole", "o-ring", "v-neck". */
export function isLetterCompound(text: string, lint: RawLint): boolean {
  return lint.kind === 'Spelling' && /^\p{Ll}$/u.test(lint.problem) && /^-\p{L}{2}/u.test(text.slice(lint.end, lint.end + 3));
}

/**
 * Harper knows "Silviculture" and "Optometric" only with a capital, and offers that for the word
 * written in lower case: the word is right, and a capital inside a sentence would be wrong.
 */
export function isCapitalOnlyEntry(lint: RawLint): boolean {
  if (lint.kind !== 'Spelling' || !/^\p{Ll}+$/u.test(lint.problem)) return false;
  return lint.suggestions.some(
    (suggestion) => suggestion.trim() !== lint.problem && suggestion.trim().toLowerCase() === lint.problem,
  );
}

/** Verbs that take a person and then a thing: "send you copies", "give them notes", "owe her thanks". */
const GIVES_BEFORE =
  /\b(?:send|sent|give|gave|given|show|shown|bring|brought|offer|tell|told|teach|taught|lend|lent|owe|pass|hand|get|got|buy|bought|e-?mail|mail|forward|wish|promise|ask|leave|left)(?:s|ed|ing)?\s+(?:you|them|us|him|her|me)\s+$/iu;

/**
 * Harper 2.10 reads "I will send you copies" as "you" doing "copies" and asks for "copy": after a
 * verb of giving, the pronoun is who receives and the next word is the thing given.
 */
export function isThingGiven(text: string, lint: RawLint): boolean {
  if (lint.rule !== 'PronounVerbAgreement') return false;
  const before = text.slice(Math.max(0, lint.start - 40), lint.start);
  // "Help you guys out", "thank you all": the plural "you" is one pronoun of two words.
  return GIVES_BEFORE.test(before) || (/\byou\s+$/iu.test(before) && /^(?:guys|folks|all|both|two|lot)$/iu.test(lint.problem));
}

/** Words a writer repeats for emphasis: "really really", "very very", "so so much". */
const INTENSIFIERS = new Set(['really', 'very', 'so', 'much', 'many', 'more', 'super', 'truly']);

/** "I really really need this job": a doubled intensifier is meant, unlike "the the". */
export function isDoubledIntensifier(lint: RawLint): boolean {
  if (lint.rule !== 'RepeatedWords') return false;
  const words = lint.problem.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length >= 2 && words.every((word) => word === words[0] && INTENSIFIERS.has(word));
}

/**
 * Abbreviations whose full stop ends no sentence: a company's "Co.", "Ltd.", "Inc.", "Bros.", an
 * address's "St.", "Ave.", "Rd.", a title ("Dr. von der Veen"), and the short forms of prose
 * ("approx.", "incl.", "vs."). Harper
 * knows "etc.", "e.g." and "a.m." already.
 */
const ABBREVIATIONS = new Set(
  'co cos corp inc ltd llc llp plc pty bros assn assoc dept div intl mfg natl univ st ave rd blvd hwy ln sq ft mt approx incl excl est ext vs no nos vol pp fig govt ca cf resp mr mrs ms mx dr prof rev fr sr jr capt sgt lt col gen hon'.split(
    ' ',
  ),
);

/**
 * Harper 2.10 reads the full stop of "Brasa & Co." or "Hollis Ltd." as a sentence's end and asks
 * for a capital on the next word ("Brasa & Co. for three years"). After an abbreviation, or after
 * a short capitalised word joined by "&" (a firm's name), the sentence goes on; "the tour. the
 * kitchen" still speaks.
 */
export function isAbbreviationStop(text: string, lint: RawLint): boolean {
  if (lint.rule !== 'SentenceCapitalization') return false;
  const before = /(?:^|[\s(])(&\s+)?([\p{L}]+)\.\s+$/u.exec(text.slice(Math.max(0, lint.start - 40), lint.start));
  if (!before) return false;
  const word = before[2]!;
  return ABBREVIATIONS.has(word.toLowerCase()) || (before[1] !== undefined && /^\p{Lu}\p{L}{0,3}$/u.test(word));
}

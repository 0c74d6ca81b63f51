// no-topic, no-thanks and missing-prior: what a note must contain to do its job.
import { firstWholeWord, wordPattern, wordSpans } from '../chars.js';
import { MESSAGES } from '../messages.js';
import { greetingOf, recipientOf } from '../people.js';
import { bare, wordsOf } from '../text.js';
import type { Interview, Interviewer } from '../../model/types.js';
import type { Draft, Hit, RuleCheck } from '../types.js';
import { carriesPrior } from './prior-note.js';

const STOPWORDS = new Set(
  'the a an and or of to in on for with about how what why when who our your their my we you they it its is are was were be been this that these those from into over under at by as via vs using use new old more most how'.split(
    ' ',
  ),
);

/** Where a whole-note finding points: the first line of the writer's own words after the greeting. */
export function notePoint(draft: Draft): { start: number; end: number } {
  const greeting = greetingOf(draft);
  const first = firstWordFrom(draft.prose, greeting?.line.end ?? 0) ?? firstWordFrom(draft.prose, 0);
  if (!first) return { start: draft.bodyStart, end: draft.bodyStart };
  const lineEnd = draft.prose.slice(first.start).search(/[\r\n]/);
  return { start: first.start, end: lineEnd < 0 ? draft.prose.length : first.start + lineEnd };
}

/**
 * The first word at or after `from`, as wordsOf(prose, from)[0] finds it, looked for in a window
 * that grows until it holds a word start: a finding of a 1 MB draft split all of it to point here.
 */
function firstWordFrom(prose: string, from: number): { readonly start: number } | undefined {
  for (let size = 256; ; size *= 8) {
    const to = Math.min(prose.length, from + size);
    const first = wordSpans(prose, from, to)[0];
    if (first !== undefined || to === prose.length) return first;
  }
}

/**
 * A word's root: the possessive, a plural and a verb ending ("bookings" has both), "-ies" or
 * "-ied" for "-y" ("studies", "copied") and a final "e" come off, so "ingestion" keeps its "ion"
 * and "touring" is "tour". A hyphen joins its halves, so "hand-over" is "handover". Two roots
 * are one word only by sameFamily below, not by a first few letters in common: "appreciate"
 * names no "apprenticeship", "interview" no "internal audit", "contribute" no "quality control".
 */
function root(word: string): string {
  let folded = bare(word).replace(/-/gu, '');
  if (folded.endsWith("'s") || folded.endsWith('\u2019s')) folded = folded.slice(0, -2);
  if (folded.length > 4 && /[^aeiou]ie[sd]$/u.test(folded)) folded = `${folded.slice(0, -3)}y`;
  else if (folded.length > 4) {
    const ending = endingOf(folded);
    if (ending) folded = folded.slice(0, -ending.length);
    // A plural of a verb's noun: "bookings", "meetings".
    if (ending === 's' && folded.length > 4 && folded.endsWith('ing')) folded = folded.slice(0, -3);
    // "planning" -> "plann" -> "plan"
    const last = folded.length - 1;
    if (folded[last] === folded[last - 1] && !'aeious'.includes(folded[last]!)) folded = folded.slice(0, last);
  }
  if (folded.length > 3 && folded.endsWith('e')) folded = folded.slice(0, -1);
  return spellingFolded(IRREGULAR.get(folded) ?? folded);
}

/** Plurals and forms no ending makes: "teeth" of "tooth", "criteria" of "criterion". */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['teeth', 'tooth'],
  ['feet', 'foot'],
  ['geese', 'goose'],
  ['mice', 'mous'],
  ['women', 'woman'],
  ['children', 'child'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
  ['data', 'datum'],
  ['indic', 'index'],
  ['matric', 'matrix'],
  ['vertic', 'vertex'],
  ['appendic', 'appendix'],
]);

/**
 * One spelling for the world's Englishes and a plural's changed letters, on both sides alike, so
 * a topic typed one way is named the other: "colour" and "color", "organise" and "organize",
 * "centre" and "center", "paediatric" and "pediatric", "licence" and "license", "programme"
 * and "program", "catalogue" and "catalog", "knives" and "knife", "shelves" and "shelf".
 */
function spellingFolded(word: string): string {
  if (word.length < 4) return word;
  return word
    .replace(/ae/gu, 'e')
    .replace(/(?<=\w{2})our(?=$|it|abl|ful|less|ism|ist|er)/u, 'or')
    .replace(/([iy])z(?=$|ation|er|abl)/u, '$1s')
    .replace(/(?<=\w[tbgc])r$/u, 'er')
    .replace(/nc$/u, 'ns')
    .replace(/ogu$/u, 'og')
    .replace(/(?<=[aeiol])v$/u, 'f')
    .replace(/([^aeiou])\1$/u, '$1');
}

/**
 * What a root may add and stay the same word: "laminat-ion" of "laminat-e", "pharmac-ist" of
 * "pharmac-y", "rota-tion", "diagnos-tic", "experiment-al", "manag-er" (each also after the "e"
 * a root drops: "manag-ement").
 */
const DERIVATIONS: ReadonlySet<string> = new Set(
  [
    ...'i y e er or ion tion ation ication al ally ly ity ment ness ist ian ic tic ical ive ance ence ant ent ure able ible ise ize isation ization ary ery ory ship'.split(
      ' ',
    ),
  ].flatMap((ending) => [ending, `e${ending}`]),
);

/** The letters two roots of one word share at least: below this, only the same root. */
const SHARED = 4;

/** Whether two roots are one word: the same, or one the other with a derivation added. */
function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < SHARED) return false;
  if (long.startsWith(short) && DERIVATIONS.has(long.slice(short.length))) return true;
  // "pharmacy" and "pharmacist", "analysi(s)" and "analys(ing)": a final vowel gives way, to few
  // endings ("study" is no "student").
  const base = short.length > SHARED && /[yie]$/u.test(short) ? short.slice(0, -1) : short;
  return base !== short && long.startsWith(base) && VOWEL_GIVEN.has(long.slice(base.length));
}

/** What may follow a root whose last vowel gave way: "pharmac-ist", "diagnos-tic", "econom-ic". */
const VOWEL_GIVEN: ReadonlySet<string> = new Set(['', 'i', 'y', 'e', 'ist', 'ic', 'ical', 'ian', 'ier', 'tic', 'al']);

const endingOf = (folded: string): string | undefined =>
  ENDINGS.find((end) => folded.endsWith(end) && !(end === 's' && folded.endsWith('ss')));

/** Plural and verb endings, longest first; "ss" stays ("class", "process"). */
const ENDINGS = ['ing', 'ed', 'es', 's'];

/** Long words that say little on their own: naming one of them is not naming the topic. */
const COMMON_LONG = new Set(
  'through between working process processes planning improving building running managing handling making getting looking thinking people customer customers patient patients student students teacher teachers manager managers systems program programs project projects support service services business company companies department training experience approach different important everything something another whether because conversation discussion questions question interview position opportunity organization organisation community families children classroom learning teaching nursing clinical weekend morning evening schedule quality product products station everyone'.split(
    ' ',
  ),
);

/** Words of titles and company names that say nothing of whose they are ("Lead Technician", "Upholstery Works"). */
const COMMON_SHORT = new Set(
  'lead head owner chief staff senior junior deputy works group team unit shop firm corp company limited holdings partners associates international global solutions services office desk room time work role jobs job'.split(
    ' ',
  ),
);

interface Keyword {
  readonly root: string;
  /**
   * The roots of a joined word's parts: "large-repeat" is named by "the repeat", "hand-finishing"
   * by "finishing"; "on-call" by itself only (a part of four letters or fewer, "call", names nothing).
   */
  readonly parts: readonly string[];
  /** A joined word, which the prose may write open: "on-call" as "on call". */
  readonly joined: boolean;
  /** A word too common to name anything alone ("works", "people", "planning"), or shorter than four letters. */
  readonly common: boolean;
  /** A word one can name a topic by alone: a name, an acronym, or a long and uncommon word. */
  readonly distinctive: boolean;
  /** Words the writer typed as one another's alternatives share a slot: "rota / schedule", "EHR (Epic)". */
  readonly slot: number;
  /** An acronym's letters, lower case ("ehr"), which the prose may spell out: "electronic health record". */
  readonly acronym: string | null;
  /** The topic's key noun, which names it alone: "the rota" of "rebuilding the spring rota around school holidays". */
  readonly key: boolean;
  /** The topic's first letters, in order with the others, for an acronym in the prose ("the CGM pilot"). */
  readonly initial: string;
  /** A word of any job talk (VAGUE): it counts toward two words only beside one that is not. */
  readonly vague: boolean;
  /**
   * A name ("Kafka", "the Communication Service"), named only by itself: "communicate" is a word
   * of "communication", not of the Communication Service.
   */
  readonly named: boolean;
}

// A person's topics are asked about on every check: each is read into keywords once.
const keywordsOf = new Map<string, readonly Keyword[]>();

function keywords(topic: string): readonly Keyword[] {
  let found = keywordsOf.get(topic);
  if (!found) {
    found = readKeywords(topic);
    if (keywordsOf.size > 200) keywordsOf.clear();
    keywordsOf.set(topic, found);
  }
  return found;
}

/**
 * Words of conversation about any job, which no topic is named by alone, however long: "the
 * challenges", "the future direction", "your priorities", "the next steps", and the means of
 * contact any note speaks of ("call me back", "my last email").
 */
const VAGUE = new Set(
  'call calls email emails message messages note notes chat chats talk talks meeting meetings challenge challenges future direction directions vision goal goals priority priorities strategy strategies culture values growth change changes expectation expectations responsibility responsibilities opportunities improvement improvements development environment performance standard standards success progress overview level levels hour hours day days week weeks month months year years thing things way ways side part parts area areas aspect aspects issue issues matter matters point points need needs plan plans idea ideas step steps kind type types sort lot bit role roles team teams work time times first next best'.split(
    ' ',
  ),
);

/** Days and months, capitalised but no name of anything discussed: "the Saturday market" is not named by "free on Saturday". */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** Between two words the writer typed as alternatives: "rota / schedule", "EHR (Epic)", "OT or overtime", "i.e.". */
const ALTERNATIVE = /^[\s(]*(?:\/|=|\(|or|aka|a\.k\.a\.?|i\.e\.?|also\s+called|known\s+as)[\s(]*$/iu;

/** Where a topic's first phrase ends, so its key noun is the word before: "the spring rota | around ...". */
const PHRASE_ENDS = new Set(
  'of for to in on at with about around between across from by through during after before under over into via vs versus and or while when where if because that which who without within against among behind on-site'.split(
    ' ',
  ),
);

/** Verbs a topic's phrase may end on, which are no key noun: "what the night shift does". */
const NOT_NOUNS = new Set(
  'does do did done go goes went gone get gets got make makes made take takes took run runs keep keeps works down up out off back away'.split(
    ' ',
  ),
);

function readKeywords(topic: string): Keyword[] {
  const byRoot = new Map<string, Keyword>();
  const words = wordsOf(topic);
  let slot = -1;
  let previousEnd = -1;
  // The key noun: the last word of the topic's first phrase that says something; a vague one
  // ("the future of the rota") passes the key to the next phrase.
  let keySlot = -1;
  let candidate = -1;
  const closePhrase = () => {
    if (keySlot < 0 && candidate >= 0) keySlot = candidate;
    candidate = -1;
  };
  const capitals = words.filter(({ text }) => text.length >= 3 && !STOPWORDS.has(bare(text)));
  const titleCase = capitals.length >= 3 && capitals.filter(({ text }) => /^[A-Z]/.test(text)).length / capitals.length >= 0.6;
  for (const [index, { text, start, end }] of words.entries()) {
    const lower = bare(text);
    const gap = previousEnd < 0 ? '' : topic.slice(previousEnd, start);
    if (PHRASE_ENDS.has(lower) || /[,;:()]/u.test(gap)) closePhrase();
    if (text.length < 3 || STOPWORDS.has(lower)) continue;
    const plain = lower.replace(/['\u2019]s$/, '');
    // A capital past the topic's first word is a name ("Kafka", "Epic", "OTA"); so is an acronym.
    // Not in a topic typed in title case ("Night Shift Handover Process"), nor a day or a month.
    const named = ((index > 0 && !titleCase && /^[A-Z]/.test(text)) || /[A-Z].*[A-Z]/.test(text)) && !CALENDAR.has(lower);
    const vague = VAGUE.has(plain) || CALENDAR.has(plain);
    const distinctive = named || (plain.length >= 7 && !COMMON_LONG.has(plain) && !vague);
    const rooted = root(text);
    const seen = byRoot.get(rooted);
    const parts = partRoots(text);
    const common = plain.length < 4 || COMMON_LONG.has(plain) || COMMON_SHORT.has(plain);
    const alternative = previousEnd >= 0 && ALTERNATIVE.test(gap);
    if (!alternative) slot += 1;
    previousEnd = end;
    const acronym = /^[A-Z]{3,6}$/u.test(text) ? lower : null;
    // A phrase's last word is its key noun; a common alternative ("rota / schedule") leaves the key where it was.
    const noun = !common && !vague && !NOT_NOUNS.has(plain) && !/^\d/u.test(text);
    if (noun || !alternative) candidate = noun ? slot : -1;
    byRoot.set(rooted, {
      root: rooted,
      parts,
      joined: text.includes('-'),
      common: (common || vague) && (seen?.common ?? true),
      distinctive: distinctive || (seen?.distinctive ?? false),
      slot: seen?.slot ?? slot,
      acronym: seen?.acronym ?? acronym,
      key: false,
      initial: lower[0] ?? '',
      vague: vague && (seen?.vague ?? true),
      named: named && (seen?.named ?? true),
    });
  }
  closePhrase();
  const found = [...byRoot.values()];
  // A key noun speaks for a topic of three words or more; one of two words already names it.
  if (keySlot < 0 || new Set(found.map((word) => word.slot)).size < 3) return found;
  return found.map((word) => (word.slot === keySlot ? { ...word, key: true } : word));
}

/**
 * The roots of a word's parts joined by "-" or "/", `min` letters or more and no common word. A
 * topic's parts need five ("call" of "on-call" names nothing alone); the prose's need four, as
 * its words do: the "tray" of "loaner-tray" names a topic's "tray" as "tray" alone would. An
 * acronym typed beside its words is a part at any length: the "OT" of "OT/overtime".
 */
function partRoots(text: string, min = 5): string[] {
  if (!/[-/]/u.test(text)) return [];
  return text
    .split(/[-/]/u)
    .filter(
      (part) => (part.length >= min || /^[A-Z]{2,6}$/u.test(part)) && !STOPWORDS.has(bare(part)) && !COMMON_LONG.has(bare(part)),
    )
    .map(root);
}

/** The roots of a prose, each under its first letters, so a topic's word is compared with few of them. */
interface ProseRoots {
  readonly prose: string;
  readonly roots: ReadonlyMap<string, readonly string[]>;
  /** Two words a space apart as one root: "on call" for a topic's "on-call". */
  readonly open: ReadonlySet<string>;
  /** The first letters of the prose's words, a "|" where a phrase breaks, for an acronym spelt out. */
  readonly initials: string;
  /** The prose's acronyms, lower case: "cgm" of "the CGM pilot". */
  readonly acronyms: ReadonlySet<string>;
}

// The roots of the last prose asked about: a person's topics are checked one by one against it.
let rooted: ProseRoots | null = null;

const keyOf = (word: string) => word.slice(0, SHARED);

/**
 * True when the prose names the topic: one of its words when it has one or two, two of them, or
 * one distinctive word ("the handover" of "how the unit handles patient handovers between
 * shifts" is enough; "shifts" alone is not), or its key noun ("the rota" of "rebuilding the
 * spring rota around school holidays"). Words the writer typed as alternatives count once
 * ("rota / schedule"). The words of `shared` (the role, the company, the reader's own name and
 * title) are in every note to this reader: one of them alone names no topic, and a run of one of
 * them counts once ("Wattle Creek" of "Wattle Creek's surgical suite").
 */
export function mentionsTopic(prose: string, topic: string, shared: readonly string[] = []): boolean {
  const wanted = keywords(topic);
  if (wanted.length === 0) return true;
  const found = new Set(foundIn(prose, wanted));
  // Each word's slot; the words of one shared text are one ("Wattle Creek's surgical suite" has three).
  const roots = shared.length === 0 ? [] : sharedRoots(shared);
  const sharedBy = wanted.map((word) => roots.findIndex((text) => text.some((other) => sameFamily(word.root, other))));
  const slots = wanted.map((word, at) => (sharedBy[at]! >= 0 ? `shared ${sharedBy[at]}` : `slot ${word.slot}`));
  // Words of job talk ("next steps") count only beside a word that is not, unless the topic has no other.
  const plain = wanted.some((word) => !word.vague);
  const counted = wanted.filter((word) => found.has(word) && !word.vague).length > 0 || !plain;
  const named = new Set(slots.filter((_, at) => found.has(wanted[at]!))).size;
  if (counted && named >= (new Set(slots).size <= 2 ? 1 : 2)) return true;
  return wanted.some(
    (word, at) => found.has(word) && sharedBy[at]! < 0 && (word.distinctive || (word.key && namedAsHead(prose, word))),
  );
}

/** Words after which a noun ends its phrase: "the rota since we spoke", "the kiln was", "the rota, and". */
const HEAD_FOLLOWERS = new Set(
  'has had have will would could can should might may i he she since so then now too again really yet still did does do'.split(
    ' ',
  ),
);

/**
 * Whether the prose names a topic's key noun as a thing of its own, not as a word for another
 * ("the rota since we spoke", not "the velvet sofa" for "pattern matching a large-repeat velvet").
 */
function namedAsHead(prose: string, word: Keyword): boolean {
  const words = wordsOf(prose);
  for (const [at, { text, end }] of words.entries()) {
    const own = root(text);
    if (!sameFamily(own, word.root) && !word.parts.some((part) => sameFamily(own, part))) continue;
    const next = words[at + 1];
    if (!next || /[^\s\w'\u2019-]/u.test(prose.slice(end, next.start))) return true;
    const lower = bare(next.text);
    if (STOPWORDS.has(lower) || PHRASE_ENDS.has(lower) || HEAD_FOLLOWERS.has(lower)) return true;
  }
  return false;
}

// The roots of the last shared texts asked about, one list per text: the same for each of a person's topics.
let shared: { readonly texts: readonly string[]; readonly roots: readonly (readonly string[])[] } | null = null;

function sharedRoots(texts: readonly string[]): readonly (readonly string[])[] {
  if (shared?.texts !== texts) {
    const roots = texts.map((text) =>
      wordsOf(text)
        .filter((word) => word.text.length >= 3 && !STOPWORDS.has(bare(word.text)))
        .map((word) => root(word.text)),
    );
    shared = { texts, roots };
  }
  return shared.roots;
}

/**
 * True when the prose uses any word of `text` that is not a common one: "the loft" of "Windward
 * Sail Loft", "the S&G test" of "the safe manipulation test", "the foreman job" of "Roofing Foreman".
 */
export function usesAnyWord(prose: string, text: string): boolean {
  const wanted = keywords(text).filter((word) => !word.common);
  return wanted.length > 0 && foundIn(prose, wanted).length > 0;
}

/**
 * True when the prose names the topic beyond doubt: two of its words, or its only word. Said of
 * a colleague, one word in common ("the terminal office", of "ticketing at the terminal kiosk")
 * is no sign that a line came from that colleague's note.
 */
export function restatesTopic(prose: string, topic: string, shared: readonly string[] = []): boolean {
  const all = keywords(topic);
  // Words of the role and the company are every panellist's: they restate no colleague's topic.
  const roots = shared.length === 0 ? [] : sharedRoots(shared).flat();
  const wanted = roots.length === 0 ? all : all.filter((word) => !roots.some((other) => sameFamily(word.root, other)));
  const needed = Math.min(2, wanted.length);
  if (needed === 0) return false;
  // Cheap first: in plain text, a root whose first letters are no substring of the prose is not a word of it.
  if (ASCII_ONLY.test(prose)) {
    // A root has no hyphen ("handover" of "hand-over").
    const lower = prose.toLowerCase().replace(/-/g, '');
    if (
      wanted.filter((word) => lower.includes(keyOf(word.root)) || word.parts.some((part) => lower.includes(keyOf(part)))).length <
      needed
    )
      return false;
  }
  return foundIn(prose, wanted).length >= needed;
}

/** Printable ASCII and line breaks: nothing to normalise, no accents. */
const ASCII_ONLY = /^[\t\n\r -~]*$/;

function foundIn(prose: string, wanted: readonly Keyword[]): Keyword[] {
  if (rooted?.prose !== prose) rooted = proseRoots(prose);
  const { roots, open, initials, acronyms } = rooted;
  const present = (word: string, named = false) =>
    roots.get(keyOf(word))?.some((other) => (named ? other === word : sameFamily(word, other))) ?? false;
  // An acronym of the prose spelt by the topic's words in order: "CGM" of "continuous glucose monitoring".
  const spelt = new Set<Keyword>();
  const letters = wanted.map((word) => word.initial).join('');
  for (const acronym of acronyms) {
    const at = letters.indexOf(acronym);
    if (at >= 0) for (const word of wanted.slice(at, at + acronym.length)) spelt.add(word);
  }
  return wanted.filter(
    (word) =>
      present(word.root, word.named) ||
      word.parts.some((part) => present(part)) ||
      (word.joined && open.has(word.root)) ||
      (word.acronym !== null && initials.includes(word.acronym)) ||
      spelt.has(word),
  );
}

/**
 * The roots of the prose's words, of the parts of its joined words ("the velvet's large-repeat"),
 * and of each two words a space apart as one, for a topic's joined word written open ("on call"
 * of "on-call"): only those, and only the same root, or "the atrium" would name a "theatre".
 */
function proseRoots(prose: string): ProseRoots {
  const roots = new Map<string, string[]>();
  const add = (word: string) => {
    const key = keyOf(word);
    const list = roots.get(key);
    if (!list) roots.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  const open = new Set<string>();
  const acronyms = new Set<string>();
  let initials = '';
  let last: { readonly text: string; readonly end: number } | undefined;
  // A long draft says the same words again and again: each word's roots are worked out once.
  const known = new Map<string, readonly string[]>();
  const rootOf = (text: string) => {
    let roots = known.get(text);
    if (roots === undefined) {
      roots = [root(text), ...partRoots(text, 4)];
      known.set(text, roots);
    }
    return roots;
  };
  const joined = new Map<string, string>();
  for (const word of wordsOf(prose)) {
    for (const each of rootOf(word.text)) add(each);
    if (last && word.start === last.end + 1 && prose[last.end] === ' ') {
      const two = last.text + word.text;
      let own = joined.get(two);
      if (own === undefined) {
        own = root(two);
        joined.set(two, own);
      }
      open.add(own);
    }
    // An acronym is spelt by the words of one phrase, "of" and "and" aside: "department of health and social care".
    if (last && /[^\s\w'\u2019-]/u.test(prose.slice(last.end, word.start))) initials += '|';
    const lower = bare(word.text);
    if (/^[A-Z]{3,6}$/u.test(word.text)) acronyms.add(lower);
    else if (lower !== 'of' && lower !== 'and' && lower !== 'the') initials += lower[0] ?? '';
    last = word;
  }
  return { prose, roots, open, initials, acronyms };
}

const TOPIC_KINDS = new Set(['thank-you', 'follow-up']);

/**
 * Notes that are not about the interview itself (a reply to a no, a voicemail asking for news, a
 * note months later) still say something only this reader would know is theirs: any word of what
 * was discussed with them, of the personal detail, of their title, the role or the company ("the
 * loft", "the S&G test", "the foreman job"). A note that could go to anyone names none of them. A
 * voicemail needs no topic, but its one-sentence reason names the role or the company, or the
 * reader hears only "can you call me back?".
 */
const LIGHT_KINDS = new Set(['not-selected', 'voicemail', 'stay-in-touch']);

function namesAnythingOfTheirs(prose: string, person: Interviewer, interview: Interview): boolean {
  const own = [...person.topics, person.title];
  for (const extra of [person.detail, person.addition]) if (extra) own.push(extra);
  if (own.some((text) => usesAnyWord(prose, text))) return true;
  // The role and the company are every panellist's: they name this reader's side only when the
  // note does not restate what was discussed with someone else (a note written for a colleague).
  const shared = [interview.role, interview.company];
  if (!shared.some((text) => usesAnyWord(prose, text))) return false;
  return !interview.interviewers.some(
    (other) => other !== person && other.topics.some((topic) => restatesTopic(prose, topic, shared)),
  );
}

/**
 * A follow-up that quotes or attaches the note before it, or says where it is ("my note from the
 * 17th is below"), carries what was discussed there; it need not say it twice.
 */
const POINTS_AT_PRIOR =
  /\b(?:my|the|our)\s+(?:\S+\s+){0,3}?(?:note|e-?mail|message|thank-you|letter|mail)\b[^.!?\n]{0,60}?\b(?:below|attached|underneath|beneath|quoted|forwarded|included|under this)\b|\b(?:below|attached|forwarded|quoted|included|re-?attached|for reference)\b[^.!?\n]{0,40}?\b(?:my|the|our)\s+(?:\S+\s+){0,3}?(?:note|e-?mail|message|thank-you|letter|mail)\b/i;

function carriesPriorNote(draft: Draft): boolean {
  return carriesPrior(draft) || POINTS_AT_PRIOR.test(draft.prose);
}

// One list per reader, so sharedRoots reads it once for all their topics.
const sharedFor = new WeakMap<Interviewer, readonly string[]>();

function sharedOf(person: Interviewer, interview: Interview): readonly string[] {
  let texts = sharedFor.get(person);
  if (!texts) {
    texts = [interview.role, interview.company, person.name, person.title ?? ''];
    sharedFor.set(person, texts);
  }
  return texts;
}

export const noTopic: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  const interview = context.interview;
  if (!person || !interview || person.topics.length === 0) return [];
  if (context.kind && LIGHT_KINDS.has(context.kind)) {
    if (namesAnythingOfTheirs(draft.prose, person, interview)) return [];
  } else if (context.kind && !TOPIC_KINDS.has(context.kind)) return [];
  else {
    // The role, the company and the reader's own name and title are in any note to them: no topic is named by those.
    const shared = sharedOf(person, interview);
    if (person.topics.some((topic) => mentionsTopic(draft.prose, topic, shared))) return [];
  }
  // A follow-up's topic is in the note it quotes: one that carries or points to it need not say
  // it twice, and one that lacks it is missing-prior's (quoting it is the fix for both). Only a
  // follow-up with no earlier note at all must name a topic itself.
  if (context.kind === 'follow-up' && (carriesPriorNote(draft) || draft.noEarlierNote !== true)) return [];
  const listed = person.topics.map((topic) => `"${topic}"`).join(', ');
  return [{ ...notePoint(draft), message: MESSAGES.noTopic(person.name, listed) }];
};

const THANKS = new RegExp(wordPattern('thank|thanks|thankful|grateful|gratitude|appreciate|appreciated|appreciation'), 'gi');
/** "Cheers for explaining the rota": the British thanks of a call or a casual note (a closing "Cheers," alone is not). */
const CHEERS_FOR = /\bcheers\s+(?:for|again)\b/iu;

export const noThanks: RuleCheck = (draft, context) => {
  if (context.kind !== 'thank-you' || wordsOf(draft.prose).length === 0) return [];
  if (firstWholeWord(THANKS, draft.prose) || CHEERS_FOR.test(draft.prose)) return [];
  return [{ ...notePoint(draft), message: MESSAGES.noThanks() }];
};

export const missingPrior: RuleCheck = (draft, context) => {
  if (context.kind !== 'follow-up' || draft.noEarlierNote === true || carriesPrior(draft)) return [];
  return [{ ...notePoint(draft), message: MESSAGES.missingPrior() }];
};

export type { Hit };

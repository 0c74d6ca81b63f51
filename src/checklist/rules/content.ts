// no-topic, no-thanks and missing-prior: what a note must contain to do its job.
import { firstWholeWord, wordPattern } from '../chars.js';
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
  const words = wordsOf(draft.prose, greeting?.line.end ?? 0);
  const first = words[0] ?? wordsOf(draft.prose)[0];
  if (!first) return { start: draft.bodyStart, end: draft.bodyStart };
  const lineEnd = draft.prose.slice(first.start).search(/[\r\n]/);
  return { start: first.start, end: lineEnd < 0 ? draft.prose.length : first.start + lineEnd };
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
  return folded;
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
  // "pharmacy" and "pharmacist", "analysi(s)" and "analys(ing)": a final vowel gives way.
  const base = short.length > SHARED && /[yie]$/u.test(short) ? short.slice(0, -1) : short;
  return long.startsWith(base) && DERIVATIONS.has(long.slice(base.length));
}

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

function readKeywords(topic: string): Keyword[] {
  const byRoot = new Map<string, Keyword>();
  for (const [index, { text }] of wordsOf(topic).entries()) {
    if (text.length < 3 || STOPWORDS.has(bare(text))) continue;
    const plain = bare(text).replace(/['\u2019]s$/, '');
    // A capital past the topic's first word is a name ("Kafka", "Epic", "OTA"); so is an acronym.
    const named = (index > 0 && /^[A-Z]/.test(text)) || /[A-Z].*[A-Z]/.test(text);
    const distinctive = named || (plain.length >= 7 && !COMMON_LONG.has(plain));
    const rooted = root(text);
    const seen = byRoot.get(rooted);
    const parts = partRoots(text);
    const common = plain.length < 4 || COMMON_LONG.has(plain) || COMMON_SHORT.has(plain);
    byRoot.set(rooted, {
      root: rooted,
      parts,
      joined: text.includes('-'),
      common: common && (seen?.common ?? true),
      distinctive: distinctive || (seen?.distinctive ?? false),
    });
  }
  return [...byRoot.values()];
}

/**
 * The roots of a word's parts joined by "-" or "/", `min` letters or more and no common word. A
 * topic's parts need five ("call" of "on-call" names nothing alone); the prose's need four, as
 * its words do: the "tray" of "loaner-tray" names a topic's "tray" as "tray" alone would.
 */
function partRoots(text: string, min = 5): string[] {
  if (!/[-/]/u.test(text)) return [];
  return text
    .split(/[-/]/u)
    .filter((part) => part.length >= min && !STOPWORDS.has(bare(part)) && !COMMON_LONG.has(bare(part)))
    .map(root);
}

/** The roots of a prose, each under its first letters, so a topic's word is compared with few of them. */
interface ProseRoots {
  readonly prose: string;
  readonly roots: ReadonlyMap<string, readonly string[]>;
  /** Two words a space apart as one root: "on call" for a topic's "on-call". */
  readonly open: ReadonlySet<string>;
}

// The roots of the last prose asked about: a person's topics are checked one by one against it.
let rooted: ProseRoots | null = null;

const keyOf = (word: string) => word.slice(0, SHARED);

/**
 * True when the prose names the topic: one of its words when it has one or two, two of them, or
 * one distinctive word ("the handover" of "how the unit handles patient handovers between
 * shifts" is enough; "shifts" alone is not).
 */
export function mentionsTopic(prose: string, topic: string): boolean {
  const wanted = keywords(topic);
  if (wanted.length === 0) return true;
  const found = foundIn(prose, wanted);
  return found.length >= (wanted.length <= 2 ? 1 : 2) || found.some((word) => word.distinctive);
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
export function restatesTopic(prose: string, topic: string): boolean {
  const wanted = keywords(topic);
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
  const { roots, open } = rooted;
  const present = (word: string) => roots.get(keyOf(word))?.some((other) => sameFamily(word, other)) ?? false;
  return wanted.filter(
    (word) => present(word.root) || word.parts.some((part) => present(part)) || (word.joined && open.has(word.root)),
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
  let last: { readonly text: string; readonly end: number } | undefined;
  for (const word of wordsOf(prose)) {
    add(root(word.text));
    for (const part of partRoots(word.text, 4)) add(part);
    if (last && word.start === last.end + 1 && prose[last.end] === ' ') open.add(root(last.text + word.text));
    last = word;
  }
  return { prose, roots, open };
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
  if (![interview.role, interview.company].some((text) => usesAnyWord(prose, text))) return false;
  return !interview.interviewers.some((other) => other !== person && other.topics.some((topic) => restatesTopic(prose, topic)));
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

export const noTopic: RuleCheck = (draft, context) => {
  const person = recipientOf(context)?.interviewer;
  const interview = context.interview;
  if (!person || !interview || person.topics.length === 0) return [];
  if (context.kind && LIGHT_KINDS.has(context.kind)) {
    if (namesAnythingOfTheirs(draft.prose, person, interview)) return [];
  } else if (context.kind && !TOPIC_KINDS.has(context.kind)) return [];
  else if (person.topics.some((topic) => mentionsTopic(draft.prose, topic))) return [];
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

// tone-scathing's sentence scorer: instead of listing scornful sentences, it adds up classes of
// signal in each sentence and flags the sentence when they pass a threshold. The signals are
// who is judged (the reader, their panel, company, process or people, whoever they hire, against
// the writer judging themself or a problem the reader is solving), how hard (a strong or a mild
// word of negative evaluation, a denied virtue, a verdict noun such as "a farce"), and what turns
// politeness sour (irony cues, scare quotes, a backhanded concession, a ranking comparison, a
// rhetorical question to the reader, a wish or a doubt that presumes their failure). Sympathy,
// warmth and the writer's own feelings said as theirs take points away. The word classes live in
// scorn-lexicon.ts; each sentence is read once, word by word, with set look-ups only.
import { MESSAGES } from '../messages.js';
import { fold, wordsOf, type Span } from '../text.js';
import type { Hit } from '../types.js';
import {
  CAPACITY,
  DOUBT,
  FILLERS,
  CUE_TABLE,
  DISMISSED,
  DISCLAIMERS,
  MILD_STEMS,
  NAMED_BY_NEXT,
  NEGATORS,
  NEGLECT,
  NOT_JUDGEMENT,
  POINTERS,
  POLITE_ASKS,
  PRESUMED,
  PROBLEMS,
  QUOTABLE,
  QUESTION_OPENERS,
  READER,
  STRETCHED,
  STRONG_STEMS,
  SUCCESSORS,
  SYMPATHY_WORDS,
  TARGET_NOUNS,
  THEIR_TROUBLE,
  THEY,
  VERDICT_NOUNS,
  VIRTUES,
  WARMTH,
  WRITER,
} from './scorn-lexicon.js';
import { belated, thanks } from './scorn-belated.js';
import { brokenPromise, exaggerated, keptWaiting, leftOut } from './scorn-blame.js';
import { sentencesFor } from './sentence-matches.js';

/** A sentence at or above this score reads as scorn. */
export const THRESHOLD = 2;
/** A sentence that names nobody on the reader's side needs more: "most shops moved on years ago". */
export const UNTARGETED_THRESHOLD = 2;

/** Who a word names: the reader's side, the writer, a problem, or a bare "it". */
type Role = 'reader' | 'side' | 'they' | 'weak' | 'self' | 'problem' | null;

/** How much a judgement counts, by whom it judges. */
const ROLE_WEIGHT: Record<Exclude<Role, null>, number> = {
  reader: 1,
  side: 1,
  they: 0.8,
  weak: 0.75,
  self: 0,
  problem: 0,
};

/** Why a sentence scored: shown in the message, the first few kinds in the order they count. */
export type Reason =
  | 'judges'
  | 'irony'
  | 'quotes'
  | 'concession'
  | 'expectation'
  | 'presumption'
  | 'ranking'
  | 'outdated'
  | 'faint'
  | 'insinuation'
  | 'reproach'
  | 'candour'
  | 'question'
  | 'wish'
  | 'doubt'
  | 'neglect'
  | 'failure'
  | 'blame'
  | 'exaggeration';

export interface Score {
  readonly score: number;
  /** Whether the sentence names the reader's side at all. */
  readonly targeted: boolean;
  readonly reasons: readonly Reason[];
  /** Offsets of the words that scored, in the sentence's own text. */
  readonly start: number;
  readonly end: number;
}

interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

/** Continuations that keep a short stem in its family: "rude" to "rudely", not "curt" to "curtain". */
const SUFFIXES = new Set(['', 's', 'es', 'ed', 'd', 'ly', 'ness', 'er', 'est', 'ing', 'ish', 'y', 'ily', 'iness', 'r']);

/** Whether one of the word's prefixes is a stem in the set, as its family's member. */
function inFamily(stems: ReadonlySet<string>, word: string): boolean {
  if (stems.has(word)) return true;
  for (let length = Math.min(word.length - 1, 14); length >= 3; length -= 1) {
    if (!stems.has(word.slice(0, length))) continue;
    if (length >= 6 || SUFFIXES.has(word.slice(length))) return true;
  }
  return false;
}

/** Whether a negator turns the word at `at`: "not rude", "wasn't at all chaotic". */
function negated(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i -= 1) {
    const w = words[i]!.w;
    // "Far" turns a word only as "far from": "far from rude", but "far ruder than I expected".
    if (w === 'far' && words[i + 1]?.w !== 'from') return false;
    if (w === 'from' && words[i - 1]?.w === 'far') return true;
    if (NEGATORS.has(w)) return !(w === 'not' && words[i + 1]?.w === 'only');
    if (w === 'than' && words[i - 1]?.w === 'less') return true;
    if (!FILLERS.has(w)) return false;
  }
  return false;
}

/** The weight of negative evaluation the word at `at` carries: 2 strong, 1 mild, 0 none. */
function judgement(words: readonly Word[], at: number): number {
  const w = words[at]!.w;
  if (w.length < 3 || NOT_JUDGEMENT.has(w) || NAMED_BY_NEXT.get(w)?.has(words[at + 1]?.w ?? '')) return 0;
  if (isVirtue(w)) return negated(words, at) ? 2 : 0;
  let weight = inFamily(STRONG_STEMS, w) ? 2 : inFamily(MILD_STEMS, w) ? 1 : 0;
  if (weight === 0 && VERDICT_NOUNS.has(w) && [1, 2, 3].some((back) => VERDICT_LEADS.has(words[at - back]?.w ?? ''))) weight = 2;
  return weight > 0 && negated(words, at) ? 0 : weight;
}

/** The weight of the word at `at` as a word of judgement, negated or not: what an exaggeration lays on. */
function rawJudgement(words: readonly Word[], at: number): number {
  const w = words[at]?.w;
  if (w === undefined || w.length < 3 || NOT_JUDGEMENT.has(w)) return 0;
  return inFamily(STRONG_STEMS, w) ? 2 : inFamily(MILD_STEMS, w) ? 1 : 0;
}

/** A virtue, or its adverb or degree: "warm", "warmly", "warmest", "kinder". */
function isVirtue(w: string): boolean {
  if (VIRTUES.has(w)) return true;
  if (w.endsWith('ly')) return VIRTUES.has(w.slice(0, -2));
  if (w.endsWith('est')) return VIRTUES.has(w.slice(0, -3)) || VIRTUES.has(w.slice(0, -2));
  return w.endsWith('er') && (VIRTUES.has(w.slice(0, -2)) || VIRTUES.has(w.slice(0, -1)));
}

/** After "thanks for the grilling", the subject it was on. */
const ON_A_TOPIC = new Set(['on', 'about', 'over', 'around', 'in']);

/** Before a verdict noun, what makes it one: "a waste", "such a farce", "a complete joke". */
const VERDICT_LEADS = new Set(['a', 'an', 'such', 'total', 'complete', 'utter', 'absolute', 'real', 'bit', 'proper', 'sheer']);

const COPULAS = new Set(['was', 'is', 'felt', 'seemed', 'seems', 'feels']);

/** Whether the word at `at` is the complement of an opening "That was" or "It's" (an adverb between at most). */
function pointedBack(words: readonly Word[], at: number): boolean {
  const joined = words[0]!.w.endsWith("'s") ? 1 : COPULAS.has(words[1]?.w ?? '') ? 2 : -1;
  if (joined < 0) return false;
  return at === joined || (at === joined + 1 && (INTENSIFIERS.has(words[joined]!.w) || words[joined]!.w.endsWith('ly')));
}

/** The role of the word at `at` in its sentence. */
function roleOf(words: readonly Word[], at: number): Role {
  const w = words[at]!.w;
  if (READER.has(w)) return 'reader';
  if (w === GAP) return 'they';
  if (WRITER.has(w)) return 'self';
  if (THEY.has(w) || SUCCESSORS.has(w)) return 'they';
  if (w === 'it' || w === "it's" || w === 'that' || w === "that's" || w === 'this' || w === 'everything') return 'weak';
  const bare = w.endsWith("'s") ? w.slice(0, -2) : w;
  const problem = PROBLEMS.has(bare);
  if (!problem && !TARGET_NOUNS.has(bare)) return null;
  // "a company which talks so much about patients", "a hospital that prides itself on".
  const next = words[at + 1]?.w;
  if (
    !problem &&
    (next === 'which' || next === 'that' || next === 'who') &&
    (words[at - 1]?.w === 'a' || words[at - 1]?.w === 'an')
  )
    return 'side';
  for (let i = at - 1; i >= Math.max(0, at - 3); i -= 1) {
    const before = words[i]!.w;
    if (before === 'my' || before === 'our') return 'self';
    if (POINTERS.has(before) || READER.has(before) || (before.length > 2 && before.endsWith("'s"))) {
      // The writer's own thing about it: "my answer on the rota question was sloppy".
      for (let j = i - 1; j >= Math.max(0, i - 3); j -= 1) if (words[j]!.w === 'my') return 'self';
      return problem ? 'problem' : 'side';
    }
  }
  return null;
}

const ARTICLE = new Set(['a', 'an', 'the']);
/** The first words of the several-word judgements that can be done to the writer: "kept waiting", "talked down to". */
const DONE_TO = new Set(['kept', 'left', 'brushed', 'talked', 'fobbed', 'waved', 'spoken', 'cut']);
const SUFFERED = new Set(['was', 'felt', 'got', 'been', 'am', 'feel']);

/** Who the judgement at `at` is about, and where: a target right after it, else the nearest one before. */
function judged(words: readonly Word[], roles: readonly Role[], at: number, clause: number): readonly [Role, number] {
  // "a waste of my afternoon": the writer is what was wasted, not what is judged.
  const of = words[at + 1]?.w === 'of' || words[at + 1]?.w === 'for';
  // "a debacle of an interview", "a shambles of an afternoon": what follows is what is judged.
  if (words[at + 1]?.w === 'of' && ARTICLE.has(words[at + 2]?.w ?? '') && TARGET_NOUNS.has(words[at + 3]?.w ?? ''))
    return ['side', at + 3];
  if (!of)
    for (let i = at + 1; i <= Math.min(words.length - 1, at + 2); i += 1) {
      const role = roles[i];
      if (role === 'side' || role === 'problem') return [role, i];
      // Before their noun the judgement is its pointer: "a slapdash presentation", "a clueless manager".
      if (i === at + 1 && role === null && TARGET_NOUNS.has(words[i]!.w) && words[at - 1]?.w !== 'my') return ['side', i];
    }
  // Said as done to the writer: "I was completely ignored", "I felt talked down to".
  if (DISMISSED.has(words[at]!.w)) {
    const link = words[at - 1]?.w.endsWith('ly') ? at - 2 : at - 1;
    if (SUFFERED.has(words[link]?.w ?? '') && roles[link - 1] === 'self') return ['reader', link - 1];
  }
  for (let i = at - 1; i >= Math.max(clause, at - 8); i -= 1) {
    const role = roles[i];
    if (role !== null && role !== undefined) {
      // A problem the reader holds: "the backlog you described sounds chaotic" is the backlog's.
      if (role === 'reader' && THEIR_TROUBLE.has(words[i + 1]?.w ?? '')) return ['problem', i];
      return [role, i];
    }
  }
  return [null, at];
}

/** A phrase of the interview blanked out (mask.ts): the company, a topic. */
const GAP = '\u0000';

/**
 * The sentence's words, folded; where the interview's own phrase was blanked to spaces, a gap
 * word stands in, so "the way  treats people" still has someone doing the treating.
 */
function wordsWithGaps(text: string): Word[] {
  const words: Word[] = [];
  // The next blank run, found once per run passed: a sentence is read once, however long.
  let gap = text.indexOf('   ');
  for (const span of wordsOf(text) as readonly Span[]) {
    if (gap >= 0 && gap < span.start) {
      words.push({ w: GAP, start: gap, end: gap + 1 });
      gap = text.indexOf('   ', span.start);
    }
    words.push({ w: fold(span.text), start: span.start, end: span.end });
  }
  return words;
}

interface Cue {
  readonly kind: Reason;
  readonly weight: number;
  readonly words: readonly string[];
}

let cuesByFirst: Map<string, Cue[]> | undefined;

/** The cue table (scorn-lexicon.ts) by each cue's first word, read at first use. */
function CUES_BY_FIRST(): ReadonlyMap<string, readonly Cue[]> {
  if (cuesByFirst) return cuesByFirst;
  cuesByFirst = new Map();
  for (const line of CUE_TABLE.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const [kind, weight] = line.slice(0, colon).trim().split(' ') as [Reason, string];
    for (const phrase of line.slice(colon + 1).split('|')) {
      const cueWords = phrase.trim().split(' ');
      const list = cuesByFirst.get(cueWords[0]!) ?? [];
      list.push({ kind, weight: Number(weight), words: cueWords });
      cuesByFirst.set(cueWords[0]!, list);
    }
  }
  return cuesByFirst;
}

/** Where the cue that starts at `at` ends, or -1: "#" takes a number or a year, "*" any word. */
function cueEnd(words: readonly Word[], at: number, cue: readonly string[]): number {
  for (let k = 1; k < cue.length; k += 1) {
    const w = words[at + k]?.w;
    if (w === undefined) return -1;
    if (cue[k] === '*' || w === cue[k]) continue;
    if (cue[k] === '#' && isNumber(w)) continue;
    return -1;
  }
  return at + cue.length - 1;
}

const isNumber = (w: string) => w.length > 0 && w.length <= 4 && [...w].every((ch) => ch >= '0' && ch <= '9');

/** The score of one sentence: `text` is its raw text, for question marks and quotes. */
export function scoreSentence(text: string): Score {
  const words = wordsWithGaps(text);
  const roles = words.map((_, at) => roleOf(words, at));
  const reasons = new Set<Reason>();
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const mark = (reason: Reason, from: number, to: number) => {
    reasons.add(reason);
    first = Math.min(first, words[from]!.start);
    last = Math.max(last, words[to]!.end);
  };
  const targeted = roles.some((role) => role === 'reader' || role === 'side' || role === 'they');
  const thanking = words.some((word) => word.w === 'thanks' || word.w === 'thank');
  const welcoming = thanks(words);
  const weighs = (i: number) => rawJudgement(words, i);
  let evaluation = 0;
  const kinds = new Map<Reason, number>();
  let softeners = 0;
  let warmth = 0;
  let clause = 0;
  for (let at = 0; at < words.length; at += 1) {
    const w = words[at]!.w;
    // A clause ends at a comma, semicolon or dash: "I was nervous, and the panel was rude".
    if (at > 0 && breaksClause(text, words[at - 1]!.end, words[at]!.start)) clause = at;
    const weight = judgement(words, at);
    if (weight > 0) {
      const [role, by] = judged(words, roles, at, clause);
      // Judged without a subject named: in thanks it is thrown at the reader ("thanks for wasting
      // my afternoon"), else it counts for less in a sentence about them.
      // A bare "That" or "It" opening the sentence, the verdict its complement, points back at what
      // they did: "That was unprofessional.", "It's frankly unacceptable." ("It's a slick set-up" is not).
      const pointsBack = role === 'weak' && by === 0 && pointedBack(words, at);
      // Thanks for a hard time on a subject is thanks: "thank you for the grilling on variation orders".
      const rigour = words[at - 1]?.w === 'the' && words[at - 2]?.w === 'for' && ON_A_TOPIC.has(words[at + 1]?.w ?? '');
      const counted =
        role !== null
          ? weight * (pointsBack ? 1 : ROLE_WEIGHT[role])
          : thanking && weight >= 2 && !rigour
            ? weight
            : targeted
              ? weight * 0.5
              : 0;
      evaluation = Math.min(3, evaluation + counted);
      if (counted > 0) mark(role === null && thanking && weight >= 2 ? 'irony' : 'judges', Math.min(at, by), Math.max(at, by));
    }
    for (const cue of CUES_BY_FIRST().get(w) ?? []) {
      const end = cueEnd(words, at, cue.words);
      if (cue.kind === 'judges') {
        // A judgement in several words ("out of date", "brushed me off"), of them when they are named.
        // Said as done to the writer, it is theirs: "I was kept waiting", "I felt talked down to".
        const doneTo = DONE_TO.has(w) && SUFFERED.has(words[at - 1]?.w ?? '') && roles[at - 2] === 'self';
        const of = targeted || doneTo ? 1 : writerBefore(roles, at) ? 0 : 0.75;
        if (end >= 0 && of > 0) {
          evaluation = Math.min(3, evaluation + cue.weight * of);
          mark('judges', at, end);
        }
        continue;
      }
      if (end < 0 || (kinds.get(cue.kind) ?? 0) >= cue.weight) continue;
      // Sure of oneself is no irony: "I'm sure I'd pick it up in a week", "of course I'm disappointed".
      // Nor is wondering about oneself a jab: "I wonder whether I explained the audit clearly enough".
      if ((cue.kind === 'irony' || cue.kind === 'reproach' || cue.kind === 'question') && roles[end + 1] === 'self') continue;
      // A manner, not a stance: "explained so clearly", "how obviously it showed", "clearly enough".
      if (cue.words.length === 1 && w.endsWith('ly') && (isManner(words[at - 1]?.w) || words[at + 1]?.w === 'enough')) continue;
      // Patience the writer owns to: "I know these things take time", "I understand it takes time".
      if (cue.kind === 'insinuation' && owned(words, at)) continue;
      // "so the panel can say they looked outside" is a claim; "so she can say hello" a greeting.
      if (cue.words[cue.words.length - 1] === 'say' && GREETINGS.has(words[end + 1]?.w ?? '')) continue;
      // Harder than expected is candour about the writer's own day: "the trial was harder than I expected".
      if (cue.kind === 'expectation' && w === 'than' && harder(words, at)) continue;
      kinds.set(cue.kind, cue.weight);
      mark(cue.kind, at, end);
    }
    const wish = presumingWish(words, roles, at);
    if (wish > at) {
      kinds.set('wish', 2);
      mark('wish', at, wish);
    }
    const doubt = doubted(words, roles, at);
    if (doubt > at) {
      kinds.set('doubt', 2);
      mark('doubt', at, doubt);
    }
    const failed = failure(words, roles, at);
    if (failed > at) {
      // Not knowing or not listening is ignorance of the job: "didn't seem to know what the job involved".
      const verb = words[failed]!.w === 'seem' ? failed + 2 : failed;
      const heard = words[verb]?.w ?? '';
      const known = HEEDING.has(heard) || (CAPACITY.has(heard) && KNOWN_THING.has(words[verb + 1]?.w ?? ''));
      if (known) kinds.set('doubt', 2);
      else kinds.set('failure', Math.max(kinds.get('failure') ?? 0, 1));
      mark(known ? 'doubt' : 'failure', at, failed);
    }
    // Blunt blame: what their side did to the writer, or left undone, told without a judging word.
    const blamed = Math.max(leftOut(words, at), brokenPromise(words, roles, at), keptWaiting(words, roles, at));
    if (blamed >= at) {
      kinds.set('blame', 2);
      mark('blame', at, blamed);
    }
    const overdone = exaggerated(words, roles, at, weighs);
    if (overdone > at) {
      kinds.set('exaggeration', 2);
      mark('exaggeration', at, overdone);
    }
    // Thanks for what came late or little, the lateness counted out: "thanks for eventually replying".
    const late = welcoming ? belated(words, at) : -1;
    if (late >= at) {
      kinds.set('irony', 2);
      mark('irony', at, late);
    }
    const neglect = neglected(words, at);
    if (neglect > at) {
      // Not bothering or not caring is a verdict; not asking may be a fact ("nobody asked about my licence").
      kinds.set('neglect', Math.max(kinds.get('neglect') ?? 0, CARELESS.has(words[neglect]!.w) ? 2 : 1.5));
      mark('neglect', at, neglect);
    }
    // A comparison that ranks them below something ("better run at the post office than with your
    // panel"), or their distractions above the writer ("more interested in their phones than in my
    // answers"); after a denial it is praise: "nobody could have been more welcoming than you".
    const ranked = w === 'than' && comparedBefore(words, at) && !deniedBefore(words, at);
    const mine = words[at + 1]?.w === 'my' || (words[at + 1]?.w === 'in' && words[at + 2]?.w === 'my');
    if (ranked && (targetAfter(roles, at) || (targeted && mine))) {
      const weight = !targetAfter(roles, at) ? 1 : virtueCompared(words, at) ? 2 : 1.5;
      kinds.set('ranking', Math.max(kinds.get('ranking') ?? 0, weight));
      mark('ranking', at, at);
    }
    if (SYMPATHY_WORDS.has(w) || stretched(words, roles, at)) softeners += 2;
    if (WARMTH.has(w) && !negated(words, at)) warmth += 1;
  }
  const pointed = words.some((word) => POINTED.has(word.w));
  if (targeted && words.length > 0 && (evaluation > 0 || kinds.size > 0 || pointed) && rhetorical(text, words, roles)) {
    kinds.set('question', pointed ? 2 : 1.5);
    mark('question', 0, words.length - 1);
  }
  const quoted = targeted ? scareQuotes(text) : null;
  // Their name for the writer, said back: the "surface-supplied man" you interviewed.
  if (quoted && !namedWriter(text, quoted[1])) {
    // A word of theirs in quotes ("your 'values'") sneers at it; another ("the 'reject shelf'") may only name it.
    const inQuotes = [...fold(text.slice(quoted[0], quoted[1]))].filter((ch) => (ch >= 'a' && ch <= 'z') || ch === ' ').join('');
    const word = inQuotes.trim().split(' ').pop() ?? '';
    kinds.set('quotes', QUOTABLE.has(word) || TARGET_NOUNS.has(word) ? 2 : 1.5);
    reasons.add('quotes');
    first = Math.min(first, quoted[0]);
    last = Math.max(last, quoted[1]);
  }
  // Irony over praise of them is sarcasm: "I'm sure whoever you hired is wonderful at it".
  const praised = words.findIndex((word, i) => VIRTUES.has(word.w) && INTENSIFIERS.has(words[i - 1]?.w ?? ''));
  const overPraised = praised >= 0 && reasons.has('irony') && warmth === 0;
  if (overPraised) mark('irony', praised, praised);
  // Sure of the rival's good fortune is sarcasm ("I'm sure whoever takes the job will love it");
  // praise of the reader's people in it is a compliment ("... lucky to join such a kind team").
  const complimented = words.some((word, i) => WARMTH.has(word.w) && TARGET_NOUNS.has(words[i + 1]?.w ?? ''));
  const rivalsLuck = warmth > 0 && words.some((word) => word.w === 'whoever') && !complimented;
  if (reasons.has('irony') && (rivalsLuck || overPraised))
    kinds.set('irony', (kinds.get('irony') ?? 0) + (overPraised ? 1 : 0.5));
  let cues = 0;
  for (const weight of kinds.values()) cues += weight;
  // Irony keeps warmth from softening: "thanks so much for the lovely forty minutes in the lobby".
  // Warmth softens a mild word ("the day was long but I enjoyed it"), not a strong one ("smug").
  const kindness = softeners + (evaluation >= 2 ? 0 : warmth);
  const soft = reasons.has('irony') || reasons.has('quotes') ? 0 : Math.min(kindness, 2);
  // Their own account of a problem ("you mentioned the scheduling has been chaotic") is theirs, not the writer's verdict.
  const reported = words.some((word, i) => READER.has(word.w) && THEIR_TROUBLE.has(words[i + 1]?.w ?? ''));
  const score = (reported ? evaluation / 2 : evaluation) + cues - soft;
  return { score, targeted, reasons: [...reasons], start: Number.isFinite(first) ? first : 0, end: last };
}

/**
 * A hope or wish about the reader's side that presumes they fall short: "I hope whoever you
 * hire actually cares", "I hope the next panel at least reads the CV". The end of the wish, or -1.
 */
function presumingWish(words: readonly Word[], roles: readonly Role[], at: number): number {
  const w = words[at]!.w;
  if (w !== 'hope' && w !== 'wish' && w !== 'trust' && w !== 'hopefully') return -1;
  let target = false;
  let successor = false;
  for (let i = at + 1; i < Math.min(words.length, at + 10); i += 1) {
    const role = roles[i];
    if (role === 'self') return -1;
    if (role === 'reader' || role === 'side' || role === 'they') target = true;
    if (SUCCESSORS.has(words[i]!.w)) successor = target = true;
    // Of whoever they hire, a wish that they can do the job at all: "I hope whoever you picked can tell".
    if (target && (PRESUMED.has(words[i]!.w) || (successor && (CAPACITY.has(words[i]!.w) || words[i]!.w === 'can')))) return i;
  }
  return -1;
}

/** "nobody had bothered to read", "without anybody caring": the end of the neglect, or -1. */
function neglected(words: readonly Word[], at: number): number {
  const w = words[at]!.w;
  const nobody = w === 'nobody' || (w === 'no' && words[at + 1]?.w === 'one') || (w === 'not' && words[at + 1]?.w === 'one');
  if (!nobody) return -1;
  for (let i = at + 1; i < Math.min(words.length, at + 7); i += 1) if (NEGLECT.has(words[i]!.w)) return i;
  return -1;
}

/** After "so she can say", a greeting, not a claim. */
const GREETINGS = new Set(['hello', 'hi', 'hey', 'goodbye', 'bye', 'thanks', 'thank', "g'day", 'cheers', 'hiya']);

/** What the writer says they know or accept, just before `at`: "I know", "I understand", "I appreciate". */
const OWNING = new Set(['know', 'understand', 'appreciate', 'realise', 'realize', 'accept']);
function owned(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - 3); i -= 1)
    if (OWNING.has(words[i]!.w) && (words[i - 1]!.w === 'i' || words[i - 1]!.w === 'we' || words[i - 1]!.w === 'fully'))
      return true;
  return false;
}

/** Before an adverb, what makes it one of manner: "so clearly", "explained clearly". */
function isManner(before: string | undefined): boolean {
  if (before === undefined) return false;
  return MANNER.has(before) || before.endsWith('ed') || before.endsWith('ing');
}

const MANNER = new Set(['so', 'very', 'how', 'quite', 'really', 'and', 'more', 'most', 'as', 'too']);

/** The reader's side within a few words after `at`: what a comparison ranks ("than with your panel"). */
function targetAfter(roles: readonly Role[], at: number): boolean {
  for (let i = at + 1; i < Math.min(roles.length, at + 5); i += 1) {
    const role = roles[i];
    if (role === 'reader' || role === 'side' || role === 'they') return true;
  }
  return false;
}

/** After a failure's negation, verbs that make it a courtesy, not a failing: "you needn't hesitate", "didn't mind". */
const COURTEOUS = new Set([
  'hesitate',
  'mind',
  'need',
  'have',
  'be',
  'wait',
  'forget',
  'stop',
  'stay',
  'join',
  'come',
  'make',
  'attend',
]);

/**
 * Their side said to fail at something in plain verbs: "the person you chose didn't last", "the
 * depot phone doesn't get answered", "someone who has never stood on ballast". The end, or -1.
 */
function failure(words: readonly Word[], roles: readonly Role[], at: number): number {
  const role = roles[at];
  if (role !== 'side' && role !== 'they' && role !== 'reader') return -1;
  for (let i = at + 1; i < Math.min(words.length, at + 5); i += 1) {
    const w = words[i]!.w;
    if (WRITER_SUBJECTS.has(w)) return -1;
    if (!FAILING.has(w)) continue;
    const next = words[i + 1]?.w;
    return next === undefined || COURTEOUS.has(next) || next === 'been' ? -1 : i + 1;
  }
  return -1;
}

/** After "didn't know", what makes it ignorance of the job: "what the job involved", "anything about". */
const KNOWN_THING = new Set(['what', 'how', 'anything', 'much', 'about', 'who', 'why', 'basics']);
/** Not doing these is dismissal whatever follows: "didn't listen to a word", "couldn't care less". */
const HEEDING = new Set(['listen', 'listened', 'care', 'cared', 'bother', 'bothered']);

const WRITER_SUBJECTS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'my']);
const FAILING = new Set(['never', "didn't", "doesn't", "hasn't", "haven't", "can't", 'cannot', "couldn't", "won't"]);

/** What nobody on their side did, said as a verdict: they did not bother, care or listen. */
const CARELESS = new Set(['bothered', 'cared', 'caring', 'listened']);

/** The writer a few words before `at`: "my passport is out of date" is the writer's own. */
function writerBefore(roles: readonly Role[], at: number): boolean {
  for (let i = Math.max(0, at - 6); i < at; i += 1) if (roles[i] === 'self') return true;
  return false;
}

/** How hard a task was, before "than": "harder", "tougher", "more demanding". */
const HARDER = new Set(['harder', 'tougher', 'trickier', 'stiffer', 'steeper', 'busier', 'deeper']);
const HARD = new Set(['difficult', 'demanding', 'challenging', 'technical', 'intense', 'rigorous', 'thorough', 'detailed']);

/** Whether the comparison before the "than" at `at` is of difficulty: "harder than I expected". */
function harder(words: readonly Word[], at: number): boolean {
  const before = words[at - 1]?.w ?? '';
  return HARDER.has(before) || (HARD.has(before) && words[at - 2]?.w === 'more');
}

/** A virtue compared before "than": "better organised", "more welcoming", "better-run". */
function virtueCompared(words: readonly Word[], at: number): boolean {
  for (let i = Math.max(0, at - 8); i < at; i += 1) {
    const w = words[i]!.w;
    if (w.startsWith('better-')) return true;
    if ((w === 'better' || w === 'more') && VIRTUES.has(words[i + 1]?.w ?? '')) return true;
  }
  return false;
}

/** A denial before `at` in the sentence: "nobody could have been kinder than". */
function deniedBefore(words: readonly Word[], at: number): boolean {
  for (let i = Math.max(0, at - 8); i < at; i += 1) if (NEGATORS.has(words[i]!.w) || words[i]!.w === 'nobody') return true;
  return false;
}

/** A comparative a few words before "than": "more interested in their coffee than", "better-organised". */
function comparedBefore(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 8); i -= 1) {
    const w = words[i]!.w;
    if (w === 'more' || w === 'less' || w === 'better' || w === 'worse' || w.startsWith('better-')) return true;
    if (w === 'rather' || w === 'other') return false;
  }
  return false;
}

/** Doubt that the reader's side knows, reads or cares: "I doubt you even know what the job is". */
function doubted(words: readonly Word[], roles: readonly Role[], at: number): number {
  const w = words[at]!.w;
  // Doubt in other words: "I'm not convinced the panel knows", "hard to believe anyone there has".
  const unconvinced = w === 'unconvinced' || (w === 'convinced' && words[at - 1]?.w === 'not');
  const disbelief =
    w === 'believe' && words[at - 1]?.w === 'to' && (words[at - 2]?.w === 'hard' || words[at - 2]?.w === 'difficult');
  if (!DOUBT.has(w) && !(w === 'wonder' && words[at + 1]?.w === 'if') && !unconvinced && !disbelief) return -1;
  // A doubt stated, not a question asked: "I doubt the panel even glanced at it" (wondering whether
  // they looked at an attachment is a practical question).
  const stated = w !== 'wonder' && w !== 'question';
  for (let i = at + 1; i < Math.min(words.length, at + 5); i += 1) {
    const role = roles[i];
    if (role === 'self') return -1;
    if (role !== 'reader' && role !== 'side' && role !== 'they') continue;
    for (let j = i + 1; j < Math.min(words.length, i + 4); j += 1)
      if (
        CAPACITY.has(words[j]!.w) ||
        (stated && (LOOKED.has(words[j]!.w) || (words[j]!.w === 'ever' && /^(?:has|have|had)$/.test(words[j - 1]!.w))))
      )
        return j;
  }
  return -1;
}

/** Doubted to have looked at all: "I doubt the panel even glanced at my portfolio". */
const LOOKED = new Set(['glanced', 'looked', 'opened', 'skimmed', 'checked', 'read']);

/** Sympathy with the reader: "you must be stretched", "I know how busy the ward is", "sounds tough". */
function stretched(words: readonly Word[], roles: readonly Role[], at: number): boolean {
  const w = words[at]!.w;
  if (!STRETCHED.has(w)) return false;
  const before = words[at - 1]?.w ?? '';
  const two = words[at - 2]?.w ?? '';
  if (before === 'sounds' || before === 'sounded' || before === 'how' || (before === 'be' && two === 'must')) return true;
  return roles[at - 1] === 'reader' || roles[at - 2] === 'reader';
}

/** Before a virtue, the words that lay it on: "very patient", "so understanding". */
const INTENSIFIERS = new Set(['very', 'so', 'incredibly', 'endlessly', 'extremely', 'terribly', 'remarkably', 'truly']);

/** In a question to them, the words that make it a jab: "does anyone actually read the CVs?" */
const POINTED = new Set(['actually', 'even', 'ever', 'really', 'bother', 'bothers', 'honestly', 'seriously']);

/** A question to the reader's side that expects no answer: "Does anyone there read the CVs?" */
function rhetorical(text: string, words: readonly Word[], roles: readonly Role[]): boolean {
  if (!text.trimEnd().endsWith('?')) return false;
  const opener = words[0]!.w;
  if (!QUESTION_OPENERS.has(opener) || POLITE_ASKS.has(words[1]?.w ?? '')) return false;
  return !(opener === 'is' && words[1]?.w === 'there') && !roles.includes('self');
}

/** Whether the gap between two words holds a comma, semicolon, colon, dash or bracket. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (CLAUSE_BREAKS.includes(text[i]!)) return true;
  return false;
}

const CLAUSE_BREAKS = ',;:\u2013\u2014(';

/** A determiner, then one or two lower-case words in quotes; built at first use. */
const SCARE_SOURCE = String.raw`\b(?:[Yy]our|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+["\u201c\u2018'][a-z][a-z-]*(?:\s[a-z-]+)?["\u201d\u2019'](?![a-z])`;
let scare: RegExp | undefined;

/** One or two words in quotes after a reader's-side determiner: your "process", the 'feedback'. */
function scareQuotes(text: string): readonly [number, number] | null {
  if (!text.includes('"') && !text.includes('\u201c') && !text.includes('\u2018') && !text.includes("'")) return null;
  scare ??= new RegExp(SCARE_SOURCE);
  const match = scare.exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

/** After a quoted label, the reader meeting the writer: what they called the writer, not a sneer. */
function namedWriter(text: string, end: number): boolean {
  return /^\s*(?:that\s+|who\s+|whom\s+)?you\s+(?:interviewed|met|spoke\s+to|talked\s+to|saw|hired|called|had\s+in)\b/i.test(
    text.slice(end),
  );
}

/** How much a disclaimer adds to the sentence before it: "Bold move, on that budget. Kidding!" */
const DISCLAIMED = 1.5;
/** Scorn spread over a note: its two sourest sentences together, when neither passes alone. */
const SPREAD = 3.5;
/** Less when both sentences name the reader's side: a note sour about them twice over. */
const AIMED_SPREAD = 2.5;

/**
 * What an honest note says of a disappointing day without scorn: candour ("I'll be honest"),
 * surprise, resignation ("I suppose"), a thing that did not happen, something older. Alone in a
 * sentence each is a little sour; two such sentences are a candid note, not scorn spread over it.
 */
const CANDID: ReadonlySet<Reason> = new Set([
  'candour',
  'expectation',
  'concession',
  'failure',
  'outdated',
  'faint',
  'presumption',
]);
const turns = (score: Score) => score.reasons.some((reason) => !CANDID.has(reason));

/** Of the two sourest of `scored` (one with a turn of scorn), the one that turns, when together they reach `bar`. */
function spreadOver<T extends { readonly score: Score }>(scored: readonly T[], bar: number): T | undefined {
  const sorted = [...scored].sort((a, b) => b.score.score - a.score.score);
  const first = sorted[0];
  // The sourest other sentence, or, when neither of the two sourest turns, the sourest that does.
  const second = turns(first?.score ?? NO_SCORE) ? sorted[1] : (sorted.slice(1).find((entry) => turns(entry.score)) ?? sorted[1]);
  if (first === undefined || second === undefined) return undefined;
  const sour = first.score.score >= 1.5 && second.score.score >= 1 && first.score.score + second.score.score >= bar;
  if (!sour) return undefined;
  // The warning stands on the sentence that turns: "I'm sure you're across it", not the candid one beside it.
  return turns(first.score) ? first : turns(second.score) ? second : undefined;
}

const NO_SCORE: Score = { score: 0, targeted: false, reasons: [], start: 0, end: 0 };

/** Whether the sentence owns up to a jab: "Kidding! Mostly.", "Not a criticism, just curious!" */
function disclaims(text: string): boolean {
  const folded = ` ${fold(text).replace(/[^a-z' ]+/g, ' ')} `;
  return DISCLAIMERS.some((phrase) => folded.includes(` ${phrase} `));
}

/**
 * The scorer's hits in `prose`: one warning per sentence at or above the threshold. A disclaimer
 * lends its weight to the sentence before it; and when no sentence passes alone, the two sourest
 * together may (scorn told over two sentences, each a little sour).
 */
export function scoredHits(prose: string): Hit[] {
  const hits: Hit[] = [];
  const scored: Array<{ readonly sentence: Span; readonly score: Score; readonly bar: number }> = [];
  let before: { readonly sentence: Span; readonly score: Score } | undefined;
  for (const sentence of sentencesFor(prose)) {
    const score = scoreSentence(sentence.text);
    const disclaimer = before !== undefined && before.score.score > 0 && disclaims(sentence.text);
    if (disclaimer) {
      const lent = { ...before!.score, score: before!.score.score + DISCLAIMED };
      scored.push({ sentence: before!.sentence, score: lent, bar: THRESHOLD });
    }
    if (sentence.text.length >= 12) scored.push({ sentence, score, bar: score.targeted ? THRESHOLD : UNTARGETED_THRESHOLD });
    before = { sentence, score };
  }
  const passing = scored.filter((entry) => entry.score.score >= entry.bar);
  if (passing.length === 0) {
    const spread =
      spreadOver(scored, SPREAD) ??
      spreadOver(
        scored.filter((entry) => entry.score.targeted),
        AIMED_SPREAD,
      );
    if (spread) passing.push(spread);
  }
  const seen = new Set<number>();
  for (const { sentence, score } of passing) {
    if (seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    const start = sentence.start + score.start;
    const end = sentence.start + Math.max(score.end, score.start + 1);
    const excerpt = prose.slice(start, end).replace(/\s+/g, ' ');
    hits.push({ start, end, severity: 'warning', message: MESSAGES.scornScored(excerpt, score.reasons) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

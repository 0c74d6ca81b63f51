// tone-scathing's broad tier: within one sentence, the reader's side (you, your panel, the
// process, the day, whoever they hire) and a negative judgement of it, read word by word. "The
// panel seemed bored", "a pointless exercise", "your recruiter was not the warmest", "the panel
// brushed off my question" are caught by the kind of their words, not by a listed phrase; the
// judgement turned by a negation ("not unkind", "wasn't a waste") is not scorn, and a denied
// virtue ("hardly welcoming") is. Said of the writer ("my answer was sloppy", "rude of me"), of
// a former employer ("my last hospital was chaotic"), or in sympathy ("I know the day was
// chaotic"), it is left alone. These hits are warnings: tone.ts keeps the sure shapes' errors.
import { MESSAGES } from '../messages.js';
import { fold, wordsOf } from '../text.js';
import type { Hit } from '../types.js';
import {
  DISMISSAL,
  DISMISSAL_PHRASES,
  FIRST_PERSON,
  JUDGEMENT,
  JUDGEMENT_NOUNS,
  NEGATORS,
  OF_PEOPLE_ONLY,
  PEOPLE_NOUNS,
  SARCASM_MARKERS,
  TARGET_DETERMINERS,
  TARGET_NOUNS,
  TARGET_PRONOUNS,
  TURN_FILLERS,
  VIRTUE,
} from './tone-lexicon.js';
import { SCORN_SIGNALS } from './scorn-signals.js';
import { piledCues } from './scorn-cues.js';
import { FAINT_PRAISE, SCORN_DEVICES } from './scorn-devices.js';
import { SCORN_CONDESCENSION } from './scorn-condescension.js';
import { SCORN_IRONY, SCORN_TREATMENT } from './scorn-treatment.js';
import { alternatives, SCORN_STANCES } from './scorn-stance.js';
import { SCORN_SARCASM, SCORN_STRUCTURE } from './scorn-structure.js';
import { SCORN_FRAMES } from './scorn-frames.js';
import { apostrophes, bySentence, listOf, sentencesFor } from './sentence-matches.js';

const SIGNALS = listOf([...SCORN_SIGNALS, ...SCORN_DEVICES].map(apostrophes));
const STANCES = listOf([...SCORN_STANCES, ...SCORN_CONDESCENSION].flatMap(alternatives).map(apostrophes));
// The frames (scorn-frames.ts) carry their own sympathy or praise, so they hold through both, as irony does.
const IRONY = listOf([...SCORN_IRONY, ...FAINT_PRAISE, ...SCORN_SARCASM, ...SCORN_FRAMES].map(apostrophes));
const STRUCTURE = listOf(SCORN_STRUCTURE.map(apostrophes));
const TREATMENT = listOf(SCORN_TREATMENT.flatMap(alternatives).map(apostrophes));
/** Before a treatment shape, a supposition: "in case the panel hadn't seen my portfolio". */
const SUPPOSED = /\b(?:in\s+case|(?<!even\s)if|whether|unless|perhaps|maybe)\b/;
/** A denial before a comparison: "nobody could have been kinder than ...". */
const DENIED = /\b(?:no\s+one|nobody|never|none|hard\s+to|couldn't|could\s+not|can't|cannot)\b/;
/** The writer's former workplace: a stance there ("at my last bakery I learned how not to ...") is a story. */
const FORMER = /\b(?:my|our)\s+(?:last|previous|former|old|first)\b|\bat\s+my\b|\bin\s+my\s+last\b/;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly w: string;
}

const COPULAS = new Set(
  'is was are were be been being seem seems seemed feel feels felt look looks looked sound sounds sounded appear appears appeared came become became remain remains remained prove proves proved turned got gets'.split(
    ' ',
  ),
);
/** Subject forms of the writer: a judgement after one of these is the writer's own. */
const WRITER_SUBJECT = new Set(['i', "i'm", "i've", "i'd", "i'll", 'myself', 'we', "we're", "we've"]);
/** What a judgement word can be followed by and still be said of what came before it. */
const AFTER_PREDICATE = new Set(
  'to and or but of in at on with by for from about as when while that which who because since so even throughout all from start the a an and frankly really quite if than then too also there here'.split(
    ' ',
  ),
);
const ARTICLES = new Set([
  'a',
  'an',
  'such',
  'total',
  'complete',
  'utter',
  'absolute',
  'real',
  'bit',
  'proper',
  'right',
  'sheer',
  'pure',
]);
const OBJECTS = new Set(['me', 'my', 'us', 'our', 'candidates', 'applicants', 'people', 'everyone', 'everybody', 'anyone']);
/** Dismissal that is itself the gesture, with nobody named after it: "the interviewer yawned". */
const INTRANSITIVE = new Set(['sneered', 'scoffed', 'smirked', 'yawned', 'sighed']);
/** What only a negation makes into dismissal: "couldn't be bothered", "didn't listen". */
const NEGATED_DISMISSAL = new Set(['bother', 'bothered', 'care', 'cared', 'listen', 'listened', 'listening']);
/** Weak targets: "it was pointless", "that was a farce", said of the day or the process. */
const WEAK_TARGETS = new Set(['it', "it's", 'that', "that's", 'this', 'everything', 'all']);
/** In a sentence with these, the judgement is sympathy, or of a former employer: "I know the day was chaotic". */
export const SYMPATHY =
  /\b(?:i (?:know(?! of\b)|understand|realise|realize|appreciate|imagine)|sorry|no doubt|understandabl[ey]|my (?:last|previous|former|old|current|present|own)|at my|in my last)\b/;
const SINCERE =
  /\b(?:admire[ds]?|lov(?:e|ed)|enjoy(?:ed)?|impress(?:ed|ive)|appreciated?|glad|grateful|thank(?:s|ed)?|learn(?:ed|t)?|excited|keen|look forward)\b/;
const PRAISE =
  /\b(?:great|wonderful|brilliant|lovely|fantastic|excellent|impressive|impressed|admired?|lov(?:e|ed)|enjoyed|kindly|pleasant)\b/;
const SCARE_QUOTED =
  /(?:^|[\s(])(?:[Yy]our|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts|[Oo]ur)\s+["\u201c\u2018']([a-z][a-z-]*(?:\s[a-z-]+)?)["\u201d\u2019'](?![a-z])/g;
const QUOTABLE = new Set(
  'opportunity feedback chat values family culture priority urgency decision update rigour rigor professionalism courtesy transparency fit respect hours flexibility benefits perks package salary bonus support training progression development environment welcome hospitality policy'.split(
    ' ',
  ),
);
/** Verbs of judging before their object: "I found the day insulting", "I thought the panel rude". */
const JUDGING = new Set(['found', 'find', 'finds', 'thought', 'think', 'consider', 'considered', 'deemed', 'call', 'called']);
/** What a reader's side is said not to know: "didn't seem to know what the job involved". */
const KNOWING = new Set(['know', 'knew', 'understand', 'understood', 'grasp', 'grasped']);
/** What follows such a verb when it is the job that is not known: "what the role involved", "anything about". */
const KNOWN_THING = new Set(['what', 'how', 'anything', 'much', 'about', 'who', 'why', 'basic', 'the basics', 'first']);
const CONDITIONS = new Set(['if', 'when', 'unless', 'whether']);
const OF = new Set(['of', 'for', 'on']);
/** After "short", what makes it a lack counted: "short of kits", "short a hand", "short two nurses". */
const SHORT_OF = new Set(['of', 'a', 'an', 'one', 'two', 'three', 'some', 'staffed', 'handed', 'on']);
const WRITER_OBJECT = new Set(['me', 'my', 'mine', 'myself']);
const SUFFERED = new Set(['was', 'felt', 'got', 'been']);
const withoutContraction = (word: string) =>
  word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("'re") ? word.slice(0, -3) : word;
const INTENSIFIERS = new Set([
  'very',
  'so',
  'really',
  'incredibly',
  'extremely',
  'truly',
  'terribly',
  'most',
  'super',
  'such',
  'remarkably',
]);

/**
 * Whether the word, or the word it may be a comparison or an adverb of ("warmest", "ruder",
 * "rudely"), is in the set. Asked of every word several times a sentence: no array per call, and
 * the suffixes are tried only when the word has one.
 */
function inSet(set: ReadonlySet<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (word.endsWith('ly')) return set.has(word.slice(0, -2));
  if (word.endsWith('est'))
    return (
      (word.endsWith('iest') && set.has(`${word.slice(0, -4)}y`)) || set.has(word.slice(0, -3)) || set.has(word.slice(0, -2))
    );
  if (word.endsWith('er'))
    return (word.endsWith('ier') && set.has(`${word.slice(0, -3)}y`)) || set.has(word.slice(0, -2)) || set.has(word.slice(0, -1));
  return false;
}

/** Whether the word at `at` is turned by a negation a few words before: "not unkind", "not the warmest". */
function negated(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i -= 1) {
    const w = words[i]!.w;
    if (NEGATORS.has(w)) return w !== 'not' || words[i + 1]?.w !== 'only';
    if ((w === 'than' && words[i - 1]?.w === 'less') || (w === 'but' && words[i - 1]?.w === 'anything')) return true;
    if (w === 'from' && words[i - 1]?.w === 'far') return true;
    if (!TURN_FILLERS.has(w) && !COPULAS.has(w)) return false;
  }
  return false;
}

/**
 * Where the phrase that names the reader's side at `at` starts ("you", "whoever", "the panel",
 * "your recruiter"), or -1 when the word names nobody there.
 */
function targetStart(words: readonly Word[], at: number, peopleOnly: boolean): number {
  const w = words[at]!.w;
  const bare = withoutContraction(w);
  if (TARGET_PRONOUNS.has(w)) return !peopleOnly || PEOPLE_NOUNS.has(w.split("'")[0]!) ? at : -1;
  if (!TARGET_NOUNS.has(bare) || (peopleOnly && !PEOPLE_NOUNS.has(bare))) return -1;
  for (let i = at - 1; i >= Math.max(0, at - 4); i -= 1) {
    const before = words[i]!.w;
    if (FIRST_PERSON.has(before) || before === 'our') return -1;
    if (TARGET_DETERMINERS.has(before) || before === 'your' || (before.length > 2 && before.endsWith("'s"))) {
      // From the first of them: "the whole process", not "whole process".
      const first = i > 0 && TARGET_DETERMINERS.has(words[i - 1]!.w) ? i - 1 : i;
      return writerNear(words, first) ? -1 : first;
    }
  }
  return -1;
}

/** The writer's own thing just before: "my answer on the rota question", "my notes from the interview". */
function writerNear(words: readonly Word[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i -= 1) if (words[i]!.w === 'my') return true;
  return false;
}

/** The target said before a judgement at `at`, with a linking verb between: "the panel [...] was bored". */
function predicativeTarget(words: readonly Word[], at: number, peopleOnly: boolean): number {
  let linked = false;
  for (let i = at - 1; i >= Math.max(0, at - 10); i -= 1) {
    const w = words[i]!.w;
    if (WRITER_SUBJECT.has(w) || w === 'my' || w === 'mine') return -1;
    if (COPULAS.has(w)) linked = true;
    const contracted = w.endsWith("'s") || w.endsWith("'re");
    const target = targetStart(words, i, peopleOnly);
    // Linked by a verb between ("the panel was rude") or by a verb of judging before ("I found the day insulting").
    if (target >= 0 && (linked || contracted || JUDGING.has(words[target - 1]?.w ?? ''))) return target;
    if ((linked || contracted) && !peopleOnly && WEAK_TARGETS.has(w)) {
      // Not a condition: "more if it's repetitive boilerplate".
      const condition = CONDITIONS.has(words[i - 1]?.w ?? '');
      return clearAfter(words, at) && !condition ? i : -1;
    }
  }
  return -1;
}

/** No writer in the few words after a weak target's judgement: not "it was embarrassing how nervous I was". */
function clearAfter(words: readonly Word[], at: number): boolean {
  for (let i = at + 1; i < Math.min(words.length, at + 5); i += 1) if (FIRST_PERSON.has(words[i]!.w)) return false;
  return true;
}

/** Whether a judgement adjective ends its phrase ("was rude.", "was rude to me"), not "a cold drink". */
function endsPhrase(words: readonly Word[], at: number): boolean {
  const next = words[at + 1]?.w;
  return next === undefined || AFTER_PREDICATE.has(next) || next.endsWith('ly') || JUDGEMENT.has(next);
}

/** An adjective right before a target noun: "a pointless exercise", "your clueless recruiter". */
function attributiveTarget(words: readonly Word[], at: number, peopleOnly: boolean): number {
  for (let i = Math.max(0, at - 3); i < at; i += 1) if (WRITER_SUBJECT.has(words[i]!.w) || words[i]!.w === 'my') return -1;
  for (let i = at + 1; i <= Math.min(words.length - 1, at + 2); i += 1) {
    const w = words[i]!.w;
    if (TARGET_NOUNS.has(w) && (!peopleOnly || PEOPLE_NOUNS.has(w)) && !FIRST_PERSON.has(words[at - 1]?.w ?? '')) return i;
    if (!w.includes('-') && !JUDGEMENT.has(w)) return -1;
  }
  return -1;
}

function judgementHit(words: readonly Word[], at: number): readonly [number, number] | null {
  const w = words[at]!.w;
  if (w === 'of' || w === 'me') return null;
  const judged = inSet(JUDGEMENT, w);
  const ofPeople = !judged && inSet(OF_PEOPLE_ONLY, w);
  const judging = judged || ofPeople;
  const peopleOnly = ofPeople;
  const noun = JUDGEMENT_NOUNS.has(w) && [1, 2, 3].some((back) => ARTICLES.has(words[at - back]?.w ?? ''));
  const denied = inSet(VIRTUE, w) && negated(words, at);
  if (!(judging || noun || denied) || ((judging || noun) && negated(words, at))) return null;
  // Said of the writer after all: "careless of me", "a mess on my part".
  if (OF.has(words[at + 1]?.w ?? '') && WRITER_OBJECT.has(words[at + 2]?.w ?? '')) return null;
  // A lack counted, not a manner: "you're short of drying kits", "you'll be short a Foley artist".
  if (ofPeople && w === 'short' && SHORT_OF.has(words[at + 1]?.w ?? '')) return null;
  if (noun) {
    if (words[at + 1]?.w === 'of' && (words[at + 2]?.w === 'a' || words[at + 2]?.w === 'an') && isTargetNoun(words[at + 3]?.w))
      return [at, at + 3];
    const target = predicativeTarget(words, at, false);
    return target >= 0 ? [target, at] : null;
  }
  // A denied virtue judges whatever follows it: "not the warmest welcome", "hardly a professional start".
  if (denied || endsPhrase(words, at)) {
    const target = predicativeTarget(words, at, peopleOnly);
    if (target >= 0) return [target, at];
  }
  if (judging || denied) {
    const target = attributiveTarget(words, at, peopleOnly);
    if (target >= 0) return [at, target];
  }
  return null;
}

const isTargetNoun = (word: string | undefined) => word !== undefined && TARGET_NOUNS.has(word);

/** Every word a dismissal can start with (dismissalHit's cheap first test). */
const DISMISSAL_STARTS: ReadonlySet<string> = new Set([
  ...DISMISSAL,
  ...DISMISSAL_PHRASES.map((phrase) => phrase.split(' ')[0]!),
  ...NEGATED_DISMISSAL,
  ...KNOWING,
]);

/** The reader's side as the one who dismissed the writer: "the panel brushed off my question", "I was ignored". */
function dismissalHit(words: readonly Word[], at: number): readonly [number, number] | null {
  const w = words[at]!.w;
  // Most words start no dismissal: skip them before building any phrase.
  if (!DISMISSAL_STARTS.has(w)) return null;
  const two = `${w} ${words[at + 1]?.w ?? ''}`;
  const three = `${two} ${words[at + 2]?.w ?? ''}`;
  const phrase = DISMISSAL_PHRASES.find((p) => p === three || p === two);
  const negatedOnly = NEGATED_DISMISSAL.has(w) || phrase === 'be bothered' || phrase === 'bother to';
  // Not knowing the job, said of the reader's side: "the person who interviewed me didn't seem to know what ..."
  const ignorant = KNOWING.has(w) && KNOWN_THING.has(words[at + 1]?.w ?? '') && negated(words, at);
  if (!phrase && !DISMISSAL.has(w) && !negatedOnly && !ignorant) return null;
  if (negatedOnly && !negated(words, at)) return null;
  // "No bother" is a favour made light of, not a dismissal: "I'll drop them round for you, no bother".
  if (w === 'bother' && words[at - 1]?.w === 'no') return null;
  const end = phrase ? at + phrase.split(' ').length - 1 : at;
  // "I was ignored", "I felt completely talked down to": the writer as the one dismissed.
  if (w !== 'interrupted' && w !== 'wasted') {
    const link = words[at - 1]?.w.endsWith('ly') ? at - 2 : at - 1;
    const subject = words[link - 1]?.w;
    if (SUFFERED.has(words[link]?.w ?? '') && (subject === 'i' || subject === "i've")) return [link - 1, end];
  }
  const objectFollows =
    phrase !== undefined ||
    negatedOnly ||
    ignorant ||
    INTRANSITIVE.has(w) ||
    [1, 2, 3].some((ahead) => OBJECTS.has(words[end + ahead]?.w ?? ''));
  if (!objectFollows) return null;
  for (let i = at - 1; i >= Math.max(0, at - 7); i -= 1) {
    const b = words[i]!.w;
    if (WRITER_SUBJECT.has(b) || b === 'my') return null;
    const target = targetStart(words, i, false);
    if (target >= 0) return [target, end];
  }
  return null;
}

/** Sarcasm: a marker ("clearly", "of course") and a virtue said very much of the reader's side. */
function sarcasmHit(words: readonly Word[], text: string): readonly [number, number] | null {
  const marked = words.some((word, i) => SARCASM_MARKERS.has(word.w) || (word.w === 'course' && words[i - 1]?.w === 'of'));
  if (!marked || SINCERE.test(text)) return null;
  for (let at = 1; at < words.length; at += 1) {
    if (!inSet(VIRTUE, words[at]!.w) || !INTENSIFIERS.has(words[at - 1]!.w) || negated(words, at)) continue;
    const target = predicativeTarget(words, at, false);
    if (target >= 0) return [target, at];
  }
  return null;
}

/** The hits of the broad tier, each a warning, at most one per sentence. */
export function scornWarnings(prose: string): Hit[] {
  const hits: Hit[] = [];
  const all = wordsOf(prose);
  const sentences = sentencesFor(prose);
  const devices = bySentence(SIGNALS, prose, sentences);
  const stances = bySentence(STANCES, prose, sentences);
  const ironies = bySentence(IRONY, prose, sentences);
  const treatments = bySentence(TREATMENT, prose, sentences);
  const structures = bySentence(STRUCTURE, prose, sentences);
  let next = 0;
  for (const [index, sentence] of sentences.entries()) {
    const words: Word[] = [];
    while (next < all.length && all[next]!.start < sentence.start) next += 1;
    while (next < all.length && all[next]!.end <= sentence.end) {
      const word = all[next]!;
      words.push({ start: word.start, end: word.end, w: fold(word.text) });
      next += 1;
    }
    if (words.length < 3) continue;
    const text = words.map((word) => word.w).join(' ');
    const raw = prose.slice(sentence.start, sentence.end);
    // The devices hold even in a sentence that sounds sympathetic: "I realise a reply may be a lot to ask of ...".
    // How the reader's side treated the writer, unless said in sympathy or as a supposition.
    const treated = SYMPATHY.test(text)
      ? undefined
      : treatments[index]!.find((match) => !SUPPOSED.test(prose.slice(sentence.start, match.index).toLowerCase()));
    // A judgement by its structure (scorn-structure.ts), unless said in sympathy.
    const structural = SYMPATHY.test(text)
      ? undefined
      : structures[index]!.find(
          // A comparison after a denial is praise: "nobody could have been kinder than your receptionist".
          (match) => !(/\bthan\b/i.test(match[0]) && DENIED.test(prose.slice(sentence.start, match.index).toLowerCase())),
        );
    const device = devices[index]![0] ?? (FORMER.test(text) ? undefined : (stances[index]![0] ?? structural ?? treated));
    // Praise in the same sentence makes a device ("surprised that the team doesn't close") a
    // compliment; irony ("thanks for the lovely forty minutes in your lobby") wears the praise.
    const ironic = ironies[index]![0];
    if (ironic || (device && !PRAISE.test(text))) {
      const shown = (ironic ?? device)!;
      const end = shown.index + shown[0].length;
      hits.push({ start: shown.index, end, severity: 'warning', message: MESSAGES.scornBroad(shown[0].replace(/\s+/g, ' ')) });
      continue;
    }
    let found: readonly [number, number] | null = null;
    for (let at = 0; at < words.length && !found; at += 1) found = judgementHit(words, at) ?? dismissalHit(words, at);
    found ??= sarcasmHit(words, text);
    // Sympathy, or a former employer's: "I know the day was chaotic", "my last hospital was chaotic".
    if (found && SYMPATHY.test(text)) continue;
    if (found) {
      const start = words[found[0]]!.start;
      const end = words[found[1]]!.end;
      hits.push({ start, end, severity: 'warning', message: MESSAGES.scornBroad(prose.slice(start, end).replace(/\s+/g, ' ')) });
      continue;
    }
    const quoted = /["\u201c\u2018]| '/.test(raw) && !SYMPATHY.test(text) ? scareQuoted(raw, sentence.start) : null;
    if (quoted) hits.push(quoted);
    else if (!SYMPATHY.test(text) && !FORMER.test(text) && piledCues(raw)) hits.push(piledHit(raw, sentence.start));
  }
  return hits;
}

/** A target word in scare quotes: your "process", the 'interview', this "opportunity". */
function scareQuoted(sentence: string, offset: number): Hit | null {
  SCARE_QUOTED.lastIndex = 0;
  for (let match = SCARE_QUOTED.exec(sentence); match; match = SCARE_QUOTED.exec(sentence)) {
    const quoted = match[1]!;
    const last = quoted.split(' ').pop()!;
    if (!TARGET_NOUNS.has(last) && !QUOTABLE.has(last)) continue;
    const start = offset + match.index + match[0].length - match[0].trimStart().length;
    const end = offset + match.index + match[0].length;
    return { start, end, severity: 'warning', message: MESSAGES.scornBroad(sentence.slice(start - offset, end - offset)) };
  }
  return null;
}

/** The whole sentence as the place of a warning from piled cues (scorn-cues.ts), trimmed. */
function piledHit(sentence: string, offset: number): Hit {
  const start = offset + sentence.length - sentence.trimStart().length;
  const shown = sentence.trim();
  return { start, end: start + shown.length, severity: 'warning', message: MESSAGES.scornPiled(shown.replace(/\s+/g, ' ')) };
}

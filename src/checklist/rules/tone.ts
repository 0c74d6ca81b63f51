// tone-scathing and tone-impatient: phrase patterns, capital letters and stacked marks.
import { maskedProse } from './masked-prose.js';
import { lettersOf } from '../chars.js';
import { MESSAGES } from '../messages.js';
import { PhraseList } from '../phrase-list.js';
import { knownWordsFor } from '../known-words.js';
import { ACRONYMS } from '../tech-words.js';
import { CREDENTIALS } from '../trade-words.js';
import { fold, wordsOf, type Span } from '../text.js';
import type { CheckContext, Hit, RuleCheck } from '../types.js';
import { scornedSentences } from '../tone-scorer.js';
import { SCORN_SHAPES } from './scorn-grammar.js';
import { inReadersTimeframe, namesDay, othersDeadline, pressureWarnings, vetoed } from './pressure-signals.js';
import { familiarWarnings } from './scorn-familiar.js';
import { reportedByReader } from './scorn-reported.js';
import { scoredHits } from './scorn-scorer.js';
import { sentencesFor } from './sentence-matches.js';
import { isWordShaped } from './shout-shape.js';
import { PRESSURE_GRAMMAR, SCORN_GRAMMAR } from './tone-grammar.js';
import { PRAISE, SYMPATHY, scornWarnings } from './tone-judgement.js';
import { IMPATIENT, LONG_ACRONYMS, SCATHING } from './tone-phrases.js';

// Each list builds one alternation of the patterns a note can match (phrase-list.ts), without
// \p{...} classes (chars.ts): the first check in a fresh process pays for every RegExp it builds.
const SCATHING_LIST = new PhraseList([...SCATHING, ...SCORN_GRAMMAR, ...SCORN_SHAPES]);
const IMPATIENT_LIST = new PhraseList([...IMPATIENT, ...PRESSURE_GRAMMAR]);
const STACKED = /[!?]*!{2,}[!?]*|[!?]*(?:\?!|!\?)[!?]*|\?{3,}/g;
/** The writer accepting the reader's timeframe. */
const ACCEPTING =
  /\b(?:works\s+(?:for|well\s+for)\s+me|suits\s+me|that's\s+fine|is\s+fine|no\s+rush|happy\s+to\s+wait|glad\s+to\s+wait|of\s+course|i\s+understand)\b/;
/** Short words that are shouting when capitalised; other short capitals are taken as acronyms. */
const SHOUTED_SHORT = new Set([
  'VERY',
  'MUST',
  'NEED',
  'NOW',
  'NOT',
  'SO',
  'HUGE',
  'REAL',
  'WHY',
  'PLS',
  'PLZ',
  'HELP',
  'WAIT',
  'ASAP',
]);
const ALLOWED_CAPS = new Set([...LONG_ACRONYMS, ...ACRONYMS, ...CREDENTIALS].map((word) => word.toUpperCase()));
/** Before a capitalised word, the words that make it a name ("the TRACON break room", "our NICU team"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'this', 'that', 'his', 'her', 'its', 'my']);
/** Capitalised after a determiner, these still shout: "the LEAST you could do", "the ONLY answer". */
const SHOUTED_AFTER_THE = new Set(['ONLY', 'LEAST', 'MOST', 'VERY', 'LAST', 'FIRST', 'WHOLE', 'SAME', 'REAL', 'RIGHT']);
/** A word spelled out letter by letter, as a voicemail spells a name: "C-H-I-D-I", "O.K.A.F.O.R". */
const SPELLED_OUT = /^(?:[A-Za-z][-.]){2,}[A-Za-z]\.?$/;

function phraseHits(prose: string, list: PhraseList, message: (phrase: string) => string): Hit[] {
  return list.matches(prose).map((match) => {
    const phrase = match[0].trim();
    const start = match.index + match[0].indexOf(phrase);
    return { start, end: start + phrase.length, message: message(phrase.replace(/\s+/g, ' ')) };
  });
}

export const toneScathing: RuleCheck = (draft, context) => {
  const prose = maskedProse(draft, context);
  const theirs = (hit: Hit) => !reportedByReader(prose, hit);
  const sure = phraseHits(prose, SCATHING_LIST, MESSAGES.scathing)
    .filter((hit) => !ofWritersOwn(prose, hit) && !aimedElsewhere(prose, hit) && !wishesSuccessorWell(prose, hit) && theirs(hit))
    .map((hit) => softened(prose, hit));
  const familiar = familiarWarnings(prose, draft.text, context.interview?.tone === 'formal');
  const kept = (hit: Hit) => theirs(hit) && !wishesSuccessorWell(prose, hit);
  const broad = scornWarnings(prose).filter(kept);
  const scored = beside(prose, broad, scoredHits(prose).filter(kept));
  const found = dedupe([...sure, ...beside(prose, sure, [...broad, ...scored]), ...familiar]);
  return dedupe([...found, ...guessed(draft.text, prose, context, found)]);
};

/**
 * Words of the writer's patience, the reader's load or an innocent reason: "I'm sure you're
 * busy", "which is fine", "the committee will choose well", "the biggest thing I took away", "my
 * lack of a forklift ticket", "which surprised me", "it may have gone to spam"; or an
 * offer of free work, which is gimmick's ("I'll repaint the waiting room, no charge").
 */
const PATIENCE =
  /\b(?:busy|(?:is|that's|that\s+is)\s+fine|whenever\s+suits|no\s+rush|(?:find|hire|choose|pick)\s+the\s+right\s+(?:person|candidate|fit)|took\s+away|my\s+lack\s+of|surprised\s+me|choose\s+well|learn\s+(?:a\s+(?:huge|great)\s+(?:amount|deal)|a\s+lot)|no\s+charge|free\s+of\s+charge|(?:may|might)\s+have\s+(?:gone|ended\s+up|landed|got\s+lost))\b/;

/**
 * A sentence the trained tier leaves alone whatever its score, as the patterns do: sympathy
 * ("I know the holidays stretch everyone"), praise or thanks, patience ("I'm sure you're busy
 * with the audit"), or good wishes for the one they chose with no jab in them ("I'm sure
 * whoever you choose will do a great job"). The table learnt the cues of sarcasm ("I'm sure",
 * "no wonder", "I suppose") and cannot tell when they are said in earnest.
 */
export function guessVetoed(sentence: string): boolean {
  const text = fold(sentence);
  if (PATIENCE.test(text)) return true;
  if (STING.test(text) && !PRAISE.test(text)) return false;
  return SYMPATHY.test(text) || PRAISED.test(text) || PRAISE.test(text) || GOOD_WISH.test(text) || /\bthank/.test(text);
}

/** Up to this many words of a sentence are quoted in the trained tier's warning. */
const QUOTED_WORDS = 12;

/**
 * The trained tier (tone-scorer.ts): a warning for each sentence the table takes for scorn and
 * the patterns above found nothing in, quoting its opening words as written (the masked prose
 * has the company blanked).
 */
function guessed(text: string, prose: string, context: CheckContext, found: readonly Hit[]): Hit[] {
  const sentences = sentencesFor(prose);
  const taken = (sentence: Span) => found.some((hit) => hit.start < sentence.end && sentence.start < hit.end);
  return scornedSentences(
    sentences.filter((sentence) => !taken(sentence) && !guessVetoed(sentence.text)),
    context,
  ).map((sentence) => {
    const words = text.slice(sentence.start, sentence.end).trim().split(/\s+/);
    const quoted =
      words.length > QUOTED_WORDS
        ? `${words
            .slice(0, QUOTED_WORDS)
            .join(' ')
            .replace(/[,;:]$/, '')}...`
        : words.join(' ');
    return { start: sentence.start, end: sentence.end, severity: 'warning', message: MESSAGES.scornGuessed(quoted) };
  });
}

/**
 * A shape whose target is only the complement of the writer's own thing: in "my answer on the
 * audit question was lazy" the answer is judged, not the question.
 */
function ofWritersOwn(prose: string, hit: Hit): boolean {
  return /\bmy\s+[\w-]+\s+(?:on|about|to|for|in|from|during|at|of)\s+$/i.test(
    prose.slice(Math.max(0, hit.start - 40), hit.start),
  );
}

/** Before a stock phrase, a denial or a hope that it is not so: "I don't think you'll regret", "I hope this isn't a waste of". */
const HOPED_NOT =
  /\b(?:(?:don't|do\s+not|didn't|did\s+not)\s+(?:think|believe|want|expect|mean)|doubt|hope\s+(?:\w+\s+){0,3}?(?:isn't|wasn't|won't|is\s+not|was\s+not|will\s+not)|(?:isn't|wasn't|won't|is\s+not|was\s+not|never)(?!\s+(?:just|only|merely)\b))\s+(?:\w+\s+){0,3}?$/i;
/** Before "your loss", condolence: "so sorry to hear about your loss". */
const CONDOLENCE =
  /\b(?:sorry\s+(?:for|about|to\s+(?:hear|learn|read)\s+(?:of|about))|(?:condolences|sympathies|sympathy)\s+(?:on|for))\s+$/i;
/** After "shame on", the writer: "shame on me" (what they do to the writer, "catching me out", is still theirs). */
const ON_THE_WRITER = /^\s*(?:me|myself)\b/i;
/** After "in case you missed it", a thing sent again: a courtesy, not a jab. */
const RESENT =
  /^[,\s]*(?:i(?:'ve|\s+have)\s+(?:re-?)?(?:attached|sent|included|added|copied)|here\s+(?:it\s+)?is|(?:it's|it\s+is)\s+attached|attached|i'm\s+(?:re)?sending)/i;

/**
 * A stock phrase aimed elsewhere than at the reader: denied or hoped against ("I don't think
 * you'll regret it", "I hope this isn't a waste of your time"), a condolence ("sorry for your
 * loss"), turned on the writer ("shame on me"), or a resend ("in case you missed it, I've attached").
 */
function aimedElsewhere(prose: string, hit: Hit): boolean {
  const before = prose.slice(Math.max(0, hit.start - 50), hit.start);
  const after = prose.slice(hit.end, hit.end + 40);
  const found = prose.slice(hit.start, hit.end).toLowerCase();
  return (
    // "never anything but a waste of my time" turns the denial back.
    (HOPED_NOT.test(before) && !/\b(?:but|except|than)\s+(?:\w+\s+){0,2}$/i.test(before)) ||
    (/\bloss$/.test(found) && CONDOLENCE.test(before)) ||
    (/\bon$/.test(found) && ON_THE_WRITER.test(after)) ||
    /^\s*(?:for|to)\s+(?:me|myself)\b/i.test(after) ||
    (found.startsWith('in case') && RESENT.test(after))
  );
}

/** The one they chose, named: "whoever you hired", "the person you picked", "the candidate you went with". */
const SUCCESSOR =
  /\b(?:whoever|the\s+(?:person|candidate|one|applicant|new\s+hire)|your\s+(?:new\s+)?(?:hire|pick|choice|candidate))\b/i;
/** Good wishes for them: "will do a great job", "is lucky to be joining", "enjoys the unit as much as I did". */
const GOOD_WISH =
  /\b(?:(?:will|'ll|is\s+going\s+to|should)\s+(?:do\s+(?:a\s+)?(?:really\s+)?(?:great|good|brilliant|fantastic|excellent|wonderful|fine)\s+job|do\s+(?:really\s+|very\s+)?well|be\s+(?:a\s+)?(?:great|good|brilliant|fantastic|excellent|wonderful|strong|real)\b|thrive|settle\s+in|fit\s+in|enjoy|love)|enjoys?|loves?|lucky\s+to\s+(?:be\s+)?(?:join|joining|work|working|be\s+part)|congratulat\w*|wish\s+(?:them|him|her|the\s+\w+)\s+(?:well|every|all|the\s+best|luck)|every\s+success)\b/i;
/** Sure of it, the scorer's cue of irony: what the good wishes then say in earnest. */
const SURE = /^i(?:'m|\s+am)\s+sure$|^i\s+have\s+no\s+doubt$/i;
/**
 * What makes a word about them a jab: a measure of their care or knowledge against the writer's
 * ("cares half as much", "as much as I do"), a doubt ("actually", "even"), praise laid on
 * ("absolutely perfect"), or a cost ("cheaper").
 */
const STING =
  /\b(?:half\s+as|as\s+(?:much|well)\s+as\s+I\s+(?:do|care|know)|actually|even|bother\w*|at\s+least|absolutely|truly|incredibly|perfect|cheaper|younger|cares?|cared|knows?|understands?|clue|worth\s+it|better\s+than\s+me|deserves?|luck\s+with\s+that)\b/i;

/**
 * A sure shape about the one they chose, said with good wishes and no jab ("I'm sure the person
 * you chose will do a great job", "I hope whoever you went with enjoys the unit as much as I
 * did"): grace in a reply to a no, not sarcasm. "I hope whoever you hire cares half as much" still stings.
 */
function wishesSuccessorWell(prose: string, hit: Hit): boolean {
  const sentence = sentencesFor(prose).find((s) => s.start <= hit.start && hit.start < s.end);
  const found = prose.slice(hit.start, hit.end);
  if (sentence === undefined || !(SUCCESSOR.test(found) || SURE.test(found))) return false;
  return GOOD_WISH.test(sentence.text) && !STING.test(sentence.text);
}

/** Praise in the sentence, which a stock phrase may explain ("I'm not surprised the team is so proud of the ward"). */
const PRAISED = /\b(?:appreciat\w*|enjoy(?:ed|ing)?|proud|glad|delighted|impressed|admir\w*|spotless|inspir\w*)\b/;

/**
 * A sure shape said in sympathy, beside praise or next to the writer's own work ("I know the day
 * was chaotic", "my answer on the rota question was sloppy") may still be scorn, but is not sure: a warning.
 */
function softened(prose: string, hit: Hit): Hit {
  const sentenceStart = Math.max(prose.lastIndexOf('.', hit.start), prose.lastIndexOf('\n', hit.start)) + 1;
  const before = fold(prose.slice(Math.max(sentenceStart, hit.start - 40), hit.start));
  const sentence = fold(prose.slice(sentenceStart, Math.min(prose.length, hit.end + 80)));
  const own = sentencesFor(prose).find((s) => s.start <= hit.start && hit.start < s.end)?.text ?? '';
  return SYMPATHY.test(sentence) || PRAISED.test(fold(own)) || /\bmy\s+(?:\S+\s+){0,3}$/.test(before)
    ? { ...hit, severity: 'warning' }
    : hit;
}

/**
 * A sure pressure shape that is the reader's own timeframe ("you mentioned you plan to decide by
 * December 4") or news ("I have accepted another offer") rather than pressure.
 */
function notPressure(prose: string, hit: Hit, decision: string | null | undefined): boolean {
  const sentence = sentencesFor(prose).find((s) => s.start <= hit.start && hit.start < s.end);
  if (sentence === undefined) return false;
  const found = prose.slice(hit.start, hit.end).toLowerCase();
  const text = sentence.text.toLowerCase();
  // Their date held to as theirs ("decide by December 4"), or accepted ("and that works for me"); a
  // promise held against them ("you said you would call me by Monday") is still pressure.
  const theirs = inReadersTimeframe(sentence.text) && (/\b(?:by|before|within|until)\b/.test(found) || ACCEPTING.test(text));
  // Their decision's date restated with nothing held against it ("You said you would decide by
  // December 4. I am still interested"): pressure only with a reproach, "but it's now the 9th".
  // Their decision only: "you said you would call me by Monday" is a promise to the writer, held against them.
  // Any promise of theirs restated beside the writer's patience ("You said you'd be in touch by the
  // 3rd; I'm writing only to say I'm still interested") is a reminder, not a reproach.
  const restated =
    /\b(?:said|told\s+me|promised|mentioned|assured\s+me)\b/.test(found) &&
    (/\bdecid/.test(found) || PATIENT.test(text)) &&
    !REPROACH.test(text);
  // Their own decision day asked about, not a demand nor held against them: "hope to hear from you by the 11th".
  const theirDay =
    namesDay(found, decision) && !/\b(?:need|want|expect|require|must|demand)\b/.test(found) && !REPROACH.test(text);
  // Time counted beside the writer's keenness, nothing held against them: "It has been ten days
  // since the interview and I'm still excited about the role" is news of the writer, not a reproach.
  const counted = COUNTED_TIME.test(found) && PATIENT.test(text) && !REPROACH.test(text);
  return (
    theirs ||
    restated ||
    theirDay ||
    counted ||
    toldToExpect(prose, hit, text) ||
    toHearFromOthers(prose, hit) ||
    reported(prose, hit) ||
    vetoed(found, sentence.text, hit.start - sentence.start) ||
    othersDeadline(sentence.text, hit.start - sentence.start)
  );
}

/**
 * What they told the writer to expect, said back with nothing held against them ("I was told to
 * expect a decision by Friday, so I wanted to ask whether there is any news"): their words, not
 * the writer's demand. "I expect a decision by Friday" is still one.
 */
function toldToExpect(prose: string, hit: Hit, sentence: string): boolean {
  const found = prose.slice(hit.start, hit.end).toLowerCase();
  if (!found.startsWith('expect')) return false;
  const before = prose.slice(Math.max(0, hit.start - 40), hit.start).toLowerCase();
  return (
    /\b(?:(?:was|were|been|am|are)\s+told|(?:told|asked|advised)\s+(?:me|us))\s+to\s+$/.test(before) && !REPROACH.test(sentence)
  );
}

/**
 * The reader told to expect a call from someone else ("I've passed her your number, so expect to
 * hear from her by Friday"): news of a third party's call, nothing the reader owes. "I expect to
 * hear from you by Friday" is still a demand, and so is the writer's own "I expect to hear from Maria".
 */
function toHearFromOthers(prose: string, hit: Hit): boolean {
  const found = prose.slice(hit.start, hit.end).toLowerCase();
  if (!/^expect\s+to\s+hear\s+(?:back\s+)?from\s+(?!you\b|your\b|me\b|us\b)/.test(found)) return false;
  const before = prose.slice(Math.max(0, hit.start - 30), hit.start).toLowerCase();
  return !/\b(?:i|we|i'll|i'd|we'll)\s+(?:\w+\s+)?$/.test(before);
}

/** A while counted out: "it has been ten days", "over two weeks now". */
const COUNTED_TIME = /\b(?:been|over|more\s+than)\b[^.!?\n]{0,20}?\b(?:days|weeks|months)\b/;
/** The writer still keen or content to wait: what makes a restated promise a reminder. */
const PATIENT =
  /\b(?:(?:still|remain|remains|am\s+still)\s+(?:very\s+|really\s+|just\s+as\s+|as\s+)?(?:interested|keen|excited|enthusiastic)|happy\s+to\s+wait|glad\s+to\s+wait|no\s+rush|only\s+to\s+say|just\s+to\s+say)\b/;
/** What holds a restated promise against the reader; "thanks again" is thanks, not "again". */
const REPROACH =
  /\b(?:but|yet(?=\s+\w)|however|although|though|already|never|(?<!\bthanks?\s+|\bthank\s+you\s+)again|passed|past|came\s+and\s+went|it(?:'s|\s+is)\s+now|still\s+(?:no|not|nothing|haven't|hasn't|have\s+not|has\s+not|waiting)|(?:haven't|hasn't|have\s+not|has\s+not)\s+(?:heard|had|received|got))\b/;

/** "Henrike let me know today that I wasn't chosen": news told, not an answer demanded. */
function reported(prose: string, hit: Hit): boolean {
  const found = prose.slice(hit.start, hit.end).toLowerCase();
  if (!found.startsWith('let me know') && !found.startsWith('told me') && !found.startsWith('tell me')) return false;
  const before = prose.slice(Math.max(0, hit.start - 30), hit.start).toLowerCase();
  const asking = /(?:please|can\s+you|could\s+you|would\s+you|will\s+you|to|and|just|kindly|do)\s+$|(?:^|[.!?\n,;:])\s*$/.test(
    before,
  );
  return !asking && /^\s*(?:that|about|on\s+\w+\s+that)\b/i.test(prose.slice(hit.end, hit.end + 20));
}

/** The broad tier's warnings in sentences with no sure hit: a sentence says what is wrong once. */
function beside(prose: string, sure: readonly Hit[], broad: readonly Hit[]): Hit[] {
  if (sure.length === 0) return [...broad];
  const sentences = sentencesFor(prose);
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end + 1);
  const taken = new Set(sure.map((hit) => sentenceOf(hit.start)));
  return broad.filter((hit) => !taken.has(sentenceOf(hit.start)));
}

/** `known`: the context's own words in capitals, asked for only when a word is in capitals. */
function isShouting(token: string, known: () => ReadonlySet<string>): boolean {
  const letters = lettersOf(token);
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase() || SPELLED_OUT.test(token)) return false;
  // Capitals in a technical token ("HEC-RAS", "PCSWMM", "LEAP-1A") name a thing; only words shout.
  if (!isWordShaped(token)) return false;
  return !ALLOWED_CAPS.has(token.toUpperCase()) && !ALLOWED_CAPS.has(letters) && !known().has(token.toUpperCase());
}

export const toneImpatient: RuleCheck = (draft, context) => {
  const prose = maskedProse(draft, context);
  const decision = context.interview?.timeframe?.date;
  const hits = phraseHits(prose, IMPATIENT_LIST, MESSAGES.impatientPhrase).filter((hit) => !notPressure(prose, hit, decision));
  hits.push(...beside(prose, hits, pressureWarnings(prose, decision)));
  let capitals: ReadonlySet<string> | undefined;
  const known = () => (capitals ??= new Set(knownWordsFor(context).map((word) => word.toUpperCase())));
  const words = wordsOf(prose);
  let run: Span[] = [];
  const flushRun = () => {
    // Three capitalised words in a row ("CALL ME BACK") shout even when each is short.
    if (run.length >= 3)
      hits.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        message: MESSAGES.shouting(prose.slice(run[0]!.start, run[run.length - 1]!.end)),
      });
    run = [];
  };
  for (const [at, word] of words.entries()) {
    const letters = lettersOf(word.text);
    // A single capital ("I", "A") never shouts: skip the look-up, and building the known words.
    const shouting =
      letters.length >= 2 &&
      isShouting(word.text, known) &&
      !namedAfterDeterminer(words, at, letters) &&
      !namedAfterPreposition(prose, words, at, letters) &&
      !inSlot(prose, word) &&
      !listedWithAcronym(words, at, known);
    if (shouting && letters.length >= 2) run.push(word);
    else flushRun();
    if (shouting && (letters.length >= 5 || SHOUTED_SHORT.has(letters)) && letters !== 'ASAP' && run.length < 3) {
      hits.push({ start: word.start, end: word.end, message: MESSAGES.shouting(word.text) });
    }
  }
  flushRun();
  STACKED.lastIndex = 0;
  for (let match = STACKED.exec(prose); match; match = STACKED.exec(prose)) {
    hits.push({ start: match.index, end: match.index + match[0].length, message: MESSAGES.exclamations(match[0]) });
  }
  return dedupe(hits);
};

/**
 * A capitalised word between a determiner and a word in lower case names a thing, as an acronym
 * does ("the TRACON break room", "a HVAC unit"); a superlative there still shouts ("the LEAST you could do").
 */
function namedAfterDeterminer(words: readonly Span[], at: number, letters: string): boolean {
  const before = words[at - 1]?.text.toLowerCase();
  const after = words[at + 1]?.text;
  if (before === undefined || after === undefined || !DETERMINERS.has(before)) return false;
  if (letters.endsWith('EST') || SHOUTED_AFTER_THE.has(letters)) return false;
  return after[0] !== undefined && after[0] !== after[0].toUpperCase();
}

/** Prepositions before a name: "at CROPNUTS", "a week of ASHRAE reading", "through USAJOBS". */
const PREPOSITIONS = new Set(['at', 'from', 'through', 'via', 'with', 'of', 'on', 'in', 'into', 'like', 'using']);
/** After a preposition these still shout: "with URGENCY", "in WRITING", "at ONCE". */
const SHOUTED_AFTER_PREPOSITION = new Set(['URGENCY', 'WRITING', 'ONCE', 'LEAST', 'LAST', 'ALL', 'PERSON', 'FULL']);

/**
 * A long word in capitals after a preposition is a name, as a lab, a body or a site is ("I sent
 * one sample in ten to CROPNUTS", "a week of ASHRAE reading"): a raised voice shouts a verb, an
 * adverb or a demand ("PLEASE", "IMMEDIATELY"), seldom a noun after "at" or "of".
 */
function namedAfterPreposition(prose: string, words: readonly Span[], at: number, letters: string): boolean {
  const previous = words[at - 1];
  const before = previous?.text.toLowerCase();
  if (previous === undefined || before === undefined || !PREPOSITIONS.has(before)) return false;
  // The preposition in the same line, nothing between: "PLEASE" opening a paragraph after "... in" still shouts.
  if (!/^[ \t]+$/.test(prose.slice(previous.end, words[at]!.start))) return false;
  return letters.length >= 5 && !letters.endsWith('LY') && !SHOUTED_AFTER_PREPOSITION.has(letters) && !SHOUTED_SHORT.has(letters);
}

/**
 * Capitals alone inside brackets are a slot's label left in ("(SHOW NAME HERE)", "<COMPANY>"),
 * which the placeholder rule reports, not a raised voice.
 */
function inSlot(prose: string, word: Span): boolean {
  const before = /[([<{]([A-Z\s'-]*)$/.exec(prose.slice(Math.max(0, word.start - 40), word.start));
  return before !== null && /^[A-Z\s'-]*[)\]>}]/.test(prose.slice(word.end, word.end + 40));
}

/** A short capital that is no shouted word ("FAM", "PA") is a name, as an acronym is. */
function isShortName(word: Span | undefined): boolean {
  if (word === undefined) return false;
  const letters = lettersOf(word.text);
  return letters.length >= 2 && letters.length <= 3 && letters === letters.toUpperCase() && !SHOUTED_SHORT.has(letters);
}

/**
 * Capitals joined by "and" or "or" to another name in capitals are one more of those names:
 * "I passed FAM and ALTAM" lists two exams, it does not shout the second.
 */
function listedWithAcronym(words: readonly Span[], at: number, known: () => ReadonlySet<string>): boolean {
  const joined = (i: number) => /^(?:and|or|&)$/i.test(words[i]?.text ?? '');
  const named = (w: Span | undefined) =>
    w !== undefined && (isShortName(w) || ALLOWED_CAPS.has(w.text.toUpperCase()) || known().has(w.text.toUpperCase()));
  return (joined(at - 1) && named(words[at - 2])) || (joined(at + 1) && named(words[at + 2]));
}

/** One finding per place: a long capitalised word inside a shouted run is reported once. */
function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const hit of sorted) {
    const last = out[out.length - 1];
    if (last && hit.start < last.end) continue;
    out.push(hit);
  }
  return out;
}

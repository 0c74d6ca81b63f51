// tone-scathing's broad tier of sentence shapes: within one sentence, a device, a stance, a
// treatment, a structure or an irony of scorn (the scorn-*.ts lists), or cues piled up
// (scorn-cues.ts). Said in sympathy ("I know the day was chaotic") or
// of a former employer, a shape is left alone, and praise in the sentence makes a device a
// compliment. These hits are warnings: tone.ts keeps the sure shapes' errors. Judgements by the
// kind of their words ("the panel seemed bored", "a pointless exercise") are the scorer's
// (scorn-scorer.ts), which weighs who is judged against sympathy and the writer's own feelings.
import { splitTopLevel } from '../phrase-list.js';
import { MESSAGES } from '../messages.js';
import { fold, wordsOf } from '../text.js';
import type { Hit } from '../types.js';
import { SCORN_SIGNALS } from './scorn-signals.js';
import { piledCues } from './scorn-cues.js';
import { FAINT_PRAISE, SCORN_DEVICES } from './scorn-devices.js';
import { SCORN_CONDESCENSION } from './scorn-condescension.js';
import { SCORN_IRONY, SCORN_TREATMENT, SCORN_TREATMENT_NEEDS } from './scorn-treatment.js';
import { SCORN_STANCES } from './scorn-stance.js';
import { SCORN_SARCASM, SCORN_STRUCTURE } from './scorn-structure.js';
import { SCORN_FRAMES } from './scorn-frames.js';
import { apostrophes, bySentence, gatedList, listOf, sentencesFor } from './sentence-matches.js';

const SIGNALS = listOf([...SCORN_SIGNALS, ...SCORN_DEVICES].map(apostrophes));
// Each top-level alternative a pattern of its own: a PhraseList reads one pattern's anchors as the
// union of its alternatives', so "A|B" is tried whenever either's words are in the note; split,
// each is tried only when its own are (the matches are the same: one alternation, same order).
const STANCES = listOf([...SCORN_STANCES, ...SCORN_CONDESCENSION].flatMap(splitTopLevel).map(apostrophes));
// The frames (scorn-frames.ts) carry their own sympathy or praise, so they hold through both, as irony does.
const IRONY = listOf([...SCORN_IRONY, ...FAINT_PRAISE, ...SCORN_SARCASM, ...SCORN_FRAMES].map(apostrophes));
const STRUCTURE = listOf(SCORN_STRUCTURE.map(apostrophes));
// Each alternative of a treatment shape needs what its shape needs (scorn-treatment.ts's SCORN_TREATMENT_NEEDS).
const treatmentFor = gatedList(
  SCORN_TREATMENT.flatMap(splitTopLevel).map(apostrophes),
  SCORN_TREATMENT.flatMap((shape, at) => {
    const need = SCORN_TREATMENT_NEEDS[at] ?? null;
    return splitTopLevel(shape).map(() => (need === null ? null : apostrophes(need)));
  }),
);
/** Before a treatment shape, a supposition: "in case the panel hadn't seen my portfolio". */
const SUPPOSED = /\b(?:in\s+case|(?<!even\s)if|whether|unless|perhaps|maybe)\b/;
/** A denial before a comparison: "nobody could have been kinder than ...". */
const DENIED = /\b(?:no\s+one|nobody|never|none|hard\s+to|couldn't|could\s+not|can't|cannot)\b/;
/** The writer's former workplace: a stance there ("at my last bakery I learned how not to ...") is a story. */
const FORMER = /\b(?:my|our)\s+(?:last|previous|former|old|first)\b|\bat\s+my\b|\bin\s+my\s+last\b/;

/** The writer owning a slip of their own: "I should have ...", "my mistake", "I'd let the butter warm". */
const OWN_SLIP =
  /\bi\s+(?:should(?:n't|\s+not)?\s+have|ought\s+to\s+have|could\s+have|forgot|misjudged|misread|rushed|let)\b|\bi'd\s+(?:let|forgotten|misread|rushed)\b|\bmy\s+(?:own\s+)?(?:mistake|fault|error|slip)\b/;
/** In a sentence with these, the judgement is sympathy, or of a former employer: "I know the day was chaotic". */
export const SYMPATHY =
  /\b(?:i (?:know(?! of\b)|understand|realise|realize|appreciate|imagine)|sorry|no doubt|understandabl[ey]|my (?:last|previous|former|old|current|present|own)|at my|in my last)\b/;
export const PRAISE =
  /\b(?:great|wonderful|brilliant|lovely|fantastic|excellent|impressive|impressed|admired?|lov(?:e|ed)|enjoyed|kindly|pleasant)\b/;

/** The hits of the broad tier, each a warning, at most one per sentence. */
export function scornWarnings(prose: string): Hit[] {
  const hits: Hit[] = [];
  const all = wordsOf(prose);
  const sentences = sentencesFor(prose);
  const devices = bySentence(SIGNALS, prose, sentences);
  const stances = bySentence(STANCES, prose, sentences);
  const ironies = bySentence(IRONY, prose, sentences);
  const treatments = bySentence(treatmentFor(prose), prose, sentences);
  const structures = bySentence(STRUCTURE, prose, sentences);
  let next = 0;
  for (const [index, sentence] of sentences.entries()) {
    const words: string[] = [];
    while (next < all.length && all[next]!.start < sentence.start) next += 1;
    while (next < all.length && all[next]!.end <= sentence.end) {
      const word = all[next]!;
      words.push(fold(word.text));
      next += 1;
    }
    if (words.length < 3) continue;
    const text = words.join(' ');
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
    // "Lesson learned" after the writer's own slip ("I should have put it back ...") is the writer's lesson.
    const lesson = (match: RegExpExecArray) =>
      /^lesson\s/i.test(match[0]) && OWN_SLIP.test(fold(sentences[index - 1]?.text ?? ''));
    const device =
      devices[index]!.find((match) => !lesson(match)) ??
      (FORMER.test(text) ? undefined : (stances[index]![0] ?? structural ?? treated));
    // Praise in the same sentence makes a device ("surprised that the team doesn't close") a
    // compliment; irony ("thanks for the lovely forty minutes in your lobby") wears the praise.
    const ironic = ironies[index]![0];
    if (ironic || (device && !PRAISE.test(text))) {
      const shown = (ironic ?? device)!;
      const end = shown.index + shown[0].length;
      hits.push({ start: shown.index, end, severity: 'warning', message: MESSAGES.scornBroad(shown[0].replace(/\s+/g, ' ')) });
      continue;
    }
    if (!SYMPATHY.test(text) && !FORMER.test(text) && piledCues(raw)) hits.push(piledHit(raw, sentence.start));
  }
  return hits;
}

/** The whole sentence as the place of a warning from piled cues (scorn-cues.ts), trimmed. */
function piledHit(sentence: string, offset: number): Hit {
  const start = offset + sentence.length - sentence.trimStart().length;
  const shown = sentence.trim();
  return { start, end: start + shown.length, severity: 'warning', message: MESSAGES.scornPiled(shown.replace(/\s+/g, ' ')) };
}

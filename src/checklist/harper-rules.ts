// Which of Harper's rules speak for our `spelling` and `grammar`. Harper sorts its lints into
// kinds, and a kind mixes slips with style advice: "would of" (ModalOf) and "more excited then
// ever" (ThenThan) are filed as WordChoice and Miscellaneous beside "how to" and "as soon as
// possible" phrasing tips. So a lint is ours by its kind, as before, or by its rule's name here;
// a rule named in NOT_OURS is never ours, whatever its kind. harper.js 2.10's rule names.
import type { RuleId } from './types.js';

/** Kinds whose lints are slips a reader notices; style advice ("Readability", "WordChoice") is not ours to give. */
const SPELLING_KINDS = new Set(['Spelling']);
// Harper files a doubled word ("to to") under Typo: that is grammar to a reader, not spelling.
const GRAMMAR_KINDS = new Set([
  'Typo',
  'Grammar',
  'Agreement',
  'Punctuation',
  'Capitalization',
  'Repetition',
  'BoundaryError',
  'WordOrder',
  'Malapropism',
  'Eggcorn',
  'Usage',
]);

/**
 * Rules of the other kinds that catch a word confused with another, which no writer means:
 * "would of" (ModalOf), "an pleasure" and "a honor" (AnA, narrowed in harper-misreads.ts),
 * "forward too hearing" (ToTwoToo), "more excited then ever" (ThenThan), "Everyday I learn"
 * (Everyday).
 */
const SLIP_RULES = new Set(['ModalOf', 'AnA', 'ToTwoToo', 'ThenThan', 'Everyday']);

/**
 * Harper's SplitWords offers "a dress" for "adress" and "use full" for "usefull" under Typo. What
 * survives isCompoundSplit (harper-misreads.ts) is a misspelled word, and spelling's to report.
 */
export const SPLIT_WORDS = 'SplitWords';

/**
 * Rules of our kinds that are advice, not a slip: "ok" is a word as much as "okay" (OkToOkay).
 * Harper's own SpellCheck and the rest of the Spelling kind stay.
 */
const NOT_OURS = new Set(['OkToOkay']);

/**
 * Rules the worker turns off in Harper itself. OrthographicConsistency flags "Sam" as "SAM".
 * LongSentences is advice, and worse: its lint spans the whole sentence, and Harper drops the
 * lints that overlap another, so a sentence past its length lost every typo inside it ("Their
 * are a lot of similarities ... overnight." raised nothing). DiscourseMarkers is advice too.
 */
export const HARPER_RULES_OFF: Readonly<Record<string, boolean>> = {
  OrthographicConsistency: false,
  LongSentences: false,
  // "Honestly I fumbled that one": the comma after an opening adverb is the writer's choice, and
  // style guides differ on it; as a grammar warning it fell on good notes in every trade.
  DiscourseMarkers: false,
};

/** The unknown-word rule: only its lints are the writer's word missing from Harper's dictionary. */
export const SPELL_CHECK = 'SpellCheck';

/** Which of our rules a Harper lint belongs to, from its rule's name and its kind. */
export function ruleFor(lint: { readonly rule?: string; readonly kind: string }): RuleId | null {
  if (lint.rule !== undefined) {
    if (NOT_OURS.has(lint.rule)) return null;
    if (SLIP_RULES.has(lint.rule)) return 'grammar';
    if (lint.rule === SPLIT_WORDS) return 'spelling';
  }
  if (SPELLING_KINDS.has(lint.kind)) return 'spelling';
  if (GRAMMAR_KINDS.has(lint.kind)) return 'grammar';
  return null;
}

/**
 * Whether a lint says only that Harper's dictionary lacks the word: the filters for names,
 * terms and other spellings (harper-misreads.ts) apply to these, and not to "payed" for "paid"
 * (Payed), which Harper knows is a real word used wrongly.
 */
export function isUnknownWord(lint: { readonly rule?: string; readonly kind: string }): boolean {
  return lint.kind === 'Spelling' && (lint.rule === undefined || lint.rule === SPELL_CHECK);
}

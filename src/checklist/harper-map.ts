// Turns Harper's lints into our findings. Pure, so it is tested without loading 16 MB of WASM.
// harper.js already reports spans in UTF-16 code units, like JS strings and our Finding columns
// (checked with emoji and CJK text; the unit test pins it).
import type { Finding } from '../model/types.js';
import { MESSAGES } from './messages.js';
import { excerptOf, locator } from './position.js';
import {
  isAbbreviationStop,
  isAccentedFormOfSuggestion,
  isArticleMisread,
  isArticleBeforeIng,
  isCapitalOnlyEntry,
  isDoubledIntensifier,
  isLetterOrInitial,
  isFigureToken,
  isLetterCompound,
  isSingularInS,
  isThingGiven,
  isAnswerNo,
  isEndingOfKnownWord,
  isFarFromEveryWord,
  isHyphenatedPrefix,
  isNameParticle,
  isWordOfKnownName,
  isShortFormOfKnownName,
  isInBorrowedPhrase,
  isItIsName,
  isOtherDialectSpelling,
  isCompoundSplit,
  isNearKnownWord,
  nearestKnownWord,
  isOrdinaryWordsAsBrand,
  isPieceOfKnownWord,
  isPossessiveMisread,
  isPieceOfModifierWord,
  isParticlePlural,
} from './harper-misreads.js';
import { isUnknownWord, ruleFor, SPLIT_WORDS } from './harper-rules.js';
import { OWN_SLIPS } from './grammar-slips.js';
import { missedLints } from './spell-missed.js';
import { isTermNotSlip } from './spell-slips.js';
import { rankSuggestions } from './spell-suggest.js';
import { isTypedTerm } from './typed-words.js';
import { fold } from './text.js';
import { otherLanguageLints } from './spell-languages.js';
import { nameGuesser } from './spell-names.js';
import { isChemicalName } from './chemical-names.js';
import { isThereAfterSubject, isWereAfterPluralSubject } from './subject-misreads.js';
import { isOverAfterVerb, isStandardAWhile } from './usage-misreads.js';
import { isTradeToken } from './trade-shapes.js';
import { isOff, severityFor } from './levels.js';
import type { Draft, RuleLevels } from './types.js';

/** What the worker sends back for each lint: plain data, no WASM handles. */
export interface RawLint {
  readonly start: number;
  readonly end: number;
  /** The Harper rule that made it ("SpellCheck", "AnA", "ModalOf"); absent where a test writes a lint by hand. */
  readonly rule?: string;
  readonly kind: string;
  readonly message: string;
  readonly problem: string;
  readonly suggestions: readonly string[];
}

/**
 * What Harper skips: links (with a scheme, a known ending or a path), e-mail addresses and file names ("Jordan-Lee-Resume.pdf") are not
 * words. Harper reads this as a Rust regex: no lookaround (an invalid mask silently lints nothing).
 */
export const LINT_MASK = [
  '(?:https?://|www\\.)\\S+',
  '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
  '\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|dev|app|ai|co|me|info|edu|gov|example)\\b(?:/\\S*)?',
  // A short link of any domain, told by its path: "youtu.be/k7Rw2", "bit.ly/3xYz".
  '\\b[\\w-]+(?:\\.[\\w-]+)+/\\S+',
  '[\\w.-]+\\.(?:pdf|docx?|txt|rtf|odt|pages|md)\\b',
].join('|');

/**
 * Harper 2.10 reads "thank-you notes" as the pronoun "you" with the verb "notes" and asks for
 * "note". The phrase is everywhere in this domain, so it is shown to Harper as "gratitude notes":
 * same length, same grammar, offsets unchanged.
 */
function hideHarperMisreadings(text: string): string {
  return text.replace(/\b([Tt])hank-you(?=\s+(?:note|card|letter|e-?mail|message)s?\b)/g, (_match, t: string) =>
    t === 'T' ? 'Gratitude' : 'gratitude',
  );
}

/** The text Harper should read: the writer's own words plus the subject line, offsets unchanged. */
export function lintInput(draft: Draft): string {
  let text = draft.prose;
  if (draft.subject !== null && draft.subjectStart >= 0) {
    const end = draft.subjectStart + draft.subject.length;
    text = draft.prose.slice(0, draft.subjectStart) + draft.text.slice(draft.subjectStart, end) + draft.prose.slice(end);
  }
  return hideHarperMisreadings(text);
}

/** A phone number read out slowly ("five five five") repeats words on purpose. */
const NUMBER_WORDS = /^(?:\s*(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|\d+)\s*)+$/i;

function isDeliberate(lint: RawLint): boolean {
  return lint.kind === 'Repetition' && NUMBER_WORDS.test(lint.problem);
}

export interface MapOptions {
  /**
   * True when the check runs without an interview: nobody's name is known, so even a word one
   * slip from a known word is taken as a name. With an interview, a capitalized word the
   * dictionary lacks inside a sentence ("my colleague Paulo", "at Baker Tilly") is still far more
   * likely a name than a typo, unless it is a slip of a known name ("Priay"); name-mismatch
   * compares every name-like word with the interview's people.
   */
  readonly namesUnknown?: boolean | undefined;
  /** The known words (knownWordsFor), folded: a piece of one is no misspelling (harper-misreads.ts). */
  readonly known?: ReadonlySet<string> | undefined;
  /** The user's rule levels (config.ts): `off` drops spelling or grammar, a level replaces its severity. */
  readonly levels?: RuleLevels | undefined;
  /** The ordinary words the candidate typed (typed-words.ts): only a plain slip of one is reported (isTypedTerm). */
  readonly typed?: ReadonlySet<string> | undefined;
  /** The ordinary words of the saved role (roleWordsFor): never taken for a name, and a slip in one names the Role answer. */
  readonly role?: ReadonlySet<string> | undefined;
  /** The names in what the candidate typed about the interview (answerNamesFor): a slip of one may be the answer's. */
  readonly answerNames?: ReadonlySet<string> | undefined;
  /**
   * The role's words typed without a space between them whose pieces Harper knows (spell.ts,
   * typed-words.ts runTogetherParts), folded, each with its pieces written apart: "ManagerApiary"
   * is "Manager Apiary" run together, not a name, whatever its capitals.
   */
  readonly apart?: ReadonlyMap<string, string> | undefined;
  /** The unknown words, folded, made from a word Harper knows (word-forms.ts): a clipped form, a prefix or an ending on it. */
  readonly forms?: ReadonlySet<string> | undefined;
}

/** Whether a spelling lint falls on a word of the saved role (roleWordsFor). */
function isRoleWord(lint: RawLint, role: ReadonlySet<string> | undefined): boolean {
  return role !== undefined && isUnknownWord(lint) && role.has(fold(lint.problem).replace(/'s$/u, ''));
}

/**
 * The known word `folded` as the note should write it: as Harper offers it when it does, else
 * with the capital the misspelling has, and its possessive when the misspelling has one.
 */
function knownForm(lint: RawLint, folded: string): string {
  const possessive = /['\u2019]s$/u.exec(lint.problem)?.[0] ?? '';
  const offered = lint.suggestions.map((s) => s.trim()).find((s) => fold(s).replace(/'s$/u, '') === folded);
  if (offered) return offered;
  return folded.charAt(0).toLocaleUpperCase('en') + folded.slice(1) + possessive;
}

export function findingsFromLints(draft: Draft, lints: readonly RawLint[], options: MapOptions = {}): Finding[] {
  const locate = locator(draft.text);
  const isName = nameGuesser(draft.text);
  const unknown = lints.filter((lint) => isUnknownWord(lint) || lint.rule === SPLIT_WORDS).sort((a, b) => a.start - b.start);
  const otherLanguage = otherLanguageLints(draft.text, unknown);
  const unknownAt = new Set(unknown.map((lint) => lint.start));
  const findings: Finding[] = [];
  // A slip in the saved role is one mistake however often the note names the role: reported once,
  // at its first place, naming every place it stands (rolePlaces).
  const roleSlips = new Map<
    string,
    { finding: number; problem: string; suggestions: string[]; places: RolePlaces; apart: string | undefined }
  >();
  // Our own slips (grammar-slips.ts) name the slip whole: a Harper lint on the same words, which
  // its misread filters might drop or word as a spelling, gives way to them.
  const missed = missedLints(draft.prose, lints);
  const own = missed.filter((lint) => OWN_SLIPS.has(lint.rule ?? ''));
  const harper =
    own.length === 0 ? lints : lints.filter((lint) => !own.some((slip) => slip.start < lint.end && slip.end > lint.start));
  for (const lint of [...harper, ...missed]) {
    const rule = ruleFor(lint);
    if (!rule || isOff(rule, options.levels) || isDeliberate(lint) || otherLanguage.has(lint)) continue;
    const inRole = isRoleWord(lint, options.role);
    const apart = inRole ? options.apart?.get(fold(lint.problem).replace(/['\u2019]s$/u, '')) : undefined;
    // A capitalised slip of a name typed for this interview ("Smithfeild" of a topic's
    // Smithfield) is that name misspelt, whatever Harper offers for it.
    const slipOf = rule === 'spelling' && isUnknownWord(lint) ? nearestKnownWord(lint.problem, options.known) : null;
    if (
      apart === undefined &&
      !OWN_SLIPS.has(lint.rule ?? '') &&
      isMisread(draft.text, lint, { inRole, slipOf, isName, unknownAt, options })
    )
      continue;
    const { start, end } = lint;
    // Harper may offer one word twice ("They're", "They're "): each is shown once, trimmed.
    // The two words of a split are not what a misspelling meant ("a dress" for "adress"); a
    // misspelling's nearest words come first (spell-suggest.ts).
    const offered =
      lint.rule === SPLIT_WORDS ? [] : rule === 'spelling' ? rankSuggestions(lint.problem, lint.suggestions) : lint.suggestions;
    const suggestions =
      apart === undefined
        ? [
            ...new Set([...(slipOf ? [knownForm(lint, slipOf)] : []), ...offered.map((s) => s.trim()).filter((s) => s !== '')]),
          ].slice(0, 3)
        : [apart];
    if (rule === 'spelling' && inRole) {
      const key = fold(lint.problem).replace(/['\u2019]s$/u, '');
      const place = start >= draft.subjectStart && draft.subjectStart >= 0 && start < draft.bodyStart ? 'subject' : 'body';
      const seen = roleSlips.get(key);
      if (seen) {
        seen.places[place] += 1;
        continue;
      }
      const places = { subject: 0, body: 0 };
      places[place] = 1;
      roleSlips.set(key, { finding: findings.length, problem: lint.problem, suggestions, places, apart });
    }
    // Near a name typed in a topic or detail, either spelling may be the slip: both are named.
    const nearAnswer = slipOf !== null && options.answerNames?.has(slipOf) === true;
    const message =
      rule === 'spelling'
        ? inRole
          ? ''
          : nearAnswer
            ? MESSAGES.spellingNearAnswer(lint.problem, knownForm(lint, slipOf))
            : MESSAGES.spelling(lint.problem, suggestions)
        : MESSAGES.grammar(lint.problem, lint.message, suggestions);
    const { line, column } = locate(start);
    findings.push({
      rule,
      severity: severityFor(rule, options.levels),
      message,
      line,
      column,
      excerpt: excerptOf(draft.text, start, end),
    });
  }
  for (const slip of roleSlips.values()) {
    const finding = findings[slip.finding]!;
    findings[slip.finding] = {
      ...finding,
      message:
        slip.apart === undefined
          ? MESSAGES.spellingInRole(slip.problem, slip.suggestions, rolePlaces(slip.places))
          : MESSAGES.runTogetherInRole(slip.problem, slip.apart, rolePlaces(slip.places)),
    };
  }
  return findings;
}

interface MisreadContext {
  readonly inRole: boolean;
  readonly slipOf: string | null;
  readonly isName: (lint: RawLint) => boolean;
  readonly unknownAt: ReadonlySet<number>;
  readonly options: MapOptions;
}

/** Whether a lint is one of Harper's misreadings (harper-misreads.ts) or a name, a term or a trade word: no finding. */
function isMisread(text: string, lint: RawLint, { inRole, slipOf, isName, unknownAt, options }: MisreadContext): boolean {
  if (!inRole && isName(lint) && (options.namesUnknown || !isNearKnownWord(lint.problem, options.known))) return true;
  if (options.known && (isPieceOfKnownWord(text, lint, options.known) || isEndingOfKnownWord(lint, options.known))) return true;
  if (isTradeToken(text, lint) || isInBorrowedPhrase(text, lint) || isChemicalName(text, lint)) return true;
  if (isFigureToken(text, lint)) return true;
  if ((isUnknownWord(lint) || lint.rule === SPLIT_WORDS) && options.forms?.has(fold(lint.problem))) return true;
  if (isPossessiveMisread(text, lint) || isOrdinaryWordsAsBrand(lint) || isAnswerNo(text, lint)) return true;
  if (isSingularInS(lint) || isArticleBeforeIng(text, lint) || isLetterOrInitial(lint) || isCapitalOnlyEntry(lint)) return true;
  if (isLetterCompound(text, lint) || isPieceOfModifierWord(text, lint) || isParticlePlural(text, lint)) return true;
  if (isThingGiven(text, lint) || isDoubledIntensifier(lint) || isAbbreviationStop(text, lint)) return true;
  if (isThereAfterSubject(text, lint) || isWereAfterPluralSubject(text, lint) || isStandardAWhile(lint)) return true;
  if (isOverAfterVerb(text, lint) || isWordOfKnownName(lint, options.known)) return true;
  if (isOtherDialectSpelling(lint) || isAccentedFormOfSuggestion(lint) || isArticleMisread(text, lint, unknownAt)) return true;
  if (isCompoundSplit(lint) || isItIsName(text, lint) || (isUnknownWord(lint) && !slipOf && isFarFromEveryWord(lint)))
    return true;
  // A capitalised word a slip away from a known name ("Priay") is that name misspelt, whatever
  // its shape; only those are compared with the known words, which costs a pass over them.
  if (isTermNotSlip(lint) && !slipOf && !(/^\p{Lu}/u.test(lint.problem) && isNearKnownWord(lint.problem, options.known)))
    return true;
  if ((isUnknownWord(lint) || lint.rule === SPLIT_WORDS) && isTypedTerm(lint, options.typed)) return true;
  if (
    isHyphenatedPrefix(lint) ||
    isNameParticle(text, lint) ||
    (!inRole && isName(lint) && isShortFormOfKnownName(lint, options.known))
  )
    return true;
  return false;
}

/** How often a slip in the role stands in the subject and in the body of one note. */
interface RolePlaces {
  subject: number;
  body: number;
}

const TIMES = ['', '', 'twice ', 'three times ', 'four times ', 'five times '];

/** "in the subject and twice in the body": every place a slip in the role stands in the note. */
export function rolePlaces(places: Readonly<RolePlaces>): string {
  const one = (count: number, where: string) => (count === 0 ? [] : [`${TIMES[count] ?? `${count} times `}in the ${where}`]);
  return [...one(places.subject, 'subject'), ...one(places.body, 'body')].join(' and ');
}

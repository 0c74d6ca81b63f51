// Words of another language in a bilingual note: "Muchas gracias por su tiempo", "Merci pour
// votre temps", "Salamat po". Harper flags each as a misspelling of an English word ("por" for
// "pour", "votre" for "voter"). A sentence that has two words Harper does not know from the
// small closed words of one language (articles, prepositions, pronouns, the commonest verbs and
// courtesies) is taken to be in that language there: those words, and the unknown words joined
// to them with nothing but a space or a comma between, are not misspellings. An English typo
// beside the phrase ("por su tiempo, and I realy enjoyed it") is still one. So are two or more
// such words inside one pair of quotation marks: a quoted term.
import type { RawLint } from './harper-map.js';
import { courtesyLineAt, isNearEnglishCourtesy } from './name-courtesy-line.js';

/** The commonest short words of the languages people mix into an English note; English words among them are never flagged. */
const SMALL_WORDS: Readonly<Record<string, string>> = {
  spanish:
    'de la el los las del al y o que en un una unos unas por para con sin su sus mi mis tu tus nuestro nuestra es son fue era muy más pero como lo le les se me te nos gracias muchas muchos mucho usted ustedes hola saludos atentamente cordialmente buenos buenas días tardes estimado estimada querido querida',
  french:
    "le la les des du de au aux et ou que qui un une pour par avec sans sur dans votre vos notre nos mon ma mes je vous nous il elle est sont était c'est c'était très merci beaucoup bonjour bonsoir cordialement bien salutations madame monsieur chère cher pas encore salut bon bonne bonnes journée soirée semaine",
  portuguese:
    'o a os as do da dos das de e ou que em um uma por pela pelo para com sem seu sua meu minha nosso nossa muito muita obrigado obrigada é foi olá atenciosamente cumprimentos ao aos',
  italian:
    'il lo la gli le di del della e o che in un una per con senza suo sua mio mia nostro nostra è molto grazie mille ciao cordiali saluti distinti gentile',
  german:
    'der die das den dem des und oder ein eine einen für mit ohne von zu im ist war sehr vielen dank danke schön ihr ihre ihnen sie wir ich bitte freundlichen grüßen liebe lieber geehrte geehrter',
  dutch: 'de het een en van voor met zijn is was heel hartelijk bedankt dank groeten vriendelijke',
  tagalog: 'po sa ng ang mga salamat maraming inyong ninyo ako kayo at',
  welsh: 'diolch yn fawr iawn a ac ond mae hi fe ni chi ei eich bore da croeso cymraeg',
  irish: 'go raibh maith agat agaibh an na ar le agus is dia duit dhuit slán',
  polish: 'i w z na do nie się jest że to dziękuję bardzo pan pani za dzień dobry pozdrawiam',
  malay: 'terima kasih dan yang di ke dari untuk dengan saya anda banyak selamat pagi',
  swahili: 'asante sana na ya wa kwa ni za habari karibu',
  nordic: 'takk tusen tack tak og och er det en et til med på av så mange hilsen hilsner hälsningar vänliga venlig',
};

/**
 * Words that are by themselves a thanks, a greeting or a farewell in a language people mix into
 * an English note: written where a courtesy stands (opening a sentence or a line, or after a
 * comma), each is the writer's own word ("Takk for the time", "Merci, Réjean").
 */
const COURTESIES = new Set(
  'takk tack tak kiitos danke merci gracias grazie obrigado obrigada dziękuję diolch salamat asante mahalo arigato arigatou spasibo shukran toda efharisto dhanyavaad shukriya bonjour bonsoir salut hola ciao hallo hej hei namaste aloha shalom salaam'.split(
    ' ',
  ),
);

/** Where a courtesy stands: the start of the text, of a sentence or of a line, or after a comma. */
const COURTESY_PLACE = /(?:^|[.!?,;:\n])[\s"'\u201c\u2018]*$/u;

/**
 * Small words of the lists that are English words too ("to", "do", "in", "man"): beside an
 * unknown word in the text they say nothing of its language ("to do realy well").
 */
const ENGLISH_TOO = new Set(
  'a an and as at be by do go he hi i in is it me my no o of on or so to up us we was son sin con lo die den am bore pan dan ya ar fe mae chi da og er det en et til med av tak tack'.split(
    ' ',
  ),
);

let byLanguage: ReadonlyArray<ReadonlySet<string>> | undefined;

/** Each language's small words, built on the first bilingual question. */
function smallWords(): ReadonlyArray<ReadonlySet<string>> {
  byLanguage ??= Object.values(SMALL_WORDS).map((words) => new Set(words.split(' ')));
  return byLanguage;
}

const lower = (word: string) => word.toLowerCase().replace(/\u2019/g, "'");

/** Nothing but a space, a comma or a quote between two words: one phrase. */
const JOINED = /^[\s,'"\u2018\u2019\u201c\u201d\u00ab\u00bb-]*$/u;
/** What ends a sentence between two lints. */
const SENTENCE_END = /[.!?]|\n[ \t]*\n/u;

/**
 * The unknown-word lints (sorted by position) that are words of another language, by the rule
 * above. Each lint is looked at a fixed number of times, so a long draft costs in proportion.
 */
export function otherLanguageLints(text: string, lints: readonly RawLint[]): ReadonlySet<RawLint> {
  const foreign = quotedTerms(text, lints);
  const maori = MACRON.test(text);
  for (const lint of lints)
    if (
      isCourtesy(text, lint) ||
      isAmongSmallWords(text, lint) ||
      isOnCourtesyLine(text, lint) ||
      (maori && MAORI_SHAPE.test(lint.problem))
    )
      foreign.add(lint);
  let from = 0;
  while (from < lints.length) {
    let to = from + 1;
    while (to < lints.length && !SENTENCE_END.test(text.slice(lints[to - 1]!.end, lints[to]!.start))) to += 1;
    markSentence(text, lints.slice(from, to), foreign);
    from = to;
  }
  return foreign;
}

/**
 * A note that writes te reo Māori with its macrons ("Māori", "Pākehā", "Ngā mihi") is in New
 * Zealand English, which takes Māori words as its own ("te reo", "a mihi", "kupu", "whānau"). A
 * word Harper lacks there that has the shape of a Māori word, every syllable a vowel after at most
 * one of the Māori consonants (h k m n p r t w, ng, wh), is one; an English typo almost never has
 * that shape ("realy", "hte", "mkae").
 */
const MACRON = /[\u0101\u0113\u012b\u014d\u016b\u0100\u0112\u012a\u014c\u016a]/u;
const MAORI_SHAPE = /^(?:(?:ng|wh|[hkmnprtw])?[aeiou\u0101\u0113\u012b\u014d\u016b]){1,6}$/iu;

/**
 * A word on a line that is only a greeting or a closing ("Mòran taing again,", "Ngā mihi nui,"),
 * no slip of an English one ("Best reagrds," is still a typo): the writer's own language.
 */
function isOnCourtesyLine(text: string, lint: RawLint): boolean {
  const line = courtesyLineAt(text, lint.start);
  if (line === null || isNearEnglishCourtesy(lint.problem)) return false;
  // The word an English greeting opens on is the name it greets ("Hi Priay,"): a slip there is
  // the worst kind, and stays one.
  return !GREETS.test(text.slice(line[0], lint.start));
}

/** An English greeting up to the word it greets: "Hi ", "Dear Dr. ", "Good morning ". */
const GREETS =
  /\b(?:dear(?:est)?|hi|hello|hey|hiya|greetings|morning|afternoon|evening)\b[\s,]+(?:(?:mr|mrs|ms|mx|miss|dr|prof)\.?\s+)?$/iu;

/** A courtesy of another language where a courtesy stands (COURTESIES). */
function isCourtesy(text: string, lint: RawLint): boolean {
  return COURTESIES.has(lower(lint.problem)) && COURTESY_PLACE.test(text.slice(Math.max(0, lint.start - 4), lint.start));
}

/** The words joined to a lint (JOINED) in the text, up to two on each side, Harper's known ones included. */
function joinedWords(text: string, lint: RawLint): string[] {
  const before = /((?:[\p{L}'\u2019]+[ \t,]+){1,2})$/u.exec(text.slice(Math.max(0, lint.start - 40), lint.start))?.[1] ?? '';
  const after = /^((?:[ \t,]+[\p{L}'\u2019]+){1,2})/u.exec(text.slice(lint.end, lint.end + 40))?.[1] ?? '';
  return `${before} ${after}`.match(/[\p{L}'\u2019]+/gu)?.map(lower) ?? [];
}

/**
 * An unknown word in a phrase of another language whose small words Harper knows ("Pas de
 * presse", "bonne fin de semaine"): two small words of one language, none an English word too,
 * among it and the words joined to it.
 */
function isAmongSmallWords(text: string, lint: RawLint): boolean {
  const words = [lower(lint.problem), ...joinedWords(text, lint)].filter((word) => !ENGLISH_TOO.has(word));
  return smallWords().some((set) => words.filter((word) => set.has(word)).length >= 2);
}

function markSentence(text: string, sentence: readonly RawLint[], foreign: Set<RawLint>): void {
  if (sentence.length < 2) return;
  const words = sentence.map((lint) => lower(lint.problem));
  const language = smallWords().find((set) => words.filter((word) => set.has(word)).length >= 2);
  if (!language) {
    markBorrowed(text, sentence, words, foreign);
    return;
  }
  const seeds = sentence.map((_, at) => language.has(words[at]!));
  const joined = (at: number) => JOINED.test(text.slice(sentence[at]!.end, sentence[at + 1]!.start));
  // Spread from each small word to its joined neighbours, forwards and then back.
  const marked = [...seeds];
  for (let at = 1; at < sentence.length; at += 1) if (marked[at - 1] && joined(at - 1)) marked[at] = true;
  for (let at = sentence.length - 2; at >= 0; at -= 1) if (marked[at + 1] && joined(at)) marked[at] = true;
  for (const [at, lint] of sentence.entries()) if (marked[at]) foreign.add(lint);
}

/**
 * A phrase borrowed whole into English: a small word of another language joined to another word
 * Harper does not know, with nothing but a space between ("pain au chocolat", "pièce de
 * résistance", "cordon bleu" aside, which Harper knows). Two typos side by side, one of them a
 * French article, are rarer than a pastry cook's menu.
 */
function markBorrowed(text: string, sentence: readonly RawLint[], words: readonly string[], foreign: Set<RawLint>): void {
  const small = (at: number) => smallWords().some((set) => set.has(words[at]!));
  for (let at = 0; at + 1 < sentence.length; at += 1) {
    if (!/^[ \t]+$/u.test(text.slice(sentence[at]!.end, sentence[at + 1]!.start))) continue;
    if (small(at) || small(at + 1)) {
      foreign.add(sentence[at]!);
      foreign.add(sentence[at + 1]!);
    }
  }
}

/** How far a quotation mark is looked for around a lint: a quoted term is short. */
const QUOTE_REACH = 80;

/**
 * A term quoted in another language or a trade's own words: two or more words Harper does not
 * know inside one pair of quotation marks on one line ("garantie d'actif et de passif").
 */
function quotedTerms(text: string, lints: readonly RawLint[]): Set<RawLint> {
  const byQuote = new Map<number, RawLint[]>();
  for (const lint of lints) {
    const back = text.slice(Math.max(0, lint.start - QUOTE_REACH), lint.start);
    const ahead = text.slice(lint.end, lint.end + QUOTE_REACH);
    const open = Math.max(back.lastIndexOf('"'), back.lastIndexOf('\u201c'));
    const close = ahead.search(/["\u201d]/u);
    if (open === -1 || close === -1 || back.slice(open).includes('\n') || ahead.slice(0, close).includes('\n')) continue;
    const key = lint.start - back.length + open;
    byQuote.set(key, [...(byQuote.get(key) ?? []), lint]);
  }
  return new Set([...byQuote.values()].filter((inside) => inside.length >= 2).flat());
}

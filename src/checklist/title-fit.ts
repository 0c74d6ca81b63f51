// Whether the title in a greeting is one this person goes by, and stands before the right part of
// their name. "Sergeant Chandrasekaran" to an inspector, "Mr. Voss" to a professor, "Mr. Kenji"
// to Tanaka Kenji (family name first) and "Ms. Ahmad" to Siti Nurhaliza binti Ahmad (Ahmad is her
// father's name) each get the right person's name and still read as careless.
import { particleSet } from '../model/particles.js';
import { fold, nameParts } from './text.js';
import { isTitleWord } from './titles.js';

export type TitleSlip =
  /** A title they do not hold, or a courtesy title in place of the one they do. */
  | { readonly kind: 'title'; readonly written: string; readonly theirs: string }
  /** A title before a given name, where their family name is known to be another. */
  | { readonly kind: 'given'; readonly written: string; readonly family: string; readonly title: string }
  /** A title before a father's name ("binti Ahmad"), which is no family name. */
  | { readonly kind: 'patronymic'; readonly written: string; readonly marker: string; readonly given: string }
  /** A title before the surname without the particles that begin it ("Mr Saint-Aubin" to Florian de Saint-Aubin). */
  | { readonly kind: 'particles'; readonly written: string; readonly title: string; readonly surname: string };

/** Short forms to the title they stand for. */
const FULL: Readonly<Record<string, string>> = {
  capt: 'captain',
  cpt: 'captain',
  skipper: 'captain',
  prof: 'professor',
  dr: 'doctor',
  doc: 'doctor',
  dra: 'doctor',
  fr: 'father',
  br: 'brother',
  rev: 'reverend',
  revd: 'reverend',
  pastor: 'reverend',
  sgt: 'sergeant',
  insp: 'inspector',
  lt: 'lieutenant',
  cmdr: 'commander',
  cdr: 'commander',
  col: 'colonel',
  maj: 'major',
  gen: 'general',
  adm: 'admiral',
  cpl: 'corporal',
  det: 'detective',
  supt: 'superintendent',
  ofc: 'officer',
  hon: 'honourable',
  honorable: 'honourable',
  councilor: 'councillor',
  mister: 'mr',
  missus: 'mrs',
};

const MEN = new Set('mr herr señor senor senhor signor signore monsieur meneer dhr bapak encik tuan'.split(' '));
const WOMEN = new Set(
  'ms mrs miss madam madame mme mlle mademoiselle senhora frau fräulein fraulein señora senora señorita senorita sra srta signora signorina mevrouw mevr pani ibu puan cik'.split(
    ' ',
  ),
);
/** Titles of courtesy: anyone may be greeted by one, and they say nothing of a rank or a calling. */
const isCourtesy = (title: string) => MEN.has(title) || WOMEN.has(title) || title === 'mx' || title === 'sr';

/** Titles of a trade, used as a friendly form of address, which a courtesy title may replace ("Chef", "Coach"). */
const TRADE = new Set(
  'chef sous coach maestro maestra skipper foreman forewoman teacher tutor sensei sifu nurse matron head'.split(' '),
);

/** Titles that go with the given name, not the family name ("Father Declan", "Puan Siti", "Coach T"). */
const BEFORE_GIVEN = new Set(
  'father fr brother br sister mother pastor coach chef puan encik cik tuan bapak ibu datuk dato datin sheikh shaikh sheik imam ustadh ustaz ustadha ustadza haji hajji hajja swami guru acharya lama ate kuya tito tita auntie aunty uncle sir dame lord lady madam'.split(
    ' ',
  ),
);

/** Words that put a father's name after the given name: "Siti Nurhaliza binti Ahmad", "Aziz bin Rahman". */
const PATRONYMIC = new Set(['bin', 'binti', 'bint', 'ibn', 'a/l', 'a/p', 'anak']);

/**
 * Particles that stay with the surname after a title: "Monsieur de Saint-Aubin", "Mevrouw van der
 * Berg", "Herr von Trapp". Portuguese ones are not among them ("Senhor Silva" to João da Silva is
 * how Portuguese speakers write), nor the patronymic and Arabic ones.
 */
const KEPT_PARTICLES = new Set('de du des van von der den ter ten zu vom la le del della di dei degli'.split(' '));

const PARTICLES = particleSet();

const key = (word: string) => fold(word).replace(/\.$/u, '');
const canonical = (word: string) => {
  const folded = key(word);
  return FULL[folded] ?? folded;
};

function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  const pair = (x: string, y: string) => (a === x && b === y) || (a === y && b === x);
  // A professor is a doctor; "Sr." is a sister, a señor or a senior.
  if (pair('doctor', 'professor')) return true;
  if (a === 'sr' || b === 'sr') return ['sister', 'señor', 'senor', 'sr'].includes(a === 'sr' ? b : a);
  if (isCourtesy(a) && isCourtesy(b))
    return (MEN.has(a) && MEN.has(b)) || (WOMEN.has(a) && WOMEN.has(b)) || a === 'mx' || b === 'mx';
  // A courtesy title for a trade's title (or the other way) is no slip: "Mr. Rossi" to Chef Rossi.
  return (isCourtesy(a) && TRADE.has(b)) || (isCourtesy(b) && TRADE.has(a)) || (TRADE.has(a) && TRADE.has(b));
}

/**
 * The titles at the start of `text` and the words after them. A word of the person's own name is
 * no title of theirs, though it is one of someone else's: "Hafiz" to Muhammad Hafiz bin Rosli,
 * "Dean" to Dean Okafor.
 */
function split(
  text: string,
  own: ReadonlySet<string> = new Set(),
): { readonly titles: readonly string[]; readonly rest: readonly string[] } {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const isTitle = (word: string) => isTitleWord(word) && !own.has(fold(word));
  let at = 0;
  while (at < words.length - 1 && isTitle(words[at]!)) at += 1;
  if (at === words.length - 1 && isTitle(words[at]!)) at += 1;
  return { titles: words.slice(0, at), rest: words.slice(at) };
}

const text = (split: { readonly titles: readonly string[]; readonly rest: readonly string[] }) =>
  [...split.titles, ...split.rest].join(' ');

/**
 * The surname with its particles ("de Saint-Aubin"), when the greeting gives a title and then
 * only the words after the particles; else null. Titles that go with the given name are not asked.
 */
function withoutParticles(
  mine: { readonly titles: readonly string[]; readonly rest: readonly string[] },
  name: readonly string[],
): string | null {
  if (mine.rest.length === 0 || BEFORE_GIVEN.has(canonical(mine.titles[0]!))) return null;
  const first = name.findIndex((word) => KEPT_PARTICLES.has(fold(word)));
  if (first <= 0) return null;
  let last = first;
  while (last < name.length && KEPT_PARTICLES.has(fold(name[last]!))) last += 1;
  const surname = name.slice(last);
  if (surname.length === 0 || surname.length !== mine.rest.length) return null;
  return surname.every((word, at) => fold(word) === fold(mine.rest[at]!)) ? name.slice(first).join(' ') : null;
}

/**
 * How the title of `written` (a greeting that names `name`, titles and all) stands to the title
 * and the family name the interview has for them: from the greeting the candidate chose ("Mr.
 * Tanaka", "Inspector Chandrasekaran"), else from a title in the saved name ("Prof. Annelie Voss").
 * Null when there is no title to compare, or it fits.
 */
export function titleSlip(written: string, name: string, chosen?: string): TitleSlip | null {
  const saved = split(name);
  const own = new Set(saved.rest.map(fold));
  const mine = split(written, own);
  const title = mine.titles[0];
  if (!title) return null;
  const chosenSplit = chosen ? split(chosen, own) : null;
  const theirs = chosenSplit?.titles[0] ?? saved.titles[0];
  const slip = theirs ? canonical(title) !== canonical(theirs) && !compatible(canonical(title), canonical(theirs)) : false;
  if (slip) return { kind: 'title', written: title, theirs: theirs! };
  const particles = withoutParticles(mine, saved.rest);
  if (particles) return { kind: 'particles', written: text(mine), title, surname: particles };
  const given = !BEFORE_GIVEN.has(canonical(title)) ? mine.rest[0] : undefined;
  if (!given) return null;
  const words = name.trim().split(/\s+/u);
  const marker = words.findIndex((word) => PATRONYMIC.has(fold(word)));
  if (marker > 0 && words.slice(marker + 1).some((word) => fold(word) === fold(given))) {
    return {
      kind: 'patronymic',
      written: `${title} ${given}`,
      marker: words[marker]!,
      given: nameParts(words.slice(0, marker).join(' '))[0] ?? '',
    };
  }
  // The family name, where the chosen greeting gives it after a title that goes with it.
  const family =
    chosenSplit && chosenSplit.titles.length > 0 && !BEFORE_GIVEN.has(canonical(chosenSplit.titles[0]!))
      ? chosenSplit.rest[0]
      : undefined;
  if (family && fold(family) !== fold(given) && nameParts(name).some((part) => fold(part) === fold(given))) {
    return { kind: 'given', written: `${title} ${given}`, family, title };
  }
  // The chosen greeting is the given name without a title ("Wei Ling" of Tan Wei Ling): a title
  // before a word of it is a title before a given name, and the one word of the name left over is
  // the family name, first or last ("Ms Ling" is "Ms Tan").
  if (chosenSplit && chosenSplit.titles.length === 0 && marker < 0) {
    const chosenWords = new Set(chosenSplit.rest.map(fold));
    const left = saved.rest.filter((word) => !chosenWords.has(fold(word)) && !PARTICLES.has(fold(word)));
    if (chosenWords.has(fold(given)) && left.length === 1 && saved.rest.some((word) => fold(word) === fold(given)))
      return { kind: 'given', written: `${title} ${given}`, family: left[0]!, title };
  }
  return null;
}

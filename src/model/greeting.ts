// The name a note greets someone by, when the candidate has not said how they address them.
// A whole name ("Dear Amara Okonkwo,") reads like a mail merge; people are greeted by their
// given names, or by title and surname when the name carries a title or the interview is formal.
import { particleSet } from './particles.js';
import type { Formality, Interviewer, Tone } from './types.js';

/**
 * Titles a name may start with, by the word in lower case without its stop: how a greeting
 * writes one typed in lower case ("dr" -> "Dr."), and whether it goes with the given name ("Sir
 * Keir") rather than the surname ("Councillor O'Donoghue"). A title typed with its capital is
 * written as typed: "Mrs Carrington-Smythe" keeps the British form, "Mrs." the American.
 * Titles that are also given names ("Dean", "Major" is not) are left to the candidate.
 */
const TITLES: Readonly<Record<string, string>> = {
  // Everyone's.
  mr: 'Mr.',
  mrs: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  mx: 'Mx.',
  sir: 'Sir',
  dame: 'Dame',
  lord: 'Lord',
  lady: 'Lady',
  // Academic.
  dr: 'Dr.',
  doctor: 'Doctor',
  prof: 'Prof.',
  professor: 'Professor',
  principal: 'Principal',
  provost: 'Provost',
  // Civic.
  councillor: 'Councillor',
  councilor: 'Councilor',
  cllr: 'Cllr',
  alderman: 'Alderman',
  alderwoman: 'Alderwoman',
  mayor: 'Mayor',
  senator: 'Senator',
  sen: 'Sen.',
  governor: 'Governor',
  ambassador: 'Ambassador',
  judge: 'Judge',
  justice: 'Justice',
  // Military.
  capt: 'Capt.',
  captain: 'Captain',
  major: 'Major',
  maj: 'Maj.',
  colonel: 'Colonel',
  col: 'Col.',
  lieutenant: 'Lieutenant',
  lt: 'Lt.',
  general: 'General',
  gen: 'Gen.',
  sergeant: 'Sergeant',
  sgt: 'Sgt.',
  corporal: 'Corporal',
  cpl: 'Cpl.',
  commander: 'Commander',
  cdr: 'Cdr.',
  admiral: 'Admiral',
  brigadier: 'Brigadier',
  commodore: 'Commodore',
  // Religious.
  rev: 'Rev.',
  revd: 'Revd',
  reverend: 'Reverend',
  rabbi: 'Rabbi',
  pastor: 'Pastor',
  father: 'Father',
  fr: 'Fr.',
  sister: 'Sister',
  brother: 'Brother',
  imam: 'Imam',
  bishop: 'Bishop',
  canon: 'Canon',
  deacon: 'Deacon',
  chaplain: 'Chaplain',
  cantor: 'Cantor',
};

/** Titles that go with the given name: "Sir Keir", "Sister Mary". */
const WITH_GIVEN_NAME = new Set(['sir', 'dame', 'sister', 'brother']);

/**
 * Words that begin a surname, in lower case: the shared list, plus "do" (Portuguese, "Maria do
 * Carmo"), "ibn", "mac" and "st." ("Mary St. John"), and the Irish "ní", "nic", "ó" and "ua"
 * ("Siobhán Ní Bhriain" is greeted "Siobhán"), which only start a surname here, where the given
 * names are split from it.
 */
const SURNAME_PARTICLES = particleSet('do', 'ibn', 'mac', 'st.', 'ní', 'nic', 'ó', 'ua');

/** Vietnamese family names, written first ("Nguyen Thi Lan" is greeted "Lan"), folded to ASCII. */
const FAMILY_FIRST = new Set(['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'ngo', 'duong']);
/** Short ones that also begin other names ("Le", "Do"): family names only with Vietnamese marks in the name. */
const FAMILY_FIRST_MARKED = new Set(['le', 'do', 'ho', 'ly']);

/** Lower case, accents and the Vietnamese d-stroke folded away. */
function folded(word: string): string {
  // Plain ASCII has neither: skip the \p{M} RegExp, whose Unicode tables V8 builds on first use.
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0111/giu, 'd')
    .toLowerCase();
}

function familyFirst(words: readonly string[]): boolean {
  const first = folded(words[0] ?? '');
  return FAMILY_FIRST.has(first) || (FAMILY_FIRST_MARKED.has(first) && words.some((word) => /[^\x00-\x7f]/.test(word)));
}

const ASCII = /^[\x00-\x7f]*$/;

/** Han (Chinese, Japanese kanji) or Hangul: such names are greeted whole unless the candidate says otherwise. */
const HAN_OR_HANGUL_CHAR = /[\p{Script=Han}\p{Script=Hangul}]/u;
/** Whether `text` holds Han or Hangul; plain ASCII is answered without the \p{Script} RegExp. */
const hasHanOrHangul = (text: string): boolean => !ASCII.test(text) && HAN_OR_HANGUL_CHAR.test(text);

interface NameParts {
  readonly title: string | null;
  readonly given: readonly string[];
  readonly surname: readonly string[];
}

/** The surname a title goes with ("Kowalczyk" of Hank Kowalczyk, "van der Berg" of Joost van der Berg). */
export function surnameOf(name: string): string {
  return partsOf(name.trim().replace(/\s+/g, ' ')).surname.join(' ');
}

/** Whether `word` is a title a name may start with ("Dr.", "prof", "Ms"). */
export function isNameTitle(word: string): boolean {
  return titleOf(word) !== null;
}

function titleKey(word: string): string | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(TITLES, key) ? key : null;
}

/** The title as a greeting writes it: as typed when typed with its capital ("Mrs", "Dr."), else the table's ("dr" -> "Dr."). */
function titleOf(word: string): string | null {
  const key = titleKey(word);
  if (key === null) return null;
  return /^\p{Lu}\p{Ll}*\.?$/u.test(word) ? word : TITLES[key]!;
}

function partsOf(name: string): NameParts {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const title = words.length > 1 ? titleOf(words[0]!) : null;
  const rest = title === null ? words : words.slice(1);
  // "Sir Keir Starmer" is greeted "Sir Keir": the title goes with the first given name.
  if (title !== null && WITH_GIVEN_NAME.has(titleKey(words[0]!)!))
    return { title, given: rest.slice(0, 1), surname: rest.slice(0, 1) };
  if (rest.length <= 1) return { title, given: rest, surname: rest };
  if (familyFirst(rest)) return { title, given: rest.slice(-1), surname: rest.slice(0, 1) };
  const particle = rest.findIndex((word, index) => index > 0 && SURNAME_PARTICLES.has(word.toLowerCase()));
  const split = particle === -1 ? rest.length - 1 : particle;
  return { title, given: rest.slice(0, split), surname: rest.slice(split) };
}

/**
 * How a note greets `name` by default: Han and Hangul names whole; a title and the surname when
 * the name carries a title ("Dr. Okonkwo"); else the given names ("María José", "Joost"), a single
 * name as it is. With `titles` formality and no title in the name, the whole name: the title
 * (Ms. or Mr.) is the candidate's to choose, and the whole name is the neutral formal greeting.
 */
export function defaultGreeting(name: string, formality: Formality = 'first-names'): string {
  return defaultAddress(name, formality).name;
}

/**
 * A greeting the candidate typed, once the person's name is corrected: each word of the old name
 * it uses becomes the new name's word in the same place ("Ms McAlister" -> "Ms McAllister" when
 * Fiona McAlister is corrected to Fiona McAllister). Titles and nicknames in it are kept. Names of
 * different lengths are matched at their first and last words.
 */
export function greetingAfterRename(greeting: string, oldName: string, newName: string): string {
  const before = oldName.trim().split(/\s+/u);
  const after = newName.trim().split(/\s+/u);
  const renamed = new Map<string, string>();
  const pair = (from: string | undefined, to: string | undefined) => {
    if (from && to && from !== to) renamed.set(from, to);
  };
  if (before.length === after.length) for (const [index, word] of before.entries()) pair(word, after[index]);
  else {
    pair(before[0], after[0]);
    if (before.length > 1 && after.length > 1) pair(before.at(-1), after.at(-1));
  }
  if (greeting === '' || renamed.size === 0) return greeting;
  return greeting
    .split(/(\s+)/u)
    .map((part) => renamed.get(part) ?? part)
    .join('');
}

/**
 * How a name is used: `given` (first-name terms, or a Han or Hangul name as written), `titled`
 * (a title and the surname), or `whole` (the full name, because a formal greeting was asked for
 * and the candidate has not said which title goes with it).
 */
export type AddressForm = 'given' | 'titled' | 'whole';

export interface Address {
  readonly name: string;
  readonly form: AddressForm;
}

function defaultAddress(name: string, formality: Formality): Address {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (hasHanOrHangul(trimmed)) return { name: trimmed, form: 'given' };
  const { title, given, surname } = partsOf(trimmed);
  if (title !== null) return { name: `${title} ${surname.join(' ')}`, form: 'titled' };
  if (formality === 'titles' && given.length > 0 && trimmed.includes(' ')) return { name: trimmed, form: 'whole' };
  return { name: given.join(' '), form: 'given' };
}

/** The greeting the candidate gave this person, else the default for the interview's formality. */
export function greetingOf(person: Pick<Interviewer, 'name' | 'greeting'>, formality: Formality = 'first-names'): string {
  return addressOf(person, formality).name;
}

/** How the note addresses `person`: the greeting the candidate gave (its form read from it), else the default. */
export function addressOf(person: Pick<Interviewer, 'name' | 'greeting'>, formality: Formality = 'first-names'): Address {
  const chosen = person.greeting?.trim().replace(/\s+/g, ' ');
  if (!chosen) return defaultAddress(person.name, formality);
  const words = chosen.split(' ');
  if (words.length > 1 && titleOf(words[0]!) !== null) return { name: chosen, form: 'titled' };
  const whole = words.length > 1 && !hasHanOrHangul(chosen) && chosen === person.name.trim().replace(/\s+/g, ' ');
  return { name: chosen, form: whole ? 'whole' : 'given' };
}

/**
 * The salutation of a written note, without its comma: "Dear Dana", "Hi Dana" in a brief note.
 * "Hi" goes only with a given name. A whole name is a letter's form of address ("Dear Gail
 * Porter"): "Hi Gail Porter" reads like a mail merge. A title is the formal address the reader
 * goes by, and "Hi Mr van der Berg" mixes two registers (to a British reader, oddly): both take
 * "Dear" in every tone, which costs a brief note nothing.
 */
export function writtenSalutation(address: Address, tone: Tone): string {
  return `${tone === 'brief' && address.form === 'given' ? 'Hi' : 'Dear'} ${address.name}`;
}

/**
 * How a call opens, as said aloud and without the comma before "this is": "Hello Tom",
 * "Hello, Dr. Adebayo". Nobody says a whole name to someone's face ("Hello Tom Kessler"), and
 * Ms. or Mr. is a guess the candidate has not made: then the call opens with "Hello" alone.
 */
export function spokenSalutation(address: Address, tone: Tone): string {
  const hello = tone === 'brief' ? 'Hi' : 'Hello';
  switch (address.form) {
    case 'given':
      return `${hello} ${address.name}`;
    case 'titled':
      return `${hello}, ${address.name}`;
    case 'whole':
      return hello;
  }
}

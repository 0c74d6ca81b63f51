// The words people put around a name when they greet someone: titles of courtesy, of a trade, of
// a faith, of the forces and of office, in English and in the languages candidates write in, and
// the honorifics some languages put after the name ("Tanaka-san", "Sharma ji", "Priya ma'am").
// None of them is part of the name, so the name rules compare what is left.
import { fold } from './text.js';

/**
 * Titles written before a name, lower case and without their full stop. Abbreviations are listed
 * beside the word they shorten; a title of several words ("Sous Chef", "Tan Sri") is its words.
 */
const BEFORE = new Set(
  [
    // Courtesy titles, English and others.
    'mr mrs ms mx miss mister missus master sir dame lord lady madam madame ma’am maam',
    'herr frau fräulein fraulein señor senor señora senora señorita senorita sr sra srta doña dona senhor senhora',
    'monsieur mme mlle mademoiselle signor signore signora signorina sig sig.ra sig.na meneer mevrouw mevr dhr',
    'pani bapak ibu encik cik puan tuan datuk dato datin shri sri shrimati smt kumari thiru tmt selvi',
    'mwalimu bwana ate kuya tito tita auntie aunty uncle',
    // Learning, health and the law.
    'dr doctor dra doc prof professor dean provost chancellor principal headteacher headmaster headmistress head',
    'teacher sensei sifu lecturer tutor nurse matron midwife dott dott.ssa ing arch arq lic avv mag judge justice',
    'magistrate advocate adv counsel',
    // Trades.
    'chef sous coach maestro maestra director dir foreman forewoman skipper',
    // Faiths.
    'rev revd reverend pastor father fr brother br sister mother bishop archbishop cardinal deacon elder minister',
    'rabbi cantor imam sheikh shaikh sheik ustadh ustaz ustadha ustadza maulana mufti hafiz haji hajji hajja pandit',
    'swami guru acharya lama venerable ven monsignor msgr canon vicar chaplain',
    // The forces, the police and the fire service.
    'captain capt cpt lieutenant lt commander cmdr cdr colonel col major maj general gen admiral adm sergeant sgt',
    'corporal cpl private pvt officer ofc detective det inspector insp constable chief marshal sheriff deputy',
    'trooper agent commissioner superintendent supt firefighter ensign airman',
    // Office.
    'hon honourable honorable councillor councilor alderman alderwoman mayor senator sen representative rep',
    'governor gov president ambassador secretary chair chairman chairwoman chairperson',
  ]
    .join(' ')
    .split(' '),
);

/** Honorifics written after a name, alone or joined by a hyphen ("Tanaka san", "Tanaka-san"). */
const AFTER = new Set(
  'san sama kun chan sensei senpai sempai dono ji sahib saheb sahab ma’am maam ma madam sir nim ssi bhai didi jr sr ii iii iv esq'.split(
    ' ',
  ),
);

/** Honorifics of scripts without spaces, written straight after the name ("田中さん", "王老师"). */
const AFTER_GLUED = [
  'さん',
  'さま',
  '様',
  '先生',
  '氏',
  '君',
  'くん',
  'ちゃん',
  '老师',
  '老師',
  '女士',
  '小姐',
  '선생님',
  '님',
  '씨',
];

const key = (word: string): string => fold(word).replace(/\.$/u, '').replace(/'/gu, '’');

/** A title written before a name: "Dr.", "Chef", "Sgt", "Señora", "Sheikh". */
export function isTitleWord(word: string): boolean {
  return BEFORE.has(key(word));
}

/** An honorific written after a name: "san", "ji", "ma'am". */
export function isHonorificAfter(word: string): boolean {
  return AFTER.has(key(word));
}

/**
 * `word` without an honorific joined to it: "Tanaka-san" -> "Tanaka", "田中さん" -> "田中",
 * "Sharmaji" -> "Sharma" (only where what is left is long enough to be a name).
 */
export function withoutJoinedHonorific(word: string): string {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && isHonorificAfter(word.slice(hyphen + 1))) return word.slice(0, hyphen);
  for (const glued of AFTER_GLUED) if (word.length > glued.length && word.endsWith(glued)) return word.slice(0, -glued.length);
  const folded = key(word);
  if (folded.length >= 5 && folded.endsWith('ji')) return word.slice(0, -2);
  return word;
}

/**
 * Words that name a role or a group rather than a person ("Dear Hiring Manager", "Dear Search
 * Committee", "Dear Sir or Madam", and "Ma", the Nigerian and Ghanaian English "ma'am": "Good
 * evening Ma"): a greeting of only these names nobody to compare.
 */
const ROLE = new Set(
  'ma hiring manager managers team teams committee panel panelists panellists members member recruiter recruiters recruiting recruitment talent acquisition search selection interview interviewers interviewer department office staff board human resources hr people colleagues colleague friends friend sir sirs madam mesdames gentlemen ladies all everyone everybody folks there recipient reader whom concern admissions partner partners leadership management'.split(
    ' ',
  ),
);

/** A word that names a role or a group, not a person. */
export function isRoleWord(word: string): boolean {
  const folded = key(word);
  return ROLE.has(folded) || BEFORE.has(folded);
}

// Names of chemicals a general dictionary lacks, told by how chemistry names them: an acid's
// adjective before "acid" ("oxalic acid", "formic and oxalic acids"), a salt after its metal
// ("potassium sorbate", "sodium metabisulfite"), and a name built from a chemical root and a
// chemical ending ("acetoin", "trimethylamine"). A beekeeper treats mites with oxalic acid and a
// brewer tastes for diacetyl and acetoin; no list holds every trade's chemistry.
import type { RawLint } from './harper-map.js';
import { isUnknownWord } from './harper-rules.js';

/** An acid's adjective, then perhaps others joined by "and", "or" or a comma, then "acid". */
const BEFORE_ACID = /^(?:(?:,\s*|\s+(?:and|or)\s+)\p{L}+(?:ic|ous))*\s+acids?\b/iu;

/** The metals and ions that name a salt before its anion ("sodium hypochlorite"). */
const CATION =
  /\b(?:sodium|potassium|calcium|magnesium|ammonium|aluminium|aluminum|lithium|barium|zinc|copper|iron|silver|ferric|ferrous|cupric|stannous|manganese)\s+$/iu;

/** Roots of organic and inorganic names, after an optional count or shape ("di", "tri", "iso", "cyclo"). */
const ROOTS =
  /^(?:di|tri|tetra|mono|poly|iso|cyclo)?(?:acet|benz|meth|ethyl|prop|butyr|chlor|fluor|brom|iod|sulf|sulph|phosph|nitr|hydr|carb|glyc|amin|amid|cyan|oxal|lact|citr|glut|phen|tolu|xyl)/u;
/** The endings chemistry gives those roots. */
const ENDINGS = /(?:yl|oin|ol|ane|ene|yne|ide|ate|ite|ine|one|ose|ase)s?$/u;

/** Whether a spelling lint falls on a chemical's name, by one of the shapes above. */
export function isChemicalName(text: string, lint: RawLint): boolean {
  if (!isUnknownWord(lint) || !/^\p{L}+$/u.test(lint.problem)) return false;
  const word = lint.problem.toLowerCase();
  if (/(?:ic|ous)$/u.test(word) && BEFORE_ACID.test(text.slice(lint.end, lint.end + 80))) return true;
  if (/(?:ate|ite|ide)s?$/u.test(word) && CATION.test(text.slice(Math.max(0, lint.start - 24), lint.start))) return true;
  return word.length >= 7 && ROOTS.test(word) && ENDINGS.test(word);
}

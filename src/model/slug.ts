// Interview ids: short, typeable slugs such as `acme-robotics-senior-backend-engineer`.
// Latin letters are folded to ASCII (José -> jose) so the id is easy to type after `regen`;
// letters of other scripts are kept as they are, because dropping them would leave nothing.

const MAX_LENGTH = 64;
const FALLBACK = 'interview';

// Letters NFKD does not split into a base letter and a mark.
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

function foldChar(char: string): string {
  const special = SPECIAL[char];
  if (special !== undefined) return special;
  const decomposed = char.normalize('NFKD');
  const base = decomposed.replace(/\p{M}/gu, '');
  // Only Latin is folded: stripping marks from Japanese kana or Devanagari changes the word.
  return /^[\x20-\x7e]+$/.test(base) ? base : char;
}

// An apostrophe inside a word (St. Brigid's, O'Donoghue, l'Oréal) belongs to the word.
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['\u2019\u02bc](?=[\p{L}\p{N}])/gu;

function slugify(text: string, apostrophes: 'join' | 'split' = 'join'): string {
  const folded = Array.from(text.normalize('NFC').toLowerCase(), foldChar).join('').normalize('NFC');
  const joined = apostrophes === 'join' ? folded.replace(INNER_APOSTROPHE, '') : folded;
  return joined.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function shorten(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  if (slug[MAX_LENGTH] === '-') return cut;
  const lastDash = cut.lastIndexOf('-');
  return lastDash > MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut;
}

/** A slug for company and role that is not in `taken`: `acme-robotics-backend-engineer`, then `-2`, `-3`. */
export function slugFor(company: string, role: string, taken: readonly string[]): string {
  const base = shorten(slugify(`${company} ${role}`)) || FALLBACK;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * The id a new file or session for company and role is saved under, among the `saved` ids:
 * the slug, or the one slugFor made before apostrophes joined words (`st-brigid-s-...`) when
 * only that one is saved, so the same role imported again still finds its saved interview.
 */
export function savedSlugFor(company: string, role: string, saved: readonly string[]): string {
  const slug = slugFor(company, role, []);
  const older = shorten(slugify(`${company} ${role}`, 'split')) || FALLBACK;
  return !saved.includes(slug) && saved.includes(older) ? older : slug;
}

/** Whether `id` has the shape slugFor produces (used to check ids in interview files). */
export function isSlug(id: string): boolean {
  return id.length > 0 && id.length <= MAX_LENGTH + 4 && /^[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}]+)*$/u.test(id);
}

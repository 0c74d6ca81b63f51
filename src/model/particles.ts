// The small words that begin or join a surname ("Joost van der Berg", "Marisol de la Cruz",
// "Aziz bin Rahman", "Aoife Ni Bhriain"), in lower case and NFC. One list for every caller; a
// caller that needs more words adds them where it uses the list, and says why.

/** The particles every caller shares. */
export const SURNAME_PARTICLES: readonly string[] = [
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'binti',
  'al',
  'el',
  // Irish (O, Ni, Nic and Ui with their accents: "Aoife Ni Bhriain"), Filipino ("Dela Cruz"),
  // Italian ("dei", "degli"). Escaped: the quick commands' bundles must be ASCII.
  '\u00f3',
  'n\u00ed',
  'nic',
  'u\u00ed',
  'dela',
  'dei',
  'degli',
];

/** The shared particles plus a caller's own, as a set of lower-case words. */
export function particleSet(...extra: readonly string[]): ReadonlySet<string> {
  return new Set([...SURNAME_PARTICLES, ...extra]);
}

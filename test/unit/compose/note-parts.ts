// Reads a composed note the way the property tests need it: the message above the signature,
// the quoted earlier note, the paragraphs. Test-only; the checklist has its own parser.
import type { Candidate, Note } from '../../../src/model/types.js';

/** The lines before the signature block (which starts with the candidate's name on its own line). */
export function messageOf(note: Note, candidate: Candidate): string {
  const lines = note.body.split('\n');
  const signature = lines.indexOf(candidate.name);
  return (signature === -1 ? lines : lines.slice(0, signature)).join('\n');
}

/** Everything above the quoted earlier note and its attribution line. */
export function unquotedOf(note: Note): string {
  const lines = note.body.split('\n');
  const attribution = lines.findIndex((line) => line.endsWith(' wrote:'));
  return (attribution === -1 ? lines : lines.slice(0, attribution)).join('\n').trim();
}

/** The quoted lines after the attribution, without their `> ` markers. */
export function quotedOf(note: Note): string {
  const lines = note.body.split('\n');
  const attribution = lines.findIndex((line) => line.endsWith(' wrote:'));
  return lines
    .slice(attribution + 1)
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n');
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n{2,}/).map((paragraph) => paragraph.trim());
}

/** Word 3-grams, for a rough measure of how alike two notes read. */
export function similarity(a: string, b: string): number {
  const grams = (text: string) => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    return new Set(words.slice(2).map((_, i) => words.slice(i, i + 3).join(' ')));
  };
  const x = grams(a);
  const y = grams(b);
  const shared = [...x].filter((gram) => y.has(gram)).length;
  return shared / (x.size + y.size - shared);
}

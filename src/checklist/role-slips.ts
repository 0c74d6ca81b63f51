// The generic-subject hint builds a subject line from the role as the user typed it ("Thank you:
// Lead Pharmacist interview"), so a slip typed into the role would be copied into the advice. The
// spelling check reads the role in such a line, and the words it finds misspelled go to the rules
// (CheckContext.roleSlips), which then leave the role out of the hint.
import { knownWordsFor } from './known-words.js';
import type { SpellChecker } from './spell.js';
import { fold } from './text.js';
import type { CheckContext } from './types.js';
import { roleWordsFor, typedWordsFor } from './typed-words.js';

/** The role's words the spelling check finds misspelled, folded; empty when there is no role. */
export async function roleSlipsFor(spell: SpellChecker, context: CheckContext): Promise<ReadonlySet<string>> {
  const role = context.interview?.role?.trim();
  if (!role) return new Set();
  const found = await spell.lint(`Thank you for the ${role} interview.\n`, knownWordsFor(context), {
    typed: typedWordsFor(context),
    role: roleWordsFor(context),
  });
  return new Set(found.filter((finding) => finding.rule === 'spelling').map((finding) => fold(finding.excerpt)));
}

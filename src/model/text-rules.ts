// One rule for every text field, wherever it comes from (an interview file, the saved store,
// the draft): no C0 controls (newline and tab only in multi-line fields), no DEL, no C1
// controls, no bidi controls. It walks the whole value, so a field added to the schema later
// is checked without being listed here.
import { labelFor, pathText } from './field-path.js';
import type { FieldProblem } from './file-problems.js';
import { textRuleMessages as m } from './text-rule-messages.js';

/** Fields whose text may span lines (a note's body, a signature): newline and tab allowed. */
const MULTI_LINE = new Set(['body', 'signature']);

// Embeddings, overrides and isolates (U+202A-E, U+2066-9) reorder how a line reads without
// being seen. The marks (U+200E/F, U+061C) stay: right-to-left names need them, and they move
// no text but the punctuation beside them.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;
// Without the u flag, so each half of a pair is seen on its own.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_ANY = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** What is wrong with `text` as the value of a field, or undefined. */
export function textProblem(text: string, multiLine: boolean): string | undefined {
  const control = (multiLine ? CONTROL_BUT_LINES : CONTROL_ANY).exec(text);
  if (control !== null) return m.control(control[0].codePointAt(0)!, multiLine);
  const bidi = BIDI.exec(text);
  if (bidi !== null) return m.bidi(bidi[0].codePointAt(0)!);
  // A lone surrogate is no character at all: it cannot be written as UTF-8 unchanged.
  if (LONE_SURROGATE.test(text)) return m.loneSurrogate;
  return undefined;
}

/** Deeper than any format of ours: a walk stops here rather than overflow the stack. */
const MAX_WALK_DEPTH = 32;

/** Every string in `value` that breaks the rule, with its path. */
export function textProblems(value: unknown, path: readonly (string | number)[] = []): FieldProblem[] {
  if (path.length > MAX_WALK_DEPTH) return [{ path: pathText(path), problem: m.tooDeep, fix: m.fix }];
  if (typeof value === 'string') {
    const last = path.findLast((key): key is string => typeof key === 'string');
    const problem = textProblem(value, last !== undefined && MULTI_LINE.has(last));
    return problem === undefined ? [] : [{ path: pathText(path), problem: `${labelFor(path)} ${problem}`, fix: m.fix }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => textProblems(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textProblems(item, [...path, key]));
  }
  return [];
}

// The one way text derived from user input or another program reaches the terminal: every
// character that could drive it (C0 and C1 controls, DEL, ESC sequences, bidi controls, lone
// surrogates) is shown as a visible \uXXXX escape instead of being sent raw. The same escape
// inside a JSON string means the same character, so JSON output stays valid and unchanged.
// Pure, so the Ink review and line mode use it too; showing-stream.ts applies it to stderr.
// Everything a terminal could act on or that reorders the line (the bidi marks U+200E/F and
// U+061C stay: right-to-left names need them). Newline and tab are kept only by
// showText; CR is always escaped (it lets a line overwrite itself).
const UNSAFE_LINE =
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UNSAFE_TEXT =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escapeChar = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line (a name, a path, a value): every control, newline and tab included, escaped. */
export function showLine(text: string): string {
  return text.replace(UNSAFE_LINE, escapeChar);
}

/** Text of several lines (a message, a note the user asked to print): newline and tab kept. */
export function showText(text: string): string {
  return text.replace(UNSAFE_TEXT, escapeChar);
}

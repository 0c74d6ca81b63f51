// Text the user types or pastes is shown back on screen and saved; an escape sequence in it
// could move the cursor, recolour the terminal or rewrite the title. Keep printable text only.

// C0 controls (tab becomes a space), DEL, C1 controls, and the bidi overrides that can make a
// line read differently from what it contains.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// A whole escape sequence (CSI, OSC, or a two-byte ESC x), so its parameters do not stay behind
// as visible junk like "[31m".
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])?|\u009b[0-?]*[ -/]*[@-~]/g;

/** One line of typed text: no controls, no line breaks, tabs as spaces. */
export function sanitizeLine(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\t\r\n]/g, ' ')
    .replace(CONTROL, '');
}

/** Text with several lines (an edited note): keeps line breaks and tabs, drops other controls. */
export function sanitizeText(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Trimmed and with runs of spaces collapsed: how an answer is kept once submitted. */
export function tidy(text: string): string {
  return sanitizeLine(text).replace(/\s+/g, ' ').trim();
}

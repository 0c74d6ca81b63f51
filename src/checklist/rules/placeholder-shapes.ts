// The shapes a template's stand-in takes, whatever words it holds (placeholder.ts reads them).
// Plain prose uses brackets, capitals, "here" and underscores too: each shape says what makes
// it a slot left open and not a word of the note.

/** What a slot is named by: the things a form letter leaves for the writer to fill in. */
const NOUN =
  '(?:names?|company|employer|organi[sz]ation|title|role|position|job|date|topic|details?|skills?|signature|interviewer|manager|recipient|department|location|address|number|e-?mail)';
/** What may come before it: "your", "the company's", "first", "hiring manager's". */
const LEAD =
  "(?:(?:your|their|his|her|the|company['’]?s?|first|last|full|job|hiring|manager['’]?s?|interviewer['’]?s?|recipient['’]?s?|candidate['’]?s?|specific)\\s+){0,3}";
const SLOT = `${LEAD}${NOUN}`;
/** The same in title case, as a template labels its slots: "Company Name", "Interviewer's Name". */
const TITLED_SLOT =
  "(?:(?:Your|Their|First|Last|Full|Company|Job|Hiring|Manager['’]?s?|Interviewer['’]?s?|Recipient['’]?s?|Candidate['’]?s?)\\s+){0,3}(?:Name|Company|Employer|Title|Role|Position|Date|Topic|Detail|Signature|Interviewer)";

const CAPITAL_LEAD = "(?:YOUR|THEIR|FIRST|LAST|FULL|COMPANY|JOB|HIRING|MANAGER'?S?|INTERVIEWER'?S?|CANDIDATE'?S?)";
const CAPITAL_NOUN = '(?:NAME|COMPANY|EMPLOYER|TITLE|ROLE|POSITION|DATE|TOPIC|SIGNATURE|DETAIL|INTERVIEWER|MANAGER)';

export interface StandIn {
  readonly pattern: RegExp;
  /** Capitals: a slot only when the words around it are not capitals too (shouting is tone's). */
  readonly capitals?: true;
  /**
   * What every match contains, in lower case (of the text lower-cased): a text without it is not
   * run through the pattern. V8 compiles a RegExp on its first run, and the slot patterns, with
   * their repeated lists of words, took 10 to 25 ms of a fresh process's CPU for a note that has
   * no parenthesis or "here" at all (placeholder-shapes.test.ts keeps each one true).
   */
  readonly needs?: string;
}

/** Every stand-in shape. */
export const STAND_INS: readonly StandIn[] = [
  // Words in square brackets: "[Your Name]", "[the thing she said about the markup]"; not a
  // footnote "[1]", a checkbox "[x]", "[sic]" or a link's "[text](url)".
  { pattern: /\[(?!\s*(?:sic|\d+|x|\s)\s*\])[^\][\r\n<>@]{1,80}\](?!\()/gi },
  // Words in angle brackets: "<Company>", "<name>"; not "<dana@acme.example>" or "<https://...>".
  { pattern: /<(?![^>\r\n]*[@:/])[A-Za-z][^<>\r\n]{0,38}[A-Za-z.]>/g },
  // Template braces: "{{role}}", "{first_name}", "${company}", "%NAME%".
  { pattern: /\$?\{\{?\s*[^{}\r\n]{1,40}\}\}?/g },
  { pattern: /%[A-Za-z_]{2,30}%/g },
  // "XX", "XXX", "xx/xx": the filler for a name, date or number to come.
  { pattern: /(?<![0-9A-Za-z\u00c0-\u024f])(?:XX+|xx+)(?:[/.-](?:XX+|xx+))*(?![0-9A-Za-z\u00c0-\u024f])/g },
  // A blank to fill in, "__" or longer, not joined to a word ("__init__" is Python's).
  { pattern: /(?<![\p{L}\p{N}_])_{2,}(?![\p{L}\p{N}_])/gu, needs: '__' },
  // A slot in parentheses, as an instruction, with "your" or "here", or as a title-case label:
  // "(insert date)", "(your name)", "(name here)", "(Company Name)"; not an aside that mentions
  // a name ("(the name escapes me)", "(my manager)").
  {
    pattern: new RegExp(
      `\\(\\s*(?:(?:insert|add|enter|type|fill\\s+in|put)\\s+${SLOT}(?:\\s+here)?|(?:your|their)\\s+${SLOT}(?:\\s+here)?|${SLOT}\\s+here)\\s*\\)`,
      'gi',
    ),
    needs: '(',
  },
  { pattern: new RegExp(`\\(${TITLED_SLOT}\\)`, 'g'), needs: '(' },
  // An instruction to the writer left in: "insert topic here", "(insert something specific)",
  // "enter your name"; not "enter the job market" or "fill in the details on Monday".
  { pattern: new RegExp(`\\binsert\\s+(?:${SLOT}\\b(?:\\s+here\\b)?|(?:[\\w'-]+\\s+){0,4}?here\\b)`, 'gi'), needs: 'insert' },
  { pattern: new RegExp(`\\b(?:enter|fill\\s+in|add)\\s+(?:your|their)\\s+${SLOT}\\s+here\\b`, 'gi'), needs: 'here' },
  { pattern: /\(\s*(?:insert|fill\s+in|enter)\b[^()\r\n]{1,60}\)/gi },
  // A slot's label: "Name Here", "Company Name Here", "YOUR NAME HERE", "at COMPANY NAME",
  // "Dear NAME". One capital word alone only when it names who or where (nobody stresses "NAME"
  // the way they stress "this POSITION").
  { pattern: new RegExp(`\\b${TITLED_SLOT}\\s+Here\\b`, 'g'), needs: 'here' },
  {
    pattern: new RegExp(
      `\\b(?:(?:${CAPITAL_LEAD}\\s+)+${CAPITAL_NOUN}(?:\\s+HERE)?|${CAPITAL_NOUN}\\s+HERE|(?:NAME|COMPANY|EMPLOYER|INTERVIEWER))\\b`,
      'g',
    ),
    capitals: true,
  },
  // "To be decided" left where a date or a name goes: TBD, TBC, TBA.
  { pattern: /\bTB[DCA]\b/g, capitals: true },
  // A greeting whose name was never typed: "Dear ,", "Hi ,", "Dear Mr. ,"; not "Hi," or "Hello,".
  {
    pattern:
      /(?<=^|\n)[ \t]*(?:Dear(?:\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?)?\s*|(?:Hi|Hello|Hey)(?:\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?)?\s+),/g,
  },
  { pattern: /\blorem\s+ipsum\b/gi },
];

/**
 * Whether a word next to the span is in capitals too: "at COMPANY NAME" is a slot left open,
 * "I NEED THE POSITION FILLED" is shouting.
 */
export function amongCapitals(text: string, start: number, end: number): boolean {
  const before = /([A-Za-z]{2,})[^A-Za-z\r\n]*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[^A-Za-z\r\n]*([A-Za-z]{2,})/.exec(text.slice(end, end + 40))?.[1];
  return [before, after].some((word) => word !== undefined && word === word.toUpperCase());
}

// The checklist's own vocabulary. Rules are pure functions from a parsed draft and what we know
// about the interview to findings; nothing here touches the clock, files or the linter worker.
import type { BusinessCalendar, DateStyle } from '../model/dates.js';
import type { Finding, Interview, Note, NoteKind, Severity } from '../model/types.js';
import type { RuleId } from './registry.js';

/** What a rule may know besides the text. Every field is optional: a rule without what it needs stays quiet. */
export interface CheckContext {
  readonly kind?: NoteKind | undefined;
  /** The note is read out on a call (a call script, a voicemail): its advice speaks of a call. */
  readonly spoken?: boolean | undefined;
  readonly interview?: Interview | undefined;
  /** The recipient's name as saved (an interviewer or the recruiter). */
  readonly to?: string | undefined;
  /** The other saved interviews, for names and companies that must not leak into this note. */
  readonly otherInterviews?: readonly Interview[] | undefined;
  /** The other notes of the same session, for duplicate-note. */
  readonly siblings?: readonly Note[] | undefined;
  /** "Now" for the timing rules; without it they stay quiet. */
  readonly now?: Date | undefined;
  /** The business days the timing rules count (src/model/holidays.ts); weekends only when absent. */
  readonly calendar?: BusinessCalendar | undefined;
  /** How the timing rules write a day (src/model/day-format.ts); American, with its year, when absent. */
  readonly dateStyle?: DateStyle | undefined;
  /** The user's rule levels (config.ts): a rule set to `off` does not run; others take this severity. */
  readonly levels?: RuleLevels | undefined;
  /** The role's words the spelling check found misspelled (role-slips.ts), folded: advice leaves the role out. */
  readonly roleSlips?: ReadonlySet<string> | undefined;
}

/** What a user may set a rule to, as linters do. */
export type Level = 'off' | Severity;
export type RuleLevels = Readonly<Partial<Record<RuleId, Level>>>;

/**
 * A note as the rules see it. `prose` has exactly the length of `text`, with everything that is
 * not the writer's own words (headers, quoted lines, attribution lines) blanked to spaces, so an
 * offset found in `prose` is the same offset in `text`.
 */
export interface Draft {
  /** The original text, untouched (CRLF, tabs and all). */
  readonly text: string;
  readonly subject: string | null;
  /** Offset of the subject's first character in `text`, or -1 when the subject is not in it. */
  readonly subjectStart: number;
  /** The body as written, from `bodyStart` to the end of `text` (quoted lines included). */
  readonly body: string;
  readonly bodyStart: number;
  readonly prose: string;
  /** The quoted lines' content without the `>` markers, one per line. */
  readonly quoted: string;
  /** What the note says it attaches or quotes, when it came from the composer. */
  readonly attachments: readonly string[];
  readonly quotes: string | null;
  /** A composed follow-up to someone no earlier note is on record for: it has nothing to quote. */
  readonly noEarlierNote?: boolean;
}

/** A rule's raw hit before it becomes a Finding: an offset range in the draft's text. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Overrides the rule's severity for this hit (e.g. a colleague's name is only a warning). */
  readonly severity?: Severity;
}

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** One line for help and docs. */
  readonly description: string;
  /** False for spelling and grammar, which come from the worker. */
  readonly sync: boolean;
}

export { RULE_IDS } from './registry.js';
export type { RuleId } from './registry.js';

export type { Finding };

/** A family of rules: each returns its hits keyed by rule id. */
export type RuleCheck = (draft: Draft, context: CheckContext) => readonly Hit[];

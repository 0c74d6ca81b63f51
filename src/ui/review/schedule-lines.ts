// Which schedule lines the review shows under a note, and how many rows they get: those about its recipient (their follow-up
// date is what they need next), or every line when none names them (an "all done" reason).
import { review } from '../messages.js';
import { widthOf } from '../text-width.js';

/** `text` cut to `width` columns with "…" when it is wider. */
function cut(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (widthOf(`${kept}${char}…`) > width) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

// The fewest columns a cut bracket keeps ("no phone…"): fewer say nothing.
const MIN_BRACKET = 10;

/**
 * A schedule line ("thank-you to A, B and C (round 2): due now, by Tuesday, December 1") that
 * fits `width` columns. What is due and when, after the colon, always shows whole: a bracket after
 * it goes first, then the people ("A and 2 others"), then the first name is cut ("3 people" when even that has no room),
 * and only then the start of the line.
 */
export function fitLine(line: string, width: number): string {
  if (widthOf(line) <= width) return line;
  // A bracket after what is due ("(no phone number for Siobhán Ní Bhriain yet)") gives way
  // before any name: cut while a few words of it still fit, then left out.
  const bracket = /^(.+?: .+?) \(([^()]+)\)$/.exec(line);
  if (bracket) {
    const [, main = '', inner = ''] = bracket;
    const room = width - widthOf(`${main} ()`);
    return room >= MIN_BRACKET ? `${main} (${cut(inner, room)})` : fitLine(main, width);
  }
  const split = line.indexOf(': ');
  if (split < 0) return cut(line, width);
  const head = line.slice(0, split);
  const tail = line.slice(split);
  const parts = /^(.*? to )(.+?)( \(round \d+\))?$/.exec(head);
  if (parts) {
    const [, lead = '', who = '', round = ''] = parts;
    const people = who.split(/, | and /);
    if (people.length > 1) {
      const others = review.scheduleOthers(people.length - 1);
      const shorter = `${lead}${people[0]}${others}${round}${tail}`;
      if (widthOf(shorter) <= width) return shorter;
      const room = width - widthOf(`${lead}${others}${round}${tail}`);
      if (room >= 4) return `${lead}${cut(people[0]!, room)}${others}${round}${tail}`;
      const counted = `${lead}${review.schedulePeople(people.length)}${round}${tail}`;
      if (widthOf(counted) <= width) return counted;
    }
  }
  const room = width - widthOf(tail);
  return room >= 8 ? `${cut(head, room)}${tail}` : cut(line, width);
}

/**
 * The lines that name `recipient` ("follow-up to Priya Raghunathan: …") or are the step the note
 * on screen is one of (`steps`, as kindSteps gives them): once this note is marked sent, the
 * others still owed it stay in sight ("thank-you to Sam Ortiz and 3 others: due today").
 * All of them when none is.
 */
export function linesFor(schedule: readonly string[], recipient: string, steps: readonly string[] = []): readonly string[] {
  const own = schedule.filter((line) => line.includes(recipient) || steps.some((step) => line.startsWith(`${step} to `)));
  return own.length > 0 ? own : schedule;
}

/** At most `room` lines (at least one); the last says how many more there are when some do not fit. */
export function fitLines(lines: readonly string[], room: number): readonly string[] {
  const max = Math.max(1, room);
  if (lines.length <= max) return lines;
  const shown = lines.slice(0, max - 1);
  return [...shown, review.scheduleMore(lines.length - shown.length)];
}

// Note lines kept visible however long the schedule is (60x20 must stay usable).
const MIN_BODY = 5;

/**
 * How the screen's rows are shared: everything but the scrolling lines (header, counts, status,
 * hints, spacing, and `extra` rows of status or manual checks) is fixed; the schedule takes what
 * the note's body can spare and leaves it at least MIN_BODY lines.
 */
export function reviewLayout(rows: number, extra: number, schedule: readonly string[]) {
  const fixed = 8 + extra;
  const dueLines = fitLines(schedule, rows - fixed - MIN_BODY);
  return { dueLines, viewport: Math.max(3, rows - fixed - dueLines.length) };
}

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

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? /g;

/**
 * What is due and when, from the longest wording to the shortest that still says it: as
 * written, without the weekdays ("overdue since November 25; send and phone today"), without
 * the advice after the semicolon ("overdue since November 25"), and at last without the day a
 * step has been due since ("overdue", "due now"); a day it may not be sent before stays.
 */
function tailsOf(tail: string): string[] {
  const bare = tail.replace(WEEKDAY, '');
  const advice = bare.indexOf('; ');
  const brief = advice < 0 ? bare : bare.slice(0, advice);
  const undated = brief
    .replace(/ \(since [^()]*\)/, '')
    .replace(/ since .*$/, '')
    .replace(/, (?:by|best on) .*$/, '');
  return [...new Set([tail, bare, brief, undated])];
}

interface StepPart {
  /** "thank-you to ", "thank-you call to ". */
  readonly lead: string;
  readonly names: readonly string[];
}

/** "thank-you to A, B and thank-you call to C" as its steps, each with the people in it. */
function stepsOf(who: string): StepPart[] {
  const parts: { lead: string; names: string[] }[] = [];
  for (const piece of who.split(/, and | and |, /)) {
    const step = /^(.+? to )(.+)$/.exec(piece);
    const last = parts.at(-1);
    if (step) parts.push({ lead: step[1]!, names: [step[2]!] });
    else if (last) last.names.push(piece);
    else return [];
  }
  return parts;
}

/**
 * A schedule line ("thank-you to A, B and C (round 2): due now, by Tuesday, December 1") that
 * fits `width` columns. Names stay whole while they can: a bracket after what is due goes first,
 * then the other words of what is due (the weekdays, then the advice after a semicolon), then the
 * other people ("thank-you call to Sam Ortiz and 1 other", keeping `recipient`, the person the
 * note on screen is for, else the first), and only then is that name cut ("3 people" when even
 * that has no room), and at last the start of the line.
 */
export function fitLine(line: string, width: number, recipient = ''): string {
  if (widthOf(line) <= width) return line;
  // A bracket after what is due ("(no phone number for Siobhán Ní Bhriain yet)") gives way
  // before any name: cut while a few words of it still fit, then left out.
  const bracket = /^(.+?: .+?) \(([^()]+)\)$/.exec(line);
  if (bracket) {
    const [, main = '', inner = ''] = bracket;
    const room = width - widthOf(`${main} ()`);
    return room >= MIN_BRACKET ? `${main} (${cut(inner, room)})` : fitLine(main, width, recipient);
  }
  const split = line.indexOf(': ');
  if (split < 0) return cut(line, width);
  const head = line.slice(0, split);
  const tails = tailsOf(line.slice(split));
  const shortest = tails.at(-1)!;
  const fits = (start: string) => tails.map((tail) => `${start}${tail}`).find((whole) => widthOf(whole) <= width);
  const whole = fits(head);
  if (whole !== undefined) return whole;
  const [, who = head, round = ''] = /^(.+?)( \(round \d+\))?$/.exec(head) ?? [];
  const steps = stepsOf(who);
  const people = steps.reduce((sum, step) => sum + step.names.length, 0);
  if (people > 1) {
    const kept = steps.find((step) => step.names.includes(recipient)) ?? steps[0]!;
    const name = kept.names.includes(recipient) ? recipient : kept.names[0]!;
    const others = review.scheduleOthers(people - 1);
    const shorter = fits(`${kept.lead}${name}${others}${round}`);
    if (shorter !== undefined) return shorter;
    const room = width - widthOf(`${kept.lead}${others}${round}${shortest}`);
    if (room >= 4) return `${kept.lead}${cut(name, room)}${others}${round}${shortest}`;
    const counted = `${steps[0]!.lead}${review.schedulePeople(people)}${round}${shortest}`;
    if (widthOf(counted) <= width) return counted;
  }
  const room = width - widthOf(shortest);
  return room >= 8 ? `${cut(head, room)}${shortest}` : cut(`${head}${shortest}`, width);
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

// The scorn scorer's sarcasm dressed as thanks (scorn-scorer.ts): thanks or a welcome for what the
// reader did late or little, with the lateness or the littleness counted out: "thanks for
// eventually replying", "thank you for the update, three weeks later", "great to hear back after
// six weeks of silence", "thanks for the feedback, all two lines of it". Thanks for something that
// came after a wait the writer does not hold against them ("thank you for finally putting a face
// to the name", "after two weeks of travel") is sincere.

interface Word {
  readonly w: string;
}

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** The sentence thanks or welcomes: "thanks", "thank you", "great to hear", "nice to finally". */
const THANKING = words('thanks thank thanked grateful appreciate appreciated');
/** Before "to", a welcome: "great to hear back", "nice to finally get an answer". */
const WELCOME = words('great nice good glad lovely');
const LATE = words('eventually belatedly');
const SPANS = words('days weeks months week month');
/** After "after three weeks of", what is held against them; "of travel" is not. */
const HELD = words('silence chasing waiting nothing reminders radio');
/**
 * After a late "finally", or before "at last", the meeting it welcomes: "finally meeting",
 * "finally putting a face to the name", "to meet you at last".
 */
const MEETING = words('meet meeting met see seeing saw putting put speak speaking talk talking');
const COUNTED = words(`
  two three four five six seven eight nine ten twelve fifteen twenty thirty several
`);

const counted = (w: string | undefined) => w !== undefined && (COUNTED.has(w) || /^\d+$/.test(w));

/** Whether the sentence thanks or welcomes someone: "thanks", "great to hear". */
export function thanks(sentence: readonly Word[]): boolean {
  return sentence.some((word, i) => THANKING.has(word.w) || (WELCOME.has(word.w) && sentence[i + 1]?.w === 'to'));
}

/**
 * Where the lateness or littleness that makes thanks sarcastic ends, starting at `at`, or -1:
 * "eventually", "at last", "finally getting back", "three weeks later", "after six weeks",
 * "weeks of silence", "four reminders", "all two lines of it".
 */
export function belated(sentence: readonly Word[], at: number): number {
  const w = sentence[at]!.w;
  const next = sentence[at + 1]?.w;
  if (LATE.has(w)) return at;
  if (w === 'at' && (next === 'last' || (next === 'long' && sentence[at + 2]?.w === 'last'))) {
    // "lovely to meet you at last", "great to see the kilns at long last": a meeting waited for.
    if (sentence.slice(Math.max(0, at - 5), at).some((word) => MEETING.has(word.w))) return -1;
    return next === 'last' ? at + 1 : at + 2;
  }
  if (w === 'finally' && next !== undefined && !MEETING.has(next) && !(next === 'getting' && sentence[at + 2]?.w === 'to'))
    return at;
  if (!counted(w)) return -1;
  // "three weeks later", "after six weeks", "six weeks of silence", but not "after two weeks of travel".
  if (SPANS.has(next ?? '')) {
    const after = sentence[at + 2]?.w;
    if (after === 'later') return at + 2;
    if (after === 'of') return HELD.has(sentence[at + 3]?.w ?? '') ? at + 3 : -1;
    // "after three weeks" ends the sentence; "after two days at the depot" tells where the time went.
    return sentence[at - 1]?.w === 'after' && at + 2 >= sentence.length ? at + 1 : -1;
  }
  // "four reminders", "three chasers"
  if (next === 'reminders' || next === 'chasers') return at + 1;
  // "all two lines of it", "all five minutes of it"
  if (sentence[at - 1]?.w === 'all' && sentence[at + 2]?.w === 'of' && sentence[at + 3]?.w === 'it') return at + 3;
  return -1;
}

// The scorn scorer's blunt blame and exaggeration (scorn-scorer.ts): scorn said with no word of
// judgement. Blame tells what the reader's side did to the writer, or failed to do: left them out
// of a change ("nobody told me the panel had changed"), broke a promise ("you never sent the case
// study you promised"), kept them waiting a counted time for someone ("I sat in reception for
// forty minutes before anyone came"). Exaggeration makes the day the worst of a lifetime ("the
// longest hour of my life", "I have never been treated so badly"). Each reads one sentence's
// folded words and returns the index of the word that completes the shape, or -1.

interface Word {
  readonly w: string;
}

/** Who a word names, as the scorer reads it: 'self' is the writer, the rest the reader's side. */
type Role = string | null;

const onTheirSide = (role: Role | undefined) => role === 'reader' || role === 'side' || role === 'they';
const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** What was owed to the writer as news. */
const TOLD = words('told mentioned warned informed explained said let updated');
/** A change the writer was not told of, or the moment they found out: "had moved", "until I arrived". */
const CHANGED = words(`
  changed moved cancelled canceled postponed rescheduled switched shifted relocated dropped filled
  until till
`);

/** "Nobody told me the panel had changed", "no one let me know the venue had moved until I arrived". */
export function leftOut(sentence: readonly Word[], at: number): number {
  const w = sentence[at]!.w;
  const nobody = w === 'nobody' || ((w === 'no' || w === 'not') && sentence[at + 1]?.w === 'one');
  if (!nobody) return -1;
  const from = w === 'nobody' ? at + 1 : at + 2;
  // "Nobody had told me", "no one ever mentioned": the telling verb within two words.
  let told = -1;
  for (let i = from; i < Math.min(sentence.length, from + 3); i += 1) if (TOLD.has(sentence[i]!.w)) told = i;
  if (told < 0) return -1;
  for (let i = told + 1; i < Math.min(sentence.length, told + 12); i += 1) if (CHANGED.has(sentence[i]!.w)) return i;
  return -1;
}

/** Words that make a promise: "the case study you promised", "you said you'd call". */
const PROMISED = words('promised promise promises agreed assured guaranteed');
const ASKING = words('could would can will');
/** The writer asking after what was promised: "so I'm writing to ask for it", "I wanted to check". */
const REQUESTS = words('ask asking check checking request requesting remind chase chasing resend');
/** What says the promise was not kept. */
const UNKEPT = words(`never didn't hasn't haven't wasn't weren't hadn't`);

/**
 * A promise of theirs, not kept: "you never sent the notes you promised", "the rota she promised
 * never came", "you said you'd ring on Monday and didn't". The writer's own promise ("I promised
 * to send my portfolio") is not theirs.
 */
export function brokenPromise(sentence: readonly Word[], roles: readonly Role[], at: number): number {
  const w = sentence[at]!.w;
  const saidWould = w === 'said' && /^(?:you|you'd|they|they'd|he|he'd|she|she'd|it|it'd)$/.test(sentence[at + 1]?.w ?? '');
  if (!PROMISED.has(w) && !saidWould) return -1;
  // Whose promise: the word before names their side ("you promised", "your recruiter said she'd").
  if (!onTheirSide(roles[at - 1]) && !onTheirSide(roles[at - 2])) return -1;
  // Asked to put it right, it is a firm request: "could you resend the notes you promised?", "so I
  // am writing to ask for it". Not yet kept is still owed, not broken: "I haven't seen it yet".
  if (sentence.some((word, i) => word.w === 'please' || (ASKING.has(word.w) && sentence[i + 1]?.w === 'you'))) return -1;
  if (
    sentence.some((word, i) => word.w === 'yet' || (REQUESTS.has(word.w) && roles.slice(Math.max(0, i - 4), i).includes('self')))
  )
    return -1;
  for (let i = 0; i < sentence.length; i += 1) {
    if (!UNKEPT.has(sentence[i]!.w)) continue;
    // "I haven't", "my notes weren't": what the writer did not do is not their broken promise.
    if (roles[i - 1] === 'self') continue;
    return Math.max(i, at);
  }
  return -1;
}

const WAITED = words('waited sat stood waiting sitting standing');
/** Made to wait by someone: "I was left sitting", "I was kept standing". */
const KEPT = words('left kept');
const COUNTS = words(`
  an a two three four five six seven eight nine ten fifteen twenty thirty forty forty-five fifty
  sixty ninety half several
`);
/**
 * A wait at the venue, long enough to hold against someone: "forty minutes", "an hour". Days and
 * weeks are a wait for news ("I waited ten days before writing"), which is patience or pressure,
 * not scorn; a few minutes is the ordinary wait in a lobby.
 */
const SPANS = words('minutes minute mins hour hours half-hour');
const SHORT = words('a two three four five six seven eight nine ten fifteen few couple');
/** Who was waited for: "before anyone came", "for the panel". */
const SOMEONE = words('anyone anybody someone somebody nobody');

/**
 * The writer kept a counted while for someone on the reader's side: "I sat in reception for
 * forty minutes before anyone came", "I waited over an hour for the panel". The end, or -1.
 */
export function keptWaiting(sentence: readonly Word[], roles: readonly Role[], at: number): number {
  if (!WAITED.has(sentence[at]!.w)) return -1;
  // "I waited", "I was waiting", "I was left sitting", "I'd been kept standing".
  const made = KEPT.has(sentence[at - 1]?.w ?? '') ? at - 1 : at;
  const link = sentence[made - 1]?.w === 'was' || sentence[made - 1]?.w === 'been' ? made - 2 : made - 1;
  if (roles[link] !== 'self') return -1;
  let span = -1;
  // "I stood in the car park for half an hour": the place named between.
  for (let i = at + 1; i < Math.min(sentence.length, at + 10); i += 1) {
    const w = sentence[i]!.w;
    const count = sentence[i - 1]?.w ?? '';
    const minutes = w.startsWith('min');
    const long = /^\d+$/.test(count) ? !minutes || Number(count) >= 20 : COUNTS.has(count) && !(minutes && SHORT.has(count));
    if (SPANS.has(w) && long) {
      span = i;
      break;
    }
  }
  if (span < 0) return -1;
  for (let i = span + 1; i < Math.min(sentence.length, span + 6); i += 1) {
    if (roles[i] === 'self') return -1;
    if (SOMEONE.has(sentence[i]!.w) || onTheirSide(roles[i])) return i;
  }
  return -1;
}

/** Superlatives of an unpleasant day; "hardest" and "toughest" are candour, not scorn. */
const UNPLEASANT = words(`
  longest slowest worst dullest coldest strangest weirdest oddest messiest rudest emptiest
  loneliest
`);
/** After a superlative, what makes it a lifetime's: "of my life", "I have ever", "in twenty years". */
const LIFETIME = words('life career ever');
/** The writer's own doing: "I gave the worst answer of my life" is candour. */
const DOING = words('gave given made said wrote written delivered did done answered managed produced presented put');
/** What the writer was made to go through: "I sat through the longest hour of my life". */
const ENDURED = words('sat spent endured suffered waited had');

/**
 * A day made the worst of a lifetime: "the longest hour of my life", "the most chaotic process I
 * have ever seen", "I have never been treated so badly". `weighs` is the scorer's weight of a word
 * of judgement, before any negation. The end, or -1.
 */
export function exaggerated(
  sentence: readonly Word[],
  roles: readonly Role[],
  at: number,
  weighs: (at: number) => number,
): number {
  const w = sentence[at]!.w;
  if (w === 'never') return neverSoBad(sentence, roles, at, weighs);
  // "the worst-run", "the worst-organised": the superlative joined to what it grades.
  const superlative = UNPLEASANT.has(w) || w.startsWith('worst-') || (w === 'most' && (weighs(at + 1) > 0 || weighs(at + 2) > 0));
  if (!superlative) return -1;
  // The writer as the subject ("I was the slowest", "I gave the worst answer"), unless made to sit through it.
  for (let i = Math.max(0, at - 4); i < at; i += 1) if (roles[i] === 'self' && !ENDURED.has(sentence[i + 1]?.w ?? '')) return -1;
  for (let i = at + 1; i < Math.min(sentence.length, at + 12); i += 1) {
    const here = sentence[i]!.w;
    // "the slowest answer I have ever given": the writer's own doing.
    if (roles[i] === 'self' && [1, 2, 3].some((k) => DOING.has(sentence[i + k]?.w ?? ''))) return -1;
    if (LIFETIME.has(here)) return i;
    // "in twenty years", "in all my years": the years of the writer's career.
    if (here === 'years' && (sentence[i - 2]?.w === 'in' || sentence[i - 3]?.w === 'in')) return i;
  }
  return -1;
}

/** What the writer has never met before: "never been treated", "never seen a process". */
const MET = words('seen been had known met experienced attended sat encountered witnessed');

/** "I have never been treated so badly", "never seen a process so poorly run". */
function neverSoBad(sentence: readonly Word[], roles: readonly Role[], at: number, weighs: (at: number) => number): number {
  if (!MET.has(sentence[at + 1]?.w ?? '')) return -1;
  for (let i = at + 2; i < Math.min(sentence.length, at + 8); i += 1) {
    const w = sentence[i]!.w;
    if (roles[i] === 'self' && w !== 'me') return -1;
    if (w !== 'so' && w !== 'such' && w !== 'as') continue;
    for (let j = i + 1; j < Math.min(sentence.length, i + 3); j += 1) if (weighs(j) > 0) return j;
  }
  return -1;
}

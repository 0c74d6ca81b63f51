// third-party's broad tier (issue #13): who does what for whom, read word by word in one
// sentence. Someone other than the writer and the reader's people (a relative, a friend, a
// former boss, a named person who is not an interviewer) means to, is about to, or is asked to
// call, write, visit, vouch or speak, aimed at the reader's side (you, your office, the panel, an
// interviewer by name) or for the writer (about me, for me, on my behalf). The helper and the
// act are open classes: any word shaped like a person, any name, any verb of contact.
// Not a third party: a reference offered ("happy to speak with you", "my references"), the
// reader's own people ("Dana from your team will call me"), the writer's own calls, advice once
// given ("taught me to call ahead"), a manner of speaking ("my manager would tell you ...").
import type { Hit } from '../types.js';
import { type Clause, clitic, freeOf, isWriter, stem, type Word } from './clause-words.js';
import { HELPER_WORDS } from './third-party-grammar.js';

/** How an act of contact reaches the reader: by contact, by speaking of the writer, or in favour of them. */
type ActKind = 'contact' | 'say' | 'favour';

interface Act {
  readonly kind: ActKind;
  /** "reach out", "get in touch", "drop by": aimed at someone even when the note does not say whom. */
  readonly outward?: boolean;
  readonly start: number;
  /** Index of the act's last word. */
  readonly last: number;
  readonly past: boolean;
}

const forms = (kind: ActKind, past: string, ...words: string[]) =>
  words.map((word) => [word, { kind, past: past.split(' ').includes(word) }] as const);

/** Verbs of contact and of speaking, in their forms; the past ones marked. */
const ACTS = new Map<string, { readonly kind: ActKind; readonly past: boolean }>([
  ...forms('contact', 'called', 'call', 'calls', 'calling', 'called'),
  ...forms('contact', 'rang', 'ring', 'rings', 'ringing', 'rang'),
  ...forms('contact', 'phoned', 'phone', 'phones', 'phoning', 'phoned'),
  ...forms('contact', 'telephoned', 'telephone', 'telephones', 'telephoning', 'telephoned'),
  ...forms('contact', 'emailed e-mailed', 'email', 'emails', 'emailing', 'emailed', 'e-mail', 'e-mails', 'e-mailing', 'e-mailed'),
  ...forms('contact', 'texted messaged pinged', 'text', 'texts', 'texting', 'texted', 'message', 'messaging', 'messaged'),
  ...forms('contact', 'pinged', 'ping', 'pinging', 'pinged'),
  ...forms('contact', 'contacted', 'contact', 'contacting', 'contacted'),
  ...forms('contact', 'visited', 'visit', 'visits', 'visiting', 'visited'),
  ...forms('contact', 'wrote written', 'write', 'writes', 'writing', 'wrote', 'written'),
  ...forms('contact', 'reached', 'reach', 'reaching', 'reached'),
  ...forms('say', 'spoke spoken', 'speak', 'speaks', 'speaking', 'spoke', 'spoken'),
  ...forms('say', 'talked', 'talk', 'talking', 'talked', 'chat', 'chatting', 'chatted'),
  ...forms('say', 'told', 'tell', 'telling', 'told'),
  ...forms('say', 'mentioned', 'mention', 'mentioning', 'mentioned'),
  // Prompting the reader: "ask her to remind you about my application", "nudge the panel"
  ...forms(
    'say',
    'reminded nudged prodded',
    'remind',
    'reminds',
    'reminding',
    'reminded',
    'nudge',
    'nudging',
    'nudged',
    'prod',
    'prodding',
    'prodded',
  ),
  ...forms('favour', 'vouched', 'vouch', 'vouching', 'vouched'),
  ...forms('favour', 'recommended', 'recommend', 'recommending', 'recommended'),
  ...forms('favour', 'endorsed', 'endorse', 'endorsing', 'endorsed'),
]);

/** Verbs of coming round, which take "by", "in", "over": "swing by", "pop in", "come round". */
const COME = new Set(
  'drop drops dropping dropped stop stops stopping stopped swing swings swinging swung pop pops popping popped come comes coming came head heading look looking'.split(
    ' ',
  ),
);
const COME_PAST = new Set(['dropped', 'stopped', 'swung', 'popped', 'came', 'headed', 'looked']);
const ROUND = new Set(['by', 'in', 'over', 'round', 'around', 'past', 'into']);

/** "give you a call", "drop you a line", "send the head a note": a contact by its noun. */
const HAND = new Set(
  'give gives giving gave drop dropping dropped send sends sending sent shoot shooting pass passing'.split(' '),
);
const CONTACT_NOUNS = new Set(
  'call ring bell buzz shout line note message email e-mail text word heads-up letter testimonial recommendation'.split(' '),
);

/** Between the helper and the act: auxiliaries, adverbs, and verbs of plan, promise or offer. */
const CHAIN = new Set(
  'will shall would could can may might must should be been being is are was were am has have had going gonna to also already just personally happily gladly kindly definitely probably certainly surely soon even still really actually directly herself himself themselves then now first quickly both all each plans planning plan intends intend means meant wants want wanted offered offers promised promises agreed agrees volunteered insisted hopes hoping hope decided arranged keen eager about happy glad willing available pleased delighted not never try trying able like love planned expects expected'.split(
    ' ',
  ),
);
/** What makes the act a plan, a promise or under way. */
const INTENT = new Set(
  'will shall going gonna plans planning plan planned intends intend means wants want offered offers promised promises agreed agrees volunteered insisted hopes hoping decided arranged keen eager about might may could can expects expected'.split(
    ' ',
  ),
);
/** How a reference is offered ("is happy to speak with you"), and what undoes a plan. */
const NO_INTENT = new Set([
  'happy',
  'glad',
  'willing',
  'available',
  'pleased',
  'delighted',
  'not',
  'never',
  'able',
  'like',
  'love',
]);
/** Reported speech between a helper and the plan: "my aunt said she would call you". */
const SAID = new Set('said says mentioned told tells promised offered insisted assured let know that me mentions'.split(' '));
const PRONOUNS = new Set(['he', 'she', 'they']);

/** Asking or arranging for someone else to act: "I've asked Dana to", "I'll have my cousin". */
const ARRANGE = new Set(
  'asked ask asking get got getting persuaded convinced encouraged begged invited arranged roped told want wanted'.split(' '),
);

/** The reader's organisation, after "the": "the office", "the hiring manager". */
const ORG = new Set(
  'team office company firm hospital school practice clinic store shop board panel committee department unit ward kitchen head principal director manager owner owners partner partners ceo hr chef studio lab branch agency restaurant hotel hiring desk reception business organisation organization group site plant bank salon pharmacy centre center library charity council trust foundation university college academy church station depot garage workshop airline hangar editor'.split(
    ' ',
  ),
);
const YOU = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', "you'll", "you're", "you've", "you'd"]);
/** Where an act's reach ends: a new clause with its own subject. */
const CLAUSE_END = new Set([
  'when',
  'if',
  'because',
  'since',
  'once',
  'while',
  'whether',
  'until',
  'but',
  'so',
  'although',
  'though',
  'unless',
]);

/** Person-shaped words that name no one ("my paper", "my answer"). */
const NOT_PEOPLE = new Set(
  'winter summer number order paper letter matter center centre computer water power other after career chapter corner cover poster filter folder counter layer later error color colour floor door sector factor vendor monitor indicator elevator calculator plan human plant want answer offer transfer shower manner banner dinner weather character behavior behaviour culture nature future tenure picture feature measure pleasure pressure schedule list checklist restaurant assistant plant degree fee coffee tree committee guarantee reference references referee referees recruiter recruiters agent agents headhunter headhunters cover register semester quarter member members letter newsletter'.split(
    ' ',
  ),
);
/** Capitalised words that open sentences and name no one. */
const NOT_NAMES = new Set(
  'i this that these those it there here everyone everybody nobody nothing something someone anyone anybody thank thanks please hope also again dear best regards hr management we you they he she our my your the a an if when as and but so after before then today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter linkedin with for from in on at to by of about during without given since while although though because however unfortunately luckily honestly frankly respectfully sincerely warmly cheers kind yours'.split(
    ' ',
  ),
);
/** Titles before a name: the name after them is the helper. */
const TITLE = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'professor',
  'captain',
  'chef',
  'pastor',
  'father',
  'sister',
  'coach',
  'judge',
  'rev',
]);
const RELATIVE = new Set(['who', 'whom', 'whose', 'that', 'which']);
const REFERENCE = /^(?:references?|referees?|reference-check)$/;

/** People whose word has no telling ending: "my old landlord", "a nurse I trained with". */
const PEOPLE = new Set(
  'nurse nurses chef chefs cook cooks doctor doctors pilot judge clerk nanny aide medic vet dentist barista guide captain chief bishop deacon vicar mayor nun monk sheriff teammate teammates colleague peer peers ally elder elders landlord landlady godmother godfather grandmother grandfather grandma grandpa gran nan granddad grandad niece nephew stepdad stepmom stepmum stepmother stepfather twin mate mates bestie host guest guests regular'.split(
    ' ',
  ),
);

const isPersonWord = (word: string): boolean =>
  !NOT_PEOPLE.has(word) &&
  (HELPER_WORDS.has(word) ||
    PEOPLE.has(word) ||
    (word.length > 4 && /(?:er|or|ist|ian|ant|man|woman|person|ee|ess)s?$/.test(word)) ||
    word === 'regulars');

/** The act of contact that starts at word `at`, if one does. */
function actAt(words: readonly Word[], at: number): Act | null {
  const word = words[at]!.word;
  const next = words[at + 1]?.word;
  const found = ACTS.get(word);
  if (found) {
    // "reach" alone is reaching a goal; "reach out" or "reach you" is contact.
    if (word.startsWith('reach') && next !== 'out' && !YOU.has(next ?? '')) return null;
    // "speak up for me", "talk me up": in favour of the writer.
    const kind = next === 'up' && found.kind === 'say' ? 'favour' : found.kind;
    return { kind, start: at, last: next === 'out' || next === 'up' ? at + 1 : at, past: found.past, outward: next === 'out' };
  }
  if (COME.has(word) && next !== undefined && ROUND.has(next))
    return { kind: 'contact', start: at, last: at + 1, past: COME_PAST.has(word), outward: next === 'by' || next === 'in' };
  if (
    (word === 'get' || word === 'be' || word === 'got' || word === 'getting') &&
    next === 'in' &&
    words[at + 2]?.word === 'touch'
  )
    return { kind: 'contact', start: at, last: at + 2, past: word === 'got', outward: true };
  if (word === 'put' || word === 'puts' || word === 'putting') {
    // "put in a good word", "put a word in", "put my name forward"
    const reach = words.slice(at + 1, at + 5).map((w) => w.word);
    if (reach.includes('word') || (reach[0] === 'my' && reach[1] === 'name'))
      return { kind: 'favour', start: at, last: at + 1, past: false };
  }
  if (HAND.has(word)) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      if (CONTACT_NOUNS.has(words[k]!.word))
        return { kind: 'contact', start: at, last: k, past: ['gave', 'dropped', 'sent', 'passed'].includes(word) };
    }
  }
  // "have a quiet word with him about me"
  if ((word === 'have' || word === 'having' || word === 'had') && next === 'a') {
    const noun = words[at + 2]?.word === 'word' ? at + 2 : words[at + 3]?.word === 'word' ? at + 3 : -1;
    if (noun > 0) return { kind: 'favour', start: at, last: noun, past: word === 'had' };
  }
  if ((word === 'sing' || word === 'singing') && next === 'my') return { kind: 'favour', start: at, last: at + 1, past: false };
  return null;
}

interface Aim {
  readonly target: number;
  readonly benefit: number;
}

/** "reach out to me", "drop by my place": contact with the writer, not the reader. */
function aimsAtWriter(words: readonly Word[], act: Act): boolean {
  return words
    .slice(act.last + 1, act.last + 4)
    .some((w) => w.word === 'me' || w.word === 'us' || w.word === 'my' || w.word === 'our');
}

/** The reader's side and the writer's benefit in the act's reach: indexes of the last of each, or -1. */
function aimOf(words: readonly Word[], act: Act, readerNames: ReadonlySet<string>): Aim {
  let target = -1;
  let benefit = -1;
  const object = words[act.last + 1]?.word;
  const spokenOf = /^(?:mention|recommend|endorse|vouch)/.test(words[act.start]!.word);
  // "told me about your clinic", "called me back": aimed at the writer.
  if ((object === 'me' || object === 'us') && !spokenOf) return { target: -1, benefit: -1 };
  const end = Math.min(words.length, act.last + (act.kind === 'say' ? 10 : 8));
  for (let k = act.start + 1; k < end; k += 1) {
    const word = words[k]!.word;
    if (k > act.last && (CLAUSE_END.has(word) || (isWriter(word) && (act.kind !== 'say' || words[k - 1]!.word === 'and')))) break;
    if (YOU.has(word) && (act.kind !== 'say' || k <= act.last + 3)) target = target < 0 ? k : target;
    else if (word === 'the' && (ORG.has(stem(words[k + 1]?.word ?? '')) || ORG.has(stem(words[k + 2]?.word ?? ''))))
      target = target < 0 ? k + 1 : target;
    else if ((readerNames.has(word) && words[k]!.upper) || words[k]!.masked) target = target < 0 ? k : target;
    const before = words[k - 1]?.word;
    if ((word === 'me' || word === 'my' || word === 'myself') && (before === 'for' || before === 'about' || before === 'on'))
      benefit = k;
    // "mention me", "recommend me": the writer as what is spoken of.
    else if (word === 'me' && k === act.last + 1 && spokenOf) benefit = k;
    else if (
      word === 'behalf' ||
      (word === 'up' && before === 'me') ||
      (before === 'my' && (word === 'name' || word === 'praises' || word === 'application' || word === 'candidacy'))
    )
      benefit = k;
    // "tell you I never miss a shift", "tell you what a worker I am"
    else if (act.kind === 'say' && target >= 0 && k > target && isWriter(word)) benefit = k;
  }
  // "put in a word", "sing my praises" are for the writer by what they say.
  const word = words[act.start]!.word;
  if (act.kind === 'favour' && benefit < 0 && (word.startsWith('put') || word.startsWith('sing') || word.startsWith('ha')))
    benefit = act.last;
  return { target, benefit };
}

interface Agent {
  readonly start: number;
  readonly intent: boolean;
  /** The act is supposed, not told: "would it help if my manager called you". */
  readonly supposed: boolean;
}

/** Who the helper is: a name, a person with "my", "a", "our", or a pronoun for one of those. */
function helperAt(words: readonly Word[], at: number, readerNames: ReadonlySet<string>): number {
  const { word, upper, masked } = words[at]!;
  if (masked) return -1;
  const base = stem(word);
  if (upper && !readerNames.has(base) && !NOT_NAMES.has(base) && !TITLE.has(base) && base.length > 1) return at;
  if (!isPersonWord(base)) return -1;
  for (let k = at - 1; k >= Math.max(0, at - 4); k -= 1) {
    const before = words[k]!.word;
    if (before === 'my' || before === 'our' || before === 'a' || before === 'an' || before === 'mine') return k;
    if (before === 'your' || before === 'the' || before === 'his' || before === 'her' || before === 'their') return -1;
  }
  return base === 'someone' || base === 'somebody' ? at : -1;
}

/** Whether a writer ("I", "I have", "I also") is the subject of the verb at `at`. */
function writerBefore(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k -= 1) {
    if (isWriter(words[k]!.word)) return true;
    if (!CHAIN.has(words[k]!.word)) return false;
  }
  return false;
}

/**
 * An adverb of manner or degree inside the chain, of any kind: "has very kindly said", "has
 * generously offered", "most graciously agreed". A capitalised "-ly" word is a name ("Kelly").
 */
function isManner(word: Word): boolean {
  return !word.upper && ((word.word.length > 4 && word.word.endsWith('ly')) || DEGREE.has(word.word));
}
const DEGREE = new Set(['very', 'so', 'most', 'too', 'quite', 'rather']);

/** Making someone do it: "I'll have Dana call you", "got my cousin to stop by". */
const CAUSE = new Set(['have', 'had', 'having', 'get', 'got', 'getting', 'let']);
const BE = new Set(['is', 'are', 'am', 'be', 'was', 'were']);

/** The helper who does the act at `act.start`, scanning back through the words that tie them. */
function agentOf(
  words: readonly Word[],
  act: Act,
  readerNames: ReadonlySet<string>,
  previous: readonly Word[],
  aim: Aim = { target: -1, benefit: -1 },
): Agent | null {
  // Aimed at the reader and said to be for the writer ("speak to you for me", "chat to you about
  // my application"): a go-between however it is offered, and whoever it is, their own staff too.
  const forWriter = aim.target >= 0 && aim.benefit >= 0;
  const onBehalf = forWriter && FOR_ME.has(words[aim.benefit]!.word) && words[aim.benefit - 1]?.word === 'for';
  let intent = false;
  let stop = false;
  let said = false;
  let sawTo = false;
  let sawBe = false;
  let at = act.start - 1;
  // The chain of auxiliaries, plans and reported speech back to the doer.
  for (; at >= 0; at -= 1) {
    const word = words[at]!.word;
    if ((NO_INTENT.has(word) && !(onBehalf && OFFERING.has(word))) || word.endsWith("n't")) stop = true;
    if (onBehalf && OFFERING.has(word)) intent = true;
    if (INTENT.has(word)) intent = true;
    if (word === 'to') sawTo = true;
    if (BE.has(word)) sawBe = true;
    if (CHAIN.has(word) || isManner(words[at]!)) continue;
    if (PRONOUNS.has(stem(word)) && SAID.has(words[at - 1]?.word ?? '')) {
      // "my aunt said she'd call you": a report of what the helper means to do.
      if (clitic(word) === "'ll" || clitic(word) === "'d") intent = true;
      said = true;
      continue;
    }
    if (said && SAID.has(word)) {
      if (word !== 'me' && word !== 'that' && word !== 'know' && word !== 'let') intent = true;
      continue;
    }
    break;
  }
  if (stop || at < 0) return null;
  // "My advisor, Prof. Hayashi, dived with your curator and has offered to": the clause's subject.
  if (words[at]!.word === 'and') return subjectOf(words, at, intent, readerNames, previous);
  // "Marty Kaplan, who ran the cellar when I was there, said he'd": past the aside to its head.
  if (words[at + 1]?.pause && !words[at]!.pause) {
    let open = at;
    while (open > 0 && !words[open]!.pause) open -= 1;
    if (open > 0 && RELATIVE.has(words[open]!.word)) at = open - 1;
  }
  const doer = words[at]!.word;
  const mark = clitic(doer);
  if (mark === "'ll" || mark === "'d") intent = true;
  if ((sawBe || mark === "'s" || mark === "'re") && words[act.start]!.word.endsWith('ing')) intent = true;
  if (doer === 'me' || doer === 'us' || doer === 'myself' || YOU.has(doer) || isWriter(doer)) return null;
  // The writer arranging it: "I've asked Dana to", "I'll have my cousin call you".
  if (sawTo || at === act.start - 1) {
    for (let k = at; k >= Math.max(0, at - 10); k -= 1) {
      const here = words[k]!.word;
      if (isWriter(here) && !RELATIVE.has(words[k - 1]?.word ?? '') && !RELATIVE.has(words[k - 2]?.word ?? '')) break;
      if (!(sawTo ? ARRANGE : CAUSE).has(here) || !writerBefore(words, k)) continue;
      const first = words[k + 1]?.word ?? '';
      if (first === 'me' || first === 'us' || first === 'myself' || YOU.has(first) || CLAUSE_END.has(first) || first === 'about')
        return null;
      if (first === 'for' && here !== 'arranged') return null;
      const helper = words.slice(k + 1, at + 1);
      if (first === 'the' || helper.some((w) => readerNames.has(stem(w.word)) && w.upper)) return null;
      // Someone, not something: "asked two of my clients to", not "have a lot to talk about".
      if (!helper.some((_, index) => helperAt(words, k + 1 + index, readerNames) >= 0)) return null;
      return { start: k, intent: true, supposed: false };
    }
  }
  // The helper: the nearest person before the chain, not one of the reader's people.
  for (let k = at; k >= Math.max(0, at - 12); k -= 1) {
    const here = words[k]!;
    if (isWriter(here.word) && !RELATIVE.has(words[k - 1]?.word ?? '') && !RELATIVE.has(words[k - 2]?.word ?? '')) return null;
    if (PRONOUNS.has(stem(here.word))) {
      if (k !== at) continue;
      const earlier = before(previous, words, k);
      return hasHelper(earlier, readerNames) ? { start: k, intent, supposed: false } : null;
    }
    const start = helperAt(words, k, readerNames);
    if (start < 0) continue;
    // A name is the doer only close to the act, or with what it is set apart by: "Dana will",
    // "Tom Reyes will", "Dana, my old charge nurse, will", "Dana, who ...". "With respect, the
    // questions ... told you" names no one.
    const name = start === k && here.upper;
    const next = words[k + 1];
    // "Dana at my old firm", or, when the act is for the writer, "Rahul from your data team".
    const mine =
      ['from', 'at', 'of', 'in', 'on'].includes(next?.word ?? '') &&
      (words[k + 2]?.word === 'my' || (forWriter && words[k + 2]?.word === 'your'));
    if (name && !(k === at || (k + 1 === at && next!.upper) || next?.pause || RELATIVE.has(next?.word ?? '') || mine)) continue;
    // "Dana from your team", "someone at your office": the reader's own people.
    const region = words.slice(k + 1, at + 1);
    const relative = region.findIndex((w) => RELATIVE.has(w.word));
    const theirs = region.findIndex(
      (w, index) => w.word === 'your' && index > 0 && ['from', 'at', 'on', 'in', 'of'].includes(region[index - 1]!.word),
    );
    if (theirs >= 0 && (relative < 0 || relative > theirs) && !forWriter) return null;
    const supposed = words.slice(Math.max(0, start - 3), start).some((w) => w.word === 'if');
    return { start, intent, supposed };
  }
  return null;
}

/** The helper at the head of the clause that ends at the "and" at `and`, if the clause opens with one. */
function subjectOf(
  words: readonly Word[],
  and: number,
  intent: boolean,
  readerNames: ReadonlySet<string>,
  previous: readonly Word[],
): Agent | null {
  let start = 0;
  for (let k = and - 1; k > 0; k -= 1) {
    if (CLAUSE_END.has(words[k]!.word)) {
      start = k + 1;
      break;
    }
  }
  if (and - start > 25) return null;
  for (let k = start; k < Math.min(and, start + 5); k += 1) {
    const word = words[k]!.word;
    if (PRONOUNS.has(stem(word)))
      return hasHelper(before(previous, words, k), readerNames) ? { start: k, intent, supposed: false } : null;
    if (isWriter(word) || YOU.has(word)) return null;
    const helper = helperAt(words, k, readerNames);
    if (helper >= 0) return { start: helper, intent, supposed: false };
  }
  return null;
}

/** The words a pronoun at `at` may stand for: the end of the sentence before and this one's start, a few dozen at most. */
function before(previous: readonly Word[], words: readonly Word[], at: number): readonly Word[] {
  const own = words.slice(Math.max(0, at - 30), at);
  return own.length >= 30 ? own : [...previous.slice(-30), ...own];
}

/** "for me", "for myself": the benefit said outright. */
const FOR_ME = new Set(['me', 'myself']);
/** A willingness that offers a reference, unless it is said to be for the writer: "is happy to speak to you for me". */
const OFFERING = new Set(['happy', 'glad', 'willing', 'pleased', 'delighted']);
/** After a name that opens a sentence, what shows it is a person: "Sarah on your night shift", "Tom, who". */
const NAME_FOLLOWERS = new Set(['on', 'from', 'at', 'in', 'who', 'of']);

/** Whether these words name a helper of the writer's: "my aunt", "a friend", a name not the reader's. */
function hasHelper(words: readonly Word[], readerNames: ReadonlySet<string>): boolean {
  for (let k = 0; k < words.length; k += 1) {
    const w = words[k]!;
    const opens = k === 0 && (NAME_FOLLOWERS.has(words[1]?.word ?? '') || words[1]?.pause === true);
    if (w.upper && (k > 0 || opens) && helperAt(words, k, readerNames) === k) return true;
    if (!w.upper && helperAt(words, k, readerNames) >= 0) return true;
  }
  return false;
}

/** The broad tier's hits: one per sentence at most, from the helper to the end of the aim. */
export function behalfHits(
  clauses: readonly Clause[],
  readerNames: ReadonlySet<string>,
  message: (phrase: string) => string,
  prose: string,
  taken: readonly Hit[],
  sureMessage: (phrase: string) => string = message,
): Hit[] {
  const hits: Hit[] = [];
  const free = freeOf(taken);
  let previous: readonly Word[] = [];
  for (const clause of clauses) {
    const words = clause.words;
    const hit = !free(clause) || words.some((w) => REFERENCE.test(w.word)) ? null : sentenceHit(words, readerNames, previous);
    if (hit) {
      const phrase = prose.slice(hit.start, hit.end).replace(/\s+/g, ' ');
      // The whole of mistake #8 (a helper set to call, visit or speak to the reader for the
      // writer) is the rule's error, as its set phrases are; a part of it may be something else.
      const sure = hit.whole === true && !OFFERED_IF.test(prose.slice(clause.start, clause.end));
      hits.push(
        sure
          ? { start: hit.start, end: hit.end, message: sureMessage(phrase) }
          : { start: hit.start, end: hit.end, message: message(phrase), severity: 'warning' },
      );
    }
    previous = words;
  }
  return hits;
}

/** "you may hear from my old boss", "expect a call from a friend of mine": the reader told to expect a helper. */
const FROM_ACTS = new Set(
  'hear hearing heard call calls email emails e-mail letter letters note message visit word line text'.split(' '),
);
const EXPECT = new Set(['you', "you'll", 'expect', 'expecting', 'receive', 'get', 'getting']);

function expectedFrom(
  words: readonly Word[],
  at: number,
  readerNames: ReadonlySet<string>,
): { start: number; end: number } | null {
  if (words[at]!.word !== 'from' || !FROM_ACTS.has(words[at - 1]?.word ?? '')) return null;
  if (!words.slice(Math.max(0, at - 6), at - 1).some((w) => EXPECT.has(w.word))) return null;
  for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
    const start = helperAt(words, k, readerNames);
    if (start < 0) continue;
    if (start <= at) return null;
    const first = words[at + 1]!.word;
    // "from the team", "from your office", "from me": the process, not a favour.
    if (first === 'your' || first === 'the' || first === 'me' || first === 'us') return null;
    return { start: words[at - 1]!.start, end: words[k]!.end };
  }
  return null;
}

/** A contact left for the reader to take up: "if you need", "should you want". */
const OFFERED_IF = /\b(?:if|should|whenever)\s+(?:you|it|that)\b|\bhappy\s+to\b|\bwelcome\s+to\b/i;

/** Words for a group of people as a whole, besides plurals in -s: "my kids", "the crew". */
const GROUPS = new Set('people children kids staff crew team class everyone everybody anyone anybody'.split(' '));

/**
 * What a group of the writer's own would say of them, as a manner of speaking: "My students will
 * tell you I am strict but fair", "anyone on my crew will tell you I'm early". Told of a whole
 * group ("my students", not "my mum"), with nothing between them and the telling but "will" or
 * "would", it is a reputation, not someone sent to speak to the reader (third-party.ts reads the
 * same shape in its set phrases: REPUTATION).
 */
function reputation(words: readonly Word[], agent: Agent, act: Act): boolean {
  if (act.kind !== 'say' || act.past || words[act.start]!.word !== 'tell') return false;
  const between = words.slice(agent.start, act.start).map((w) => w.word);
  const aux = between.at(-1);
  if (aux !== 'will' && aux !== 'would') return false;
  const group = between.at(-2) ?? '';
  const plural = GROUPS.has(group) || (group.length > 3 && group.endsWith('s') && !group.endsWith('ss'));
  return plural && between.length <= 6;
}

/**
 * `whole`: the helper plans, promises or is asked to reach the reader (you, your office, an
 * interviewer) and to speak for the writer ("could call you to vouch for me"): nothing is missing.
 */
function sentenceHit(
  words: readonly Word[],
  readerNames: ReadonlySet<string>,
  previous: readonly Word[],
): { start: number; end: number; whole?: boolean } | null {
  for (let at = 0; at < words.length; at += 1) {
    const expected = expectedFrom(words, at, readerNames);
    if (expected) return expected;
    const act = actAt(words, at);
    if (!act) continue;
    const aim = aimOf(words, act, readerNames);
    // Contact with the reader's side, or words for the writer ("mention me", "vouch for me").
    const aimed = aim.target >= 0 && (act.kind === 'contact' || aim.benefit >= 0);
    const outward = act.outward === true && !act.past && aim.target < 0 && !aimsAtWriter(words, act);
    if (!aimed && !outward && !(act.kind !== 'contact' && aim.benefit >= 0)) continue;
    const agent = agentOf(words, act, readerNames, previous, aim);
    if (!agent) continue;
    // A plan, a promise, a request or a supposition; a past act only when it reached the reader for the writer.
    if (!(agent.intent || agent.supposed || (act.past && aimed && aim.benefit >= 0))) continue;
    if (reputation(words, agent, act)) continue;
    const last = Math.max(act.last, aim.target, aim.benefit);
    const whole = agent.intent && !agent.supposed && !act.past && aim.target >= 0 && aim.benefit >= 0;
    return { start: words[agent.start]!.start, end: words[last]!.end, whole };
  }
  return null;
}

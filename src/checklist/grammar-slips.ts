// Grammar slips that Harper 2.10 lets pass, the ones real people make in these notes: a missing
// article ("It was pleasure to meet you", "thank you for interview"), "since" for a span ("since
// three years"), "I am agree", "I am having five years of experience", "Me and my team was", a
// verb form after "to" or "for" ("to thanks you", "for give me", "able to answered", "the
// chance to joining"), a participle standing alone ("I seen"), "your welcome to call",
// "then" for "than" after a comparison, uncountable nouns made plural ("informations"), a
// double comparative ("more easier"), "effect" and "affect" traded, "Its" for "It's" and
// "enjoyed to meet". Each shape names the slip (capture group 1) and what to write instead; a
// shape is a class of slip, not one sentence. spell-missed.ts holds the older ones of the same
// kind and hands these on with them.
import type { RawLint } from './harper-map.js';
import { GRAMMAR_DETAILS } from './messages.js';

interface Slip {
  /** The lint's rule name, as Harper's are named. */
  readonly rule: string;
  readonly kind: 'Grammar' | 'Agreement';
  readonly message: string;
  /** Group 1 is the slip; flags `dgu` (and `i` where case does not matter). */
  readonly pattern: RegExp;
  /** What to write instead of group 1, or null when the slip is not one after all. */
  readonly fix: (slip: string, match: RegExpExecArray) => string | null;
}

/** `fix` with the slip's capital kept: "Informations" -> "Information". */
function like(slip: string, fix: string): string {
  return /^\p{Lu}/u.test(slip) ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix;
}

/** The -ing form of the verbs that follow "thank you for" in these notes. */
const ING: Readonly<Record<string, string>> = {
  give: 'giving',
  take: 'taking',
  show: 'showing',
  meet: 'meeting',
  spend: 'spending',
  share: 'sharing',
  invite: 'inviting',
  consider: 'considering',
  explain: 'explaining',
  walk: 'walking',
  let: 'letting',
  allow: 'allowing',
  make: 'making',
  answer: 'answering',
  introduce: 'introducing',
  discuss: 'discussing',
  hear: 'hearing',
  see: 'seeing',
  talk: 'talking',
  speak: 'speaking',
  work: 'working',
  learn: 'learning',
  visit: 'visiting',
  tour: 'touring',
  chat: 'chatting',
  join: 'joining',
  help: 'helping',
  explore: 'exploring',
  read: 'reading',
  write: 'writing',
  lead: 'leading',
  plan: 'planning',
  run: 'running',
};

/** The plain form of a past tense or participle that "to" cannot take ("able to answered"). */
const PLAIN: Readonly<Record<string, string>> = {
  answered: 'answer',
  explained: 'explain',
  asked: 'ask',
  discussed: 'discuss',
  learned: 'learn',
  mentioned: 'mention',
  showed: 'show',
  joined: 'join',
  worked: 'work',
  started: 'start',
  shared: 'share',
  helped: 'help',
  contributed: 'contribute',
  visited: 'visit',
  followed: 'follow',
  received: 'receive',
  completed: 'complete',
  attended: 'attend',
  applied: 'apply',
  covered: 'cover',
  managed: 'manage',
  handled: 'handle',
  reached: 'reach',
  talked: 'talk',
  spoke: 'speak',
  met: 'meet',
  saw: 'see',
  went: 'go',
  did: 'do',
  gave: 'give',
  took: 'take',
  made: 'make',
  knew: 'know',
  said: 'say',
  came: 'come',
  wrote: 'write',
  thought: 'think',
  felt: 'feel',
};

/** The plain form of an -ing verb after "the chance to", "keen to" ("to joining" -> "to join"). */
const FROM_ING: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ING).map(([plain, ing]) => [ing, plain]));

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\\s+few|several|many)';
const COMPARATIVES =
  'easier|harder|better|worse|bigger|faster|quicker|smaller|larger|stronger|cheaper|safer|simpler|happier|busier|longer|shorter|higher|lower|greater|smoother|cleaner|clearer|closer|newer|richer|tougher|wider|easiest|hardest|best|worst|biggest|fastest|quickest|smallest|largest|strongest|cheapest|safest|simplest|happiest|busiest|longest|shortest|highest|lowest|greatest';

const SLIPS: readonly Slip[] = [
  {
    // "It was pleasure to meet you": "pleasure" as one occasion of it takes "a".
    rule: 'PleasureArticle',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.pleasureArticle,
    pattern:
      /\b[Ii]t(?:\s+(?:was|is|has\s+been|had\s+been|will\s+be)|['\u2019]s(?:\s+been)?)\s+(?:(?:such|truly|really)\s+)?(pleasure)\s+(?=to\b|meeting\b|speaking\b|talking\b|working\b)/dgu,
    fix: (slip) => `a ${slip}`,
  },
  {
    // "Thank you for interview": a count noun needs its article.
    rule: 'ThanksArticle',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.thanksArticle,
    pattern:
      /\b[Tt]hank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+)?(?:again\s+)?for\s+(interview|conversation|opportunity|chat|tour|call|discussion)\b(?![\s-]+(?:feedback|notes?|tips|details|advice|questions?|time|slot|invitation|prep|preparation|materials?|pack|schedule|process|panel|day|room|link|reminder|summary|recording|transcript)\b)/dgu,
    fix: (slip) => `the ${slip}`,
  },
  {
    // "since three years": a span takes "for"; "since" takes a point ("since 2019").
    rule: 'SinceSpan',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.sinceSpan,
    pattern: new RegExp(
      `\\b(since)\\s+${NUMBER}\\s+(?:years?|months?|weeks?|days?|decades?)\\b(?!\\s+(?:ago|into|in|after|before|later|earlier|on|of)\\b)`,
      'dgiu',
    ),
    fix: (slip) => like(slip, 'for'),
  },
  {
    // "I am agree": "agree" is a verb, not an adjective.
    rule: 'BeAgree',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.beAgree,
    pattern:
      /\b((?:I\s+am|I['\u2019]m|[Ww]e\s+are|[Ww]e['\u2019]re)\s+(?:(?:fully|totally|completely|entirely|really)\s+)?(?:agree|disagree))\b/dgu,
    fix: (slip) => slip.replace(/\s+(?:am|are)\b|['\u2019](?:m|re)\b/u, ''),
  },
  {
    // "I am having five years of experience": what one has is not in progress.
    rule: 'HavingExperience',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.havingExperience,
    pattern:
      /\b((?:I\s+am|I['\u2019]m)\s+having)\s+(?=(?:(?:over|about|nearly|almost|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many)\s+(?:years?|months?)\b|(?:(?:good|strong|extensive|deep|solid|some|wide|broad|hands-on|relevant)\s+)?(?:experience|knowledge|expertise|background)\b)/dgu,
    fix: () => 'I have',
  },
  {
    // "Me and my team was responsible": as a subject, "my team and I".
    rule: 'MeAndSubject',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.meAndSubject,
    pattern:
      /(?:^|[.!?,;]\s+|\n)((?:Me|me)\s+and\s+(?:(?:my|our|the|a)\s+[\p{L}-]+|\p{Lu}\p{L}+))\s+(?=(?:was|were|is|are|has|have|had|did|will|would|worked|went|ran|built|led|spent|made|got)\b)/dgu,
    fix: (slip) => like(slip, `${slip.replace(/^[Mm]e\s+and\s+/u, '')} and I`),
  },
  {
    // "I would like to thanks you": after "to", the plain verb.
    rule: 'ToThanks',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.toThanks,
    pattern: /\bto\s+(thanks)\s+(?=you\b|everyone\b|the\b|all\b|each\b|both\b)/dgu,
    fix: () => 'thank',
  },
  {
    // "Thank you for give me the chance": after "for", the -ing form.
    rule: 'ForPlain',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.forPlain,
    pattern:
      /\b[Tt]hank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+)?(?:again\s+)?for\s+(give|take|show|meet|spend|share|invite|consider|explain|walk|let|allow|make|answer|introduce)\s+(?=me\b|us\b|the\b|your\b|my\b|time\b|some\b|such\b|a\b|an\b|around\b|through\b)/dgu,
    fix: (slip) => ING[slip] ?? null,
  },
  {
    // "everyone were very welcoming": "everyone", "someone" and "nobody" take a singular verb.
    rule: 'EveryoneSingular',
    kind: 'Agreement',
    message: GRAMMAR_DETAILS.everyoneSingular,
    pattern:
      /\b(?:[Ee]veryone|[Ee]verybody|[Ss]omeone|[Ss]omebody|[Nn]obody|[Nn]o\s+one|[Aa]nyone)\s+(were|are|have)\b(?!\s+(?:you|we|they)\b)/dgu,
    fix: (slip) => ({ were: 'was', are: 'is', have: 'has' })[slip] ?? null,
  },
  {
    // "I hope you is well": "you", "we" and "they" take "are".
    rule: 'PluralIs',
    kind: 'Agreement',
    message: GRAMMAR_DETAILS.pluralIs,
    // As the subject only: at a clause's start or after "hope", "that", "if" ("a vial named after you is on its way" is right).
    pattern:
      /(?:^|[.!?,;:]\s+|\n|\b(?:[Hh]ope|trust|that|if|when|because|while|and|but|so)\s+)(?:[Yy]ou|[Ww]e|[Tt]hey)\s+(is)\b/dgu,
    fix: () => 'are',
  },
  {
    // "I was not able to answered": after "to", the plain verb.
    rule: 'ToPast',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.toPast,
    pattern:
      /\b(?:able|unable|want|wanted|wants|going|need|needed|try|tried|hope|hoped|like|chance|opportunity|happy|glad|used|just|only|simply|really|also)\s+to\s+(\p{Ll}+)\b/dgu,
    fix: (slip) => PLAIN[slip] ?? null,
  },
  {
    // "the opportunity to be interview": after "be" or "been", the passive takes the participle.
    rule: 'BePassive',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.bePassive,
    pattern:
      /\b(?:to\s+be|been|being)\s+(interview|select|consider|shortlist|invite|inform|contact|notify|hire|recommend|train|assess)\b(?!-)(?!\s+(?:panel|process|stage|day|room|questions?|feedback|with)\b)/dgu,
    fix: (slip) => (slip.endsWith('e') ? `${slip}d` : `${slip}ed`),
  },
  {
    // "I seen the new bay", "we done the audit": the participle needs "have", or the past tense.
    rule: 'BareParticiple',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.bareParticiple,
    pattern: /(?<!\b(?:[Hh]ave|[Hh]as|[Hh]ad)\s+)\b(?:I|[Ww]e)\s+(seen|done)\b(?!-)/dgu,
    fix: (slip) => (slip === 'seen' ? 'saw' : 'did'),
  },
  {
    // "Your welcome to call me": "you are", so "you're".
    rule: 'YourWelcome',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.yourWelcome,
    pattern:
      /\b([Yy]our)\s+welcome\s+to\s+(?:call|contact|reach|e-?mail|ask|get|come|visit|send|use|share|drop|ring|text|keep|join|stop|borrow|take)\b/dgu,
    fix: (slip) => like(slip, "you're"),
  },
  {
    // "more experience then most": a comparison takes "than".
    rule: 'ThenThan',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.thenThan,
    pattern:
      /\b(?:more|less|fewer|better|worse|rather)\b[^.!?,;:\n]{0,40}?\b(then)\s+(?=(?:most|anyone|anybody|ever|expected|usual|average|required|needed|planned|necessary)\b)/dgiu,
    fix: (slip) => like(slip, 'than'),
  },
  {
    // "the informations", "your advices": these nouns have no plural.
    rule: 'UncountablePlural',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.uncountablePlural,
    pattern: /\b(informations|advices|feedbacks|equipments|furnitures|knowledges|softwares|homeworks)\b/dgiu,
    fix: (slip) => slip.slice(0, -1),
  },
  {
    // "more easier": the -er form is already the comparison.
    rule: 'DoubleComparative',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.doubleComparative,
    pattern: new RegExp(`\\b((?:more|most)\\s+(?:${COMPARATIVES}))\\b(?!-)`, 'dgiu'),
    fix: (slip) => slip.replace(/^(?:more|most)\s+/iu, ''),
  },
  {
    // "will effect how we plan": the verb for making a difference is "affect".
    rule: 'EffectAffect',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.effectVerb,
    pattern:
      /\b(?:will|would|could|can|may|might|not|directly|greatly|really|negatively|positively|seriously)\s+(effect)\s+(?=(?:how|what|whether|who|our|your|my|their|his|her|patients?|staff|people|customers?|everyone)\b)/dgiu,
    fix: (slip) => like(slip, 'affect'),
  },
  {
    // "a positive affect on": the noun is "effect".
    rule: 'EffectAffect',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.effectNoun,
    pattern: /\b(?:an?|the|positive|negative|big|huge|real|lasting|direct|knock-on|ripple|great|major)\s+(affect)\s+(?=on\b)/dgiu,
    fix: (slip) => like(slip, 'effect'),
  },
  {
    // "Its clear that", "its been": "it is", "it has", so "it's".
    rule: 'ItsContraction',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.itsContraction,
    pattern:
      /\b([Ii]ts)\s+(?=(?:been|not(?!-)|clear\s+that|obvious|true\s+that|likely|going\s+to|always\s+been|never\s+been|a\s+(?:pleasure|privilege|shame|great|good|real)|an\s+(?:honou?r|exciting|important))\b)/dgu,
    fix: (slip) => like(slip, "it's"),
  },
  {
    // "I enjoyed to meet them": "enjoy", "avoid", "finish" and "mind" take the -ing form.
    rule: 'EnjoyTo',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.enjoyTo,
    pattern: /\b(?:enjoy|enjoyed|enjoys|enjoying|avoid|avoided|finish|finished|mind)\s+(to\s+(\p{Ll}+))\b/dgu,
    fix: (_slip, match) => ING[match[2]!] ?? null,
  },
  {
    // "the chance to joining your team": after this "to" the plain verb ("look forward to joining" is right).
    rule: 'ToIng',
    kind: 'Grammar',
    message: GRAMMAR_DETAILS.toIng,
    pattern:
      /\b(?:opportunity|chance|able|eager|keen|excited|happy|glad|hope|hoping|want|wanted|like|love|decided|plan|planning)\s+to\s+(\p{Ll}+ing)\b/dgu,
    fix: (slip) => FROM_ING[slip] ?? null,
  },
];

/**
 * The rule names of these shapes: each matches a slip whole, by its words around it, so the
 * filters for Harper's misreads (harper-misreads.ts: a plural in -s, a doubled intensifier) do
 * not apply to them.
 */
export const OWN_SLIPS: ReadonlySet<string> = new Set(SLIPS.map((slip) => slip.rule));

/** Lints for these slips (a Harper lint on the same words gives way to them: harper-map.ts). */
export function slipLints(text: string): RawLint[] {
  const lints: RawLint[] = [];
  for (const slip of SLIPS) {
    for (const match of text.matchAll(slip.pattern)) {
      const [start, end] = match.indices![1]!;
      const problem = match[1]!;
      const fix = slip.fix(problem, match as RegExpExecArray);
      if (fix === null) continue;
      lints.push({ start, end, rule: slip.rule, kind: slip.kind, message: slip.message, problem, suggestions: [fix] });
    }
  }
  return lints;
}

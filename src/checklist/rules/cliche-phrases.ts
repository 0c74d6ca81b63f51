// The stock phrases of follow-up mail, in families: each family is a small grammar (an optional
// softener, a verb in any form, its particle) with the plainer way to say what it means.
// Matched case-insensitively on whole words, within one sentence (phrase-list.ts).
import type { CLICHE_PLAINER } from '../messages.js';

/** "just", "quickly", "wanted to", "I'm": what people put before a stock phrase. */
const SOFT =
  "(?:(?:just|quick(?:ly)?|simply|wanted\\s+to|want\\s+to|writing\\s+to|(?:I'?m|I\\s+am)|I'?d\\s+like\\s+to|a\\s+(?:quick|friendly|gentle))\\s+)";

/** SOFT without "a quick": what comes before the verb, not before the noun ("a quick check-in at pickup"). */
const VERB_SOFT =
  "(?:(?:just|quick(?:ly)?|simply|wanted\\s+to|want\\s+to|writing\\s+to|(?:I'?m|I\\s+am)|I'?d\\s+like\\s+to)\\s+)";

/** A count: "about thirty", "about 30", "about a dozen", "about half". */
const COUNT =
  '(?:\\d|a\\s+(?:dozen|hundred|thousand|few|couple)\\b|half\\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\\b)';

/**
 * After "checking in", what makes it the literal verb with its object, as at a desk, a dock or a
 * ward: "checking in about thirty vendor sets", "checking in the morning's deliveries", "checked
 * in two guests". The stock phrase has no object: "just checking in", "checking in about my application".
 * "I'm checking in case there's news" checks whether: its "in" opens "in case"
 */
const LITERAL_OBJECT = `(?!\\s+(?:(?:about|around|some|over)\\s+)?${COUNT}|\\s+(?:the|a|an|all|every|each|their|his|her|our|new|incoming|returning)\\s|\\s+case\\b)`;

export interface ClicheFamily {
  readonly patterns: readonly string[];
  /** Which plainer wording the message offers. */
  readonly plainer: keyof typeof CLICHE_PLAINER;
}

export const CLICHES: readonly ClicheFamily[] = [
  {
    // "just checking in", "wanted to check in", "checking in on my application": the verb phrase.
    // The noun ("our weekly check-in", "a quick check-in at pickup", "the check-in desk") is the
    // cliche only when it is the note itself: "just a quick check-in", "a check-in on my application".
    patterns: [
      `${VERB_SOFT}+check(?:ing|ed)?\\s+in(?![\\w-])${LITERAL_OBJECT}`,
      `check(?:ing)?\\s+in\\s+(?:on|to\\s+see|about(?!\\s+${COUNT})|regarding|re|with\\s+you)`,
      'just\\s+(?:a\\s+)?(?:quick\\s+|friendly\\s+|brief\\s+)?check[\\s-]in',
      '(?:quick|friendly|brief)\\s+check[\\s-]in\\s+(?:on|to\\s+see|about|regarding|re)\\b',
      `${SOFT}*touch(?:ing|ed)?\\s+base`,
      `${SOFT}*circl(?:e|ed|ing)\\s+back`,
      `${SOFT}*loop(?:ing|ed)?\\s+back`,
      `just\\s+(?:wanted\\s+to\\s+)?follow(?:ing)?\\s+up`,
      `just\\s+(?:a\\s+)?(?:quick\\s+|friendly\\s+|gentle\\s+)?(?:follow[\\s-]?up|reminder|nudge)`,
      '(?:friendly|gentle)\\s+(?:reminder|nudge)',
      'just\\s+reaching\\s+out',
      'reaching\\s+out\\s+to\\s+(?:check|touch|see\\s+if|follow)',
    ],
    plainer: 'askNews',
  },
  {
    patterns: [
      '(?:ping|pinging|pinged)\\s+(?:you|this)',
      'bump(?:ing)?\\s+(?:this|my\\s+(?:note|e-?mail|message))(?:\\s+up)?',
      '(?:to\\s+the\\s+)?top\\s+of\\s+your\\s+inbox',
    ],
    plainer: 'resend',
  },
  {
    patterns: [
      'hope\\s+(?:this|my|the)?\\s*(?:e-?mail|note|message|letter)?\\s*finds\\s+you\\s+well',
      'hope\\s+all\\s+is\\s+well\\s+(?:on\\s+your\\s+end|with\\s+you)',
    ],
    plainer: 'openDirect',
  },
  {
    // Buzzwords of a cover letter, the verb in any form ("someone who thinks outside the box").
    patterns: [
      '(?:hit|hits|hitting)\\s+the\\s+ground\\s+running',
      'think(?:s|ing)?\\s+outside\\s+the\\s+box',
      '(?:a\\s+)?team\\s+player',
      'go-getter',
      'synerg(?:y|ies|ize|ise)',
      'mov(?:e|es|ed|ing)\\s+the\\s+needle',
      'at\\s+the\\s+end\\s+of\\s+the\\s+day',
      'wear(?:s|ing)?\\s+many\\s+hats',
      '(?:a\\s+)?self-starter',
      'give\\s+(?:it\\s+)?(?:110|a\\s+hundred\\s+and\\s+ten)\\s*(?:%|percent)',
    ],
    plainer: 'sayConcretely',
  },
];

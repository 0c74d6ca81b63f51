// third-party's small grammar: someone other than the writer (a helper) is asked, sent or
// expected to speak, visit or call the reader on the writer's behalf. "Asked my aunt, who
// knows your head chef, to stop by the kitchen" and "my old supervisor will ring you" are caught
// by their parts (a helper, a verb of asking or of the future, an act of contact), not listed.

/** People a candidate might send: friends, family, colleagues, anyone in their network. */
const HELPER =
  '(?:friends?|colleagues?|co-?workers?|former\\s+(?:colleague|manager|boss|supervisor|teacher|professor|coworker|co-worker)|old\\s+(?:boss|manager|supervisor|colleague|friend|classmate)|(?:ex-?)?(?:boss|manager|supervisor|mentor|professor|teacher|tutor|coach|pastor|priest|rabbi|imam|director|lead|recruiter|agent|headhunter)s?|clients?|customers?|patients?|students?|pupils?|apprentices?|trainees?|referees?|employers?|contacts?|connections?|acquaintances?|classmates?|roommates?|flatmates?|neighbou?rs?|dad|father|mom|mother|mum|parents?|uncle|aunt|auntie|cousin|brother|sister|(?:brother|sister|father|mother|son|daughter)-in-law|wife|husband|partner|spouse|fianc[eé]e?|girlfriend|boyfriend|son|daughter|relatives?|family|buddy|pal|someone|somebody|people|person|guy|lady|alumn(?:us|a|i))';

/** Who a helper is: "my", "a", "one of my", "our mutual", "my good". */
const WHOSE = "(?:my|a|an|our|(?:one|two|three|some|a\\s+few|several|many)\\s+of\\s+my)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?";

/** Contact with the reader: a visit, a call, a word. */
const CONTACT =
  '(?:swing|stop|drop|pop|come|walk|head|go|run)\\s+(?:by|over|in|round|around|past|down|up)|visit|call|phone|ring|text|email|e-mail|message|ping|reach\\s+out|contact|speak|talk|chat|have\\s+a\\s+(?:\\w+\\s+)?word|give\\s+you\\s+a\\s+(?:call|ring|bell|buzz|shout)|drop\\s+you\\s+a\\s+(?:line|note|message|e-?mail)|write\\s+(?:to\\s+)?(?:you\\b|your\\s|the\\s+(?:\\w+\\s+)?(?:hospital|company|school|team|office|firm|board|panel|committee|clinic|store|practice))|write\\s+in\\b|(?:raise|mention|drop|pass\\s+on)\\s+my\\s+name|bring\\s+(?:me|my\\s+name)\\s+up|put\\s+in\\s+a\\s+(?:good\\s+)?word|vouch|tell\\s+you|remind\\s+you|mention\\s+(?:me|my)|ask\\s+you|check\\s+in|follow\\s+up|find\\s+you|catch\\s+you|see\\s+you|meet\\s+you|look\\s+you\\s+up|sing\\s+my\\s+praises|recommend\\s+me|talk\\s+me\\s+up';

/** Asking or arranging for someone else to act. */
const ASK =
  '(?:asked|ask|asking|have\\s+asked|had|have|having|get|got|getting|told|tell|sent|send|sending|arranged\\s+for|encouraged|begged|convinced|persuaded|roped\\s+in)';

/** What a helper will do next: the future, an offer, a plan. */
const WILL =
  "(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|plans?\\s+to|is\\s+planning\\s+to|(?:has\\s+|have\\s+)?(?:kindly\\s+|generously\\s+|already\\s+)?(?:offered|agreed)\\s+to|asked\\s+(?:if|whether)\\s+(?:she|he|they)\\s+(?:could|might|can)|agreed\\s+to|wants?\\s+to|said\\s+(?:she|he|they)(?:'d|\\s+would|'ll|\\s+will)|promised\\s+to|intends?\\s+to|is\\s+keen\\s+to|is\\s+dying\\s+to)";

/** Within one sentence, a few words. */
const GAP = '[^.!?\\n]{0,70}?';

/**
 * The nouns HELPER ends in, lower case and without accents (as text.ts `bare` gives them): a note
 * that names no helper skips the patterns built on it, whose compiling costs a fresh process
 * about 10 ms. Keep it in step with HELPER (third-party.test checks a few).
 */
export const HELPER_WORDS: ReadonlySet<string> = new Set([
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'co-worker',
  'co-workers',
  'boss',
  'manager',
  'managers',
  'supervisor',
  'supervisors',
  'mentor',
  'mentors',
  'professor',
  'professors',
  'teacher',
  'teachers',
  'tutor',
  'tutors',
  'coach',
  'coaches',
  'pastor',
  'priest',
  'rabbi',
  'imam',
  'contact',
  'contacts',
  'connection',
  'connections',
  'acquaintance',
  'acquaintances',
  'classmate',
  'classmates',
  'roommate',
  'roommates',
  'flatmate',
  'flatmates',
  'neighbor',
  'neighbors',
  'neighbour',
  'neighbours',
  'dad',
  'father',
  'mom',
  'mother',
  'mum',
  'parent',
  'parents',
  'uncle',
  'aunt',
  'auntie',
  'cousin',
  'cousins',
  'brother',
  'brothers',
  'sister',
  'sisters',
  'brother-in-law',
  'sister-in-law',
  'father-in-law',
  'mother-in-law',
  'son-in-law',
  'daughter-in-law',
  'wife',
  'husband',
  'partner',
  'spouse',
  'fiance',
  'fiancee',
  'girlfriend',
  'boyfriend',
  'son',
  'daughter',
  'relative',
  'relatives',
  'family',
  'buddy',
  'pal',
  'someone',
  'somebody',
  'people',
  'person',
  'guy',
  'lady',
  'alumnus',
  'alumna',
  'alumni',
  'ex-boss',
  'ex-manager',
  'ex-supervisor',
  'ex-colleague',
  'director',
  'directors',
  'lead',
  'leads',
  'recruiter',
  'recruiters',
  'agent',
  'agents',
  'headhunter',
  'headhunters',
  'client',
  'clients',
  'customer',
  'customers',
  'patient',
  'patients',
  'referee',
  'referees',
  'employer',
  'employers',
  'student',
  'students',
  'pupil',
  'pupils',
  'apprentice',
  'apprentices',
  'trainee',
  'trainees',
]);

/** Praise by proxy needs no named helper: "tell you how great I am". */
export const PRAISE_BY_PROXY: readonly string[] = [
  '(?:tell|remind|show)\\s+you\\s+how\\s+(?:great|good|hard-?working|wonderful|amazing|reliable|talented|qualified|brilliant|dedicated|perfect)\\s+I\\s+(?:am|would\\s+be)',
  '(?:tell|remind|show)\\s+you\\s+(?:what\\s+an?\\s+(?:\\w+\\s+){0,2}?(?:worker|nurse|teacher|hire|employee|asset|fit|candidate|person|colleague|tradesman|tradesperson|electrician|chef|accountant|lawyer)\\s+I\\s+(?:am|would\\s+be|will\\s+be)|all\\s+about\\s+me\\b)',
];

/**
 * An act aimed at the reader on the writer's behalf: a call or visit to you, or a word for me.
 * "call me back" or "talk to my references" is not it.
 */
const CONTACT_YOU = `(?:(?:${CONTACT})\\s+(?:you\\b|your\\s|to\\s+you|with\\s+you|in\\s+on\\s+you|by\\s+(?:your|the)\\s|for\\s+me|on\\s+my\\s+behalf)|vouch\\s+for\\s+me|put\\s+in\\s+a\\s+(?:good\\s+)?word|sing\\s+my\\s+praises|talk\\s+me\\s+up|speak\\s+(?:up\\s+)?for\\s+me|(?:mention|drop)\\s+my\\s+name)`;

/** A plan or offer to act, without "is happy to", which is how references are offered. */
const WILL_ACT =
  "(?:will|'ll|is\\s+going\\s+to|plans?\\s+to|is\\s+planning\\s+to|offered\\s+to|has\\s+offered\\s+to|agreed\\s+to|wants?\\s+to|promised\\s+to|insisted\\s+on|is\\s+keen\\s+to|said\\s+(?:she|he|they)(?:'d|\\s+would|'ll|\\s+will))";

/**
 * Helpers named by name or by their place at the reader's: "I've asked Tom Reyes to call you",
 * "Dana, a nurse on your unit, will put in a word", "one of your cashiers offered to vouch for
 * me". These need no helper noun, so they are in the always-built list.
 */
export const NAMED_HELPER: readonly string[] = [
  `(?:asked|'ve\\s+asked|have\\s+asked|arranged\\s+for|begged|persuaded|convinced|roped\\s+in)\\s+(?!(?:me|us|myself)\\b)(?:[\\w'.-]+\\s+){1,5}?to\\s+(?:\\w+\\s+){0,2}?${CONTACT_YOU}`,
  // Not "I'll have time to call you": the helper is named, and no "to" comes before the act.
  `(?:have|having|had|'ll\\s+have|will\\s+have|'m\\s+having|am\\s+having)\\s+(?!(?:me|us|myself|to|time|a\\s+chance|the\\s+chance|a\\s+moment)\\b)(?:(?!to\\b)[\\w'.-]+\\s+){1,2}?(?:call|e-?mail|ring|phone|text|visit|contact|(?:stop|swing|drop|pop)\\s+by)\\s+(?:you\\b|your\\s|by\\s+(?:your|the)\\s)`,
  `[\\w'.-]+\\s*,\\s*(?:who|a|an|my|one\\s+of|our|your)\\b[^.!?\\n,]{0,70},\\s*${WILL_ACT}\\s+(?:\\w+\\s+){0,2}?${CONTACT_YOU}`,
  `one\\s+of\\s+your\\s+(?:own\\s+)?(?:\\w+\\s+)?\\w+\\b${GAP}\\b${WILL_ACT}\\s+(?:\\w+\\s+){0,2}?${CONTACT_YOU}`,
  // Someone else's letter on its way: "a character letter, which he will post to you"
  "which\\s+(?:he|she|they)\\s+(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|plans?\\s+to|has\\s+offered\\s+to|offered\\s+to)\\s+(?:\\w+\\s+)?(?:post|send|mail|e-?mail|forward|deliver|hand)\\s+(?:\\w+\\s+)?(?:to\\s+)?you\\b",
  // "expect a call from Dr. Lee", "you'll be getting an email from Tomasz"
  "(?:expect|get|getting|receive|receiving)\\s+(?:a\\s+(?:call|visit|message|note|word|text)|an\\s+e-?mail)\\s+from\\s+(?!(?:me|us|myself|my|a|an|one|our|the|you|your|yours|him|her|them)\\b)[\\w'.-]+",
  `(?:a|an)\\s+(?:current|former)\\s+(?:employee|member\\s+of\\s+(?:your|the)\\s+\\w+|staff\\s+member)${GAP}\\b${WILL_ACT}\\s+(?:\\w+\\s+){0,2}?${CONTACT_YOU}`,
  // Someone already named, volunteering: "she offered to call you and tell you how I handled it"
  `(?:she|he|they)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:offered|volunteered|promised|insisted|is\\s+keen|was\\s+keen|wants|wanted)\\s+(?:on\\s+|to\\s+)(?:\\w+\\s+){0,2}?${CONTACT_YOU}`,
  // Anyone willing to lobby for the writer, said as a plan: "my old boss is happy to drop you a line
  // and put in a word". Offering a reference ("happy to speak with you") is not lobbying.
  "(?<!\\bi(?:['\u2019]m|['\u2019]d\\s+be|\\s+am|\\s+would\\s+be|\\s+will\\s+be|['\u2019]ll\\s+be)\\s+(?:\\w+\\s+)?)\\b(?:happy|glad|willing|keen|eager|delighted|ready)\\s+to\\s+(?:[\\w'-]+\\s+){0,6}?(?:put\\s+in\\s+a\\s+(?:good\\s+)?word|sing\\s+my\\s+praises|talk\\s+me\\s+up|(?:mention|drop)\\s+my\\s+name|pull\\s+(?:some\\s+|a\\s+few\\s+)?strings|lobby\\s+(?:you|for\\s+me|on\\s+my)|make\\s+(?:a|the)\\s+case\\s+for\\s+me|push\\s+for\\s+me)",
  // Their call announced: "so please don't be surprised if she rings this week"
  "(?:don't|do\\s+not)\\s+be\\s+surprised\\s+if\\s+(?!(?:i|we)\\b)(?:[\\w.-]+\\s+){1,3}?(?:rings|calls|phones|e-?mails|texts|writes|drops\\s+by|stops\\s+by|pops\\s+in|turns\\s+up|gets\\s+in\\s+touch|reaches\\s+out|contacts\\s+you)\\b",
];

export const THIRD_PARTY_GRAMMAR: readonly string[] = [
  // "I've asked my friend Dana, who works two floors above you, to swing by your desk"
  `${ASK}\\s+${WHOSE}${HELPER}\\b${GAP}\\bto\\s+(?:\\w+\\s+){0,2}?(?:${CONTACT})`,
  // "had my cousin stop by the shop", "got a colleague to vouch for me"
  `${ASK}\\s+${WHOSE}${HELPER}\\s+(?:[A-Z][\\w'-]+\\s+)?(?:${CONTACT})`,
  // "my former supervisor, who knows your charge nurse, will call you this week"
  `${WHOSE}${HELPER}\\b${GAP}\\b${WILL}\\s+(?:\\w+\\s+){0,2}?(?:${CONTACT})`,
  // A visit is the mistake even when only maybe: "my friend might stop by your office"
  `${WHOSE}${HELPER}\\b${GAP}\\b(?:may|might|could|would)\\s+(?:\\w+\\s+)?(?:swing|stop|drop|pop|come|walk|head)\\s+(?:by|over|in|round|around|past)`,
  // "you may hear from my old manager", "expect a call from my sister"
  `(?:hear|hearing)\\s+from\\s+${WHOSE}${HELPER}`,
  // Not a human as against a machine: "a driver who misses two calls gets a call from a person, not a text"
  `(?:(?:a|an)\\s+(?:\\w+\\s+)?(?:call|visit|message|note|word|letter|e-?mail))\\s+from\\s+(?!(?:a|an|one)\\s+(?:real\\s+|actual\\s+|live\\s+)?(?:person|human|guy|lady|somebody|someone)\\b)${WHOSE}${HELPER}`,
];

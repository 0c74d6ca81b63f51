// third-party by who does what for whom, whoever the helper is: someone other than the writer
// (a father, a regular customer, "Mrs. Adeyemi", "a buyer I helped") is going to, has promised
// to, or is already about to speak, write, call or visit, aimed at the reader's side or about
// the writer. No list of helpers: a father, a foreman and a dog's owner are all caught by the
// parts of the sentence. "My last manager would tell you I never miss a shift" is a manner of
// speaking, not a plan, so "would" alone is no intent. Offers of a reference ("is happy to speak with you as a reference") and
// advice once given ("my supervisor taught me to call ahead") are neither.

import { HELPER_WORDS } from './third-party-grammar.js';

/** Within one sentence: a few words, and a longer reach from the helper to what they will do. */
const GAP = '[^.!?\\n]{0,60}?';
const REACH = '[^.!?\\n]{0,80}?';

/** Words ending like a person ("foreman", "supervisor", "buyer") that name no one. */
const NOT_PEOPLE =
  '(?:winter|summer|number|order|paper|letter|matter|center|centre|computer|water|power|other|after|career|chapter|corner|cover|poster|filter|folder|counter|layer|later|error|color|colour|floor|door|sector|factor|vendor|monitor|indicator|elevator|calculator|plan|human|ant|plant|want)';

/** A person, by a word for one: the helpers third-party already knows, or a word shaped like a role. */
const PERSON = `(?:${[...HELPER_WORDS].sort((a, b) => b.length - a.length).join('|')}|regulars?|(?!${NOT_PEOPLE}s?\\b)[\\w'\u2019-]+(?:er|or|ist|ian|ant|man|woman|person|ee)s?)`;

/** Advisers whose contact is the process, not a favour: references, recruiters, agents. */
const NOT_HELPERS =
  '(?:references?|referees?|recruiters?|agents?|headhunters?|people|person|someone|somebody|family|lead|leads|directors?|managers?)';

/**
 * Someone on the writer's side, not the reader's: "my father", "one of my regulars", "a buyer
 * I helped", "the owner of a spaniel I nursed", "Mrs. Collins, whose twins ...". "The recruiter
 * will send the schedule for my visit" and "Dr. Eze said she would call me" are the reader's
 * people at work, so a bare "the", "a" or title and name is not enough.
 */
const HELPER = `(?:(?:my|one\\s+of\\s+my|some\\s+of\\s+my|two\\s+of\\s+my)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?(?!${NOT_HELPERS}\\b)${PERSON}\\b|(?:a|an)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?${PERSON}\\s+(?:I|whom\\s+I|who\\s+I|that\\s+I|of\\s+mine)\\b|the\\s+${PERSON}\\s+of\\s+(?:a|an|my)\\s+(?:[\\w'\u2019-]+\\s+){0,2}?I\\b|(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Captain|Chef|Pastor|Father|Sister|Coach|Judge|Councillor|Rev)\\.?\\s+[A-Z][\\w'\u2019-]+\\s*,\\s*(?:who|whose|my|a|an|one\\s+of)\\b)`;

/** What the helper means to do: the future, a promise, an offer, a plan, or already under way. */
const INTENT =
  "(?<!\\bI)(?<!\\bI\\s)(?<!\\bwe\\s)(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|(?:has\\s+|have\\s+)?(?:promised|offered|agreed|volunteered)\\s+to|means\\s+to|plans?\\s+to|is\\s+planning\\s+to|intends?\\s+to|wants?\\s+to|is\\s+keen\\s+to|said\\s+(?:she|he|they)\\s*(?:would|'d|will|'ll|could)|asked\\s+(?:whether|if)\\s+(?:she|he|they)\\s+(?:could|might|can|may))";

/** Under way now: "is emailing your office tonight", "is giving you a heads-up". */
const UNDER_WAY =
  "(?<!\\bI\\s)(?:is|are|'s)\\s+(?:emailing|e-mailing|calling|phoning|ringing|texting|messaging|writing|giving|sending|dropping|popping|stopping|swinging|coming|putting|having)";

/** Speaking, writing, calling or visiting. */
const ACT =
  '(?:say|speak|talk|chat|write|email|e-mail|call|phone|ring|text|message|contact|reach\\s+out|drop|pop|stop|swing|come|visit|send|give|tell|mention|bring\\s+(?:up|me\\s+up)|put\\s+in|have|vouch|recommend|sing)';

/** The reader's side: you, your quality manager, the head. */
const READER_SIDE =
  '(?:\\byou\\b(?!\\s+(?:can|could|may|might)\\b)|\\byour\\b|\\bthe\\s+(?:head|principal|director|board|office|hospital|practice|school|firm|panel|committee|hiring\\s+manager|partners?|chef|owner|clinic|store|company)\\b)';

/** The reader's side, or the writer as the subject of what is said. */
const TARGET =
  '(?:\\byou\\b(?!\\s+(?:can|could|may|might)\\b)|\\byour\\b|\\b(?:him|her)\\b(?!\\s+(?:own|closing|class|kids|children|dog|cat))|\\bthe\\s+(?:head|principal|director|board|office|hospital|practice|school|firm|panel|committee|hiring\\s+manager|manager|partners?|chef|owner|clinic|store|company)\\b|\\babout\\s+(?:me|my)\\b|\\bfor\\s+(?:me|my)\\b|\\bon\\s+my\\s+behalf|\\bmy\\s+(?:application|candidacy|name)\\b|\\bour\\s+(?:conversation|interview|meeting|chat)\\b|\\bme\\s+up\\b)';

export const BEHALF_GRAMMAR: readonly string[] = [
  // "my father ... said he would bring up our conversation", "she has promised to say something nice about me"
  `${HELPER}${REACH}\\b${INTENT}\\s+(?:\\w+\\s+){0,2}?${ACT}\\b${GAP}${TARGET}`,
  // "A buyer I helped last spring is emailing your office tonight"
  `${HELPER}${REACH}\\b${UNDER_WAY}\\b${GAP}${TARGET}`,
  // "I've asked Captain Reilly, my base engineer, to drop your quality manager a line"
  `\\b(?:asked|'ve\\s+asked|have\\s+asked|persuaded|convinced|arranged\\s+for|roped\\s+in)\\s+(?!(?:me|us|myself|you|about|for|if|whether|how|what)\\b)[^.!?\\n]{0,80}?\\bto\\s+(?:\\w+\\s+){0,2}?${ACT}\\b${GAP}${READER_SIDE}`,
];

/**
 * What each pattern of BEHALF_GRAMMAR cannot match without, in the same order: its intent or its
 * under-way part, tested alone (null: always tried). The first two start at any "a", "an" or
 * "my", so the word anchors of phrase-list.ts let them run on nearly every note, at several
 * milliseconds each; a note without the part cannot match them, so skipping them there changes
 * no finding.
 */
export const BEHALF_NEEDS: readonly (RegExp | null)[] = [new RegExp(INTENT, 'i'), new RegExp(UNDER_WAY, 'i'), null];

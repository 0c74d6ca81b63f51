// Every word the checklist says to the user. A kind coach's voice: what is wrong, why it matters
// (the reason comes from the etiquette sources), and what to do instead.
// Keyed by the rule ids as plain strings: each rule module (rules/<id>.ts) reads its own line.
import type { NoteKind } from '../model/types.js';

/** "Sam", "Sam and Margaret", "Sam, Lena and Margaret". */
const listOf = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

export const DESCRIPTIONS = {
  'group-note': 'one note addressed to two or more people, or to "team" / "all"',
  'name-mismatch': 'the greeting is not the recipient, a name is misspelled, or the signature is not yours',
  'wrong-person': "another interviewer's name, or a company from another saved interview, in the note",
  'one-liner': 'a one-line or very short note',
  'too-long': 'far past the length a busy reader takes in',
  spelling:
    'misspelled words (names and the terms typed into the interview, credentials, acronyms and trade words are known; a slip typed into a topic is still caught)',
  grammar: 'grammar and punctuation errors',
  'tone-scathing': 'scorn, sarcasm or blame aimed at the reader, their process, their questions or their company',
  'tone-impatient': 'deadlines, demands, ultimatums and guilt aimed at the reader, all caps, stacked exclamation marks',
  gimmick: 'gifts and stunts: flowers, food, gift cards, a video or song for the reader, turning up in person',
  'third-party': 'anyone (a friend, a former boss, a current employee) asked to speak, visit, call or vouch on your behalf',
  'too-early': 'a follow-up before the timeframe the interviewer gave has passed',
  'late-thank-you': 'a thank-you sent more than 24 hours after the interview',
  'no-topic': 'the note mentions nothing discussed with this person',
  'no-thanks': 'a thank-you note that never thanks',
  'missing-prior': 'a follow-up that does not quote or attach the earlier note',
  'medium-mismatch': 'a thank-you, follow-up or reply to a no by e-mail to someone who reached you by phone',
  'generic-subject': 'an empty or generic subject line',
  'duplicate-note': "two interviewers' notes that are nearly the same text",
  placeholder: 'a stand-in left in the text: "[Your Name]", "<Company>", "XX", template braces',
  cliche: 'phrases that make a note sound automatic: "just checking in", "touching base"',
} as const;

/**
 * The subject the generic-subject hints suggest, quoted: this interview's role in the words of the
 * kind of note ("Thank you: Sous Chef interview"); "(your role)" where no interview is known.
 */
export function subjectExample(role: string | undefined, kind: NoteKind | undefined): string {
  const name = role?.trim() || '(your role)';
  switch (kind) {
    case 'follow-up':
      return `"Following up: ${name} interview"`;
    case 'not-selected':
      return `"Thank you for considering me: ${name}"`;
    case 'stay-in-touch':
      return `"Keeping in touch after the ${name} interview"`;
    case 'contact-request':
      return `"Contact details for a thank-you note: ${name} interview"`;
    default:
      return `"Thank you: ${name} interview"`;
  }
}

/** The plainer wording each family of stock phrases gets (rules/cliche-phrases.ts). */
export const CLICHE_PLAINER = {
  askNews: 'Say what you want in plain words, e.g. "I am writing to ask whether there is any news about the role."',
  resend: 'Say it plainly, e.g. "I am sending my note of last week again in case it went astray."',
  openDirect: 'Open with why you are writing instead, e.g. "Thank you again for our conversation on Tuesday."',
  sayConcretely: 'Show it with one concrete thing you did instead, e.g. "I covered three night shifts when our unit was short."',
} as const;

/** The same, for a script read on a call (a voicemail, a thank-you call): words said, not written. */
export const CLICHE_PLAINER_SPOKEN: Record<keyof typeof CLICHE_PLAINER, string> = {
  askNews: 'Say what you want in plain words, e.g. "I am calling to ask whether there is any news about the role."',
  resend: 'Say it plainly, e.g. "I am calling to make sure my note of last week reached you; I am glad to send it again."',
  openDirect: 'Open with why you are calling instead, e.g. "I am calling to thank you again for our conversation on Tuesday."',
  sayConcretely: CLICHE_PLAINER.sayConcretely,
};

export const MESSAGES = {
  /**
   * `sent`: those greeted whose own note of this kind is already on record as sent; `recipient`:
   * whom this note is for, when known. Neither is told to get another note.
   */
  groupGreeting: (who: string, sent: readonly string[] = [], recipient?: string) =>
    `This note greets ${who}. Each interviewer should get a note of their own that names something you talked about with them; career services and hiring managers alike see a shared note as a shortcut. ${
      sent.length === 0
        ? 'Split it into one note per person.'
        : `${sent.length === 1 ? `${sent[0]}'s note has already gone out` : `${listOf(sent)} have had their notes already`}, so ${
            recipient === undefined
              ? `leave ${sent.length === 1 ? sent[0] : 'them'} out of this one`
              : `write this one to ${recipient} alone`
          }.`
    }`,
  groupBody: (phrase: string) =>
    `"${phrase}" speaks to several people at once. Write to one person per note, so each reads as meant for them alone.`,
  greetingNotRecipient: (written: string, recipient: string) =>
    `The greeting says "${written}", but this note is for ${recipient}. A note that opens with the wrong name reads as copied and pasted, and it has cost candidates the job. Greet ${recipient} by name.`,
  misspelledName: (written: string, right: string) =>
    `"${written}" looks like a misspelling of ${right}. A misspelled name is one of the few slips a hiring manager remembers; check it against their e-mail signature or LinkedIn and write "${right}".`,
  signatureNotYou: (written: string, candidate: string) =>
    `The note is signed "${written}", but you are ${candidate}. Sign it with your own name so it is clear who is writing.`,
  greetingNamesOther: (written: string, other: string, recipient: string) =>
    `The greeting says "${written}", which is ${other}'s name, but this note is for ${recipient}. A note that opens with someone else's name reads as copied and pasted, and it has cost candidates the job. Greet ${recipient} by name.`,
  greetingShared: (written: string, other: string, recipient: string) =>
    `The greeting says "${written}", which is also the name of ${other}, and this note is for ${recipient}. If ${recipient} goes by "${written}", keep it; if this note was ${other}'s, greet ${recipient} by their own name.`,
  greetingUnknown: (written: string, recipient: string) =>
    `The greeting says "${written}", and this note is for ${recipient}: that is no form of their name we know. If it is what ${recipient} goes by, keep it; if not, read the opening as ${recipient} would and greet them by their own name.`,
  nameAccent: (written: string, right: string) =>
    `"${written}" is written without the accents of "${right}" (or with accents it does not have). People notice their name spelled their way; write it with its accents if you can.`,
  nameHalf: (written: string, whole: string) =>
    `"${written}" is one half of the hyphenated name "${whole}". People with one are greeted by all of it, so write it whole.`,
  wrongTitle: (written: string, theirs: string, recipient: string) =>
    `The greeting calls ${recipient} "${written}". A title someone does not hold, or a plain one in place of theirs, is the slip they notice first; the interview has them as "${theirs}", so use that.`,
  titleBeforeGiven: (written: string, title: string, family: string) =>
    `"${written}" puts a title before a given name. ${family} is the family name: write "${title} ${family}", or the given name without a title.`,
  titleBeforePatronymic: (written: string, marker: string, given: string) =>
    `"${written}" puts a title before the name after "${marker}", which is a father's name, not a family name. Greet them by their given name${given ? ` ("${given}")` : ''}, with a title if you like.`,
  titleWithoutParticles: (written: string, title: string, surname: string) =>
    `"${written}" drops the start of the surname, "${surname}". After a title it is written whole: "${title} ${surname}".`,
  signatureMisspelt: (written: string, right: string) =>
    `The signature spells your name "${written}". Sign as "${right}": the reader looks for your name to find you again, and a slip in it reads as haste.`,
  greetingNotChosen: (written: string, chosen: string, recipient: string) =>
    `You greet ${recipient} as "${chosen}", and this note says "${written}". Use the greeting you chose: "Dear ${chosen}".`,
  companyMisspelt: (written: string, company: string) =>
    `"${written}" is not how the company writes its name: "${company}". People notice their employer's name spelled their way; write it as they do.`,
  signatureUnknown: (written: string, candidate: string) =>
    `The note is signed "${written}", and you are ${candidate}. If that is the name you go by, keep it; if not, sign with your own name, as the reader will look for it.`,
  colleagueTopic: (name: string, topic: string, recipient: string) =>
    `This line names ${name}, another interviewer, beside what you discussed with them ("${topic}"), and the note is for ${recipient}. If it was copied from ${name}'s note, rewrite it for ${recipient}; a kind word about ${name} is fine.`,
  /** `sent`: the colleague's own note of this kind is already on record as sent, so it is not suggested again. */
  colleagueAddressed: (name: string, recipient: string, sent = false) =>
    sent
      ? `This line speaks to ${name}, another interviewer, but the note is for ${recipient}. It reads as a line left from ${name}'s note, which has already gone out; rewrite it for ${recipient}.`
      : `This line speaks to ${name}, another interviewer, but the note is for ${recipient}. It reads as a line left from ${name}'s note; rewrite it for ${recipient}, or send ${name} a note of their own.`,
  companyNearName: (written: string, company: string) =>
    `"${written}" is close to the name of the company this note is for, ${company}, but not it. If you meant them, write "${company}": a reader notices their employer named wrong, and a near miss reads like a note written for another firm.`,
  otherFirm: (written: string, current: string) =>
    `"${written}" is named where ${current} belongs, and this note is for ${current}. If it was copied from a note to another firm, change it to ${current}; if you meant another firm on purpose, say how it connects.`,
  otherCompany: (company: string, current: string) =>
    `"${company}" is the company from another interview, but this note is about ${ended(current)} A note that names the wrong company tells the reader it was copied; change it to ${ended(current)}`,
  otherCompanyShort: (written: string, company: string, current: string) =>
    `"${written}" reads as ${company}, the company from another interview, but this note is about ${ended(current)} If it was copied from that note, change it to ${ended(current)}`,
  otherPerson: (name: string, company: string) =>
    `${name} interviewed you at ${company}, not here. A leftover name from another note is the classic copy-and-paste slip; take it out.`,
  oneLiner: (words: number) =>
    `This note is only ${words} ${words === 1 ? 'word' : 'words'} long. A note this short reads as an afterthought; hiring managers read each note as a writing sample. Aim for three to five sentences: thank them, name something you discussed, and say why you want the role.`,
  tooLong: (words: number, advised: number) =>
    `This note runs to ${words} words, ${words - advised} more than the ${advised} or so a busy reader takes in. Three to five sentences (about 100 to ${advised} words) is the length that gets read to the end; keep the one point that matters most and cut the rest.`,
  tooLongVoicemail: (words: number, advised: number) =>
    `This voicemail runs to ${words} words, ${words - advised} more than the ${advised} or so (about half a minute) a listener takes in at one hearing. Say who you are, thank them for one thing, and leave your number twice; cut the rest.`,
  scathing: (phrase: string) =>
    `"${phrase}" sounds bitter. Even if you think you are out of the running, a gracious note keeps the door open for other roles and referrals, and a sharp one gets forwarded. Say thank you and leave it there.`,
  scornBroad: (phrase: string) =>
    `"${phrase}" may read as a judgement of the reader, their team or their process. Read the sentence as the person you are writing to would: if it sounds like blame or contempt, leave it out or say it plainly and kindly.`,
  scornScored: (excerpt: string, reasons: readonly string[]) =>
    `"${excerpt}" may read as scorn: ${scornReasons(reasons)}. Say what you mean plainly and about yourself ("I had hoped to hear sooner", "I would have liked more time on the case study"), or leave it out; the reader decides on more roles than this one.`,
  scornGuessed: (sentence: string) =>
    `"${sentence}" may read as a dig at the reader, their team or their process, even if you meant none. Read it as the person you are writing to would: if it could sound sarcastic or sour, say it plainly and kindly, or leave it out.`,
  scornPiled: (sentence: string) =>
    `"${sentence}" may read as sarcastic or sour: it piles up hedges, small measures and grievances about the reader's side. Read it as the person you are writing to would, and keep only what you would say to their face, kindly.`,
  familiar: (phrase: string) =>
    `"${phrase}" is too casual for a formal note: it speaks to the reader as a friend. Say "you", or name them ("you and the team"), as you did in the greeting.`,
  pressureBroad: (phrase: string) =>
    `"${phrase}" may read as pressure on the reader: a deadline, a demand, leverage or guilt. Read the sentence as the person you are writing to would, and ask for news without setting terms.`,
  impatientPhrase: (phrase: string) =>
    `"${phrase}" puts pressure on the reader. Hiring often takes longer than planned, and pressing the reader for an answer is one of the mistakes that costs offers, even once the date they gave has passed. Ask politely for news instead.`,
  shouting: (word: string) => `"${word}" is in capital letters, which reads as shouting in an e-mail. Write it in normal case.`,
  exclamations: (marks: string) =>
    `"${marks}" stacks exclamation marks, which reads as impatient or overexcited. One is plenty, and none is usually better.`,
  gimmick: (phrase: string) =>
    `"${phrase}" sounds like a gift or a stunt. Flowers, food, gift cards, videos and surprise visits come across as trying to buy favour or to stand out by a trick, and they put the reader in an awkward spot. A thoughtful note is the whole gesture; leave the extra out.`,
  thirdParty: (phrase: string) =>
    `"${phrase}" sounds like someone checking in on your behalf. A friend or colleague who calls, writes or drops by for you reads as pressure and can sink an application. Follow up yourself, by e-mail or phone.`,
  thirdPartyMaybe: (phrase: string) =>
    `"${phrase}" may read as someone else contacting the reader for you. Read it as the recipient would: if it asks or announces that a friend, relative or contact will call, write, visit or speak up for you, take it out and follow up yourself.`,
  gimmickVisit: (phrase: string) =>
    `"${phrase}" plans a visit nobody asked for. Turning up in person reads as a stunt and takes the reader's time on your terms; send what you would bring by e-mail, and come in when they invite you.`,
  gimmickMaybe: (phrase: string) =>
    `"${phrase}" may read as a gift to the reader. Read it as the recipient would: if you are making, buying, sending or bringing them something beyond the note and what they asked for, leave it out; a thoughtful note is the whole gesture.`,
  tooEarly: (timeframe: string | null, day: string) =>
    timeframe
      ? `They said they would decide "${timeframe}", and that has not passed yet. Following up before the date they gave looks impatient. Hold this note until ${day}.`
      : `It is early for a follow-up: without a timeframe, give them at least five business days after your thank-you. Hold this note until ${day}.`,
  decisionMade: (status: 'not-selected' | 'offer', on: string | null) =>
    `They told you their decision${on === null ? '' : ` on ${on}`}: ${status === 'offer' ? 'they made you an offer' : 'you were not selected'}, so there is nothing left to wait for, and a follow-up no longer fits. ${
      status === 'offer'
        ? 'No note is owed now: answer the offer itself.'
        : 'The note that fits now is the reply to their no (kind not-selected): thank them, and ask to be kept in mind.'
    }`,
  tooEarlyUndated: (timeframe: string, day: string) =>
    `It is early for a follow-up: "${timeframe}" gives no date, so give them at least five business days after your thank-you. Hold this note until ${day}.`,
  tooEarlyAfterThankYou: (thankYou: string, day: string) =>
    `Your thank-you went on ${thankYou}: a follow-up comes at least a business day after it, so the two do not arrive together. Hold this note until ${day}.`,
  tooEarlyBeforeThankYou: (day: string) =>
    `Your thank-you has not gone yet, and it goes first: a follow-up comes at least a business day after it. Hold this note until ${day}.`,
  tooEarlyAfterFollowUp: (last: string, day: string) =>
    `You followed up on ${last}: give them 10 to 14 days before the next follow-up, or it reads as pressure. Hold this note until ${day}.`,
  /** `spoken`: the thank-you is a call script (to someone who reached you by phone). */
  lateThankYou: (days: number, spoken = false) =>
    spoken
      ? `Your interview was ${days} days ago, and thank-you calls are best made within 24 hours. Call anyway: a late thank-you still beats none, and most candidates never make one.`
      : `Your interview was ${days} days ago, and thank-you notes are best sent within 24 hours. Send it anyway: a late note still beats no note, and most candidates never send one.`,
  noTopic: (recipient: string, topics: string) =>
    `This note does not mention anything you discussed with ${recipient} (you noted: ${topics}). One specific detail shows you listened and sets your note apart from a form letter.`,
  noThanks: () =>
    `This thank-you note never actually says thank you. Say it plainly in the first lines: thank them for their time and the conversation.`,
  missingPrior: () =>
    `A follow-up should carry the note before it. Reply in the same thread or quote your last note below, and re-attach your CV or resume, so they need not dig for it.`,
  mediumMismatch: (recipient: string, followUp: boolean) =>
    `${recipient} reached you by phone, and the matching way to answer is in the medium they used: a short call${followUp ? ', with a voicemail if they miss it (the voicemail script has the wording)' : ' (the call script has the wording)'}. An e-mail is fine if they asked for one.`,
  mediumMismatchNoAddress: (recipient: string) =>
    `${recipient} reached you by phone and you have no e-mail address for them, so a written note has nowhere to go. Keep in touch the way they used: a short call (the call script has the wording), or ask for an address first.`,
  emptySubject: (example: string) =>
    `The subject line is empty. Notes without a subject get skipped or land in spam. Name the role, e.g. ${example}.`,
  genericSubject: (subject: string, example: string) =>
    `"${subject}" does not say what the note is about. A subject that names the role (e.g. ${example}) gets opened and found again later.`,
  subjectWithoutRole: (subject: string, role: string | undefined) =>
    `The subject "${subject}" names neither the role, the company nor what you discussed. Mention ${role === undefined ? 'the role' : `"${role}"`} so the reader knows at a glance which interview this is about.`,
  duplicate: (other: string, percent: number) =>
    `This note is ${percent}% the same text as the one to ${other}. Interviewers compare notes, and near-identical ones read as a form letter. Rewrite it around what you discussed with this person.`,
  placeholder: (text: string) =>
    `"${text}" is a stand-in that was never filled in. A note that still has a stand-in in it shows the reader a template, not a letter to them. Replace it with the real words before you send.`,
  cliche: (phrase: string, plainer: string) =>
    `"${phrase}" is a stock phrase that makes a note sound automatic, the kind a reader skims past. ${plainer}`,
  spelling: (word: string, suggestions: readonly string[]) =>
    `"${word}" looks misspelled${suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : ''}. Hiring managers read each note as a writing sample, and a typo is what they remember.`,
  spellingNearAnswer: (word: string, answer: string) =>
    `"${word}" is spelled "${answer}" in your answers about this interview (a topic or a detail). If the answer is right, correct the note; if the note is right, correct the answer (press a at the review, or edit the interview file), so every note spells it the same.`,
  spellingInRole: (word: string, suggestions: readonly string[], places: string) =>
    `"${word}", ${places}, looks misspelled${suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : ''}, and your Role answer spells it this way, so every note that names the role repeats it. Correct it in this note, and fix the role where you saved it: press a at the review to change an answer, or edit "role" in the interview file.`,
  runTogetherInRole: (word: string, apart: string, places: string) =>
    `"${word}", ${places}, looks like two words typed without the space between them ("${apart}"), perhaps a slip while pasting, and your Role answer has it this way, so every note that names the role repeats it. Correct it in this note, and fix the role where you saved it: press a at the review to change an answer, or edit "role" in the interview file.`,
  grammar: (problem: string, detail: string, suggestions: readonly string[]) =>
    `"${problem}": ${sentence(detail)}${suggestions.length > 0 ? ` Try ${suggestions.map((s) => `"${s}"`).join(' or ')}.` : ''} Hiring managers read each note as a writing sample.`,
} as const;

/** What each kind of signal of the scorn scorer (rules/scorn-scorer.ts) says the sentence does. */
const SCORN_REASONS: Record<string, string> = {
  judges: 'it calls the reader, their people or their process something bad',
  irony: 'a word like "clearly", "of course" or "I\'m sure" makes it sarcastic',
  quotes: 'quotation marks around their word sneer at it',
  concession: 'the concession ("I suppose", "with respect") takes back the politeness',
  ranking: 'it ranks them below someone ("unlike", "at least", "even")',
  question: 'it asks a question nobody is meant to answer',
  wish: 'the wish presumes they will fail',
  doubt: 'it doubts they know or care',
  neglect: 'it says nobody there bothered',
  failure: 'it says they fail at their own job',
  blame: 'it holds against them what they did or failed to do for you',
  exaggeration: 'it makes the day the worst you have known',
  expectation: 'it says you expected no better of them',
  presumption: 'it presumes they are behind or slow',
  outdated: 'it calls their ways out of date',
  faint: 'the praise is faint enough to sting',
  insinuation: 'it hints at something worse than it says',
  reproach: 'it tells them what they should have done',
  candour: '"honestly" or "with respect" announces a blow',
};

/** The scorer's reasons as one clause: "it calls ... and a word like ...". */
function scornReasons(reasons: readonly string[]): string {
  const said = reasons.slice(0, 2).map((reason) => SCORN_REASONS[reason] ?? reason);
  return said.length === 0 ? 'it sounds like blame' : said.join(', and ');
}

/** Harper's explanation as a sentence that ends in one full stop, so "Try ..." starts a new one. */
/** A name or company that ends a sentence: "Tall Pine Brewing Co." takes no second full stop. */
function ended(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[\s.]+$/u, '');
  if (trimmed === '') return 'this reads as a grammar slip.';
  return /[!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Explanations for the grammar slips found beside Harper's (spell-missed.ts), as Harper words its own. */
export const GRAMMAR_DETAILS = {
  weatherWhether: '"Whether" asks if something is so; "weather" is rain and sun',
  youreYour: '"You\'re" is "you are"; before a noun ("your time", "your team") the word is "your"',
  grateGreat: '"Grate" is a metal grid or to shred; in "a great fit" or "a great deal" the word is "great"',
  modalOf: 'After "could not", "should never" and the like, the verb takes "have", not "of"',
  modalHaveOf: 'After "could", "might", "I\'d" and the like, a past participle takes "have", not "of": "I\'d have replied"',
  feelingParticiple: 'For how you feel, English uses the -ed form: "interested in", "excited about", "surprised by"',
  pluralWas: 'After "they" or "we" the verb is "were": "they were there"',
  betweenYouAndMe: 'After "between" (or any preposition) the pronoun is "me": "between you and me"',
  forwardToIng: 'In "look forward to", "to" is a preposition: the verb after it takes -ing, "I look forward to hearing from you"',
  eachOfSingular: 'After "each of", the verb agrees with "each", which is singular: "each of the engineers has"',
  veryMuchLooking: 'Before "looking forward", "very" needs "much": "I am very much looking forward to it"',
  pleasureArticle: 'One occasion of pleasure takes "a": "It was a pleasure to meet you"',
  thanksArticle: 'The interview, the call, the tour: the noun needs its article, "Thank you for the interview"',
  sinceSpan: '"Since" takes a point in time ("since 2019"); a span takes "for": "for three years"',
  beAgree: '"Agree" is a verb, so no "am" or "are" before it: "I agree"',
  havingExperience: 'What you have, such as experience or a degree, is not in progress: "I have five years of experience"',
  meAndSubject: 'As the subject of a verb, the pair is "my team and I" (or "we"), not "me and my team"',
  toThanks: 'After "to", the plain verb: "I would like to thank you"',
  forPlain: 'After "for", a verb takes -ing: "thank you for giving me the chance"',
  toPast: 'After "to", the plain verb, not the past: "able to answer"',
  everyoneSingular: '"Everyone", "someone" and "nobody" take a singular verb: "everyone was very welcoming"',
  pluralIs: 'After "you", "we" or "they" the verb is "are": "I hope you are well"',
  bePassive: 'After "be" or "been", the verb takes its past participle: "the opportunity to be interviewed"',
  bareParticiple: '"Seen" and "done" need "have" before them; alone, the past is "saw" or "did": "I saw the new bay"',
  yourWelcome: '"Your" owns something; "you are" is "you\'re": "You\'re welcome to call me"',
  thenThan: 'A comparison takes "than"; "then" is about time: "more experience than most"',
  uncountablePlural: 'This noun has no plural in English: "the information", "your advice", "the equipment"',
  doubleComparative: 'The -er or -est form is already the comparison, so "more" or "most" goes: "easier", not "more easier"',
  effectVerb: 'To make a difference to something is to "affect" it; "effect" is the difference: "will affect how we plan"',
  effectNoun: 'The difference something makes is its "effect" ("a positive effect on"); "affect" is the verb',
  itsContraction: '"Its" owns something ("its own team"); "it is" and "it has" are "it\'s": "It\'s clear that"',
  enjoyTo: '"Enjoy", "avoid", "finish" and "mind" take the -ing form: "I enjoyed meeting them"',
  toIng: 'After "the chance to", "keen to" and the like, the plain verb: "the chance to join your team"',
  thirdPersonS: 'After "it", "he" or "she" the verb takes an -s in the present: "it makes sense", "she has"',
} as const;

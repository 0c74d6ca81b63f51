// tone-scathing's broad tier, part three: the writer's stance towards the reader's side, by the
// grammar of the stance rather than by any draft's words. Doubt or pity aimed at them ("I doubt
// anyone there has ever ...", "I pity whoever ..."), a comparison with someone lowly ("could have
// been written by a child", "would embarrass an apprentice"), irony about their ways ("which I
// suppose is how things are done there"), a verdict ("told me everything I needed to know"),
// manners said to be missing ("couldn't find her manners"), a double standard ("only expected of
// the applicants"), a gesture of inattention kept up ("kept checking his watch"), and how the
// writer was made to feel ("I have never felt so unwelcome"). Matched on the lower-cased
// sentence; warnings only. tone-judgement.ts leaves a stance alone in a sentence about the
// writer's former workplace ("at my last bakery I learned how not to run a shift").

/** Within one sentence. */
const REACHED = '[^.!?\\n]{0,60}?';
/** The reader's side as a subject: "anyone on that panel", "your recruiter", "whoever". */
const THEM =
  '(?:anyone|anybody|nobody|no\\s+one|whoever|you|they|your\\s+\\w+|(?:the|that|this|those)\\s+(?:\\w+\\s+)?(?:panel|panellists|panelists|interviewers?|recruiters?|managers?|directors?|supervisors?|boss|lead|partners?|owners?|principal|head|chef|foreman|receptionist|coordinator|assessors?|examiners?|committee|board|staff|people|team|hr|company|firm|practice|clinic|hospital|school|store|shop|depot|site|office|kitchen|salon|agency|department|management|leadership|crew|unit|ward))';
/** Someone lowly to be measured against. */
const LOWLY =
  '(?:child|children|toddler|kid|kids|schoolchild|schoolboy|schoolgirl|monkey|chimp|\\w+-year-old|trainee|intern|apprentice|first-year|beginner|novice|amateur|teenager|student)';
/** A machine or a blank form, which could have done what a person was there for. */
const MACHINE =
  '(?:search\\s+engine|robot|machine|computer|chatbot|bot|spreadsheet|parrot|algorithm|questionnaire|quiz|recording|answering\\s+machine)';
/** How the reader's side may leave a writer feeling. */
const MADE_TO_FEEL =
  '(?:unwelcome|unwanted|unvalued|undervalued|unappreciated|invisible|humiliated|belittled|patroni[sz]ed|disrespected|insulted|ignored|dismissed|demeaned|degraded|talked\\s+down\\s+to|like\\s+(?:a|an)\\s+(?:\\w+\\s+)?(?:nuisance|intruder|inconvenience|afterthought|number|burden|imposition|idiot|suspect|interruption))';
const INTENSITY = '(?:so|very|more|less|quite|completely|utterly|totally|really|that|this|as)';
/** Manners and the like, which the reader's side is said to lack. */
const COURTESY = '(?:courtesy|decency|manners|respect|grace|professionalism|common\\s+sense|politeness|basic\\s+courtesy)';
/** Things a person attends to instead of the candidate. */
const DEVICE = '(?:phones?|watch(?:es)?|laptops?|screens?|e-?mails?|messages|inbox|texts)';

export const SCORN_STANCES: readonly string[] = [
  // Doubt of their knowledge or care: "I doubt anyone on that panel has stood behind a bar"
  `\\bi\\s+(?:seriously\\s+|really\\s+|honestly\\s+|do\\s+|rather\\s+|very\\s+much\\s+)?doubt\\s+(?:that\\s+|whether\\s+|if\\s+)?${THEM}\\b(?![^.!?\\n]{0,24}?\\b(?:have|find|get|had)\\s+(?:the\\s+)?time\\b)${REACHED}\\b(?:know|knows|knew|read|understands?|understood|cares?|cared|noticed|listened|ever|even|actually|has\\s+(?:\\w+\\s+)?(?:been|done|worked|stood|seen|held|run|used|met)|have\\s+(?:\\w+\\s+)?(?:been|done|worked|stood|seen|held|run|used|met))\\b`,
  // Wondering whether they even cared: "I left wondering whether anyone there actually wanted ..."
  `\\b(?:wonder(?:ing|ed)?|question(?:ing|ed)?|unsure|not\\s+sure|doubt(?:ing|ed)?)\\s+(?:whether|if)\\s+${THEM}\\b${REACHED}\\b(?:actually|even|bother(?:ed)?|cared?|cares)\\b`,
  // Pity for those who work there or come next: "I pity the engineers you already have"
  String.raw`\bi\s+(?:really\s+|truly\s+|genuinely\s+)?pity\s+(?:the|your|anyone|whoever|those|any)\b|\bi\s+feel\s+(?:\w+\s+)?sorry\s+for\s+(?:whoever|anyone\s+who|(?:the|your)\s+(?:poor\s+)?\w+\s+(?:who|that|you|stuck|working))\b`,
  // Measured against someone lowly: "could have been written by a child", "would embarrass an apprentice"
  `\\b(?:by|embarrass\\w*|than|shame)\\s+(?:a|an|any|most)\\s+(?:\\w+\\s+)?${LOWLY}s?\\b|\\b(?:a|an|any)\\s+(?:\\w+\\s+)?(?:${LOWLY}|${MACHINE})\\s+(?:could|would\\s+have|can)\\s+(?:have\\s+)?(?:done|run|written|organi[sz]ed|managed|planned|asked|set|put|answered|marked|graded|handled|conducted)\\b`,
  // Irony about their ways: "which I suppose is how things are done there"
  String.raw`\bwhich\s+i\s+(?:suppose|guess|gather|presume|assume|imagine|take\s+it)\s+is\s+(?:how|what|normal|standard|usual|the\s+norm|par\s+for)\b`,
  `\\b(?:i\\s+suppose|i\\s+guess|i\\s+gather|presumably|apparently|evidently)\\b${REACHED}\\bhow\\s+(?:things\\s+(?:are|get)\\s+done|you\\s+do\\s+things|they\\s+do\\s+things|things\\s+work|it\\s+works)\\s+(?:there|here|at|in|over|around)\\b`,
  // A verdict in a set form: "told me everything I needed to know", "which says it all"
  String.raw`\b(?:told|tells|showed|shows)\s+me\s+(?:everything|all|all\s+that)\s+i\s+(?:need(?:ed)?|wanted)\s+to\s+know\b|\b(?:that|which|this)\s+(?:says|said)\s+it\s+all\b`,
  // Their house not in order: "when the depot gets its act together"
  String.raw`\b(?:gets?|got|getting)\s+(?:its|their|your|it's)\s+(?:act\s+together|house\s+in\s+order|ducks\s+in\s+a\s+row)\b|\b(?:sorts?|sorted)\s+(?:itself|themselves|yourselves|yourself)\s+out\b`,
  // A lesson by bad example: "a masterclass in how not to treat people"
  String.raw`\b(?:in|of|on)\s+how\s+not\s+to\b`,
  // Manners missing: "could not find the room, the schedule or her manners"
  `\\b(?:couldn't|could\\s+not|didn't|did\\s+not|never|wouldn't|can't|cannot|failed\\s+to|forgot|lost)\\s+(?:even\\s+)?(?:have|show|find|muster|extend|manage|offer|summon|bring)\\b[^.!?\\n]{0,40}?\\b(?:(?:his|her|their|its)\\s+${COURTESY}|the\\s+(?:basic\\s+|common\\s+)?(?:courtesy|decency|manners|grace)\\s+to)\\b`,
  // A double standard: "punctuality is only expected of the applicants"
  String.raw`\bonly\s+(?:\w+\s+)?(?:expected|required|demanded|asked|applies|apply|matters?|counts?)\s+(?:of|from|for|to)\s+(?:the\s+)?(?:candidates?|applicants?|us|me|outsiders|newcomers|interviewees)\b`,
  // Inattention kept up: "kept checking his watch", "spent the tasting looking at her phone"
  `\\b(?:kept|spent|constantly|repeatedly|throughout|most\\s+of|half\\s+(?:of\\s+)?(?:the|my)|the\\s+whole|while\\s+i|during\\s+my)\\b${REACHED}\\b(?:looking|looked|glancing|glanced|checking|checked|scrolling|scrolled|typing|typed|texting|texted|tapping|answering)\\s+(?:at\\s+|on\\s+|through\\s+)?(?:his|her|their|your)\\s+(?:own\\s+)?${DEVICE}\\b|\\bspent\\s+(?:\\w+\\s+){0,5}?on\\s+(?:his|her|their|your)\\s+${DEVICE}\\b`,
  // How they made the writer feel: "I have never felt so unwelcome", "I was made to feel like a nuisance"
  `\\bi(?:'ve|'d|\\s+have|\\s+had)?\\s+(?:(?:never|not|rarely|seldom|ever)\\s+(?:\\w+\\s+)?(?:felt|been\\s+made\\s+to\\s+feel)\\s+${INTENSITY}\\s+|(?:(?!(?:never|not|rarely|seldom|hardly)\\b)\\w+\\s+)?(?:felt|was\\s+made\\s+to\\s+feel|been\\s+made\\s+to\\s+feel)\\s+(?:${INTENSITY}\\s+)?)${MADE_TO_FEEL}\\b`,
  // The writer leaving for somewhere better, or expecting nothing: "somewhere they're actually appreciated"
  String.raw`\bsomewhere\s+(?:they're|they\s+are|i'm|i\s+am|i'll\s+be|i\s+will\s+be|people\s+are|it's|it\s+is|experience\s+is|skills\s+are)\s+(?:actually\s+|really\s+|properly\s+)?(?:appreciated|valued|wanted|respected|welcome|recogni[sz]ed|rewarded|needed)\b|\b(?:won't|will\s+not|not)\s+(?:be\s+)?hold(?:ing)?\s+my\s+breath\b`,
  // Advice aimed down at them: "maybe next time read the CV", "enjoy training the next one"
  String.raw`\b(?:maybe|perhaps)\s+(?:next\s+time|in\s+future|going\s+forward)\s*,?\s+(?:try\s+)?(?:reading|read|check|prepare|look\s+at|open|learn|listen|show\s+up|turn\s+up|arrive|bother)\b|\benjoy\s+(?:training|teaching|explaining|replacing|fixing|cleaning\s+up|covering)\b`,
  // The successor doubted: "I hope your new hire knows what a torque wrench is"
  String.raw`\bhope\s+(?:your|the|whoever)\s+(?:new\s+hire|successful\s+candidate|next\s+(?:candidate|hire|person)|replacement|person\s+you\s+(?:hired|chose|picked))\b[^.!?\n]{0,40}?\b(?:knows\s+(?:what|how)|can\s+(?:actually|at\s+least)|is\s+(?:actually\s+)?able)\b`,
  // Time wasted both ways, irony by "funny how", thanks withheld: "you didn't mind wasting mine"
  String.raw`\bwast(?:e|ed|ing)\s+(?:any\s+more\s+of\s+)?mine\b|\b(?:didn't|did\s+not)\s+mind\s+wasting\b`,
  String.raw`\b(?:funny|strange|odd|curious)\s+how\b[^.!?\n]{0,60}?\b(?:turned\s+into|became|disappeared|vanished|went\s+quiet|silence|never|no\s+one|nobody)\b`,
  String.raw`\bi(?:'d|\s+would)\s+(?:say|like\s+to\s+say)\s+(?:it\s+was\s+)?(?:a\s+pleasure|nice|lovely|great|good|thanks|thank\s+you)\b[^.!?\n]{0,30}?\bbut\b`,
  // The one virtue granted to something trivial: "the only thing organised about the day was the parking"
  String.raw`\bthe\s+only\s+(?:thing|part|person|one)\s+(?:that\s+was\s+)?(?:\w+\s+)?(?:organi[sz]ed|professional|prepared|welcoming|friendly|polite|punctual|on\s+time|efficient|competent|clear|warm|kind|helpful|pleasant)\s+(?:about|in|on|at|during)\b`,
  // Sarcastic thanks for what went wrong: "thanks for the forty-minute wait" ("thank you for the
  // grilling on variation orders" thanks them for the rigour, on a subject)
  String.raw`\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+|again\s+)?for\s+(?:the|a|an|all\s+the|that)\s+(?:\S+\s+)?(?:wait|delay|silence|runaround|confusion|chaos|ambush|goose\s+chase|mix-up|no-show|(?:grilling|interrogation)(?!\s+(?:on|about|over|around)\b))\b`,
];

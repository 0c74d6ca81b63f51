// The tone rules' broad word classes, written from general English rather than from any draft:
// who a sentence can be about on the reader's side, the words of negative judgement, the
// virtues whose denial is a judgement ("not the warmest welcome"), the verbs of dismissal, and
// the words that turn a sentence's polarity. tone-judgement.ts reads them word by word; each
// class is an open one, so a word missing here is a gap to fill, not a phrasing to list.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** Nouns for the reader's side: its people, its places, its process and the day itself. */
export const TARGET_NOUNS = words(`
  panel panels panellists panelists interviewer interviewers recruiter recruiters recruiting recruitment hiring
  manager managers management leadership leaders executives director directors supervisor supervisors boss
  bosses lead leads partner partners owner owners principal head heads chef chefs foreman superintendent
  receptionist coordinator coordinators scheduler assessor assessors examiner examiners observer observers
  committee board staff people team teams hr department office company firm business organisation
  organization agency practice clinic hospital school district store shop branch site restaurant kitchen
  hotel bank lab laboratory studio outfit operation employer place workplace unit ward trust council
  process processes interview interviews round rounds stage stages screening screen visit tour trial
  shift test tests assessment assessments exercise exercises task tasks questions question questionnaire
  scorecard rubric format setup logistics scheduling communication communications feedback experience
  day morning afternoon evening session sessions meeting meetings call conversation discussion hour
  observation lesson demo audition tasting presentation challenge chat brief posting advert ad listing offer
  culture system systems policy policies approach treatment welcome reception organising organizing
  planning timetable schedule itinerary portal platform paperwork application person woman man guy lady
  gentleman gentlemen individual folks onboarding induction website advert job thing
  salary pay wage wages rate package compensation range benefits rota contract terms
`);

/** Words before a noun that put it on the reader's side, or on no one's in particular. */
export const TARGET_DETERMINERS = words(`the your yours this that these those their its whole entire such y'all`);

/** Pronouns that are the reader or whoever acts for them. */
export const TARGET_PRONOUNS = words(`you you've you're you'd you'll whoever nobody noone they they've they're`);

/** The writer: a judgement next to these is about the writer (or is an apology), not the reader. */
export const FIRST_PERSON = words(`i i'm i've i'd i'll me my myself mine`);

/**
 * Adjectives and nouns of negative judgement: of competence, of care, of courtesy, of fairness,
 * of worth, of order. Hard parts named without blame ("tough", "long", "intense", "busy",
 * "challenging") are deliberately absent.
 */
export const JUDGEMENT = words(`
  pointless useless worthless meaningless senseless purposeless futile fruitless aimless wasteful
  disorganised disorganized unorganised unorganized chaotic shambolic haphazard slapdash sloppy shoddy
  careless thoughtless heedless negligent lax lazy half-hearted halfhearted perfunctory cursory
  rushed slipshod botched bungled muddled confusing incoherent garbled
  incompetent inept clueless hopeless amateur amateurish unprofessional unqualified unfit
  unprepared ill-prepared underprepared uninformed ignorant misinformed out-of-touch outdated antiquated
  archaic obsolete
  rude impolite discourteous curt brusque abrupt snide snippy snappy surly sullen gruff dismissive
  disdainful contemptuous condescending patronising patronizing belittling demeaning degrading
  humiliating insulting offensive disrespectful arrogant smug pompous self-important haughty
  snobbish elitist hostile aggressive combative confrontational antagonistic adversarial
  frosty aloof detached indifferent uninterested disinterested apathetic
  uncaring callous heartless unfriendly unwelcoming unpleasant nasty spiteful petty vindictive
  bored distracted inattentive disengaged checked-out robotic scripted canned
  rote boilerplate formulaic superficial shallow vapid hollow insincere fake phony phoney
  disingenuous dishonest deceptive misleading manipulative shady dodgy sketchy unethical two-faced
  unfair unjust biased rigged prejudiced discriminatory arbitrary capricious
  ridiculous absurd ludicrous preposterous laughable farcical risible silly stupid idiotic dumb inane
  asinine nonsensical bizarre baffling pathetic pitiful lame dismal abysmal atrocious appalling
  awful terrible horrible horrendous dreadful deplorable disgraceful shameful shocking outrageous
  embarrassing cringeworthy cringe-worthy unacceptable inexcusable unforgivable intolerable
  tedious mind-numbing soul-destroying boring dull
  toxic dysfunctional broken flawed bloated bureaucratic kafkaesque byzantine convoluted
  disrespected mismanaged mishandled misguided misjudged ill-judged ill-conceived tone-deaf
  box-ticking tick-box unwelcome
  irrelevant unhelpful unresponsive uncommunicative inconsiderate disorderly clumsy ham-fisted
  cack-handed half-baked mediocre second-rate third-rate subpar sub-par shabby tacky stingy miserly
  exploitative exploitive hypocritical self-serving pretentious unreliable woeful lamentable
  demoralising demoralizing soul-crushing insufferable overbearing domineering bullying hidebound
  blinkered narrow-minded short-sighted cliquey nepotistic corrupt overpaid incompetently
`);

/** Nouns of a sham or a failure, said of the reader's side after "a", "such a", "a complete". */
export const JUDGEMENT_NOUNS = words(`
  joke farce sham mess shambles circus charade fiasco disaster debacle travesty nightmare
  embarrassment disgrace insult waste formality pantomime parody mockery cattle-call
  hazing interrogation ambush clown clowns trap trick setup stitch-up gotcha afterthought
  amateurs letdown let-down disappointment washout wash-out write-off non-event
  scam con racket lottery omnishambles ego-trip power-trip cop-out whitewash rubber-stamp
`);

/** Judgements that are literal of a room or a day ("a cold kitchen"): only of people, a welcome or a reply. */
export const OF_PEOPLE_ONLY = words(`cold distant short offhand`);

/** The reader's side as people, or how they met the writer: what a word like "cold" can judge. */
export const PEOPLE_NOUNS = words(`
  panel panellists panelists interviewer interviewers recruiter recruiters manager managers director
  directors supervisor supervisors boss lead partner partners owner principal head chef foreman
  receptionist coordinator assessor assessors examiner examiners observer observers committee board staff
  people team hr welcome reception tone response reply replies manner treatment you they whoever
`);

/** Virtues of the reader's side; denied ("not very professional", "hardly welcoming") they judge. */
export const VIRTUE = words(`
  professional organised organized prepared courteous polite respectful considerate welcoming warm
  friendly kind attentive interested engaged fair competent thorough serious punctual responsive
  helpful gracious civil pleasant coherent structured transparent honest sincere genuine decent
  well-run well-organised well-organized well-prepared
`);

/** Words of the writer's dismissal, with the reader's side as the one who did it. */
export const DISMISSAL = words(`
  wasted ignored ignoring dismissed dismissing snubbed belittled patronised patronized mocked ridiculed
  humiliated insulted disrespected stonewalled ghosted disregarded sidelined interrupted overlooked
  sneered scoffed smirked yawned sighed rebuffed lectured
  snapped barked scolded berated scowled glared tutted heckled badgered harangued chided shushed
  condescended
`);

/** Dismissal in two words: "brushed off", "talked over", "cut me off". */
export const DISMISSAL_PHRASES: readonly string[] = [
  'brushed off',
  'brushed me off',
  'brushed aside',
  'waved off',
  'waved away',
  'fobbed off',
  'fobbed me off',
  'blew off',
  'blew me off',
  'shrugged off',
  'talked over',
  'talked down',
  'spoke over',
  'spoke down',
  'cut me off',
  'cut me short',
  'laughed at',
  'rolled their eyes',
  'rolled his eyes',
  'rolled her eyes',
  'be bothered',
  'bother to',
  'could not care less',
  "couldn't care less",
  'kept me waiting',
  'kept waiting',
  'left waiting',
  'talked at',
  'left me waiting',
  'left me sitting',
  'left me standing',
];

/** A polarity turn before a judgement ("not", "hardly", "wasn't"). */
export const NEGATORS = words(`
  not no never hardly barely scarcely nothing nor neither isn't wasn't aren't weren't don't doesn't
  didn't hasn't haven't hadn't won't wouldn't couldn't can't cannot shouldn't
`);

/** Words that may sit between a negator and what it turns: "not at all", "not the warmest". */
export const TURN_FILLERS = words(`
  at all the a an very exactly quite so too particularly especially terribly remotely entirely
  overly that most even really all much to seem appear actually
`);

/** Sarcasm sets a virtue against its own sentence: "clearly", "apparently", "of course". */
export const SARCASM_MARKERS = words(`clearly obviously apparently evidently plainly presumably naturally`);

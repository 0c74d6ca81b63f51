// The scorn scorer's word classes (scorn-scorer.ts), written from general English by sense, not
// from any draft: the stems of negative evaluation (a stem stands for its family: "disorgani"
// for disorganised, disorganisation, disorganized), the words that name the reader's side, and
// the cues that turn a polite sentence sour or show it is sincere. Each class is open: a word
// missing here is a gap to fill, never a sentence to list.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Stems of negative evaluation, by sense. A word is in the family when one of its prefixes is a
 * stem here (so keep stems long enough to name one family only); two weights: strong words
 * judge outright, mild ones ("slow", "late") only with a cue or a strong word beside them.
 */
export const STRONG_STEMS = words(`
  irrelevant
  purposeless aimless heedless lax halfhearted incoherent garbled abrupt snappy sullen degrading
  offensive aggressive combative confrontational antagonistic adversarial disinterested apathetic
  inattentive fake phony phoney capricious awful terrible horrible mind-numbing soul-destroying
  disorderly demoralising demoralizing soul-crushing mocked disregarded sneered scoffed smirked
  yawned rebuffed scolded berated scowled tutted heckled harangued chided shushed
  ignored ignoring snubb stonewall ghosted
  incompeten inept clueless hopeless amateur bungl botch ineffect ineffic unqualif unfit useless
  disorgani unorgani chaotic shambol haphazard slapdash sloppi sloppy shoddi shoddy
  careless thoughtless negligen lazy laziness lazi half-heart perfunctor cursory slipshod muddl
  mismanag mishandl misguid misjudg ill-conceiv ill-judg ill-prepar unprepar underprepar
  pointless worthless meaningless senseless futil fruitless wasteful wasted wasting
  rude rudeness rudely impolite discourte curt brusque snide snippy surly gruff dismissiv
  disdain contempt condescen patronis patroniz belittl demean humiliat insult
  disrespect arrogan smug pompous self-important haught snob elitis hostil
  unfriendl unwelcom unpleasant nasty spite petty pettiness vindictiv callous heartless uncaring
  dishonest deceit decept mislead manipulative  shady dodgy sketchy unethic two-faced disingenu
  insincer liar lying hypocri untrustworth duplicit
  unfair unjust biased rigged prejudic discriminat arbitrar nepotis corrupt
  mediocr second-rate third-rate subpar sub-par shabb tacky stingi stingy miserl penny-pinch
  cheapskat lacklust uninspir unimpressiv forgettabl
  ignoran uninform misinform out-of-touch clueless
  coward spineless gutless
  outdated antiquat archaic obsolet behind-the-times dinosaur stone-age
  ridicul absurd ludicrous preposter laughabl farcical risibl idiot stupid moronic inane asinine
  nonsens pathetic pitiful pitiabl abysmal atroci appall horrend dreadful deplorabl disgrace
  shameful outrag embarrass cringe unacceptabl inexcusabl unforgivabl intolerabl insufferabl
  toxic dysfunction kafkaesque byzantin convolut tone-deaf box-tick tick-box
  unprofession unresponsiv uncommunicativ inconsider ham-fist cack-hand half-bak exploitat
  exploitiv self-serv pretentio unreliabl woeful lamentabl overbear domineer bullying bullied
  hidebound blinker narrow-mind short-sight cliqu overpaid
  farce shambles charade fiasco debacle travesty mockery omnishambles cattle-call stitch-up
  cop-out whitewash
`);

/** Mild evaluation: plain words that judge only with a cue ("clearly slow") or a strong word. */
export const MILD_STEMS = words(`
  detached checked-out rote silly dumb lame dismal shocking dismissed dismissing sidelined
  interrupted overlooked sighed lectured snapped barked glared
  overdue skipped skipping slow sluggish glacial late tardi disappointing underwhelm mess messy confus confusing unclear
  bad vague boring bored boredom tedious dull distract disengag uninterest indiffer aloof frosty cold
  awkward clumsy rushed odd strange weird bizarre baffl unhelpful irrelevan
  generic canned scripted robotic formulaic boilerplate superficial shallow vapid hollow
  flawed broken bloated stale bureaucra poorly
`);

/** Words a stem would wrongly claim: "pettycash" is no judgement, "mediocre" is. */
export const NOT_JUDGEMENT = words(`
  latest lately latency later latent latencies messenger messaging slowdown slowdowns odds oddly
  strangers flawless flawlessly dated datedness
`);

/** A judgement word that a following word makes a name ("petty cash", "cold call", "mess hall"). */
export const NAMED_BY_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['petty', words('cash')],
  ['cold', words('call calls calling chain storage room rooms water weather start brew')],
  ['mess', words('hall tent deck')],
  ['broken', words('glass bones bone links link builds build')],
  ['slow', words('cooker cooked cooking roast food')],
]);

/** Nouns that name a sham or a failure after "a", "such a", "a complete": "a waste", "a joke". */
export const VERDICT_NOUNS = words(`
  pantomime parody mockery cattle-call hazing interrogation ambush trap trick setup stitch-up
  gotcha disappointment wash-out omnishambles ego-trip power-trip cop-out whitewash rubber-stamp
  waste joke farce sham mess shambles circus charade fiasco disaster debacle travesty nightmare
  embarrassment disgrace insult  letdown let-down washout write-off non-event scam con
  racket lottery clown clowns amateurs afterthought
`);

/**
 * Disclaimers that own up to a jab just made: "Kidding! Mostly.", "Jokes aside", "Not a criticism,
 * just curious". Lines of words; the scorer reads them as marking the sentence before.
 */
export const DISCLAIMERS: readonly string[] = [
  'kidding',
  'only kidding',
  'just kidding',
  'only joking',
  'just joking',
  'jokes aside',
  'joking aside',
  'not a criticism',
  'no criticism intended',
  'just saying',
  'no offence meant',
  'no offense meant',
];

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

/** Words a writer puts in scare quotes to sneer at: your "values", the "opportunity". */
export const QUOTABLE = words(`
  opportunity feedback chat values family culture priority urgency decision update rigour rigor
  professionalism courtesy transparency fit respect hours flexibility benefits perks package salary
  bonus support training progression development environment welcome hospitality policy process
  interview panel team experience
`);

/** What the writer says was done to them: "I was ignored", "I felt talked down to". */
export const DISMISSED = words(`
  ignored snubbed patronised patronized belittled humiliated insulted disrespected dismissed
  interrupted lectured mocked ridiculed sidelined overlooked stonewalled ghosted
`);

/** Second person: the reader, and whoever reads it with them. */
export const READER = words(`you your yours yourself yourselves you're you've you'd you'll y'all ya`);

/** Third person on the employer's side when no writer is named before it. */
export const THEY = words(
  `they them their theirs they're they've they'd whoever anyone anybody nobody he she him his he's she's`,
);

/** What a determiner before a noun makes the reader's: "the panel", "this process", "whose team". */
export const POINTERS = words(`the your this that these those their its whose such whole entire`);

/**
 * The writer speaking of themself: a judgement after these is self-deprecation or an apology,
 * which is fine ("my answer was sloppy", "I was disorganised").
 */
export const WRITER = words(`i i'm i've i'd i'll me my myself mine`);

/** Feelings said as the writer's own ("I was disappointed", "I felt rushed"): frank, not scorn. */
export const FEELINGS = words(`
  felt feel feeling was am disappointed sad sorry frustrated worried nervous anxious upset hurt
  unsure confused surprised gutted deflated
`);

/** Nouns of a problem the reader is solving: a negative word aimed at these is sympathy. */
export const PROBLEMS = words(`
  backlog problem problems issue issues challenge challenges shortage shortages pressure pressures
  workload turnover vacancy vacancies gap gaps outage outages delay delays bottleneck bottlenecks
  audit audits deadline deadlines migration situation season rush winter flu storm storms
  legacy debt system systems budget budgets cuts strike traffic weather commute
`);

/** Verbs that put a problem in the reader's hands: "the backlog you described", "you're dealing with". */
export const THEIR_TROUBLE = words(`
  described mentioned explained outlined told said dealing facing handling fixing solving tackling
  inherited managing juggling fighting battling working
`);

/** Sympathy with the reader: "you must be stretched", "I know how busy", "sorry to hear". */
export const SYMPATHY_WORDS = words(`
  sympathise sympathize sympathy understandable understandably sorry imagine appreciate empathise
`);

/** Stretched, busy, swamped: said of the reader, a sign of sympathy, not blame. */
export const STRETCHED = words(`
  busy stretched swamped overloaded snowed stressed hectic tough hard difficult demanding full
  exhausting tiring intense packed understaffed short-staffed
`);

/** Sincere warmth: in a sentence with these and no irony cue, a mild word is no scorn. */
export const WARMTH = words(`
  thank thanks thanked grateful gratitude appreciate appreciated enjoyed enjoy loved love glad
  pleasure lovely wonderful great kind kindly generous helpful welcoming warm inspiring impressed
  admire admired excited happy delighted pleasantly
`);

/** What a wish about the reader can presume they lack: "I hope whoever you hire actually cares". */
export const PRESUMED = words(`
  can't couldn't
  actually finally eventually someday one-day half bother bothers learn learns manage manages
  better improve improves properly least even
`);

/** Who a wish can presume falls short in knowing or caring: the rival hired, the next one. */
export const SUCCESSORS = words(`whoever replacement successor someone somebody candidate hire appointee`);

/** After "nobody", "no one" or "without anybody", what the reader's side failed to do. */
export const NEGLECT = words(`
  bothered remembered read knew listened looked noticed cared caring asked answered returned
  replied called checked
`);

/** Verbs of doubt about the reader's knowledge or care: "I doubt you even know". */
export const DOUBT = words(`doubt wonder question`);

/** What the reader is doubted to do: know, read, care, listen. */
export const CAPACITY = words(`
  knows reads listens understands cares notices remembers
  know knew understand understood read care cares listen listened noticed notice remember realise
  realize grasp appreciate value values bother bothered reading listening caring noticing
`);

/** Short words that open a rhetorical question about the reader's ways. */
export const QUESTION_OPENERS = words(`who why what how is isn't does doesn't did didn't was wasn't are aren't do don't`);

/** Polite questions: asked of the reader, these want an answer, not a sneer. */
export const POLITE_ASKS = words(`
  could can would will may might please any anything is there when whether if
`);

/** A polarity turn before a word ("not", "hardly", "wasn't"). */
export const NEGATORS = words(`
  not no never hardly barely scarcely nor neither isn't wasn't aren't weren't don't doesn't didn't
  hasn't haven't hadn't won't wouldn't couldn't can't cannot shouldn't nothing far
`);

/** Words that may sit between a negator and what it turns: "not at all", "not the most". */
export const FILLERS = words(`
  at all the a an very exactly quite so too particularly especially terribly remotely entirely
  overly that most even really much to seem appear actually be been being is was were are
`);

/** Virtues whose denial judges: "not very professional", "hardly welcoming". */
export const VIRTUES = words(`
  well-prepared
  patient understanding efficient reliable
  professional organised organized prepared courteous polite respectful considerate welcoming warm
  friendly kind attentive interested engaged fair competent thorough serious punctual responsive
  helpful gracious civil pleasant coherent structured transparent honest sincere genuine decent
  well-run well-organised well-organized smooth efficient clear
`);

/**
 * Markers that turn a polite sentence sour, by kind, each kind with its weight: irony and
 * sarcasm, a backhanded concession, an expectation of failure, a presumption that they lag, a
 * ranking below the writer or the rest of the trade, outdatedness, faint praise, an insinuation,
 * a reproach, a hedge of candour. A sentence counts each kind once, at its heaviest; "*" is any
 * one word, "#" a number or a year. Lines are "kind weight: cue | cue | ...".
 */
export const CUE_TABLE = `
irony 2: third time lucky
irony 1.5: good luck finding | best of luck finding | good luck with that | i'm sure | i am sure | i have no doubt | must be nice | how nice | nothing says | who knew | what a surprise | so-called | if we can call it | if you can call it | in its own way | in their own way | in its own time | in their own time | in their own sweet time | meant well | bold move | brave move | bold choice | brave choice | what a delight | with a straight face | a kind of heroism
irony 1: clearly | obviously | apparently | evidently | presumably | supposedly | surely | no doubt | thrilling | riveting | it was obvious | it's obvious | congratulations on | well done to
question 1: i do wonder | i wonder why | i wonder whether | wondering how | wondering why | left wondering
judges 1.5: out of date | out of touch | behind the times | years behind | tick a box | ticking boxes | going through the motions | lip service | made up its mind | made up their mind | made up your mind | like a nuisance | like a number | waste of time | talked down to | brushed off | brushed me off | fobbed off | rolled their eyes | rolled her eyes | rolled his eyes
failure 1: having never | never having
ranking 1.5: 101
judges 2: like a formality | just a formality | a mere formality | already been made | brushed aside | waved off | waved away | fobbed me off | blew off | blew me off | shrugged off | talked over | spoke over | spoke down | cut me off | cut me short | be bothered | bother to | could not care less | couldn't care less | kept me waiting | kept waiting | left waiting | talked at | left me waiting | left me sitting | left me standing
candour 0.5: a pity | a shame | of course | naturally | certainly | honestly | frankly | to be honest | i'll be honest | i have to say | i must say | i confess | i'll admit | i have to admit | tbh | i mean | i'll gently say | gently suggest | with respect | with all due respect | for what it's worth | no offence | no offense | no hard feelings | i won't lie | let me explain
concession 1: i suppose | i guess | i gather | i assume | i'm guessing | i take it | fair enough | i get that | i can see why | i can see it works | i appreciate you have to | i understand not | to be fair | credit where | good on you | kudos | bravo | but whatever | but okay | but ok | if that's how | everybody must begin | everyone must begin | begin from somewhere
expectation 1: surprised | surprising | than i expected | than i'd expected | led to expect | i would have thought | i'd have thought | i'd hoped | i had hoped | i would have expected | i'd have expected | i'd hate to think | not surprised | no wonder | i shouldn't be surprised | can't say i'm surprised | as expected | i have my doubts | i had my doubts
presumption 1: for once | for a change | finally | who actually | someone who actually | people who actually | ever gets | ever get | ever got | at least | half as | as much as i | at some point | somehow | get there | in due course | catch up | start somewhere | learn on | get round to | gets round to | is learning | still working out | still learning | has to start | have to start | plenty of time to learn | keep up | us actually | who will put up
ranking 2: unlike your | unlike you | unlike the | unlike some
ranking 1: unlike | your size | its size | this size | that size | a place like | a shop like | a house like | for someone with | for someone who | for someone like | not everyone | not every | most of us | some of us | those of us | the rest of the | rest of the world | rest of the profession | a proper | a serious | real work | actual forecasting | cheaper | more of a | even a | even if a | even the | a little basic | a bit basic | pitched a little | about as | as quick as | as slow as | of your reputation | of its reputation | of your standing | someone who knows | somebody who knows | walk your team through | how it's usually done | how it's done properly | on that budget | fresh out of
outdated 1: years ago | decade ago | a decade | these days | anymore | any more | old-school | old school | old-fashioned | old way | the old way | time capsule | throwback | moved on | out of date | out of touch | since # | like it's # | a # textbook | nostalgia | years behind | behind the times | from #
faint 1: perfectly fine | perfectly adequate | adequate | respectable | certainly a start | is a start | it's a start | a good start | fine for | well enough | works for you | it works | charming | quaint | nice bit | a nice extra | touching | refreshing
insinuation 1: says a lot | said a lot | speaks volumes | told me plenty | tells me plenty | tells me how | told me how | tells me what | know how it goes | know how it works | usually how | was always going to | these things do take time | these things take time | on somebody's list | already knew someone | who knew someone | somebody's nephew | someone's nephew | the cousin of | somebody's cousin | plays cards with | always going to get it
insinuation 2: lost the art of | forgotten the art of | says it all | tells me what | tells you nothing | tells you basically nothing | tells me more | which is telling | is all i'm saying | your loss | hold my breath | i won't name names | how the industry works | it always does | that's how you | is how you | how you do things | how shop owners think | i suspect you know | whatever spirit | dressed up as | pretending to | talks so much about | prides itself on | puts trust in | stopped caring | stopped listening | without anybody caring | without anyone caring | you'll be needing it | you'll need it | they'll need it | so * can say | so * could say | so the * can say | so the * could say
reproach 2: would have helped if | it would have been nice | cannot manage | can't manage | couldn't manage | could not manage
reproach 1.5: it would be nice if | would be nice if | maybe next time | perhaps next time | would have helped | would have been nice | would have done | maybe next time | perhaps next time | next time someone | next time anyone | ought to | might want to | might manage | could at least | should at least | would really help | you'd be moving | quite something | easy slip | a one-line | a simple yes | a simple phone call | a simple reply | a simple email | a simple e-mail | a simple answer
`;

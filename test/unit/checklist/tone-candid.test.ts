// Issue #13: candour, patience and grace that the tone rules read as scorn or pressure. A good
// note may say that a week has passed, that a wait happened, that a promise is still owed, that
// the news was a surprise, or wish the one they chose well; the scornful and impatient versions
// of the same facts are still caught. Each probe is a paraphrase in its own words, not a draft's.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneImpatient, toneScathing } from '../../../src/checklist/rules/tone.js';
import type { RuleCheck } from '../../../src/checklist/types.js';

const count = (rule: RuleCheck, text: string) => rule(parseDraft(text), {}).length;

describe('tone-scathing: a wait told as fact, a wait held against them', () => {
  it.each([
    'I waited ten days before writing, as you suggested.',
    'I sat in reception for ten minutes before the panel came, which gave me time to read your annual report.',
    'I waited five minutes for the panel, which was no trouble.',
    "I waited two weeks for the panel to decide, and I'm still keen.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    'I sat in reception for forty minutes before anyone came.',
    'I waited over an hour for the panel.',
    'I was left sitting for 45 minutes before anybody came to find me.',
    'I stood in the car park for half an hour waiting for someone to let me in.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));
});

describe('tone-scathing: a promise still owed, a promise broken', () => {
  it.each([
    "You promised to send feedback, but I haven't seen it yet.",
    'The recruiter said she would send the schedule, which never arrived, so I am writing to ask for it.',
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    'The case study you promised never arrived.',
    'You promised to send feedback and never did.',
    "Your recruiter said she'd ring me on Monday and didn't.",
    'You said you would send the rota, and of course it never came.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));
});

describe('tone-scathing: the one they chose, wished well or stung', () => {
  it.each([
    "I'm sure the person you chose will do a great job.",
    "I'm sure whoever you hired will be a great addition to the team.",
    'Whoever you chose is lucky to be joining such a supportive team.',
    'I hope whoever you went with enjoys the unit as much as I did.',
    'I hope the person you hired loves the role as much as I would have.',
    "I'm sure the candidate you picked will do well.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    'I hope whoever you hire cares about the patients as much as I do.',
    "I'm sure whoever you hired is wonderful.",
    "I'm sure the person you picked will be absolutely perfect for you.",
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));
});

describe('tone-scathing: two candid sentences are not scorn spread over a note', () => {
  it('leaves surprise and resignation after a no alone', () => {
    const note = "I'll be honest, I was surprised by the outcome. I suppose the timing just didn't work out this time.";
    expect(count(toneScathing, note)).toBe(0);
  });
});

describe('tone-scathing: the writer doubting themself, patience owned, a contrast of their own', () => {
  it.each([
    'I wonder whether I explained the audit clearly enough.',
    'I had hoped to hear by now, but I know these things take time.',
    'I was disappointed with the outcome, but not with the process.',
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    'I was surprised that nobody on the panel had read my CV.',
    'I was disappointed that the team did not bother to call.',
    'I was shocked that you never replied.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));
});

describe("tone-scathing: courtesy, greetings, the writer's own lesson and a court's record", () => {
  it.each([
    'When we met, I understood the firm hoped to decide in early December, and I am writing to ask, with respect, whether there is any news.',
    "I'll pop in tomorrow with Biscuit, my retired greyhound, so she can say hello to everyone.",
    'I should have put the dough back in the fridge instead of pushing on. Lesson learned, and the third sheet was better for it.',
    'Your question about keeping the record clear when a witness code-switches has come up twice since, and both times I used the approach we discussed.',
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    'With respect, your panel had not read my file.',
    'I suppose the shortlist was drawn up so the partners can say they looked outside the firm.',
    "The panel cancelled twice. Lesson learned: never trust a recruiter's timeline.",
    'Three reschedules in a month must be a record, even for a hospital.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));
});

describe('tone-scathing: scorn without stock phrases, in other words and shapes', () => {
  it.each([
    'Frankly, the afternoon was a write-off.',
    "That hour in your boardroom is one I won't get back.",
    "I've had more meaningful conversations with a vending machine.",
    'Your panel could barely hide their boredom.',
    "It's hard to believe anyone there has ever run a ward.",
    "I'm not convinced the panel knows what a Data Analyst does.",
    'Does anyone on your team actually read the applications?',
    'Not once did anyone ask about my actual experience.',
    'Whoever designed the assessment has clearly never worked a till.',
    'The so-called technical test was a reading comprehension quiz.',
    'Your HR team seem to have lost the art of replying to emails.',
    'What a shambles of a morning.',
    "I left wondering why I'd bothered.",
    'Someone should teach your recruiter basic manners.',
    'The interview was a box-ticking exercise from start to finish.',
    'Your interviewers treated it like a chore.',
    'I hope your next candidate enjoys being ignored as much as I did.',
    'Cheers for nothing, then.',
    'A simple email would not have killed anyone.',
    'It would be nice if someone there could return a call for once.',
    "I'm sure the scorecard you read from was very scientific.",
    'The whole thing felt like a formality for an internal candidate.',
    "Honestly, I've seen better organised school fetes.",
    'Your manager talked over me the whole time.',
    'Nobody could be bothered to tell me the panel had changed.',
    "You lot wouldn't know good engineering if it bit you.",
    'The feedback, such as it was, told me nothing.',
    'I was stunned at how unprepared the panel was.',
    "Given how the day went, I'm not sure I'd want to work there anyway.",
    'Your loss, I suppose.',
    'I doubt the panel even glanced at my portfolio.',
    "The interviewer didn't seem to know what the role involved.",
    "I reckon the job was always going to the boss's mate.",
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    "I'd love to teach your apprentices how to read a load chart.",
    "I've seen better-organised rotas at my last hospital, and I'd like to bring that system here.",
    "A bit of rain won't kill anyone, and the site visit was worth it.",
    'For once, I was the one asking the questions, which I enjoyed.',
    'It would be nice if I could shadow a shift before I start.',
    'I kept asking myself why I came across so nervous in the first round.',
    "That is one afternoon I'll never forget.",
    "She couldn't hide her excitement about the new cath lab, and it was infectious.",
    "I doubt I'll ever forget the view from the crane.",
    "I'm not convinced my answer on the budget was clear, so here is a fuller version.",
    "It's hard to believe the interview was only a week ago.",
    "I doubt you'll have time to read all of this, so the summary is at the top.",
    'I wonder if you looked at the attachment; it may have gone to spam.',
    'Treat this as a rough draft of the plan we discussed.',
    "I'm sure the team is very busy with the launch.",
    "I'm sure the new system will be very useful once it beds in.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

describe('tone-impatient: time counted beside keenness, time held against them', () => {
  it.each([
    "It has been ten days since the interview and I'm still excited about the role.",
    'Over two weeks now since the panel, and I remain very interested.',
    "It's been two weeks since we met and I'm still keen, so I wanted to check on the timeline.",
  ])('leaves %j alone', (text) => expect(count(toneImpatient, text)).toBe(0));

  it.each(["It's been three weeks already and nobody has called.", 'Over two weeks now and no word at all.'])(
    'flags %j',
    (text) => expect(count(toneImpatient, text)).toBe(1),
  );

  it('flags time counted with keenness and a demand, once for each', () => {
    const note = 'It has been ten days since the interview, and I am still interested, but I need an answer soon.';
    expect(count(toneImpatient, note)).toBe(2);
  });
});

describe('tone-impatient: pressure without the stock words, and the news or courtesy beside it', () => {
  it.each([
    "I'd appreciate knowing where things stand by close of play Friday.",
    'Could you give me a yes or no this week?',
    "I'm juggling another offer, so a quick answer would help.",
    'Another firm has made me an offer, and they want to hear back on Monday.',
    "I'll need to make a decision on another role by the 12th.",
    'Please confirm one way or the other before the weekend.',
    "I can't keep my options open much longer.",
    "I've been more than patient.",
    "Surely it doesn't take three weeks to decide.",
    'A reply at your earliest would be appreciated.',
    'I need an answer so I can plan my notice period.',
    'Time is of the essence for me.',
    "I'd like to wrap this up by Wednesday.",
    "If I don't hear anything by Friday I'll assume the role has gone.",
    'Kindly expedite the decision.',
    'I would be grateful if you could hurry things along.',
    "I've chased twice now without a reply.",
    'Any update would be great, as I have to respond to another employer on Thursday.',
    'The other company needs my answer by Friday, so please let me know.',
    "Can you at least tell me if I'm still in the running?",
    "I'm still waiting to hear back after three weeks.",
    'Please revert at the earliest.',
    "I've given you plenty of time.",
    "Let's get this sorted this week.",
  ])('flags %j', (text) => expect(count(toneImpatient, text)).toBe(1));

  it.each([
    "I'd love to know where things stand whenever you have news.",
    'You mentioned you hoped to have things settled by Friday, and that works for me.',
    "I can't keep the smile off my face after seeing the new lab.",
    "I can't keep my hands off the new tools, as you saw.",
    "I have accepted an offer from another firm, so I'd like to withdraw my application.",
    "Another firm has made me an offer, but this role is my first choice and I'm happy to wait.",
    'I called twice to confirm the parking, and the front desk was very helpful.',
    "I've emailed twice with the updated portfolio link, in case the first one didn't come through.",
    "The install shouldn't take two days, as I explained in the interview.",
    "It doesn't take long to train a new picker on the scanners.",
    'Please reply at your earliest convenience.',
    "I have to respond to another employer's questionnaire, which is why my reply is short.",
    "I'll wrap up my current contract by Friday, so I could start on the 14th.",
  ])('leaves %j alone', (text) => expect(count(toneImpatient, text)).toBe(0));
});

describe('tone-scathing: a stock phrase denied, hoped against, turned on the writer or beside praise', () => {
  const errors = (text: string) => toneScathing(parseDraft(text), {}).filter((hit) => hit.severity !== 'warning').length;

  it.each([
    'I was so sorry to hear about your loss, and thank you for meeting me anyway.',
    "I don't think you'll regret giving me the chance.",
    "I hope this note isn't a waste of your time.",
    'Shame on me for forgetting the name of the software!',
    "In case you missed it, I've attached the certificates you asked for.",
    "I'm better off for having met the team, whatever happens.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    "I'm not surprised the team is so proud of the ward; it was spotless.",
    "Clearly you didn't mind my questions, which I appreciated.",
    "I'm not even surprised by how much I enjoyed it.",
  ])('warns at most on %j', (text) => {
    expect(count(toneScathing, text)).toBe(1);
    expect(errors(text)).toBe(0);
  });

  it.each([
    'Shame on you for ignoring my emails.',
    "You'll regret passing on me.",
    'Honestly, the whole morning was a waste of my time.',
    'In case you forgot, I applied three weeks ago.',
    "I'm better off elsewhere.",
    "Well, that's your loss.",
    "Honestly, it wasn't just a waste of my time, it was insulting.",
    'It was never anything but a waste of my time.',
  ])('is sure of %j', (text) => expect(errors(text)).toBe(1));
});

describe('tone-scathing: scorn in shapes the blind corpora showed, and the kind sentences of the same shape', () => {
  it.each([
    "It's not really a code club at that point, is it?",
    'Three months to clear a volunteer seems less like a safeguarding process and more like a way of making sure nobody bothers.',
    'Somebody in head office must be quite proud of it.',
    "You'd think a team that teaches turn-taking could manage to take its own turn and reply.",
    "It's been a fortnight, which is about what you'd expect from a ministry that takes two terms to see a child.",
    'Someone with real front desk experience could fix that in a month, if anyone at head office is actually interested in fixing it.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    'The role feels less like admin and more like a way to shape the service, which I love.',
    "You'd think a team that busy would be stressed, but everyone was relaxed.",
    "That's about what you'd expect from a team with that much experience.",
    "If anyone on the team is actually interested in the data, I'd be glad to share it.",
    "If you ever want to compare notes, I'm happy to.",
    'Somebody on your team must be very proud of the new garden.',
    "I'm sure someone in the lab must be proud of it, and rightly so.",
    "Being a night owl isn't a drawback for a dispatcher, is it?",
    "It's not really my place to say, but I loved the new rota.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

describe("the blind corpora's good sentences, in other words: names, rigour, curiosity and disowned hurry", () => {
  it.each([
    'Thank you for the grilling on retention and variation orders.',
    "I'd be curious how you handle it with the new lithium-ion cabinets.",
    "One week in four on call is fair, and honestly less than I'm used to.",
    'So the "quiet one" you interviewed has since run two pours on his own.',
  ])('tone-scathing leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));

  it.each([
    'I learnt more in that twenty minutes than in a week of ASHRAE reading.',
    'Two of my plots read pH 4.9 on the kit and 5.4 at CROPNUTS.',
    "I've been through USAJOBS enough times to know how it goes.",
    "Have a good Christmas if I don't hear before then.",
    "If you can tell me roughly when a decision is likely, that would help, as my contract ends on the 23rd, but please don't let that rush you.",
    'Anchorline has offered me a contract on another ship that would join in Barcelona in January, and they need my answer by December 22.',
  ])('tone-impatient leaves %j alone', (text) => expect(count(toneImpatient, text)).toBe(0));

  it.each(['Thanks for the grilling.', "It's funny how nobody mentioned the night shifts."])(
    'tone-scathing still flags %j',
    (text) => expect(count(toneScathing, text)).toBe(1),
  );

  it.each([
    ['Please reply with URGENCY.', 1],
    ['I need an answer IMMEDIATELY.', 2],
    ['PLEASE call me back.', 1],
    ["If I have not heard by then, I'll take the other offer.", 1],
  ] as const)('tone-impatient still flags %j', (text, hits) => expect(count(toneImpatient, text)).toBe(hits));
});

describe("tone-scathing: blame placed on how they run things, and the writer's own self-portrait", () => {
  it.each([
    "I just hope the City is looking for someone who'll fix things rather than someone who'll keep the seat warm.",
    "If people are burning out on the callout rota, that's a management problem, not a staffing one.",
    'A plant that still washes filters by the calendar is short of anyone willing to question how things are done.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    "I hope you'll see me as someone who will fix things rather than someone who will just follow the checklist.",
    "It's a leadership problem, not a staffing one, and I'd love to help the team with it.",
    'The new rota is a management tool, not a punishment, which I liked.',
    'I was never short of people willing to help me learn on my last site.',
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

describe("tone-scathing: the verdict given before the writer spoke, theirs and not the writer's own", () => {
  it.each([
    "I felt you'd made up your mind about me before I'd finished a sentence.",
    'The panel had clearly decided before I sat down.',
    'It felt like the decision was made before I walked in.',
  ])('flags %j', (text) => expect(count(toneScathing, text)).toBe(1));

  it.each([
    "I'd made up my mind about the role before I arrived.",
    "Honestly, I'd decided I wanted this job before I set foot on the ward.",
  ])('leaves %j alone', (text) => expect(count(toneScathing, text)).toBe(0));
});

// Issue #13: gimmick and third-party by the mistake, in words no list has. A piece made to pitch
// the writer (a video walking through their plan), a copy of a book or a record sent, a web
// address made for the reader, a sentence with a time or a decimal in it ("around 2 a.m. with
// four dozen donuts"); anyone who will speak to the reader about the writer, on the reader's own
// team or not. The near misses: the application's papers, a piece asked for, a song made with the
// writer's own class, a reference offered, the reader's people doing their job. Sentences written
// for this test, none from a corpus.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';
import type { RuleCheck } from '../../../src/checklist/types.js';

const found = (rule: RuleCheck, text: string) =>
  rule(parseDraft(text), {}).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);

describe('gimmick: pieces, copies, web addresses and whole sentences', () => {
  it.each([
    [
      "I've recorded a video walking through my plan for the first ninety days.",
      "I've recorded a video walking through my plan",
      'warning',
    ],
    [
      'I made a short explainer walking through my 30-60-90 day plan.',
      'I made a short explainer walking through my 30-60-90 day plan',
      'warning',
    ],
    ['I filmed a two-minute video pitching myself for the role.', 'I filmed a two-minute video pitching myself', 'warning'],
    [
      "I've recorded a short video introducing myself and explaining how I'd run the Saturday floor.",
      "I've recorded a short video introducing myself",
      'warning',
    ],
    [
      'I composed a short piece of music inspired by our chat.',
      'I composed a short piece of music inspired by our chat',
      'warning',
    ],
    ["I'm sending you a copy of my favourite book on leadership.", "I'm sending you a copy of my favourite book", 'warning'],
    [
      "I'm mailing you a copy of The Checklist Manifesto, which changed how I run a shift.",
      "I'm mailing you a copy of The Checklist Manifesto",
      'warning',
    ],
    [
      "I'll drop off a copy of my favourite novel at reception for you.",
      "I'll drop off a copy of my favourite novel at reception",
      'warning',
    ],
    [
      "I'm mailing two copies of my band's new album to the studio for you.",
      "I'm mailing two copies of my band's new album to the studio",
      'warning',
    ],
    ['I made www.whyhirejordan.com for you and the team.', 'made www.whyhirejordan.com for you', 'error'],
    [
      "I set up thanks-priya.example.co.uk to show you why I'm the right fit.",
      'set up thanks-priya.example.co.uk to show you',
      'error',
    ],
    [
      "To say thanks, I'm going to come by Thursday around 2 a.m. with four dozen donuts for the night crew.",
      'with four dozen donuts',
      'error',
    ],
    ['I sent 2.5 kg of chocolate to the office for you.', 'I sent 2.5 kg of chocolate to the office for you', 'error'],
    ["I'd like to send a hamper to all of you.", "I'd like to send a hamper to all of you", 'warning'],
  ])('finds %j', (text, phrase, severity) => expect(found(gimmick, text)).toEqual([[phrase, severity]]));

  it.each([
    [
      'Would you and the team like some homemade brownies? I could drop them in on Friday.',
      'Would you and the team like some homemade brownies',
    ],
    ["I'm shouting the crew a round at the pub on Friday.", 'shouting the crew a round'],
    ["I'll shout you a coffee next time I'm in town.", "I'll shout you a coffee"],
    ["I'll pop a bottle of red round to yours.", "I'll pop a bottle of red round to yours"],
    ["I've tagged you in a LinkedIn post about how great the interview was.", 'tagged you in a LinkedIn post'],
    ['Please enjoy the chocolates I had delivered this morning.', 'Please enjoy the chocolates'],
    ['A thank-you card and some biscuits are in the post.', 'biscuits are in the post'],
  ])('finds the offer, the shout and the parcel in %j', (text, phrase) => {
    expect(found(gimmick, text).map(([quote]) => quote)).toEqual([phrase]);
  });

  it.each([
    'The new plant is on its way to becoming your biggest site.',
    'Would you like a copy of my portfolio?',
    'I brought a thank-you card for the team.',
    "I've sent a copy of my Food Safety Certificate to the office, as you asked.",
    'I can send you a copy of the Handbook I mentioned.',
  ])('passes %j', (text) => expect(found(gimmick, text)).toEqual([]));

  it.each([
    ["I'd bring real energy to your team.", []],
    ["I'll bring the same care to your kitchen.", []],
    ['I would bring ten years of fleet experience to your depot.', []],
    ["I'd bring that habit, and the stubbornness that comes with it, to your yard.", []],
    ["I'll bring a little plant for your desk.", [["I'll bring a little plant for your desk", 'error']]],
    [
      'I carved you a spoon from the offcuts, and I will bring it to the workshop on Monday.',
      [['I carved you a spoon', 'warning']],
    ],
  ])('reads what is brought *to* a team as a quality, not a gift: %j', (text, hits) =>
    expect(found(gimmick, text)).toEqual(hits),
  );

  it.each([
    'I gather you two worked together at the depot.',
    "I'm calling to give you a heads-up that my notice period is four weeks.",
    'I know you both a little from the trade show.',
  ])('passes a reader addressed or told, not given: %j', (text) => expect(found(gimmick, text)).toEqual([]));

  it.each([
    [
      "I'm heading over to your bakery on Saturday with a tin of my mum's shortbread so we can talk it through.",
      "I'm heading over to your bakery on Saturday with a tin",
    ],
    [
      "I'm coming by the depot tomorrow so we can settle it face to face.",
      "I'm coming by the depot tomorrow so we can settle it face to face",
    ],
    [
      'My brother is passing the clinic on Friday, so he will drop in with a flask of chai and a tub of pakoras for you and the nurses.',
      'with a flask of chai',
    ],
  ])('finds a visit on the way now, and food carried by anyone: %j', (text, phrase) =>
    expect(found(gimmick, text).map(([quote]) => quote)).toEqual([phrase]),
  );

  it.each([
    "I'm driving down to the coast with a friend this weekend.",
    "I'm coming in to the office on Monday with a copy of my certificates, as you asked.",
  ])("passes a trip of the writer's own or one asked for: %j", (text) => expect(found(gimmick, text)).toEqual([]));

  it.each([
    [
      "My mum has made a batch of her famous samosas, and she's asked me to bring them in for the team.",
      'made a batch of her famous samosas',
    ],
    ["My wife bakes, so she's put together a box of brownies for you and the panel.", 'put together a box of brownies'],
    ["I'd love you to have one of my prints.", "I'd love you to have one of my prints"],
  ])('finds food made by anyone for the reader, and a thing they are to keep: %j', (text, phrase) =>
    expect(found(gimmick, text).map(([quote]) => quote)).toEqual([phrase]),
  );

  it.each([
    "I'd like the front office to have a clear script and a checklist for late arrivals.",
    "I'd like you to have a clear picture of my experience.",
    'I packed my own lunch and ate it at my desk.',
    'My mum made her famous lasagne for my leaving do at my last job.',
  ])('passes what the writer wishes the reader to know, and their own lunch: %j', (text) =>
    expect(found(gimmick, text)).toEqual([]),
  );

  it('quotes a web address as it was typed', () => {
    const [hit] = gimmick(parseDraft('I made www.whyhirejordan.com for you and the team.'), {});
    expect(hit?.message).toContain('"made www.whyhirejordan.com for you"');
  });

  it.each([
    'As you asked, I recorded a short introduction video.',
    'I wrote a song with my students for the school assembly.',
    'I made a video for my students explaining long division.',
    'I made a video with my pupils for the science fair.',
    "I'll send you a copy of my CV.",
    "I've attached a copy of my certificates for you.",
    "I'll send you a copy of the book I mentioned.",
    'I can send you a copy of the handbook.',
    'You can find my portfolio at www.jordan.dev/work, which has the case studies.',
    'I arrived at 7 a.m. and the team was already on the floor.',
    'I have attached my 30-60-90 day plan, as you asked.',
  ])('passes %j', (text) => expect(found(gimmick, text)).toEqual([]));
});

describe('third-party: anyone who will speak to the reader about the writer', () => {
  it.each([
    [
      "I've had a quiet word with Raj in your logistics team and he'll let you know what I'm like to work with.",
      "had a quiet word with Raj in your logistics team and he'll let you know what I'm",
    ],
    [
      'A mate of mine who works at your depot is going to have a chat with you about me.',
      'A mate of mine who works at your depot is going to have a chat with you about me',
    ],
    [
      'Priya from your accounts team will come and find you to talk about me.',
      'Priya from your accounts team will come and find you to talk about me',
    ],
    [
      "I've asked a friend in your marketing team to let you know how keen I am.",
      "I've asked a friend in your marketing team to let you know how keen I am",
    ],
    [
      'Someone I know in your warehouse is going to come and see you about my application.',
      'Someone I know in your warehouse is going to come and see you about my application',
    ],
    [
      'My wife, who works in your HR department, will be sure to remind you about me.',
      'My wife, who works in your HR department, will be sure to remind you about me',
    ],
    [
      "Lisa from accounts said she'd have a word with you about me.",
      "Lisa from accounts said she'd have a word with you about me",
    ],
    [
      "My old foreman, who plays darts with your site manager, said he'd be glad to ring you and vouch for my work.",
      "My old foreman, who plays darts with your site manager, said he'd be glad to ring you and vouch for my work",
    ],
    [
      'My nan knows your receptionist and is going to ask her to mention me to you.',
      'My nan knows your receptionist and is going to ask her to mention me',
    ],
    [
      'My housemate works in your HR team and has promised to keep an eye on my application for me.',
      'My housemate works in your HR team and has promised to keep an eye on my application',
    ],
  ])('finds %j', (text, phrase) => expect(found(thirdParty, text)).toEqual([[phrase, 'warning']]));

  it.each([
    'Dana from your team said she would call me about the start date.',
    'My references will be happy to tell you about my work ethic if you need them.',
    'I will tell you more about my experience when we next meet.',
    'You will see from my portfolio how I approach a brief.',
    'It will show you how I work under pressure.',
    'If you would like a reference, my former supervisor will tell you what I am like to work with.',
    "Priya said she'd let you know about my availability.",
    'The recruiter will let you know how I got on in the test.',
    'My mentor taught me to tell people how I work.',
  ])('passes %j', (text) => expect(found(thirdParty, text)).toEqual([]));
});

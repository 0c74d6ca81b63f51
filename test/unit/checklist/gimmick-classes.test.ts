// Issue #13: gimmick by what the mistake is, not by phrases seen: anything the writer sends,
// brings, drops off, has delivered, posts, makes or performs for the reader beyond the note and
// the papers asked for. Sentences written for this test, one or more per class: gifts of any
// kind, food and drink, flowers, handmade things, money and vouchers, stunts (a song, a video, a
// billboard, turning up), and the routes a thing takes (to the office, at reception, in the
// post). The near misses are lines a careful writer might send: papers asked for, references
// offered, a link, the reader's own coffee, a trade's story, a customer's visit, news.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { gimmick } from '../../../src/checklist/rules/gimmick.js';

const found = (text: string) =>
  gimmick(parseDraft(text), {}).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);

describe('gimmick: whatever is given, made or performed for the reader', () => {
  it.each([
    ["I've sent a small bonsai to your office as a thank-you.", "I've sent a small bonsai to your office", 'error'],
    ["I'm mailing you my favourite book on leadership, signed by the author.", "I'm mailing you my favourite book", 'warning'],
    [
      "I'll bring a tray of homemade empanadas when I come in for the second round.",
      'bring a tray of homemade empanadas',
      'error',
    ],
    ['I had flowers sent to the clinic this morning.', 'flowers', 'error'],
    ['I knitted a scarf in your team colours and left it with the receptionist.', 'I knitted a scarf in your team', 'error'],
    ["I've enclosed a $25 voucher for the cafe downstairs.", "I've enclosed a $25 voucher for the cafe", 'warning'],
    [
      'I transferred fifty pounds to the staff social fund in your name.',
      'I transferred fifty pounds to the staff social fund in your name',
      'warning',
    ],
    ["I wrote a short poem about our conversation; it's pasted below.", 'wrote a short poem about our conversation', 'error'],
    ["I ordered a cake with your company's logo on it for Friday's stand-up.", 'ordered a cake', 'error'],
    ["I rented a billboard on the road to your office so you'd remember me.", 'I rented a billboard', 'error'],
    ["I'll turn up at your office on Monday morning to hear the decision in person.", "I'll turn up at your office", 'error'],
    ['Look out for a parcel at reception tomorrow.', 'Look out for a parcel', 'warning'],
    ['Something is coming to you in the post this week.', 'Something is coming to you', 'warning'],
    ['A courier will drop something off at your desk on Thursday.', 'A courier will drop something off at your desk', 'warning'],
    [
      "I'll drop a bottle of olive oil from our family farm at the front desk.",
      "I'll drop a bottle of olive oil from our family farm at the front desk",
      'warning',
    ],
    [
      "I made a short video of myself explaining why I'm the right fit, and I've sent it to everyone on the panel.",
      "made a short video of myself explaining why I'm the right fit, and I've sent it to everyone",
      'error',
    ],
    [
      "I've put a little box of Welsh cakes in the post for you and Gethin.",
      "I've put a little box of Welsh cakes in the post for you",
      'warning',
    ],
    ["My band recorded a song about your brewery, which I've attached.", 'recorded a song about your brewery', 'error'],
    [
      "I'm planning to send a thank-you hamper to the ward on Friday.",
      "I'm planning to send a thank-you hamper to the ward",
      'warning',
    ],
    [
      'I left a framed photo of the mill for your team with the security guard.',
      'I left a framed photo of the mill for your team',
      'warning',
    ],
    ["I've arranged for a coffee cart to visit your site on Monday morning.", 'coffee cart to visit your site', 'error'],
    ['I dropped round a jar of my own honey for you yesterday.', 'I dropped round a jar of my own honey for you', 'warning'],
    ['Enclosed is a small gift to say thank you.', 'a small gift', 'error'],
    ["I'll have a pizza delivered to the workshop at lunchtime.", "I'll have a pizza delivered to the workshop", 'warning'],
    [
      'I painted a watercolour of your shopfront and will post it to you.',
      'I painted a watercolour of your shopfront and will post it to you',
      'warning',
    ],
    ['Attached is a rap I wrote about your logistics team.', 'rap I wrote about your logistics', 'error'],
    [
      "I baked a batch of brownies for the night shift and left them at the nurses' station.",
      'baked a batch of brownies',
      'error',
    ],
    ["I sent a crate of oranges from my grandfather's orchard to your warehouse.", 'sent a crate of oranges', 'error'],
    ["I'll be waiting in your car park at 8 so I can thank you face to face.", "I'll be waiting in", 'error'],
    ["I'm couriering over a bottle of single malt for you.", "I'm couriering over a bottle of single malt for you", 'warning'],
  ])('finds %j', (text, phrase, severity) => expect(found(text)).toEqual([[phrase, severity]]));
});

describe('gimmick: the note, the papers asked for, and stories stay quiet', () => {
  it.each([
    "I've attached my resume and the two references you asked for.",
    "I'm happy to send references whenever you need them.",
    'Here is a link to my portfolio.',
    'Thank you again for the coffee; it was kind of you to buy it.',
    "I've attached the work sample you requested.",
    "I'll send the signed forms to HR by Friday.",
    'At my last bakery I baked bread for four hundred customers a day.',
    "I'll bring my knives and whites to the trial shift on Tuesday.",
    'Thank you for the tour and for the cake in the staff room.',
    "I've posted the completed application form to the address on the advert.",
    'I will drop off my DBS certificate at reception on Monday, as Karen asked.',
    'I loved hearing about the song your daughter wrote for the school concert.',
    "I'd be glad to come in for a second interview whenever suits you.",
    'I recorded a short demo of the parser refactor you asked to see; the link is below.',
    'The flowers in your lobby were lovely.',
    "I've mailed you the original transcript, as the registrar requires.",
    'I made a note of your advice about the night rota.',
    "I'll send over the lesson plan we talked about.",
    'I sent my application through the portal last week.',
    'Thanks for sending the pastries round during the break; they were a kind touch.',
    "I've been baking since I was twelve, and the sourdough question was my favourite part.",
    'I delivered parcels for Royal Mail for three years, so the route planning made sense to me.',
    'I get now why trainees start on the night rota.',
    "Can't say I'm surprised, the night shifts aren't for everyone.",
    'I wanted to send you some news about my certification.',
    'Thanks again for the lift to the station, I owe you a coffee.',
    'I stopped by the store on Sunday and noticed the new self-checkouts.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe('gimmick: a second set, in other trades and words', () => {
  it.each([
    [
      "I've asked my florist to deliver a small arrangement to the surgery tomorrow.",
      "I've asked my florist to deliver a small arrangement to the surgery",
      'warning',
    ],
    [
      "There's a thank-you card and a bag of Ghanaian chocolate coming your way by post.",
      'bag of Ghanaian chocolate coming your way',
      'error',
    ],
    ['I popped a bottle of prosecco in with the forms I handed in at reception.', 'popped a bottle of prosecco', 'error'],
    [
      "I'm sending the whole kitchen a case of craft beer to say thanks.",
      "I'm sending the whole kitchen a case of craft beer",
      'warning',
    ],
    ['Please accept the enclosed cinema tickets with my thanks.', 'tickets', 'warning'],
    ["I'll swing by the salon on Saturday with cupcakes for the girls.", "I'll swing by the salon", 'error'],
    ['I have sent £50 to your charity of the year as a thank-you.', 'as a thank-you', 'warning'],
    ['I made you a mixtape of songs about trains.', 'made you a mixtape of songs', 'error'],
    [
      "My mum has baked a lemon drizzle for your team and I'll bring it in on Monday.",
      'My mum has baked a lemon drizzle for your team',
      'warning',
    ],
    ["I've had a tree planted in the practice's name.", "I've had a tree planted in the practice's name", 'warning'],
    ["I've booked a table for you and Marcus at Rosa's this Friday, all paid for.", "I've booked a table for you", 'warning'],
    [
      'I recorded myself singing a short song about the warehouse and sent it to you.',
      'recorded myself singing a short song about the warehouse and sent it to you',
      'error',
    ],
    [
      "Thought I'd drop off some samosas at your shop on my way past tomorrow.",
      "I'd drop off some samosas at your shop",
      'error',
    ],
    [
      "I'll bring in a few jars of my chutney for the staff room when I pick up the contract.",
      'bring in a few jars of my',
      'error',
    ],
    ['A little parcel should reach your office by Wednesday.', 'parcel should reach your office', 'warning'],
    ['I sent the team a fruit basket this morning.', 'fruit basket', 'error'],
    ["I'm having a cake delivered to the studio on Friday.", "I'm having a cake delivered to the studio", 'warning'],
    [
      'I hand-painted a mug with your logo and left it at the front desk.',
      'I hand-painted a mug with your logo and left it at the front desk',
      'warning',
    ],
    ["I'll be camped outside the depot gate first thing Monday to hear your answer.", "I'll be camped outside the", 'error'],
    ['I wrote a limerick about our interview, see below.', 'wrote a limerick about our interview', 'error'],
    ["I've tucked a small gift card into the envelope with my references.", 'a small gift', 'error'],
    ["I've ordered some branded hoodies for your crew.", "I've ordered some branded hoodies for your crew", 'error'],
    ['I took the liberty of sending over a hamper for the ward.', 'hamper', 'warning'],
    ["I'll drop in on Friday with some flapjacks for everyone.", 'with some flapjacks', 'error'],
    [
      'I picked up a bunch of tulips for your receptionist on my way out.',
      'I picked up a bunch of tulips for your receptionist',
      'warning',
    ],
    ["I've arranged for a bouquet to be sent to your home address.", "I've arranged for a bouquet to be sent", 'error'],
  ])('finds %j', (text, phrase, severity) => expect(found(text)).toEqual([[phrase, severity]]));

  it.each([
    "I'll bring the originals of my certificates to the second interview, as you asked.",
    'Here is the link to the short video of my teaching that the application asked for.',
    "I'm happy to send a work sample if that would help.",
    'Thank you for the cup of tea and the biscuits while I waited.',
    "I've posted my signed consent form back to HR.",
    'When I worked at the bakery, I made wedding cakes for clients every weekend.',
    "I'd be glad to come in for the trial shift on whatever day suits the kitchen.",
    'I sent my portfolio to Dana earlier today.',
    "I wrote a short summary of the audit approach we discussed; it's below.",
    "I left my umbrella at reception, so I'll pick it up when I'm next in.",
    "Your team's cake sale for the hospice sounded brilliant.",
    'I delivered training sessions for new drivers at my last depot.',
    "I'll send you the recipe for the focaccia I mentioned.",
    "I've attached my updated CV and the two references you asked for.",
    'My references are happy to speak with you whenever suits.',
    'Thanks for walking me round the kitchen and letting me taste the stock.',
    "I've ordered the textbook you recommended, so I'll be ready for the first week.",
    'I brought my own knives to the practical, which helped.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe("gimmick: arranged deliveries, things meant to please, and visits on the writer's own plan", () => {
  it.each([
    [
      "To say thanks properly, I've organised a box of brownies from the deli on King Street to be delivered to the depot for you and the crew.",
      "To say thanks properly, I've organised",
      'warning',
    ],
    [
      "I've shared the link with you, along with a little playlist I think you'll enjoy.",
      "a little playlist I think you'll enjoy",
      'warning',
    ],
    [
      'On Monday at seven, when the early shift starts, I will come to the warehouse and work alongside the pickers for an hour.',
      'I will come to the warehouse',
      'error',
    ],
    ["I'll be by the main gate on Friday morning, so I can catch you on your way in.", "I'll be by the main gate", 'error'],
    [
      "I wanted to say thank you again in person, so I'll look out for you at the depot.",
      'to say thank you again in person',
      'error',
    ],
  ])('finds %j', (text, phrase, severity) => expect(found(text)).toEqual([[phrase, severity]]));

  it.each([
    "I'll come to the office on Tuesday for the second interview, as arranged.",
    "I'd be glad to come to the site whenever suits you.",
    "I've arranged for the signed contract to be couriered to HR.",
    "If I leave now, I'll have burned those bridges for nothing.",
    "I'll be at the front desk at nine for the induction, as your email said.",
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

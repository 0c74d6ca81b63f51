// Issue #13: third-party catches anyone asked or set to speak, write, call or visit on the
// writer's behalf by the parts of the sentence (a person who is not the writer, an intent, an act
// of contact aimed at the reader's side or about the writer), whoever the person is: a father, a
// regular customer, a dog's owner, a former foreman. Sentences from the drafts
// test/fixtures/corpus/tone-dev2-*.txt and near misses of them.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';

const count = (text: string) => thirdParty(parseDraft(text), {}).length;

describe('third-party: someone else set to speak for the writer', () => {
  it.each([
    // Law: a relative with a plan
    'My father has known your managing partner since law school, and he said he would bring up our conversation when they play golf.',
    // Retail: a customer with a promise
    "One of my regulars sits on your regional board, and she has promised to say something nice about me at Thursday's meeting.",
    // Teaching: a parent, named
    'Mrs. Collins, whose twins were in my class last year, is going to write to the head about the reading groups I ran.',
    // Trades: a former foreman, already at it
    'My old foreman, Ray, knows you from the union hall, and he is giving you a heads-up this week that I am the real deal.',
    // Veterinary: a client who asked
    'The owner of a spaniel I nursed through a bad infection asked whether she could send the hospital a few lines about me.',
    // Real estate: a past buyer, under way
    'A buyer I helped last spring is emailing your office tonight with a testimonial.',
    // Research: a supervisor with a plan
    'My PhD supervisor will be at the same meeting as your PI next week and means to have a quiet word with him about my application.',
    // Aviation: someone asked, described at length
    "I've asked Captain Reilly, my base engineer at my last operator, to drop your quality manager a line.",
    // A helper already named, volunteering, or their call announced
    'My neighbour Bruna heard I had applied, and she has offered to ring you about the bathroom I tiled for her.',
    'Coach Alvarez saw my application and he insisted on emailing you about my season with the juniors.',
    'I passed your card to my old charge nurse, so do not be surprised if she calls this week.',
    // One of the writer's own, not a group: a plan to speak
    'My mum will tell you how hard I work when she sees you at church on Sunday.',
    'My students will call you tomorrow to tell you I am strict but fair.',
  ])('flags %j', (text) => expect(count(text)).toBe(1));
});

describe('third-party: near misses that stay quiet', () => {
  it.each([
    // References offered, advice once given, the writer's own calls
    'My former charge nurse, Ellen Park, is happy to speak with you as a reference.',
    'My preceptor taught me to call every family before a transfer, and I still do.',
    'My old supervisor taught me to call the customer before every visit.',
    'My mentor at the legal clinic told me to always ask about how a firm trains its juniors.',
    'Several of my patients have followed me between practices, and I call each of them after deep cleanings.',
    'One owner at my current practice sends the ward a card every Christmas.',
    // A manner of speaking, not a plan
    'My last manager would tell you I never miss a shift.',
    'My students will tell you I am strict but fair.',
    "Anyone on my crew will tell you I'm the first one on the yard.",
    // Things, not people, that will do something for the reader
    'The move to paperless task cards will give your team more time on the aircraft.',
    'My experience on night shifts will help me talk to your patients calmly.',
    'I will call you on Friday, as we agreed.',
    'I asked the charge nurse to show me the unit.',
    // The reader's own people at work for the writer: the process, not a favour
    'The recruiter said she would send the schedule for my second visit.',
    'Dr. Eze said she would call me about my references next week.',
    'A member of your team will send me the details for my start date.',
    'I asked Dana to send me the parking instructions for my visit.',
    'I got the chance to talk to your charge nurses on the tour.',
    'My references will be glad to speak with you.',
    // Offers and surprises that are not a helper's call on the writer's behalf
    'You said Dana would be in touch about the start date, and she offered to send me the rota.',
    'She offered to show me the isolators, which I appreciated.',
    "Don't be surprised if I ask about the night rota again; it matters to me.",
    "Please don't be surprised if my reply is late on Thursday: I am on a night shift.",
  ])('leaves %j alone', (text) => expect(count(text)).toBe(0));
});

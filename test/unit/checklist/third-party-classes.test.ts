// Issue #13: third-party by what the mistake is: anyone asked or offered to speak, write, call,
// visit, vouch or put in a word on the writer's behalf (a friend, a relative, a former boss, a
// mutual contact, one of the reader's own staff), in any words. Sentences written for this test;
// the near misses name who referred the writer, offer references the reader asked for, tell of
// advice once given, or speak of a call that is no go-between at all.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { thirdParty } from '../../../src/checklist/rules/third-party.js';

const found = (text: string) =>
  thirdParty(parseDraft(text), {}).map((hit) => [text.slice(hit.start, hit.end), hit.severity ?? 'error']);

describe('third-party: anyone set to reach the reader for the writer', () => {
  it.each([
    [
      "My uncle plays golf with your CEO and said he'd mention my name.",
      "My uncle plays golf with your CEO and said he'd mention my name",
      'error',
    ],
    [
      "I've asked Jim Hale, who used to manage your warehouse, to give you a ring about me.",
      'asked Jim Hale, who used to manage your warehouse, to give you',
      'error',
    ],
    [
      'My mother works in your accounts team and she will pop up to see you this week.',
      'My mother works in your accounts team and she will pop',
      'error',
    ],
    [
      'A mutual friend, Dev, offered to vouch for me if he sees you at the conference.',
      'A mutual friend, Dev, offered to vouch',
      'error',
    ],
    [
      "Sarah on your night shift said she'd have a word with you about my application.",
      "Sarah on your night shift said she'd have a word with you about my application",
      'error',
    ],
    [
      'My former boss is going to write to you directly to tell you about my work.',
      'My former boss is going to write to you',
      'error',
    ],
    [
      "I've got my neighbour, who's a nurse on your ward, to tell you what I'm like with patients.",
      "got my neighbour, who's a nurse on your ward, to tell you",
      'error',
    ],
    [
      'Expect a call from my old supervisor at Tesco; she wants to tell you how reliable I am.',
      'a call from my old supervisor',
      'error',
    ],
    [
      'My partner knows your head of department and will bring me up next time they meet.',
      'My partner knows your head of department and will bring me up',
      'error',
    ],
    [
      'Tom in your engineering team is a friend of mine and promised to put my name forward again.',
      'Tom in your engineering team is a friend of mine and promised to put my name',
      'warning',
    ],
    [
      "I've asked a few people at the club who know you to mention me.",
      'asked a few people at the club who know you to mention me',
      'error',
    ],
    ['My dad will drop by the garage on Friday to say hello and talk me up.', 'My dad will drop', 'error'],
    [
      'My sister-in-law, who sits on your board, is happy to speak to you for me.',
      'My sister-in-law, who sits on your board, is happy to speak to you for me',
      'warning',
    ],
    [
      'Rahul from your data team has agreed to chat to you about my application.',
      'Rahul from your data team has agreed to chat to you about my application',
      'error',
    ],
    ["I'll have my old coach reach out to you; he knows what I can do.", 'have my old coach reach out', 'error'],
    [
      'Priya, who worked with me at Boots, will be emailing you to back me up.',
      'Priya, who worked with me at Boots, will be emailing you to back me up',
      'error',
    ],
    [
      "I've asked our mutual contact Lena to tell you a bit more about me over lunch.",
      'asked our mutual contact Lena to tell you',
      'error',
    ],
  ])('finds %j', (text, phrase, severity) => expect(found(text)).toEqual([[phrase, severity]]));
});

describe('third-party: referrals, references asked for and plain news stay quiet', () => {
  it.each([
    'I was referred by Tom Becker in your logistics team.',
    'As requested, my former manager Jan Li can be reached at 555-0134 as a reference.',
    'My friend who works in your team told me about the opening.',
    'My mentor suggested I write to thank you.',
    'My sister is a nurse too, which is partly why I chose this career.',
    'I spoke to my former boss about the role and she encouraged me to apply.',
    'Your colleague Ana kindly showed me around after the interview.',
    'Please pass my thanks on to Mark as well.',
    'I will ask my referees to expect your call, as you requested.',
    'My husband and I will be moving to Leeds in January.',
    'Dana mentioned you would speak to the hiring committee on Friday.',
    'If you need another reference, my current supervisor has agreed to provide one.',
    'Alicia Moreno, who referred me, sends her regards.',
    'My old manager taught me to always double-check the manifest.',
    'I told my family all about the tour of the plant.',
    'My references, as you asked, are listed below.',
    'Your rule, that a driver who misses two calls gets a call from a person and not a text, is a good rule.',
    'I expect a call from you by Thursday explaining what changed.',
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

describe('third-party: anyone willing to lobby for the writer', () => {
  it.each([
    ['My old boss is happy to drop you a line and put in a word.', 'happy to drop you a line and put in a word'],
    ['Dana is keen to put in a good word for me with you.', 'keen to put in a good word'],
    ['My uncle, who golfs with your CEO, is willing to mention my name.', 'willing to mention my name'],
  ])('finds %j', (text, phrase) => expect(found(text)).toEqual([[phrase, 'error']]));

  it.each([
    // The writer's own word for the reader's team, and a reference offered
    "I'd be happy to put in a word for your team with my old firm's buyers.",
    'I\u2019d be happy to put in a word for your team with my old firm\u2019s buyers.',
    'My former manager is happy to speak with you as a reference.',
    "I'm glad to make the case for the new rota in more detail.",
  ])('stays quiet on %j', (text) => expect(found(text)).toEqual([]));
});

// The grammar slips Harper 2.10 lets pass (grammar-slips.ts), each found as grammar with what to
// write instead, and each left be in the correct sentences that share its words.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { findingsFromLints } from '../../../src/checklist/harper-map.js';

const found = (sentence: string) =>
  findingsFromLints(parseDraft(`Hi Priya,\n\n${sentence}\n\nBest,\nJordan`), []).map(
    (f) => `${f.rule} ${f.excerpt} -> ${/Try "([^"]*)"/u.exec(f.message)?.[1] ?? ''}`,
  );

describe('grammar slips Harper misses', () => {
  it.each([
    ['It was pleasure to meet you yesterday.', 'grammar pleasure -> a pleasure'],
    ["It's been such pleasure working with your crew.", 'grammar pleasure -> a pleasure'],
    ['I am writing to thank you for interview on Monday.', 'grammar interview -> the interview'],
    ['Thanks so much for opportunity to see the depot.', 'grammar opportunity -> the opportunity'],
    ['I have been working in dispatch since three years.', 'grammar since -> for'],
    ['I am agree with what you said about the night shift.', 'grammar I am agree -> I agree'],
    ["We're fully agree on the need for a second bay.", "grammar We're fully agree -> We fully agree"],
    ['I am having five years of experience in this field.', 'grammar I am having -> I have'],
    ["I'm having strong knowledge of HACCP.", "grammar I'm having -> I have"],
    ['Me and my team was responsible for the rollout.', 'grammar Me and my team -> My team and I'],
    ['As a token of thanks, me and my wife has made a cake.', 'grammar me and my wife -> my wife and I'],
    ['Thank you for the opportunity to be interview yesterday.', 'grammar interview -> interviewed'],
    ['I was glad to have been shortlist for the role.', 'grammar shortlist -> shortlisted'],
    ['I would like to thanks you for your time.', 'grammar thanks -> thank'],
    ['I am writing just to said thank you.', 'grammar said -> say'],
    ['Everyone were very welcoming on the line.', 'grammar were -> was'],
    ['I hope you is well after the audit week.', 'grammar is -> are'],
    ['Thank you for give me the chance to meet the crew.', 'grammar give -> giving'],
    ['I was not able to answered your question about budgets.', 'grammar answered -> answer'],
    ['I seen the new loading bay on the tour.', 'grammar seen -> saw'],
    ['Your welcome to call me any time.', "grammar Your -> You're"],
    ['I have more experience with audits then most people.', 'grammar then -> than'],
    ['Thank you for all the informations about the role.', 'grammar informations -> information'],
    ['I appreciated your advices on the certification.', 'grammar advices -> advice'],
    ['The new system would make the audits more easier.', 'grammar more easier -> easier'],
    ['The change will effect how we plan the shifts.', 'grammar effect -> affect'],
    ['The rota had a positive affect on morale.', 'grammar affect -> effect'],
    ['Its clear that the team cares about safety.', "grammar Its -> It's"],
    ['The team were very welcoming and I enjoyed to meet them.', 'grammar to meet -> meeting'],
    ['I am very excited for the opportunity to joining your team.', 'grammar joining -> join'],
  ])('flags %j', (sentence, finding) => expect(found(sentence)).toEqual([finding]));

  it('says what to write, as the other grammar findings do', () => {
    const [finding] = findingsFromLints(parseDraft('Hi Priya,\n\nIt was pleasure to meet you.\n\nBest,\nJordan'), []);
    expect(finding?.message).toBe(
      '"pleasure": One occasion of pleasure takes "a": "It was a pleasure to meet you". Try "a pleasure". Hiring managers read each note as a writing sample.',
    );
  });

  it.each([
    'It was a pleasure to meet you.',
    'Thank you for the interview, and for meeting with me afterwards.',
    'Thanks for interview feedback so quickly.',
    'I have driven for the depot since 2019.',
    'I moved here three years ago and have driven since.',
    'Ever since three years into my apprenticeship, I have run the night yard.',
    'I agree with what you said, and we are agreed on the plan.',
    'I am having a great week, and I am having my licence renewed.',
    'My team and I were responsible for the rollout.',
    'Everyone was welcoming, and anyone you were hoping to hire will be lucky.',
    'A thank you is the least I can send, and I hope you are well.',
    'A vial named after you is on its way to the lab.',
    'You invited me and my wife to the open day.',
    'I would be glad to be interview panel support, and I have been interview-trained.',
    'I would like to thank you. Thanks to you, the day ran smoothly.',
    'Thank you for giving me the chance, and thank you for your time.',
    'I was able to answer your question, and I used to work nights.',
    "I have seen the new bay. Have I seen the new bay? The work I've done speaks for itself.",
    "Thank you for your welcome to the team. You're welcome to call me.",
    "I'd rather start on nights than days; we finished more audits, then we went home.",
    'Thank you for the information and your advice.',
    'It made the audits easier, and more lower-level tasks went to the new hires.',
    'We want to effect change. The rota had a positive effect on morale.',
    'The depot and its own team, and its not-for-profit arm.',
    'I enjoyed meeting them, and I enjoyed the tour to the full.',
    "I'd love the chance to join your team, and I look forward to joining it. I'm used to working nights.",
  ])('leaves %j alone', (sentence) => expect(found(sentence)).toEqual([]));
});

// Issue #13: what names a topic. A word of the topic in any of its forms does ("the laminate" of
// "lamination of the hull panels", "a pharmacist" of "the pharmacy's dispensing errors"); a word
// that merely starts with the same letters does not ("appreciated" is no "apprenticeship",
// "interview" no "internal audit", "contribute" no "quality control"). Sentences written for
// this test, none from a corpus.
import { describe, expect, it } from 'vitest';
import { mentionsTopic } from '../../../src/checklist/rules/content.js';

describe('no-topic: a word of the same family names the topic, the same first letters do not', () => {
  it.each([
    ['the apprenticeship scheme for new joiners', 'I really appreciated your time and the chance to learn about the team.'],
    ['internal audit findings on the MCM', 'Thank you for the interview yesterday; it was interesting to hear about the role.'],
    ['quality control processes on the line', 'I would love the chance to contribute to your team.'],
    ['consistency of the glaze firings', 'Thank you for your time and consideration.'],
    ['experimental design for the trial', 'My experience in the lab would make me a great fit.'],
    ['communication with families', 'I enjoyed meeting the community at your school.'],
    ['personnel files and GDPR', 'It was great to get a personal sense of the office.'],
    ['specification of the new boiler', 'I was specifically impressed by the team.'],
  ])('%j is not named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(false));

  it.each([
    ['pulling cane for a zanfirico pattern', 'I tried pulling a twisted cane last night.'],
    ['annealing schedules for thick-walled vessels', 'Your point about annealing stayed with me.'],
    ['how the unit handles patient handovers between shifts', 'The handover sheet you showed me was clever.'],
    ["the pharmacy's dispensing errors", 'As a pharmacist, I care about dispensing accuracy.'],
    ['lamination of the hull panels', 'The laminate samples were impressive.'],
    ['the weekend rotation for on-call staff', 'I am happy to join the rota.'],
    ['analysis of the survey data', 'I enjoyed analysing the sample you gave me.'],
    ['the new scheduling software rollout', 'I have used similar scheduling tools before.'],
    ['diagnosis of lameness in horses', 'Your diagnostic approach to lameness was fascinating.'],
    ['studies of river otters', 'I read the study you mentioned about the otters.'],
    ['the experiment on cell cultures', 'The experimental set-up for the cultures was neat.'],
    ['stock rotation in the cold room', 'Rotating the stock in the cold room is something I do daily.'],
  ])('%j is named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(true));
});

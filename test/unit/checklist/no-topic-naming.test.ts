// Issue #13: what names a topic. A word of the topic in any of its forms does ("the laminate" of
// "lamination of the hull panels", "a pharmacist" of "the pharmacy's dispensing errors"); a word
// that merely starts with the same letters does not ("appreciated" is no "apprenticeship",
// "interview" no "internal audit", "contribute" no "quality control"); nor does a word every note
// to this reader has (the company, the role, their title) or a word of any job talk ("the
// challenges", "the future"). The topic's key noun names it alone ("the rota" of "rebuilding the
// spring rota around school holidays"), as do the other Englishes' spellings, an acronym for its
// words and an alternative the writer typed ("rota / schedule"). Sentences written for this
// test, none from a corpus.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { mentionsTopic, noTopic } from '../../../src/checklist/rules/content.js';
import type { Interview } from '../../../src/model/types.js';
import { ACME } from './sample.js';

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

describe("no-topic: the world's spellings, changed plurals, acronyms and alternatives name a topic", () => {
  it.each([
    ['colour', 'I love matching colors.'],
    ['organising', 'I organized a stock room like that.'],
    ['paediatric', 'Pediatric nursing is where I started.'],
    ['licence', 'I have handled license renewals before.'],
    ['programme', 'The program sounds great.'],
    ['catalogue', 'I have ideas for the catalog.'],
    ['centre', 'The center looks wonderful.'],
    ['theatre', 'The theater team was lovely.'],
    ['behaviour', 'My behavior plans have worked well.'],
    ['favourite', 'My favorite part was the tour.'],
    ['defence', 'I am ready for my defense.'],
    ['analysing', 'I analyzed surveys at Kantar.'],
    ['knife', 'I keep my knives sharp.'],
    ['shelf', 'I re-stocked the shelves daily.'],
    ['teeth', 'I talked to a patient about each tooth.'],
    ['criteria', 'I reread the criterion you mentioned.'],
    ['the new EHR rollout on the ward', 'I have used an electronic health record system before.'],
    ['continuous glucose monitoring for inpatients', "I ran the CGM pilot at St Mary's."],
    ['OT/overtime budget for the crew', 'Happy to pick up OT when needed.'],
    ['night-shift rota / schedule for the warehouse', 'The schedule you described made sense.'],
  ])('%j is named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(true));

  it.each([
    ['canoe', 'I tried the cane you showed me.'],
    ['studies of river otters', 'The student was kind.'],
    ['the new EHR rollout on the ward', 'Every hour, really, the ward was busy.'],
  ])('%j is not named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(false));
});

describe('no-topic: a long topic is named by its key noun, not by a word of any job talk', () => {
  it.each([
    ['rebuilding the spring rota around school holidays', 'I have been thinking about the rota since we spoke.'],
    ['the future of the spring rota', 'I had some ideas about the rota.'],
    ['rebuilding the glaze kiln for the winter firings', 'Seeing the kiln was a treat.'],
    ['how we price commissions for architects', 'Your commissions, and how you price them, stayed with me.'],
  ])('%j is named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(true));

  it.each([
    ['the challenges of recruiting volunteers', 'I enjoyed hearing about the challenges you face and where the team is heading.'],
    ['the future of the spring rota', 'The future looks bright for your team.'],
    ['rebuilding the glaze kiln for the winter firings', 'The kiln room door was open.'],
    ['next steps for the volunteer drivers scheme', 'I look forward to hearing about next steps.'],
  ])('%j is not named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(false));
});

describe("no-topic: the company, the role and the reader's title name no topic alone", () => {
  const VET: Interview = {
    ...ACME,
    id: 'wattle-vet-nurse',
    company: 'Wattle Creek Veterinary Hospital',
    role: 'Senior Veterinary Nurse',
    interviewers: [
      {
        name: 'Anneliese Brandt',
        title: 'Head Nurse',
        email: 'anneliese@wattle.example',
        medium: 'email',
        topics: ["Wattle Creek's new surgical suite", 'triage of walk-in emergencies', 'the nurse clinic for senior dogs'],
      },
    ],
  };
  const flagged = (body: string) =>
    noTopic(parseDraft(body), { interview: VET, to: 'Anneliese Brandt', kind: 'thank-you' }).length;

  it('flags a note that names only the hospital, the role and the trade', () => {
    const body =
      'Dear Anneliese,\n\nThank you for meeting me. I loved learning more about Wattle Creek Veterinary Hospital, and I am more excited than ever about the Senior Veterinary Nurse role. Your nurses clearly care about every patient.\n\nBest,\nKirra';
    expect(flagged(body)).toBe(1);
  });

  it.each([
    'Dear Anneliese,\n\nThank you for meeting me. The new surgical suite at Wattle Creek looks superb.\n\nBest,\nKirra',
    'Dear Anneliese,\n\nThank you for meeting me. Your walk-in triage system was clear and calm.\n\nBest,\nKirra',
    'Dear Anneliese,\n\nThank you for meeting me. I would love to help run the nurse clinic for your older dogs.\n\nBest,\nKirra',
  ])('passes a note that names a topic beside those words: %j', (body) => expect(flagged(body)).toBe(0));
});

describe("no-topic: a name is named by itself, and the role restates no colleague's topic", () => {
  it.each([
    ['the Intake Service waitlist across rural schools', 'I love helping young people take in new words.'],
    ['the Communication Service waitlist across rural schools', 'I love helping young people communicate.'],
  ])('%j is not named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(false));

  it.each([
    ['the Communication Service waitlist across rural schools', 'The Communication Service sounds busy.'],
    ['moving telemetry to Kafka', "I read up on Kafka's consumer groups."],
  ])('%j is named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(true));

  const FERRY: Interview = {
    ...ACME,
    id: 'harbour-ferries-guest-services',
    company: 'Harbour Ferries',
    role: 'Guest Services Officer',
    interviewers: [
      {
        name: 'Ana Santos',
        title: 'Guest Services Manager',
        email: 'ana@ferries.example',
        medium: 'email',
        topics: ['the boarding queue at the Guest Services desk'],
      },
      {
        name: 'Tomas Ferreira',
        title: 'Chief Purser',
        email: 'tomas@ferries.example',
        medium: 'email',
        topics: ['closing the cash float at the end of a crossing'],
      },
    ],
  };
  const voicemail = (body: string) =>
    noTopic(parseDraft(body), { interview: FERRY, to: 'Tomas Ferreira', kind: 'voicemail' }).length;

  it("passes a voicemail that names the role, though a colleague's topic has the same words", () => {
    expect(voicemail('Hello Tomas, this is Jordan Lee about the Guest Services Officer position. Please call me back.')).toBe(0);
  });

  it('flags a voicemail that names nothing of theirs', () => {
    expect(voicemail('Hello Tomas, this is Jordan Lee again. Please call me back today.')).toBe(1);
  });
});

describe('no-topic: capitals of a title-case topic, days and months are no names', () => {
  it.each([
    ['running the Saturday market stall', 'I am free on Saturday if you need me.'],
    ['Night Shift Handover Process', 'I have worked nights for years.'],
  ])('%j is not named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(false));

  it.each([
    ['running the Saturday market stall', 'Running a market stall is how I started.'],
    ['Night Shift Handover Process', 'The handover process you described was clear.'],
  ])('%j is named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(true));
});

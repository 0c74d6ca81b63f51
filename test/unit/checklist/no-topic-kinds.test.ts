// no-topic on every note kind written to an interviewer: a reply to a no, a voicemail asking for
// news and a note months later must still say something only this reader would know is theirs;
// and a topic's joined word ("large-repeat") is named by its part. Each shape is tested with
// sentences no corpus uses, next to close ones that must stay quiet.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { mentionsTopic, noTopic, restatesTopic } from '../../../src/checklist/rules/content.js';
import type { Interview, NoteKind } from '../../../src/model/types.js';
import { ACME } from './sample.js';

const GLASS: Interview = {
  ...ACME,
  id: 'harrow-glassworks-glassblower',
  company: 'Harrow Glassworks',
  role: 'Glassblower',
  interviewers: [
    {
      name: 'Ines Okafor',
      title: 'Hot Shop Lead',
      email: 'ines@harrow.example',
      medium: 'email',
      topics: ['pulling cane for a zanfirico pattern', 'annealing schedules for thick-walled vessels'],
      detail: 'we both trained at Pilchuck',
    },
    {
      name: 'Tomas Berg',
      title: 'Studio Manager',
      email: 'tomas@harrow.example',
      medium: 'email',
      topics: ['pricing commissions for architects'],
    },
  ],
};

const flagged = (body: string, kind: NoteKind, to = 'Ines Okafor') =>
  noTopic(parseDraft(body), { interview: GLASS, to, kind }).length;

describe('no-topic on a reply to a no, a voicemail and a later note', () => {
  it.each([
    'Dear Ines,\n\nThank you for letting me know. I am disappointed, but I understand. Please keep me in mind for future openings.\n\nBest,\nJordan',
    'Hi Ines, thanks for the news. I appreciated the chance to meet you and wish you all the best going forward.\n\nJordan',
    'Dear Ines,\n\nI was sorry to hear I was not chosen. Thank you for your time and consideration, and good luck with the search.\n\nKind regards,\nJordan',
  ])('flags a reply to a no that could go to anyone: %j', (body) => {
    expect(flagged(body, 'not-selected')).toBe(1);
  });

  it.each([
    'Dear Ines,\n\nThank you for telling me. The hot shop at Harrow felt like home, and I would be glad to be considered again.\n\nJordan',
    'Dear Ines,\n\nThank you for letting me know. I will keep practising the annealing notes you gave me.\n\nJordan',
    'Dear Ines,\n\nThanks for the call. If another glassblower opening comes up, I would love to hear about it.\n\nJordan',
    'Dear Ines,\n\nThank you for the news, and for the talk about Pilchuck. Good luck with the season.\n\nJordan',
  ])('takes any word of their topics, detail, the role or the company in a reply to a no: %j', (body) => {
    expect(flagged(body, 'not-selected')).toBe(0);
  });

  it('does not take the common words of a title or a company ("the shop", "the lead", "the team")', () => {
    const body =
      'Dear Ines,\n\nThank you for letting me know. Please thank the team and the shop lead for me, and keep me in mind for other work.\n\nJordan';
    expect(flagged(body, 'not-selected')).toBe(1);
  });

  it('does not take what was discussed with someone else on the panel', () => {
    const body = 'Dear Ines,\n\nThank you for letting me know. I enjoyed the talk about commissions for architects.\n\nJordan';
    expect(flagged(body, 'not-selected')).toBe(1);
    expect(flagged(body, 'not-selected', 'Tomas Berg')).toBe(0);
  });

  it('flags a voicemail asking for news that names nothing of theirs, not one that names the role', () => {
    expect(
      flagged(
        'Hi Ines, this is Jordan Lee. I am calling to ask whether there is any news yet. My number is 555 0100. Thanks.',
        'voicemail',
      ),
    ).toBe(1);
    expect(
      flagged(
        'Hi Ines, this is Jordan Lee, about the glassblower job. Is there any news yet? My number is 555 0100.',
        'voicemail',
      ),
    ).toBe(0);
  });

  it('flags a later note that only says hello, not one that picks up a thread of theirs', () => {
    expect(
      flagged(
        'Dear Ines,\n\nIt has been a while since we met. I hope you are well, and I would love to stay in touch.\n\nJordan',
        'stay-in-touch',
      ),
    ).toBe(1);
    expect(
      flagged(
        'Dear Ines,\n\nIt has been a while since we met. I have been practising the zanfirico pulls you showed me, and they finally hold.\n\nJordan',
        'stay-in-touch',
      ),
    ).toBe(0);
  });
});

describe('no-topic on a topic with a joined word', () => {
  const VELVET: Interview = {
    ...GLASS,
    interviewers: [{ ...GLASS.interviewers[0]!, topics: ['pattern matching a large-repeat velvet'] }],
  };
  const thanks = (body: string) => noTopic(parseDraft(body), { interview: VELVET, to: 'Ines Okafor', kind: 'thank-you' }).length;

  it('takes a part of the joined word with another word of the topic', () => {
    expect(thanks('Dear Ines,\n\nThank you for yesterday. Lining up the velvet repeat taught me a lot.\n\nJordan')).toBe(0);
  });

  it('still wants two words of a long topic, or one distinctive one', () => {
    expect(thanks('Dear Ines,\n\nThank you for yesterday. The velvet sofa in the window was lovely.\n\nJordan')).toBe(1);
  });

  it('takes a part of four letters of a joined word in the note for that word ("tray" of "loaner-tray")', () => {
    const trays = {
      ...ACME,
      interviewers: [{ ...ACME.interviewers[0]!, topics: ['instrument tray assembly and count sheets'] }],
    };
    const reply = (body: string) =>
      noTopic(parseDraft(body), { interview: trays, to: 'Priya Raghunathan', kind: 'not-selected' }).length;
    expect(reply('Dear Priya,\n\nThank you for telling me the panel went with more loaner-tray experience.\n\nJordan')).toBe(0);
    expect(reply('Dear Priya,\n\nThank you for telling me the panel went with more experience.\n\nJordan')).toBe(1);
  });

  it('does not take a part of four letters or fewer ("call" of "on-call")', () => {
    const priya = { interview: ACME, to: 'Priya Raghunathan', kind: 'thank-you' as const };
    expect(
      noTopic(parseDraft('Hi Priya,\n\nThank you. Could you call me back about the next step?\n\nJordan'), priya),
    ).toHaveLength(1);
  });
});

describe('no-topic: a topic named by another form of its words', () => {
  it.each([
    ['booking the autumn rush', 'Hearing how the autumn bookings pile up was useful.'],
    ['meeting deadlines on refits', 'The deadline you described sounded tight.'],
    ['the case study on ferries', 'The case studies you walked me through stayed with me.'],
    ['case studies of refits', 'The case study you walked me through stayed with me.'],
    ['copying the ledger by hand', 'The copied ledgers were a surprise.'],
    ['night shift handovers', 'The hand-over between nights was calm.'],
    ['hand-over notes', 'I liked the handover notes.'],
    ['the on-call rota', 'Hearing how on call works for the crew helped.'],
  ])('counts a word form of %j as naming it: %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(true));

  it.each([
    ['booking the autumn rush', 'The autumn leaves were lovely.'],
    ['meeting deadlines on refits', 'The meat was lovely.'],
    ['the case study on ferries', 'The student was kind.'],
    ['the on-call rota', 'Could you call me back about the next step?'],
    // Two words a space apart count as one only for a joined word of the topic.
    ['the theatre tour', 'The atrium was bright.'],
  ])('does not count %j as named by %j', (topic, prose) => expect(mentionsTopic(prose, topic)).toBe(false));

  it('finds a word form on the quick path for plain text too (restatesTopic)', () => {
    expect(restatesTopic('The case studies of the hand-over were clear.', 'case study of the handover')).toBe(true);
    expect(restatesTopic('The cases were clear.', 'case study of the handover')).toBe(false);
  });
});

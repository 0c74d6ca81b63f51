import { describe, expect, it } from 'vitest';
import { draftFromNote, parseDraft } from '../../../src/checklist/draft.js';
import { missingPrior, noThanks, noTopic } from '../../../src/checklist/rules/content.js';
import { duplicateNote } from '../../../src/checklist/rules/duplicate.js';
import { oneLiner, tooLong } from '../../../src/checklist/rules/length.js';
import { mediumMismatch } from '../../../src/checklist/rules/medium.js';
import { genericSubject } from '../../../src/checklist/rules/subject.js';
import type { Note } from '../../../src/model/types.js';
import { ACME, GOOD_THANK_YOU } from './sample.js';

const priya = { interview: ACME, to: 'Priya Raghunathan', kind: 'thank-you' as const };
const slice = (text: string, hit: { start: number; end: number }) => text.slice(hit.start, hit.end);

describe('one-liner and too-long', () => {
  it('flags a one-line note and counts only the message words', () => {
    const text = 'Hi Priya,\nCan you call me back?\n\nThanks,\nJordan';
    const hits = oneLiner(parseDraft(text), {});
    expect(hits.map((hit) => slice(text, hit))).toEqual(['Can you call me back']);
    expect(hits[0]!.message).toContain('only 5 words');
  });

  it('leaves a normal note alone', () => expect(oneLiner(parseDraft(GOOD_THANK_YOU), {})).toEqual([]));

  it('takes two short sentences for a short note, and one sentence or a handful of words for a one-liner', () => {
    const two =
      "Hi Russell,\n\nThe 27th has passed, so I wanted to ask whether there's news on the Roofing Foreman job. My résumé is attached again.\n\nThanks,\nGus";
    expect(oneLiner(parseDraft(two), { kind: 'follow-up' })).toEqual([]);
    const one =
      'Hi Russell,\n\nThe 27th has passed, so I wanted to ask whether there is any news on the Roofing Foreman job.\n\nThanks,\nGus';
    expect(oneLiner(parseDraft(one), { kind: 'follow-up' })).toHaveLength(1);
    const handful = 'Hi Russell,\n\nThanks for yesterday. It was great. Talk soon, I hope.\n\nThanks,\nGus';
    expect(oneLiner(parseDraft(handful), { kind: 'thank-you' })[0]!.message).toContain('only 10 words');
  });

  it('asks more of a note that thanks than of a follow-up: three breezy sentences of twenty words are a one-liner', () => {
    const breezy =
      'Hi Tane,\n\nThanks heaps for today, Tane. Loved hearing how the ward keeps its drug register. Hope to see you again soon!\n\nCheers,\nKirra';
    for (const kind of ['thank-you', 'not-selected', 'stay-in-touch'] as const) {
      expect(oneLiner(parseDraft(breezy), { kind })[0]!.message).toContain('only 20 words');
    }
    expect(oneLiner(parseDraft(breezy), { kind: 'follow-up' })).toEqual([]);
    const enough =
      'Hi Tane,\n\nThanks heaps for today, Tane. Loved hearing how the ward keeps its drug register and who checks it each night. ' +
      'I would love to join the team and hope to see you again soon!\n\nCheers,\nKirra';
    expect(oneLiner(parseDraft(enough), { kind: 'thank-you' })).toEqual([]);
  });

  it('counts the words after the greeting on its own line: a voicemail script is one paragraph', () => {
    const script =
      "Hi Sam, this is Jordan Lee, at +1 555 0100. I am calling to thank you for yesterday's interview for the " +
      'Senior Backend Engineer role, and for the tour of the OTA update pipeline. Again, Jordan Lee, +1 555 0100.';
    expect(oneLiner(parseDraft(script), { kind: 'voicemail' })).toEqual([]);
    const short = 'Hi Sam, can you call me back?';
    expect(oneLiner(parseDraft(short), {}).map((hit) => slice(short, hit))).toEqual(['can you call me back']);
  });

  it('flags a note far past the limit for its kind at the first word over', () => {
    const sentence = 'I keep thinking about the platform work we discussed and how it would grow. ';
    const text = `Hi Priya,\n${sentence.repeat(20)}\nBest,\nJordan`;
    const hits = tooLong(parseDraft(text), { kind: 'follow-up' });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('280 words, 100 more than the 180 or so a busy reader takes in');
    expect(tooLong(parseDraft(text), { kind: 'thank-you' })).toHaveLength(1);
    expect(tooLong(parseDraft(GOOD_THANK_YOU), { kind: 'thank-you' })).toEqual([]);
  });

  // A note is "far past" its advised length at half as long again (270 words where 180 is
  // advised): a 202-word follow-up is a little over, not a warning.
  const note = (words: number) =>
    `Hi Priya,\n${Array.from({ length: words }, (_, i) => (i % 12 === 11 ? 'work.' : 'work')).join(' ')}\n\nBest,\nJordan`;
  it.each([
    ['follow-up', 202, 0],
    ['follow-up', 270, 0],
    ['follow-up', 271, 1],
    ['thank-you', 250, 0],
    ['not-selected', 271, 1],
    ['voicemail', 135, 0],
    ['voicemail', 136, 1],
  ] as const)('a %s of %i words: %i findings', (kind, words, found) => {
    const text = note(words);
    const hits = tooLong(parseDraft(text), { kind });
    expect(hits).toHaveLength(found);
    if (found) expect(slice(text, hits[0]!)).toBe('work');
  });

  it('tells a voicemail what a listener takes in, with the advised length', () => {
    const [hit] = tooLong(parseDraft(note(150)), { kind: 'voicemail' });
    expect(hit!.message).toBe(
      'This voicemail runs to 150 words, 60 more than the 90 or so (about half a minute) a listener takes in at one hearing. Say who you are, thank them for one thing, and leave your number twice; cut the rest.',
    );
  });
});

describe('no-topic', () => {
  it('wants one thing discussed with this person', () => {
    const text = 'Hi Priya,\nThank you for meeting me. I enjoyed the day.';
    const hits = noTopic(parseDraft(text), priya);
    expect(hits.map((hit) => slice(text, hit))).toEqual(['Thank you for meeting me. I enjoyed the day.']);
    expect(hits[0]!.message).toContain('"moving telemetry ingestion to Kafka"');
  });

  it('matches a topic by its words, not its exact phrasing', () => {
    expect(noTopic(parseDraft('Hi Priya,\nYour plan for Kafka ingestion sounded great.'), priya)).toEqual([]);
    expect(noTopic(parseDraft('Hi Priya,\nThanks for walking me through on-call.'), priya)).toEqual([]);
  });

  it("does not accept another person's topic, and stays quiet without a recipient", () => {
    expect(noTopic(parseDraft('Hi Priya,\nThe OTA update pipeline for the robot fleet was fun.'), priya)).toHaveLength(1);
    expect(noTopic(parseDraft('Hi Priya,\nThanks.'), { interview: ACME })).toEqual([]);
  });
});

describe('no-thanks', () => {
  it('flags a thank-you note without thanks, only for that kind', () => {
    const text = 'Hi Priya,\nI enjoyed our talk about Kafka.';
    expect(noThanks(parseDraft(text), { kind: 'thank-you' })).toHaveLength(1);
    expect(noThanks(parseDraft(text), { kind: 'follow-up' })).toEqual([]);
    expect(noThanks(parseDraft('Hi Priya,\nI really appreciate your time.'), { kind: 'thank-you' })).toEqual([]);
    // British thanks on a call: "Cheers for"; a closing "Cheers," alone thanks for nothing.
    expect(
      noThanks(parseDraft('Hiya Dave, Callum here. Cheers for explaining the call-out rota.'), { kind: 'thank-you' }),
    ).toEqual([]);
    expect(noThanks(parseDraft('Hi Dave,\nI enjoyed the rota talk.\n\nCheers,\nCallum'), { kind: 'thank-you' })).toHaveLength(1);
  });
});

describe('missing-prior', () => {
  const body = 'Hi Priya,\nI wanted to check in on the Senior Backend Engineer role.';
  it('wants the earlier note quoted or attached on a follow-up', () => {
    expect(missingPrior(parseDraft(body), { kind: 'follow-up' })).toHaveLength(1);
    expect(missingPrior(parseDraft(`${body}\n\nOn Tue, Jordan wrote:\n> Thank you`), { kind: 'follow-up' })).toEqual([]);
    expect(
      missingPrior(parseDraft(`${body} My earlier note is below, and my resume is attached.`), { kind: 'follow-up' }),
    ).toEqual([]);
    expect(missingPrior(draftFromNote({ subject: 'Re: x', body, quotes: 'Thank you' }), { kind: 'follow-up' })).toEqual([]);
    expect(missingPrior(parseDraft(body), { kind: 'thank-you' })).toEqual([]);
  });
});

describe('medium-mismatch', () => {
  it('flags an e-mail follow-up, and a written thank-you to someone who only ever phoned', () => {
    const sam = { interview: ACME, to: 'Sam Ortiz' };
    expect(mediumMismatch(parseDraft('Hi Sam,\nChecking in.'), { ...sam, kind: 'follow-up' })).toHaveLength(1);
    // Sam phoned and left no e-mail address: a written thank-you has nowhere to go; the call script does.
    expect(mediumMismatch(parseDraft('Hi Sam,\nThanks.'), { ...sam, kind: 'thank-you' })).toHaveLength(1);
    expect(
      mediumMismatch(parseDraft('Hello Sam, this is Jordan Lee, at +1 555 0100.\nThank you for the call.'), {
        ...sam,
        kind: 'thank-you',
      }),
    ).toEqual([]);
    // A caller who also gave an address is still answered as they reached you: by phone.
    const withMail = {
      ...ACME,
      interviewers: ACME.interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, email: 'sam@acme.example' } : p)),
    };
    const withMailSam = { interview: withMail, to: 'Sam Ortiz' };
    expect(mediumMismatch(parseDraft('Hi Sam,\nThanks.'), { ...withMailSam, kind: 'thank-you' })).toEqual([
      {
        // The note's first line after the greeting: "Thanks.".
        start: 8,
        end: 15,
        message:
          'Sam Ortiz reached you by phone, and the matching way to answer is in the medium they used: a short call (the call script has the wording). An e-mail is fine if they asked for one.',
      },
    ]);
    expect(mediumMismatch(parseDraft('Hi Sam,\nChecking in.'), { ...withMailSam, kind: 'follow-up' })[0]?.message).toBe(
      'Sam Ortiz reached you by phone, and the matching way to answer is in the medium they used: a short call, with a voicemail if they miss it (the voicemail script has the wording). An e-mail is fine if they asked for one.',
    );
    // With no kind stated it may be a later note, which may well be a mail to the address they gave.
    expect(mediumMismatch(parseDraft('Hi Sam,\nThanks.'), withMailSam)).toEqual([]);
    expect(mediumMismatch(parseDraft('Hi Sam, this is Jordan.'), { ...sam, kind: 'voicemail' })).toEqual([]);
    // A script that opens as people talk on the phone: the caller's name and "here", or the number.
    for (const script of [
      'Hi Sam, Jordan Lee here, from the interview on Tuesday. Thanks for your time.',
      'Hey Sam, Jordan Lee, 555 0100 0101. Thanks for the call about the OTA pipeline.',
      // A second greeting word, and where the listener knows the caller from.
      'Sam, hi, Jordan Lee, from the interview yesterday. Thanks for the tour of the OTA pipeline.',
    ])
      expect(mediumMismatch(parseDraft(script), { ...sam, kind: 'thank-you' }), script).toEqual([]);
    // An e-mail that happens to name someone after the greeting is still an e-mail.
    expect(
      mediumMismatch(parseDraft('Hi Sam, Priya Raghunathan, from the panel, said to write.\n\nBest,\nJordan Lee'), {
        ...sam,
        kind: 'thank-you',
      }),
    ).toHaveLength(1);
    expect(
      mediumMismatch(parseDraft('Hi Sam, Priya said you would want this.\n\nBest,\nJordan Lee'), { ...sam, kind: 'thank-you' }),
    ).toHaveLength(1);
    expect(mediumMismatch(parseDraft('Hi Priya,\nChecking in.'), { ...priya, kind: 'follow-up' })).toEqual([]);
  });
});

describe('medium-mismatch, the reply to a no', () => {
  // The thanks after the news is answered as the thank-you was: by a call to a caller, even one
  // who also gave an address (the coach writes it as a call script); unlike a note months later.
  const withMail = {
    ...ACME,
    interviewers: ACME.interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, email: 'sam@acme.example' } : p)),
  };
  const mail = 'Hi Sam,\nThank you for letting me know, and for the time you gave me.\n\nBest,\nJordan Lee';

  it.each([
    ['no address', ACME],
    ['an address too', withMail],
  ])('flags an e-mail to a caller with %s, pointing to the call script', (_label, interview) => {
    expect(mediumMismatch(parseDraft(mail), { interview, to: 'Sam Ortiz', kind: 'not-selected' })).toEqual([
      {
        start: 8,
        end: 68,
        message:
          'Sam Ortiz reached you by phone, and the matching way to answer is in the medium they used: a short call (the call script has the wording). An e-mail is fine if they asked for one.',
      },
    ]);
  });

  it('leaves the call script alone, and an e-mail to someone who wrote to you', () => {
    const script = 'Hi Sam, Jordan Lee here. Thank you for letting me know, and for the time you gave me.';
    expect(mediumMismatch(parseDraft(script), { interview: ACME, to: 'Sam Ortiz', kind: 'not-selected' })).toEqual([]);
    const toPriya = mail.replace('Hi Sam', 'Hi Priya');
    expect(mediumMismatch(parseDraft(toPriya), { interview: ACME, to: 'Priya Raghunathan', kind: 'not-selected' })).toEqual([]);
  });
});

describe('medium-mismatch, keeping in touch months later', () => {
  const sam = { interview: ACME, to: 'Sam Ortiz', kind: 'stay-in-touch' as const };
  const withMail = {
    ...ACME,
    interviewers: ACME.interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, email: 'sam@acme.example' } : p)),
  };
  const note = 'Hi Sam,\nI hope the spring has been good to the team.\n\nBest,\nJordan Lee';

  it('leaves an e-mail alone when the caller gave an address: the coach writes one too, as it waits to be read', () =>
    expect(mediumMismatch(parseDraft(note), { ...sam, interview: withMail })).toEqual([]));

  it('warns when there is no address for the caller, and says what to do instead', () => {
    expect(mediumMismatch(parseDraft(note), sam)).toEqual([
      {
        start: 8,
        end: 52,
        message:
          'Sam Ortiz reached you by phone and you have no e-mail address for them, so a written note has nowhere to go. Keep in touch the way they used: a short call (the call script has the wording), or ask for an address first.',
      },
    ]);
  });

  it('leaves an e-mail through a go-between alone: their address is the one to write to', () => {
    const through = {
      ...ACME,
      recruiter: { name: 'Alex Kim', email: 'alex.kim@acme.example' },
      via: { name: 'Alex Kim', notes: 'all' as const },
    };
    expect(mediumMismatch(parseDraft(note), { ...sam, interview: through })).toEqual([]);
    // Without an address for Alex there is no go-between to write through.
    const noAddress = { ...through, recruiter: { name: 'Alex Kim' } };
    expect(mediumMismatch(parseDraft(note), { ...sam, interview: noAddress })).toHaveLength(1);
  });

  it('leaves a note alone when there is neither an address nor a number: the coach writes that one too', () => {
    const nothing = {
      ...ACME,
      interviewers: ACME.interviewers.map((p) => (p.name === 'Sam Ortiz' ? { ...p, phone: undefined } : p)),
    };
    expect(mediumMismatch(parseDraft(note), { ...sam, interview: nothing })).toEqual([]);
  });

  it('leaves the call script alone, and anyone who wrote to you', () => {
    expect(mediumMismatch(parseDraft('Hi Sam, Jordan Lee here, from the interview in March. I hope all is well.'), sam)).toEqual(
      [],
    );
    expect(
      mediumMismatch(parseDraft('Hi Priya,\nI hope the spring has been good.'), { ...sam, to: 'Priya Raghunathan' }),
    ).toEqual([]);
  });
});

describe('generic-subject', () => {
  it.each([
    ['Subject: Following up\n\nHi', '"Following up" does not say'],
    ['Subject: Re: Thanks!\n\nHi', '"Re: Thanks!" does not say'],
    ['Subject:\n\nHi', 'The subject line is empty'],
  ])('flags %j', (text, message) => {
    const hits = genericSubject(parseDraft(text), {});
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain(message);
  });

  it('wants the role or company when it knows them', () => {
    // "robots" would name Sam Ortiz's topic (the robot fleet), which the panel discussed.
    const text = 'Subject: Great conversation about databases\n\nHi';
    const hits = genericSubject(parseDraft(text), priya);
    expect(hits.map((hit) => slice(text, hit))).toEqual(['Great conversation about databases']);
    expect(genericSubject(parseDraft('Subject: Re: Thank you: Senior Backend Engineer interview\n\nHi'), priya)).toEqual([]);
  });

  it('takes a topic discussed with the reader, a plural or a short form of the role as naming it', () => {
    const pharmacy = {
      ...ACME,
      company: 'Larch Street Pharmacy',
      role: 'Pharmacy Technician',
      interviewers: [{ ...ACME.interviewers[0]!, topics: ['the compounding log'] }],
    };
    const to = { interview: pharmacy, to: ACME.interviewers[0]!.name, kind: 'thank-you' as const };
    for (const subject of [
      'Thanks for explaining the compounding log',
      'Pharmacy tech interview: thank you',
      'Thank you - Technicians panel',
    ]) {
      expect(genericSubject(parseDraft(`Subject: ${subject}\n\nHi`), to), subject).toEqual([]);
    }
    // The reader's name alone, or a word that only starts like the role's ("the", "pha"), does not.
    for (const subject of [
      `Thank you, ${ACME.interviewers[0]!.name.split(' ')[0]}`,
      'Thank you for the chat on Tuesday',
      'Pha follow-up',
    ]) {
      expect(genericSubject(parseDraft(`Subject: ${subject}\n\nHi`), to), subject).toHaveLength(1);
    }
  });

  it('takes thanks for the interview, or a thank-you naming what it was for, as saying what the note is', () => {
    for (const subject of [
      "Thank you for yesterday's interview",
      'Thanks for the interview today',
      "Re: Thank you for Tuesday's interview",
      'Thanks for showing me round',
      'Thank you for the sim session yesterday',
    ]) {
      expect(genericSubject(parseDraft(`Subject: ${subject}\n\nHi`), priya), subject).toEqual([]);
    }
    // Nothing but the time, the talk or the mood still says nothing.
    for (const subject of ['Great chat yesterday', 'Thank you for your time', 'Interview', 'Great meeting today']) {
      expect(genericSubject(parseDraft(`Subject: ${subject}\n\nHi`), priya), subject).toHaveLength(1);
    }
  });

  it('stays quiet on plain text and on voicemail', () => {
    expect(genericSubject(parseDraft('Hi Priya'), priya)).toEqual([]);
    expect(genericSubject(draftFromNote({ subject: '', body: 'Hi Sam' }), { kind: 'voicemail' })).toEqual([]);
    expect(genericSubject(draftFromNote({ subject: '', body: 'Hi Sam' }), { kind: 'thank-you' })).toHaveLength(1);
  });
});

describe('duplicate-note', () => {
  const note = (to: string, body: string): Note => ({ kind: 'thank-you', to, subject: 'Thank you', body, attachments: [] });
  const template = (name: string, topic: string) =>
    `Hi ${name},\nThank you for taking the time to meet with me yesterday. I enjoyed our conversation about ${topic} and I left excited about the role and the team.\n\nBest,\nJordan`;

  it('flags two notes that differ only by the names', () => {
    const siblings = [note('Sam Ortiz', template('Sam', 'the pipeline'))];
    const hits = duplicateNote(parseDraft(template('Priya', 'the pipeline')), { ...priya, siblings });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('100% the same text as the one to Sam Ortiz');
  });

  it('leaves notes that are genuinely different alone, and ignores the note to the same person', () => {
    const other =
      'Hi Sam,\nYour walk through the OTA update pipeline stuck with me, especially the staged rollouts and how you test on real robots.\n\nBest,\nJordan';
    expect(duplicateNote(parseDraft(template('Priya', 'Kafka')), { ...priya, siblings: [note('Sam Ortiz', other)] })).toEqual([]);
    expect(
      duplicateNote(parseDraft(template('Priya', 'Kafka')), {
        ...priya,
        siblings: [note('Priya Raghunathan', template('Priya', 'Kafka'))],
      }),
    ).toEqual([]);
  });
});

describe('medium-mismatch: a call script that opens a sentence with who is calling', () => {
  const sam = { interview: ACME, to: 'Sam Ortiz', kind: 'thank-you' as const };
  it.each([
    "Hello, is that Sam? It's Jordan Lee, from yesterday's interview. Thank you for your time. My number is 555 0100.",
    'Hello, is that Sam? This is Jordan Lee. Thank you for the tour. My number is 555 0100.',
    'Good morning, Sam. My name is Jordan Lee. Thank you for the tour. My number is 555 0100.',
  ])('leaves %j alone: it is read on the call', (script) => expect(mediumMismatch(parseDraft(script), sam)).toEqual([]));

  it('still flags the e-mail that opens with a capitalised "It\'s" and signs off', () => {
    const mail = "Hi Sam,\n\nIt's Jordan Lee, from yesterday's interview. Thank you for your time.\n\nBest,\nJordan Lee";
    expect(mediumMismatch(parseDraft(mail), sam)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { composeNotes as packagedCompose, createComposer } from '../../../src/compose/compose.js';
import { ComposeError } from '../../../src/compose/errors.js';
import { TemplateError } from '../../../src/compose/render.js';
import { loadTemplates } from '../../../src/compose/template-files.js';
import { UsageError } from '../../../src/cli/errors.js';
import type { Interview, Interviewer } from '../../../src/model/types.js';
import { acme, finch, harbor, jose, lotus, northwind } from './samples.js';
import { thanked } from '../../helpers/thanked.js';

const templates = loadTemplates();
const { composeNotes, reviewNotes, kindsFor } = createComposer(templates);

function composeError(run: () => unknown): ComposeError {
  try {
    run();
  } catch (error) {
    if (error instanceof ComposeError) return error;
    throw error;
  }
  throw new Error('expected a ComposeError');
}

const summary = (interview: Interview) => reviewNotes(interview).map((note) => `${note.kind} -> ${note.to}`);

describe('composeNotes', () => {
  it('writes one note per interviewer, in the order they were entered', () => {
    expect(composeNotes(northwind, 'thank-you').map((note) => note.to)).toEqual([
      'Amara Okafor',
      'Lars Eriksson',
      'Chloé Dubois',
      'Kenji Watanabe',
      'Fatima Zahra Benali',
    ]);
  });

  it('the packaged export reads the real templates', () => {
    expect(packagedCompose(acme, 'thank-you')).toEqual(composeNotes(acme, 'thank-you'));
  });

  it('picks one recipient by name, whatever the case and accents', () => {
    expect(composeNotes(jose, 'thank-you', { to: 'JOSE ALVAREZ' }).map((n) => n.to)).toEqual(['José Álvarez']);
    expect(composeNotes(lotus, 'thank-you', { to: 'nguyen thi lan' }).map((n) => n.to)).toEqual(['Nguyễn Thị Lan']);
    expect(composeNotes(lotus, 'thank-you', { to: '王伟' }).map((n) => n.to)).toEqual(['王伟']);
    expect(composeNotes(acme, 'thank-you', { to: 'priya' }).map((n) => n.to)).toEqual(['Priya Raghunathan']);
    expect(composeNotes(northwind, 'thank-you', { to: 'chloe dub' }).map((n) => n.to)).toEqual(['Chloé Dubois']);
    expect(composeNotes(northwind, 'contact-request', { to: 'GRACE' }).map((n) => n.to)).toEqual(['Grace Park']);
  });

  it('prefers a whole first name over a longer name that starts the same', () => {
    const people: Interviewer[] = [
      { ...acme.interviewers[1]!, name: 'Samantha Lee', medium: 'email', email: 'sl@acme.example' },
      acme.interviewers[1]!,
    ];
    const interview = { ...acme, interviewers: people };
    expect(composeNotes(interview, 'thank-you', { to: 'sam' }).map((n) => n.to)).toEqual(['Sam Ortiz']);
    const both = { ...acme, interviewers: [people[0]!, { ...people[0]!, name: 'Samir Haddad' }] };
    const error = composeError(() => composeNotes(both, 'thank-you', { to: 'sam' }));
    expect(error.message).toBe('"sam" matches more than one person: "Samantha Lee" and "Samir Haddad".');
    expect(error.fix).toBe('Pass the full name to --to.');
  });

  it('names the people it knows when the recipient is unknown', () => {
    const error = composeError(() => composeNotes(acme, 'thank-you', { to: 'Bob' }));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('Nobody called "Bob" receives a thank-you note for this interview.');
    expect(error.fix).toBe('Pass --to "Priya Raghunathan" or --to "Sam Ortiz".');
    expect(error.tryMessage).toBe(error.fix);
  });

  // A trial typed --to Debra for Deborah Ellery and was told to pass 'one of: "Grace Whitcombe"
  // and "Deborah Ellery"': no "did you mean", and "one of ... and ...".
  it('says whom a near miss meant, and lists three or more people as a list', () => {
    const slip = composeError(() => composeNotes(acme, 'thank-you', { to: 'Pryia' }));
    expect(slip.fix).toBe('Did you mean "Priya Raghunathan"? Pass --to "Priya Raghunathan" or --to "Sam Ortiz".');
    const byName = composeError(() => composeNotes(acme, 'thank-you', { to: 'Ortis' }));
    expect(byName.fix).toBe('Did you mean "Sam Ortiz"? Pass --to "Priya Raghunathan" or --to "Sam Ortiz".');
    const panel = {
      ...acme,
      interviewers: [...acme.interviewers, { ...acme.interviewers[0]!, name: 'Helen Park', email: 'helen@acme.example' }],
    };
    const three = composeError(() => composeNotes(panel, 'thank-you', { to: 'Bob' }));
    expect(three.fix).toBe('Pass --to with one of these names: "Priya Raghunathan", "Sam Ortiz", "Helen Park".');
  });

  it('says when the person exists but does not receive that kind', () => {
    const error = composeError(() => composeNotes(acme, 'voicemail', { to: 'priya' }));
    expect(error.message).toBe('Priya Raghunathan does not receive a voicemail script for this interview.');
    expect(error.fix).toBe('It goes to "Sam Ortiz"; pass that name to --to, or pick another kind.');
  });

  it('explains a kind with nobody to receive it', () => {
    expect(composeError(() => composeNotes(jose, 'voicemail')).message).toBe(
      'Nobody in this interview used the phone with you, so there is no voicemail to script.',
    );
    expect(composeError(() => composeNotes(jose, 'contact-request')).message).toMatch(/nothing to ask for/);
    const nobody = {
      ...acme,
      recruiter: undefined,
      interviewers: acme.interviewers.map((p) => ({ ...p, email: undefined, medium: 'email' as const })),
    };
    const error = composeError(() => composeNotes(nobody, 'contact-request'));
    expect(error.message).toBe(
      'You have no address for Priya Raghunathan and Sam Ortiz, and nobody to ask: there is no recruiter and no interviewer with an e-mail address.',
    );
    expect(error.fix).toMatch(/^Add the recruiter or HR contact/);
    expect(composeError(() => composeNotes({ ...acme, interviewers: [] }, 'thank-you')).message).toMatch(/no interviewers/);
  });

  it('voicemail goes to phone people and to anyone with only a phone number', () => {
    const onlyPhone = { ...acme.interviewers[0]!, email: undefined, phone: '+1 555 0199' };
    const interview = { ...acme, interviewers: [onlyPhone, acme.interviewers[1]!] };
    expect(composeNotes(interview, 'voicemail').map((n) => [n.to, n.address])).toEqual([
      ['Priya Raghunathan', '+1 555 0199'],
      ['Sam Ortiz', '+1 555 0101'],
    ]);
  });

  it('prints a topic containing Handlebars markup exactly as typed', () => {
    const topics = ['the {{mustache}} syntax in our templates', '{{#each}} loops and {{> partials}}'];
    const interview = { ...acme, interviewers: [{ ...acme.interviewers[0]!, topics }] };
    // The second topic holds an "and" of its own, so the thank-you's list joins with a comma before its "and".
    const [thanks] = composeNotes(interview, 'thank-you');
    expect(thanks!.body).toContain('the {{mustache}} syntax in our templates, and {{#each}} loops and {{> partials}}');
    // The later notes come back to the first topic alone, still exactly as typed.
    for (const kind of ['follow-up', 'stay-in-touch', 'not-selected'] as const) {
      const [note] = composeNotes(interview, kind);
      expect(note!.body.replace(/^>.*$/gm, '')).toMatch(/\bthe \{\{mustache\}\} syntax in our templates[.,;]/);
    }
  });

  it('a template that uses a field the context lacks is an error, not a hole in the note', () => {
    const broken = {
      ...templates,
      notes: {
        ...templates.notes,
        'thank-you': { name: 'templates/thank-you.hbs', text: 'Subject: x\n\nDear {{to.nickname}},' },
      },
    };
    expect(() => createComposer(broken).composeNotes(acme, 'thank-you')).toThrow(TemplateError);
    expect(() => createComposer(broken).composeNotes(acme, 'thank-you')).toThrow(
      /^templates\/thank-you\.hbs: "nickname" not defined in .* - 3:7$/,
    );
  });
});

describe('edits', () => {
  const edited = {
    ...acme,
    edits: [
      {
        kind: 'thank-you' as const,
        to: 'priya raghunathan',
        subject: 'Old',
        body: 'Dear Priya,\n\nOld.',
        at: '2026-11-24T18:00:00Z',
      },
      {
        kind: 'thank-you' as const,
        to: 'Priya Raghunathan',
        subject: 'Thanks, Priya',
        body: 'Dear Priya,\n\nMy words.',
        at: '2026-11-24T19:00:00Z',
      },
      {
        kind: 'follow-up' as const,
        to: 'Sam Ortiz',
        subject: 'Re: hi',
        body: 'Dear Sam,\n\nNo quote left.',
        at: '2026-11-24T19:00:00Z',
      },
    ],
  };

  it('replace the rendered note with the latest edit for that kind and person', () => {
    const [priya, sam] = composeNotes(edited, 'thank-you');
    expect([priya!.subject, priya!.body]).toEqual(['Thanks, Priya', 'Dear Priya,\n\nMy words.']);
    expect(sam!.body).toBe(composeNotes(acme, 'thank-you')[1]!.body);
  });

  it('are what a follow-up quotes when the sent log has no text', () => {
    const [priya] = composeNotes(thanked(edited), 'follow-up', { to: 'Priya' });
    expect(priya!.subject).toBe('Re: Thanks, Priya');
    expect(priya!.quotes).toBe('Dear Priya,\n\nMy words.');
    expect(priya!.body.endsWith('Jordan Lee wrote:\n> Dear Priya,\n>\n> My words.')).toBe(true);
  });

  it('an edited follow-up without the quote no longer claims to quote, but still lists the resume', () => {
    const unquoted = {
      ...acme,
      edits: [
        {
          kind: 'follow-up' as const,
          to: 'Priya Raghunathan',
          subject: 'Re: hi',
          body: 'Dear Priya,\n\nNo quote left.',
          at: '2026-11-24T19:00:00Z',
        },
      ],
    };
    const [priya] = composeNotes(unquoted, 'follow-up', { to: 'Priya' });
    expect(priya).toMatchObject({
      body: 'Dear Priya,\n\nNo quote left.',
      quotes: undefined,
      attachments: ['Jordan-Lee-Resume.pdf'],
    });
  });

  it('a follow-up subject never stacks "Re:"', () => {
    const sent = [
      {
        kind: 'thank-you' as const,
        to: 'Priya Raghunathan',
        at: '2026-11-24T20:00:00Z',
        subject: 'RE: Thank you',
        body: 'Dear Priya,\n\nThanks.',
      },
    ];
    expect(composeNotes({ ...acme, sent }, 'follow-up', { to: 'Priya' })[0]!.subject).toBe('Re: Thank you');
  });
});

describe('reviewNotes', () => {
  it('shows a thank-you per interviewer (a call for a caller), and asks nobody for the e-mail of a caller whose number you have', () => {
    // Sam reached the candidate by phone and his number is known: his notes are calls, nothing is missing.
    expect(summary(acme)).toEqual(['thank-you -> Priya Raghunathan', 'thank-you -> Sam Ortiz']);
    expect(composeError(() => composeNotes(acme, 'contact-request')).message).toBe(
      composeError(() => composeNotes(jose, 'contact-request')).message,
    );
    const [priya, sam] = reviewNotes(acme);
    expect([priya!.by, sam!.by, sam!.address]).toEqual([undefined, 'phone', '+1 555 0101']);
  });

  it('adds the contact request when an address is missing, unless the askee’s own thank-you asks', () => {
    // 王伟 sat on the panel: the thank-you to him asks for Lan's address (src/model/contact-schedule.ts).
    expect(summary(lotus)).toEqual(['thank-you -> 王伟', 'thank-you -> Nguyễn Thị Lan']);
    expect(summary(northwind)).toEqual([
      'thank-you -> Amara Okafor',
      'thank-you -> Lars Eriksson',
      'thank-you -> Chloé Dubois',
      'thank-you -> Kenji Watanabe',
      'thank-you -> Fatima Zahra Benali',
      'contact-request -> Grace Park',
    ]);
  });

  it('shows the note after a decision instead of the thank-you', () => {
    expect(summary(finch)).toEqual([
      'not-selected -> Olga Ivanova',
      // Ravi used the phone: his note after the no is a call script, so no voicemail besides,
      // and no contact request for his e-mail (his number is all a call needs).
      'not-selected -> Ravi Menon',
    ]);
  });

  it('leaves the contact request out when there is nobody to ask, instead of failing the review', () => {
    const nobody = { ...lotus, interviewers: lotus.interviewers.map((p) => ({ ...p, email: undefined })) };
    expect(summary(nobody)).toEqual(['thank-you -> 王伟', 'thank-you -> Nguyễn Thị Lan']);
  });
});

describe('follow-ups answer in the medium used', () => {
  it('the e-mail follow-up goes only to those who wrote to you', () => {
    expect(composeNotes(acme, 'follow-up').map((note) => note.to)).toEqual(['Priya Raghunathan']);
    expect(composeNotes(harbor, 'follow-up').map((note) => note.to)).toEqual(['Ines Carvalho']);
  });

  it('asking for a phone person by --to says to use the voicemail script', () => {
    const error = composeError(() => composeNotes(acme, 'follow-up', { to: 'Sam' }));
    expect(error.message).toBe('Sam Ortiz reached you by phone, so follow up with a call rather than an e-mail.');
    expect(error.fix).toBe('Use --kind voicemail --to "Sam Ortiz" for the script.');
  });

  it('when everyone used the phone there is no e-mail follow-up to write, and kindsFor does not offer one', () => {
    const callers = {
      ...acme,
      interviewers: acme.interviewers.map((p) => ({ ...p, medium: 'phone' as const, phone: '+1 555 0101' })),
    };
    const error = composeError(() => composeNotes(callers, 'follow-up'));
    expect(error.fix).toBe('Use --kind voicemail for the script to follow.');
    expect(kindsFor(callers)).toEqual(['thank-you', 'voicemail', 'stay-in-touch']);
  });
});

describe('kindsFor', () => {
  it('offers what fits the interview now', () => {
    expect(kindsFor(acme)).toEqual(['thank-you', 'follow-up', 'voicemail', 'stay-in-touch']);
    expect(kindsFor(jose)).toEqual(['thank-you', 'follow-up', 'stay-in-touch']);
    expect(kindsFor(lotus)).toEqual(['thank-you', 'follow-up', 'stay-in-touch']);
    expect(kindsFor(northwind)).toEqual(['thank-you', 'follow-up', 'voicemail', 'contact-request', 'stay-in-touch']);
    expect(kindsFor(harbor)).toEqual(['thank-you', 'follow-up', 'voicemail', 'stay-in-touch']);
    // After a no, the thanks to a caller is itself the call: no follow-up call is offered.
    expect(kindsFor(finch)).toEqual(['not-selected', 'stay-in-touch']);
    // After an offer nothing asks to be considered or chases an answer: only the thank-you is left.
    expect(kindsFor({ ...acme, status: 'offer' })).toEqual(['thank-you']);
    expect(kindsFor({ ...acme, interviewers: [] })).toEqual([]);
  });

  it('every kind it offers composes without error', () => {
    for (const interview of [acme, jose, lotus, northwind, harbor, finch]) {
      for (const kind of kindsFor(interview)) expect(composeNotes(interview, kind).length).toBeGreaterThan(0);
    }
  });
});

// Issue #13, item 1: scorn said in plain words, with no stock phrase and no word of judgement:
// praise by exclusion, sarcastic certainty, the resigned verdict, the hiring insinuated, the
// correction handed down, ironic asides, distraction and incompetence held against the reader,
// warnings to others, relief at the outcome, wry stances ("funny how", "seems to think") and
// sentences that pile up hedges and grievances (scorn-devices.ts, scorn-cues.ts). None of these
// sentences comes from a corpus draft; each near miss says something close, kindly.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { cueKinds, piledCues } from '../../../src/checklist/rules/scorn-cues.js';
import { toneScathing } from '../../../src/checklist/rules/tone.js';

const found = (text: string) => toneScathing(parseDraft(text), {});

describe('tone-scathing: devices of scorn in words no list holds', () => {
  it.each([
    'Honestly I have had more thoughtful conversations at the DMV.',
    "I hope the person you picked is worth the extra money you're clearly saving.",
    "It's a shame the hiring manager didn't seem to have read past the first page of my application.",
    "I suppose experience just isn't what you're looking for these days.",
    "Frankly, I'm relieved, given how the day went.",
    "I assume the role went to someone's nephew.",
    'Your receptionist was the only person who seemed to know what was going on.',
    "Forty minutes of waiting in the lobby told me everything about how you value people's time.",
    "I'll admit I wasn't expecting a panel that could barely pronounce the name of the software they use.",
    'Not sure why I bothered preparing a presentation nobody looked at.',
    'It must be nice to have the luxury of keeping candidates waiting for three weeks.',
    'The questions felt like they were pulled off the first page of a search engine.',
    "I'd gently suggest your interviewers learn the difference between a pharmacist and a pharmacy tech.",
    'Perhaps you could pass this along to whoever designed that assessment.',
    "I realise a company your size can't be expected to reply to every applicant, but still.",
    "I'm not sure the panel understood half of what I said, but that's not really my problem.",
    'Good to know that ten years in the field counts for less than a certificate.',
    "I'm glad at least one person on the panel had done their homework.",
    'You might want to update the job posting, since the role you described bears no resemblance to it.',
    "I'm sure the new hire will figure out your spreadsheets eventually.",
    'It was a cute exercise, if a little basic for someone at my level.',
    'I was surprised a firm with your reputation would run such an amateur hour.',
    "Let's just say the interview was an education in how not to run one.",
    'Evidently a decade of teaching counts for very little at Maple Grove.',
    'I hope your next candidate enjoys being talked over as much as I did.',
    "Your team's idea of a technical interview is quaint.",
    "I doubt you'll find anyone else willing to put up with that schedule.",
    "The feedback, such as it was, didn't tell me anything I could use.",
    'I gather the decision was made before I walked through the door.',
    "It's clear that nobody there has worked a night shift in years.",
    'I was under the impression this was a professional organisation.',
    'Thanks for the reminder that loyalty means nothing in this industry.',
    "I'll be sure to warn my colleagues before they apply.",
    'Your interviewer spent most of our call eating lunch, which was a first for me.',
    'If this is how you treat applicants, I can only imagine how you treat staff.',
    "I'm sure whoever you chose will be very happy reading scripts all day.",
    "I honestly don't know what more you people want.",
    'The tour was lovely, though I did wonder whether anyone would ask me a question.',
    'I appreciate you finally getting back to me after three weeks.',
    "I didn't realise the role required mind reading.",
    'I was told the role was client-facing, which I now realise meant answering the phone for the partners.',
    "Apparently a master's degree is no match for knowing the right people.",
    'The "quick chat" turned into two hours of me explaining my own CV to people who hadn\'t opened it.',
    "I'll take it as a compliment that you thought a junior could do what I do.",
    'Funny how the salary range shrank between the advert and the interview.',
    'I waited twenty minutes for someone to remember I was there.',
    "You'll forgive me if I don't apply again.",
    "It's a pity your hiring manager has never stood behind a bar on a Saturday night.",
    "I hadn't realised the interview would double as a sales pitch for your franchise.",
    'Whoever ends up in the role has my sympathy.',
    "Nice to see the company's commitment to wellbeing extends to keeping candidates on hold for an hour.",
    "I can't say I'm sorry to miss out on a place that runs like this.",
    'I hope the next person has better luck getting a straight answer out of your team.',
    "I'm not sure what the point of the second round was if the decision was already made.",
    'Your panel asked me the same question three times, so I assume nobody was listening.',
    'Your recruiter seems to think a nurse and a care assistant are the same job.',
    "It's hard to see how anyone could do good work in that atmosphere.",
    'Thank you for confirming what I suspected about how the practice is run.',
    "The whole thing felt like a formality for a decision you'd already made.",
    'Maybe try reading the portfolio before the interview next time.',
  ])('flags %j', (text) => expect(found(text).length).toBeGreaterThan(0));

  it.each([
    'Thank you for the tour of the kitchen; I enjoyed seeing the line during service.',
    'I know the day ran long, and I appreciated everyone staying late to meet me.',
    "I was disappointed to hear the news, but I understand and I'm grateful for the chance.",
    "I hope the person you chose settles in well, and I'd be glad to be considered again.",
    'Your question about night shifts made me think hard about how I plan my week.',
    "I'm sure the team will do great things with the new system.",
    'The assessment was tougher than I expected, and I learned a lot from it.',
    "I left feeling that my experience was valued, and I'm grateful for that.",
    'Our talk about the reading program was the best part of my day.',
    'I suppose the biggest thing I took away was how much the team cares about its patients.',
    'I was surprised how quickly the afternoon went; it was a pleasure.',
    'I appreciate you getting back to me so quickly.',
    'I realise a firm your size gets a lot of applicants, so thank you for writing personally.',
    'Your receptionist made me feel welcome while I waited.',
    'I had no idea a bakery could run so many orders before dawn; it was impressive.',
    "I wasn't expecting the practical exercise, but I enjoyed it.",
    "I'm glad I prepared the presentation; the questions on it were sharp.",
    'I gather from Dana that the decision will take a few more weeks, which is fine.',
    'The feedback you gave me on my portfolio was specific and useful.',
    "It's clear that everyone on the floor looks out for each other.",
    'I was told the role was client-facing, and I loved hearing how the partners work with clients.',
    "Apparently the hardest part of the job is the winter rota, and I'm ready for it.",
    "I'll take your advice and read up on the new curriculum before January.",
    'Funny enough, I trained at the same college as your head chef.',
    "I waited a few minutes in the lobby and enjoyed the photos of the team's projects.",
    'I hope the next stage goes well for everyone involved.',
    "I'm not sure what the second round involves, so could you tell me more?",
    'Thank you for confirming the start date and the shift pattern.',
    'Your recruiter explained the difference between the two roles clearly.',
    "I'd suggest we meet at the site if that's easier for you.",
    'I gave up a Saturday for the trial shift and it was worth it; thank you.',
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('tone-scathing: talking down, and praise against low expectations', () => {
  it.each([
    'Let me explain simply, since it may not have come across in the interview.',
    "I'd be glad to show your crew how it's done elsewhere.",
    "I'm happy to help you clean these up before the audit.",
    "I'll gently point out that the safety sheet was out of date.",
    'I was too polite to mention it at the time, but the rota was wrong.',
    'Most serious kitchens stopped doing it that way years ago.',
    "It's the kind of test we did in the first term at college.",
    'I guess a firm like yours will always go for the big-school names.',
    "I'll reapply should your criteria ever change.",
    'The lunch was better than I expected from a place that size, honestly.',
    'Everyone has to start somewhere, and your shop is no exception.',
    'Nothing says modern practice like a fax machine in reception.',
    "It's touching to see a studio so proud of its unpaid trial weeks.",
    "I'm sure I'll manage somehow on that salary.",
  ])('flags %j', (text) => expect(found(text).length).toBeGreaterThan(0));

  it.each([
    'Let me explain how I planned the ward rota at my last job.',
    "I'd be glad to show you the portfolio pieces I mentioned.",
    "I'm happy to help you with the spring inventory if I join.",
    "Most of the kitchens I've worked in run a similar prep list.",
    "It's the kind of challenge I enjoy.",
    'Even a beginner could follow your onboarding guide, which is the best compliment I know.',
    "I'll apply again when the next opening is posted.",
    'The workshop was bigger than I expected, and beautifully kept.',
    'Nothing beats seeing a team work well under pressure.',
    "I'm sure I'll settle in quickly.",
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('piled cues', () => {
  it('counts the kinds of cue in a sour sentence, and flags it', () => {
    const sentence = 'Not many places manage to lose a candidate\u2019s CV twice.';
    expect(cueKinds(sentence)).toEqual(['count', 'measure', 'grievance']);
    expect(piledCues(sentence)).toBe(true);
  });

  it('needs more than two plain facts: "only two hours" and a wait are not scorn', () => {
    expect(cueKinds('I only waited two minutes at reception.')).toEqual(['minimiser', 'count', 'grievance']);
    expect(piledCues('I only waited two minutes.')).toBe(false);
  });

  it('leaves a warm sentence alone whatever it holds, but not sour thanks', () => {
    expect(cueKinds('I only waited two minutes, and the team was lovely.')).toBeNull();
    expect(cueKinds('I doubt I will be applying again, but thanks.')).toEqual(['refusal']);
  });

  it('warns on the whole sentence, with a message that says what to do', () => {
    const [hit] = found('Honestly, I hope it was useful for at least one of us.');
    expect(hit?.severity).toBe('warning');
    expect(hit?.message).toBe(
      '"Honestly, I hope it was useful for at least one of us." may read as sarcastic or sour: it piles up hedges, small measures and grievances about the reader\u2019s side. Read it as the person you are writing to would, and keep only what you would say to their face, kindly.'.replace(
        '\u2019',
        "'",
      ),
    );
  });
});

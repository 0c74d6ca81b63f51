// The scorn scorer's blunt blame, exaggeration and sarcastic thanks (scorn-blame.ts,
// scorn-belated.ts), and the reader's own words said back (scorn-reported.ts), on sentences
// written for this file: scorn with no judging word, which the checklist must flag, and the
// sentences beside each that it must leave alone (the writer's own slip, a firm request, a
// welcome meeting, a superlative of praise or of candour, the reader's word quoted).
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { scoreSentence } from '../../../src/checklist/rules/scorn-scorer.js';

/** tone-scathing's findings on a short note around `sentence`, as severity and excerpt. */
function scathing(sentence: string): Array<[string, string]> {
  return checkNote(parseDraft(`Dear Noor,\n\n${sentence}\n\nBest,\nAlexei`), {})
    .filter((finding) => finding.rule === 'tone-scathing')
    .map((finding) => [finding.severity, finding.excerpt]);
}

describe('blunt blame: what their side did to the writer, told without a judging word', () => {
  it.each([
    ['Nobody told me the assessment had moved to the Leeds office.', 'Nobody told me the assessment had moved'],
    ['No one had mentioned that the rota was cancelled until I got there.', 'No one had mentioned that the rota was cancelled'],
    // The excerpt is cut at sixty characters.
    [
      'Your office manager never sent the shift pattern she promised.',
      'Your office manager never sent the shift pattern she promise…',
    ],
    ['You said you would ring on Tuesday and you didn’t.', 'said you would ring on Tuesday and you didn’t'],
    ['I was kept waiting thirty minutes at the gatehouse.', 'kept waiting'],
    ['I stood in the yard for twenty minutes before anybody came out.', 'stood in the yard for twenty minutes before anybody'],
  ])('flags %j', (sentence, excerpt) => {
    expect(scoreSentence(sentence).reasons).toContain(sentence.startsWith('I was kept') ? 'judges' : 'blame');
    expect(scathing(sentence)).toEqual([['warning', excerpt]]);
  });

  it.each([
    // A firm request to put it right wants an answer, not a reckoning.
    'You promised to send the floor plan and it hasn’t arrived; could you send it again?',
    // The writer's own promise, and a wait that is nobody's doing.
    'I promised to send my drawings and I haven’t yet, for which I am sorry.',
    'I waited ten minutes for the tram after we finished.',
    // Nothing withheld: a surprise the writer enjoyed.
    'Nobody told me how much I would enjoy the bakery tour.',
    // Firm but polite questions about timing.
    'Could you let me know roughly when you expect to decide?',
    'If the date has moved, I would be grateful to hear the new one.',
  ])('leaves %j alone', (sentence) => {
    expect(scathing(sentence)).toEqual([]);
  });
});

describe('exaggeration: the day made the worst of a lifetime', () => {
  it.each([
    ['It was the slowest morning of my life.', 'slowest morning of my life'],
    ['I sat through the dullest induction of my career.', 'dullest induction of my career'],
    ['I have never been spoken to so rudely by a panel.', 'never been spoken to so rudely'],
    [
      'Frankly the worst-run open day I have been to in fifteen years.',
      'Frankly the worst-run open day I have been to in fifteen yea…',
    ],
  ])('flags %j', (sentence, excerpt) => {
    expect(scoreSentence(sentence).reasons).toContain('exaggeration');
    expect(scathing(sentence)).toEqual([['warning', excerpt]]);
  });

  it.each([
    // Candour about a hard interview, aimed at oneself.
    'It was the hardest interview of my life, and I enjoyed every minute.',
    'I gave the worst answer of my life to the question on load paths.',
    'The slowest answer I have ever given was my first one.',
    'I was the most nervous I have ever been.',
    // Praise.
    'Your crew was the most welcoming team I have ever met.',
    'That was the best site visit I have had in ten years.',
  ])('leaves %j alone', (sentence) => {
    expect(scathing(sentence)).toEqual([]);
  });
});

describe('sarcasm dressed as thanks: the lateness or littleness counted out', () => {
  it.each([
    ['Thanks for eventually returning my call.', 'eventually'],
    ['Thank you for the outcome, four weeks later.', 'four weeks later'],
    ['Thanks for the notes, all three lines of them, and all six words of it.', 'six words of it'],
    ['Great to hear back at last after five weeks of silence.', 'at last after five weeks of silence'],
  ])('flags %j', (sentence, excerpt) => {
    expect(scoreSentence(sentence).reasons).toContain('irony');
    expect(scathing(sentence)).toEqual([['warning', excerpt]]);
  });

  it.each([
    'Thank you for finally putting a face to the name after so many calls.',
    'Thanks for finally meeting me in person.',
    'It was so good to see you at last, after a month of phone calls.',
    'Great to meet the whole crew at long last.',
    'Thank you for getting back to me after two weeks of travel.',
    'Thank you for replying within two days.',
    'It was a great week: after three days at the depot I know I want yard work.',
  ])('leaves %j alone', (sentence) => {
    expect(scathing(sentence)).toEqual([]);
  });
});

describe('the reader’s own word said back is theirs, not the writer’s verdict', () => {
  it.each([
    'You said the old booking system is a nightmare, and I have moved two surgeries off one.',
    'When you called the paper rota a disaster, I laughed, because I rebuilt one last year.',
    'As you put it, the old till is a shambles, and I would enjoy replacing it.',
  ])('leaves %j alone', (sentence) => {
    expect(scathing(sentence)).toEqual([]);
  });

  it.each([
    ['You said the day would be relaxed, but it was a shambles.', 'it was a shambles'],
    ['Your booking process is a joke, as you said yourself.', 'Your booking process is a joke'],
  ])('still flags the writer’s own verdict in %j', (sentence, excerpt) => {
    expect(scathing(sentence)).toEqual([['error', excerpt]]);
  });
});

// The scorn scorer (src/checklist/rules/scorn-scorer.ts) on sentences written for this file, not
// taken from any corpus: scorn in many voices (a verdict, irony, a backhanded concession, a
// ranking, a rhetorical question, a wish or doubt that presumes failure, neglect, outdatedness,
// faint praise), each of which it must flag, and polite sentences close to them (frank,
// disappointed, humorous, sympathetic, self-critical) that it must leave alone.
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/checklist/check-note.js';
import { parseDraft } from '../../../src/checklist/draft.js';
import { scoredHits, scoreSentence, THRESHOLD } from '../../../src/checklist/rules/scorn-scorer.js';

const SCORNFUL: readonly string[] = [
  'Your onboarding paperwork was a shambles from start to finish.',
  "I'm sure the committee will get round to reading applications eventually.",
  'Apparently nobody on the ward had read my CV before I arrived.',
  'With respect, your scheduling team seems completely clueless.',
  'I hope whoever you chose actually knows how to run a till.',
  'I doubt your manager even knows what a pharmacy technician does.',
  'The whole assessment felt amateurish and badly thought out.',
  'Unlike your recruiter, I reply to messages within a day.',
  "The so-called culture fit chat was a waste of everyone's time.",
  'Clearly the panel had more important things to think about than my answers.',
  'Good luck finding someone who will put up with that rota.',
  'I suppose that is how things are done at a firm your size.',
  'For a company that talks so much about respect, the process was remarkably rude.',
  'It was refreshing to meet a manager who still uses a fax machine these days.',
  'Who at your firm actually reads the cover letters?',
  "Maybe next time someone could check the room booking before wasting the candidates' morning.",
  'I have sat through better organised interviews at the post office than with your panel.',
  'Your interviewers were frankly rude and dismissive.',
  'The tasting menu was perfectly adequate for a kitchen your size, I suppose.',
  "I'm sure your customers are very patient with the queues.",
  'That says it all about how your store treats its staff.',
  'It would have helped if your panel had looked at my portfolio first.',
  'Thanks for wasting a whole Saturday on a pointless trial shift.',
  'I wonder why the posting asked for five years when the panel clearly wanted a graduate.',
  'The training materials looked about twenty years out of date.',
  'Your head chef was condescending from the moment I walked in.',
  'I hope the next candidate enjoys being ignored as much as I did.',
  'Nobody bothered to tell me the interview had moved to another site.',
  'It is a shame a bank of your reputation cannot manage a simple phone call.',
  'Your so-called feedback was vague and lazy.',
  'Some of us actually prepare for interviews.',
  'Your hiring process is a joke.',
];

const POLITE: readonly string[] = [
  'I was disappointed to hear the news, but I understand the decision.',
  'You must be stretched with the winter rota, so please take your time.',
  'The backlog you described sounds tough, and I would enjoy helping to clear it.',
  "I'm sure you have many strong candidates, and I appreciate being considered.",
  'My answer on the budgeting question was muddled, so here is a clearer one.',
  'I was nervous and rushed my first answer; I hope the rest made up for it.',
  'Thank you for explaining the handover process so clearly.',
  'I laughed when you said the old till system had a mind of its own.',
  'Frankly, I learned more in that hour than in a month of reading.',
  "Of course I'm disappointed, but I'm grateful for your honest reasons.",
  'I know how busy the clinic is in December, so there is no rush.',
  'You mentioned the scheduling has been chaotic since the merger, and I have handled that kind of change before.',
  'I hope whoever you choose enjoys the team as much as I did.',
  'I hope the new kitchen opens on time.',
  'The case study was hard, and I enjoyed working through it.',
  'I suppose I should have asked more about the night shifts, so here is my question now.',
  "I'd love to hear how the pilot goes next month.",
  'Your point about the messy data was useful; I have cleaned data like that for years.',
  'The questions were tough but fair.',
  'Nobody could have been more welcoming than your receptionist.',
  'I was sorry to hear the delivery van broke down on the day.',
  'My previous employer was disorganised, which is why your structured process impressed me.',
  "I'm happy to wait until after the holidays to hear.",
  'It was clear the team cares a great deal about patient safety.',
  'Apparently the bakery opened in 1962, which I did not know until you told me.',
  'Thank you for being so patient with my questions about the rota.',
  'The old building has a lot of character, and I liked the tour.',
  'Your feedback that my answers were too long was fair, and I am working on it.',
  'I know the interview ran late because of the emergency, and I did not mind waiting.',
  'I understand the role went to someone with more experience, and I wish them well.',
  'The presentation was not as polished as I wanted, and I will practise more.',
];

describe('the scorn scorer on scornful sentences', () => {
  it.each(SCORNFUL)('flags %j', (sentence) => {
    expect(scoreSentence(sentence).score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(scoredHits(sentence)).toHaveLength(1);
  });
});

describe('the scorn scorer on polite near misses', () => {
  it.each(POLITE)('leaves %j alone', (sentence) => {
    expect(scoredHits(sentence)).toEqual([]);
  });
});

describe('what the scorer says', () => {
  it('names the words that read as scorn and why, as a warning', () => {
    const [hit] = scoredHits('Your hiring process is a joke.');
    expect(hit).toMatchObject({ start: 12, end: 29, severity: 'warning' });
    expect(hit!.message).toBe(
      '"process is a joke" may read as scorn: it calls the reader, their people or their process something bad. Say what you mean plainly and about yourself ("I had hoped to hear sooner", "I would have liked more time on the case study"), or leave it out; the reader decides on more roles than this one.',
    );
  });

  it('gives each kind of signal its reason', () => {
    expect(scoreSentence('I doubt your manager even knows what a pharmacy technician does.').reasons).toContain('doubt');
    expect(scoreSentence('I hope whoever you chose actually knows how to run a till.').reasons).toContain('wish');
    expect(scoreSentence('Nobody bothered to tell me the interview had moved to another site.').reasons).toEqual(['neglect']);
    expect(scoreSentence('Who at your firm actually reads the cover letters?').reasons).toEqual(['question']);
  });

  it('judges the reader, not the writer: the same word said of oneself scores nothing', () => {
    expect(scoreSentence('Your answer on the rota was sloppy.').score).toBe(2);
    expect(scoreSentence('My answer on the rota was sloppy.').score).toBe(0);
    expect(scoreSentence('The panel was not rude at all.').score).toBe(0);
  });

  it('reads a masked company name as the reader’s side', () => {
    // mask.ts blanks the interview's own phrases; "Acme" here has been blanked to spaces.
    expect(scoreSentence('It is a pity that      treats its candidates like a nuisance.').targeted).toBe(true);
  });

  it('flags a sentence the frames do not know through the whole checklist, as a warning', () => {
    const findings = checkNote(
      parseDraft('Dear Ines,\n\nWho at your firm actually reads the cover letters?\n\nBest,\nRui'),
      {},
    ).filter((finding) => finding.rule === 'tone-scathing');
    expect(findings.map((finding) => [finding.severity, finding.excerpt])).toEqual([
      ['warning', 'Who at your firm actually reads the cover letters'],
    ]);
  });
});

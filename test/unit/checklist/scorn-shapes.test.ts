// Issue #13: tone-scathing catches scorn of the process, the company or the reader said plainly,
// by the shape of the sentence (sarcastic congratulations, the pointed suggestion, the lowly
// comparison, the rhetorical question, the verdict given in advance), not by hostile words.
// Sentences from the drafts test/fixtures/corpus/tone-dev2-*.txt and near misses of them.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/checklist/draft.js';
import { toneScathing } from '../../../src/checklist/rules/tone.js';

const count = (text: string) => toneScathing(parseDraft(text), {}).length;

describe('tone-scathing: scorn without hostile words', () => {
  it.each([
    'Congratulations on putting together the most confusing interview day I have ever sat through.',
    'Maybe next time someone could glance at my resume before asking whether I have ever worked on a rooftop unit.',
    'Perhaps next time the panel could watch the candidate.',
    'It would have helped if the person asking the questions had looked at them before reading them out.',
    'Some of us actually read the brief before the technical exercise.',
    'It might be worth your engineers doing the same before they mark it.',
    'People who sit on a hiring panel for an organoid lab ought to know what an organoid is.',
    'I have had more searching conversations with a parking meter than I had with your second-round panel.',
    'It was hard to take the observed lesson seriously when two of the observers spent it marking books.',
    'The way the practice treats the people who apply to work there feels about thirty years out of date.',
    'I left wondering how a pharmacy that cannot return a single phone call expects to manage anyone’s medication reviews.',
    'I do wonder why I was asked to recite my whole CV to three people who had it in front of them.',
    'An hour of that is not how most units I know find good nurses.',
    'Forty minutes on a stool told me plenty about how this kitchen values people’s time.',
    'It was obvious the panel had made up its mind before I sat down.',
    'I am not sure what the hour was for.',
    'The whole morning seemed to be there only to tick a box for the auditors.',
  ])('flags %j', (text) => expect(count(text)).toBe(1));

  it.each([
    'Congratulations on the opening of the new clinic.',
    'It was the most challenging interview I have ever had, and I enjoyed it.',
    'Perhaps next time I am in town we could have coffee.',
    'Maybe next time you could show me the tissue culture suite.',
    'It would have helped if I had brought my own copy of the drawings, so I will next time.',
    'Some of us from the night shift still meet for breakfast.',
    'I should know what a PCSWMM model is after six years of using one.',
    'I have had more practice with Part-145 audits than most engineers my age.',
    'I take the safety briefing seriously, and your team clearly does too.',
    'The way the unit handles handoffs is something I would love to learn.',
    'I wonder why the early-warning score works so well on nights; I would love to hear more.',
    'The tour told me a lot about how the team works together, and I liked what I saw.',
    'The panel had read my portfolio before I arrived, which I appreciated.',
    'I was glad to tick every box on the safety checklist.',
  ])('leaves %j alone', (text) => expect(count(text)).toBe(0));
});

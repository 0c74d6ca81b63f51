import { describe, expect, it } from 'vitest';
import { EMPTY_STORE, addEdit, mergeSent, placeInterview, storeProblem, withInterview } from '../../../src/store/data.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

const thanks = { kind: 'thank-you', to: 'Priya Raghunathan', at: '2026-11-24T18:00:00.000Z', method: 'clipboard' } as const;
const later = { kind: 'follow-up', to: 'Priya Raghunathan', at: '2026-12-07T10:00:00.000Z' } as const;

describe('placeInterview', () => {
  it('uses the id when it is free', () => {
    expect(placeInterview(EMPTY_STORE, sampleInterview()).id).toBe('acme-robotics-senior-backend-engineer');
  });

  it('lands on the saved interview when the answers are the same, merging the sent logs', () => {
    const saved = sampleInterview({ sent: [thanks] });
    const data = withInterview(EMPTY_STORE, saved);
    const placed = placeInterview(data, sampleInterview({ sent: [later] }));
    expect(placed.id).toBe(saved.id);
    expect(placed.sent).toEqual([thanks, later]);
  });

  it('moves the sent notes of a person whose name was corrected, not of someone put in their place', () => {
    const saved = sampleInterview({ sent: [thanks] });
    const data = withInterview(EMPTY_STORE, saved);
    const [priya, ...rest] = saved.interviewers;
    // Trial 13: corrected in the review, her thank-you already sent must not fall due again.
    const corrected = sampleInterview({ interviewers: [{ ...priya!, name: 'Priya Raghunathan-Iyer' }, ...rest] });
    const placed = placeInterview(data, corrected, { replace: true });
    expect(placed.sent).toEqual([{ ...thanks, to: 'Priya Raghunathan-Iyer' }]);
    // Another person in her place shares no name with her: nothing of hers is theirs.
    const replaced = sampleInterview({ interviewers: [{ ...priya!, name: 'Tom Hale' }, ...rest] });
    expect(placeInterview(data, replaced, { replace: true }).sent).toEqual([thanks]);
  });

  it('gives other answers under a taken id the next free suffix', () => {
    let data = withInterview(EMPTY_STORE, sampleInterview());
    const second = placeInterview(data, sampleInterview({ date: '2026-12-01' }));
    expect(second.id).toBe('acme-robotics-senior-backend-engineer-2');
    data = withInterview(data, second);
    expect(placeInterview(data, sampleInterview({ date: '2026-12-02' })).id).toBe('acme-robotics-senior-backend-engineer-3');
    // Importing the second file again finds its earlier copy instead of making a fourth.
    expect(placeInterview(data, sampleInterview({ date: '2026-12-01' })).id).toBe('acme-robotics-senior-backend-engineer-2');
  });

  it('replaces when asked, keeping what was sent but dropping edits made on the old answers', () => {
    const edit = { kind: 'thank-you', to: 'Sam Ortiz', subject: 'S', body: 'B', at: thanks.at } as const;
    const data = withInterview(EMPTY_STORE, sampleInterview({ sent: [thanks], edits: [edit] }));
    const placed = placeInterview(data, sampleInterview({ status: 'offer' }), { replace: true });
    expect(placed).toMatchObject({ id: 'acme-robotics-senior-backend-engineer', status: 'offer', sent: [thanks] });
    expect(placed.edits).toBeUndefined();
  });

  it('treats an absent optional field and an undefined one as the same answers', () => {
    const data = withInterview(EMPTY_STORE, placeInterview(EMPTY_STORE, sampleInterview({ recruiter: undefined })));
    const { recruiter: _r, ...withoutRecruiter } = sampleInterview();
    expect(placeInterview(data, withoutRecruiter).id).toBe('acme-robotics-senior-backend-engineer');
  });
});

describe('mergeSent', () => {
  it('keeps each note once, oldest first', () => {
    expect(mergeSent([later, thanks], [thanks])).toEqual([thanks, later]);
  });
});

describe('addEdit', () => {
  it('replaces the edit of the same note and keeps the others', () => {
    const one = { kind: 'thank-you', to: 'Sam Ortiz', subject: 'A', body: 'a', at: '1' } as const;
    const two = { kind: 'thank-you', to: 'Priya Raghunathan', subject: 'B', body: 'b', at: '2' } as const;
    const three = { ...one, body: 'c', at: '3' };
    expect(addEdit(addEdit(addEdit(sampleInterview(), one), two), three).edits).toEqual([two, three]);
  });
});

describe('storeProblem', () => {
  it.each([
    [[], 'it is not a JSON object'],
    [null, 'it is not a JSON object'],
    ['text', 'it is not a JSON object'],
    [{ interviews: [] }, '"interviews" is not an object'],
    [{ version: 9 }, 'it was written by another version of followup-coach (store version 9)'],
  ])('rejects %j', (value, problem) => {
    expect(storeProblem(value)).toBe(problem);
  });

  it('accepts an empty object and a full store', () => {
    expect(storeProblem({})).toBeNull();
    expect(storeProblem({ version: 1, candidate: null, interviews: {} })).toBeNull();
  });
});

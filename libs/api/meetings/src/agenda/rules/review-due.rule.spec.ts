import { ChildStatus } from '@mace/shared-domain';
import { reviewDueHits } from './review-due.rule';

describe('REVIEW_DUE: open children whose next review is on or before the meeting date', () => {
  it.each([
    { name: 'due the day before', status: ChildStatus.OPEN, nextReviewOn: '2026-12-02', detail: 'Review due 2 December' },
    { name: 'due on the meeting date', status: ChildStatus.OPEN, nextReviewOn: '2026-12-03', detail: 'Review due 3 December' },
    { name: 'due the day after', status: ChildStatus.OPEN, nextReviewOn: '2026-12-04', detail: null },
    { name: 'long overdue, last year', status: ChildStatus.OPEN, nextReviewOn: '2025-11-20', detail: 'Review due 20 November 2025' },
    { name: 'no review date set', status: ChildStatus.OPEN, nextReviewOn: null, detail: null },
    { name: 'still referred (not open)', status: ChildStatus.REFERRED, nextReviewOn: '2026-12-01', detail: null },
    { name: 'closed', status: ChildStatus.CLOSED, nextReviewOn: '2026-12-01', detail: null },
    { name: 'stepped down', status: ChildStatus.STEPPED_DOWN, nextReviewOn: '2026-12-01', detail: null },
  ])('$name → $detail', ({ status, nextReviewOn, detail }) => {
    const hits = reviewDueHits([{ childId: 'c', status, nextReviewOn }], '2026-12-03');
    expect(hits.map((hit) => hit.detail)).toEqual(detail ? [detail] : []);
    if (detail) expect(hits[0]).toMatchObject({ subjectType: 'CHILD', childId: 'c', themeTitle: null });
  });
});

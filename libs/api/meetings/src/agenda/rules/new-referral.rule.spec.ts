import { ChildStatus } from '@mace/shared-domain';
import { newReferralHits } from './new-referral.rule';

const since = new Date('2026-11-26T10:00:00Z');
const meetingDate = '2026-12-03';
const at = (iso: string) => new Date(iso);

describe('NEW_REFERRAL: referrals accepted since the previous meeting started', () => {
  it.each([
    { name: 'accepted after the window opened', facts: [{ childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: at('2026-12-01T09:00:00Z') }], expected: [{ childId: 'a', detail: 'Referral accepted 1 December' }] },
    { name: 'accepted exactly when the previous meeting started', facts: [{ childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: since }], expected: [] },
    { name: 'accepted before the window', facts: [{ childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: at('2026-11-20T09:00:00Z') }], expected: [] },
    { name: 'a child still referred (not yet opened) counts', facts: [{ childId: 'a', childStatus: ChildStatus.REFERRED, decidedAt: at('2026-11-30T09:00:00Z') }], expected: [{ childId: 'a', detail: 'Referral accepted 30 November' }] },
    { name: 'a child closed since is not brought back', facts: [{ childId: 'a', childStatus: ChildStatus.CLOSED, decidedAt: at('2026-11-30T09:00:00Z') }], expected: [] },
    { name: 'a child stepped down since is not brought back', facts: [{ childId: 'a', childStatus: ChildStatus.STEPPED_DOWN, decidedAt: at('2026-11-30T09:00:00Z') }], expected: [] },
    {
      name: 'two referrals of one child: one item, the latest acceptance',
      facts: [
        { childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: at('2026-11-27T09:00:00Z') },
        { childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: at('2026-12-02T09:00:00Z') },
      ],
      expected: [{ childId: 'a', detail: 'Referral accepted 2 December' }],
    },
    // 23:30Z on 30 November is still 30 November in London (GMT).
    { name: 'the date is read in Europe/London', facts: [{ childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: at('2026-11-30T23:30:00Z') }], expected: [{ childId: 'a', detail: 'Referral accepted 30 November' }] },
  ])('$name', ({ facts, expected }) => {
    expect(newReferralHits(facts, since, meetingDate).map(({ childId, detail }) => ({ childId, detail }))).toEqual(expected);
  });

  it('names the year when it is not the meeting’s', () => {
    const hits = newReferralHits([{ childId: 'a', childStatus: ChildStatus.OPEN, decidedAt: at('2025-12-30T12:00:00Z') }], at('2025-12-29T00:00:00Z'), '2026-01-05');
    expect(hits[0].detail).toBe('Referral accepted 30 December 2025');
  });
});

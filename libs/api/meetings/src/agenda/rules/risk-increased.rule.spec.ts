import { ChildStatus, RiskLevel } from '@mace/shared-domain';
import { riskIncreasedHits } from './risk-increased.rule';

const since = new Date('2026-11-26T10:00:00Z');
const before = new Date('2026-10-01T10:00:00Z');
const after = new Date('2026-11-30T10:00:00Z');

describe('RISK_INCREASED: risk higher now than when the previous meeting started', () => {
  it.each([
    { name: 'medium to high', levelBefore: RiskLevel.MEDIUM, levelNow: RiskLevel.HIGH, createdAt: before, status: ChildStatus.OPEN, detail: 'Risk raised from medium to high' },
    { name: 'low to medium', levelBefore: RiskLevel.LOW, levelNow: RiskLevel.MEDIUM, createdAt: before, status: ChildStatus.OPEN, detail: 'Risk raised from low to medium' },
    { name: 'unchanged', levelBefore: RiskLevel.HIGH, levelNow: RiskLevel.HIGH, createdAt: before, status: ChildStatus.OPEN, detail: null },
    { name: 'lowered', levelBefore: RiskLevel.HIGH, levelNow: RiskLevel.MEDIUM, createdAt: before, status: ChildStatus.OPEN, detail: null },
    { name: 'first level for a child that existed before (counts from none)', levelBefore: null, levelNow: RiskLevel.LOW, createdAt: before, status: ChildStatus.OPEN, detail: 'Risk raised from none to low' },
    { name: 'a new child is not "raised" (the referral rule brings it)', levelBefore: null, levelNow: RiskLevel.HIGH, createdAt: after, status: ChildStatus.REFERRED, detail: null },
    { name: 'still referred, raised', levelBefore: RiskLevel.LOW, levelNow: RiskLevel.HIGH, createdAt: before, status: ChildStatus.REFERRED, detail: 'Risk raised from low to high' },
    { name: 'closed since', levelBefore: RiskLevel.LOW, levelNow: RiskLevel.HIGH, createdAt: before, status: ChildStatus.CLOSED, detail: null },
  ])('$name', ({ levelBefore, levelNow, createdAt, status, detail }) => {
    const hits = riskIncreasedHits([{ childId: 'c', status, createdAt, levelBefore, levelNow }], since);
    expect(hits.map((hit) => hit.detail)).toEqual(detail ? [detail] : []);
  });
});

import { AgendaItemStatus, AgendaRule, AgendaSubjectType, RiskLevel } from '@mace/shared-domain';
import { AgendaCandidate, mergeHits, orderCandidates, planAgenda } from './agenda-plan';
import { childHit } from './rules/agenda-rule';

const candidate = (key: string, rules: AgendaRule[], riskLevel: RiskLevel | null = RiskLevel.MEDIUM): AgendaCandidate => ({
  key: `child:${key}`,
  subjectType: AgendaSubjectType.CHILD,
  childId: key,
  themeTitle: null,
  reasons: rules.map((rule) => ({ rule, detail: `${rule} detail` })),
  carriedFromItemId: null,
  riskLevel,
});

describe('mergeHits: one candidate per subject, reasons merged', () => {
  it('merges a child hit by several rules into one candidate with reasons in reading order', () => {
    const merged = mergeHits(
      [
        { rule: AgendaRule.OVERDUE_ACTIONS, hits: [childHit('a', '2 overdue actions')] },
        { rule: AgendaRule.REVIEW_DUE, hits: [childHit('a', 'Review due 2 December'), childHit('b', 'Review due 1 December')] },
        { rule: AgendaRule.CARRIED_FORWARD, hits: [{ ...childHit('a', 'Not reached on 26 November'), carriedFromItemId: 'old-item' }] },
      ],
      (id) => (id === 'a' ? RiskLevel.HIGH : RiskLevel.LOW),
    );
    expect(merged).toEqual([
      {
        key: 'child:a',
        subjectType: 'CHILD',
        childId: 'a',
        themeTitle: null,
        riskLevel: RiskLevel.HIGH,
        carriedFromItemId: 'old-item',
        reasons: [
          { rule: AgendaRule.CARRIED_FORWARD, detail: 'Not reached on 26 November' },
          { rule: AgendaRule.REVIEW_DUE, detail: 'Review due 2 December' },
          { rule: AgendaRule.OVERDUE_ACTIONS, detail: '2 overdue actions' },
        ],
      },
      {
        key: 'child:b',
        subjectType: 'CHILD',
        childId: 'b',
        themeTitle: null,
        riskLevel: RiskLevel.LOW,
        carriedFromItemId: null,
        reasons: [{ rule: AgendaRule.REVIEW_DUE, detail: 'Review due 1 December' }],
      },
    ]);
  });
});

describe('orderCandidates: carried forward, then high risk, then new referrals, then the rest', () => {
  it.each([
    {
      name: 'the four groups',
      input: [
        candidate('rest', [AgendaRule.REVIEW_DUE], RiskLevel.MEDIUM),
        candidate('referral', [AgendaRule.NEW_REFERRAL], RiskLevel.LOW),
        candidate('high', [AgendaRule.OVERDUE_ACTIONS], RiskLevel.HIGH),
        candidate('carried', [AgendaRule.CARRIED_FORWARD], RiskLevel.LOW),
      ],
      order: ['carried', 'high', 'referral', 'rest'],
    },
    {
      name: 'a high-risk new referral goes with high risk',
      input: [candidate('referral', [AgendaRule.NEW_REFERRAL], RiskLevel.LOW), candidate('high-referral', [AgendaRule.NEW_REFERRAL], RiskLevel.HIGH)],
      order: ['high-referral', 'referral'],
    },
    {
      name: 'within a group: higher risk, then more reasons',
      input: [
        candidate('low', [AgendaRule.REVIEW_DUE], RiskLevel.LOW),
        candidate('medium-one', [AgendaRule.REVIEW_DUE], RiskLevel.MEDIUM),
        candidate('medium-two', [AgendaRule.REVIEW_DUE, AgendaRule.OVERDUE_ACTIONS], RiskLevel.MEDIUM),
      ],
      order: ['medium-two', 'medium-one', 'low'],
    },
  ])('$name', ({ input, order }) => {
    expect(orderCandidates(input).map((c) => c.childId)).toEqual(order);
  });
});

describe('planAgenda: a rebuild keeps the chair’s agenda and appends what is new', () => {
  const existing = (key: string, status: AgendaItemStatus, position: number, rules: AgendaRule[]) => ({
    id: `item-${key}`,
    key: `child:${key}`,
    status,
    position,
    reasons: rules.map((rule) => ({ rule, detail: `${rule} detail` })),
  });

  it('a first build adds every candidate in order, positions 1..n', () => {
    const plan = planAgenda([], [candidate('b', [AgendaRule.REVIEW_DUE]), candidate('a', [AgendaRule.CARRIED_FORWARD])]);
    expect(plan.refresh).toEqual([]);
    expect(plan.add.map((add) => [add.childId, add.position])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('appends new subjects after the last live item, leaves the others where they are', () => {
    const plan = planAgenda(
      [existing('a', AgendaItemStatus.PENDING, 2, [AgendaRule.REVIEW_DUE]), existing('b', AgendaItemStatus.PENDING, 1, [AgendaRule.CHAIR_ADDED])],
      [candidate('a', [AgendaRule.REVIEW_DUE]), candidate('c', [AgendaRule.NEW_REFERRAL])],
    );
    expect(plan.refresh).toEqual([]);
    expect(plan.add.map((add) => [add.childId, add.position])).toEqual([['c', 3]]);
  });

  it('never adds back a child the chair removed', () => {
    const plan = planAgenda([existing('a', AgendaItemStatus.REMOVED, 1, [AgendaRule.REVIEW_DUE])], [candidate('a', [AgendaRule.REVIEW_DUE])]);
    expect(plan).toEqual({ refresh: [], add: [] });
  });

  it('refreshes rule reasons and keeps the chair’s reason', () => {
    const plan = planAgenda(
      [existing('a', AgendaItemStatus.PENDING, 1, [AgendaRule.REVIEW_DUE, AgendaRule.CHAIR_ADDED])],
      [candidate('a', [AgendaRule.OVERDUE_ACTIONS, AgendaRule.REVIEW_DUE])],
    );
    expect(plan.refresh).toEqual([
      {
        itemId: 'item-a',
        reasons: [
          { rule: AgendaRule.REVIEW_DUE, detail: 'REVIEW_DUE detail' },
          { rule: AgendaRule.OVERDUE_ACTIONS, detail: 'OVERDUE_ACTIONS detail' },
          { rule: AgendaRule.CHAIR_ADDED, detail: 'CHAIR_ADDED detail' },
        ],
      },
    ]);
  });

  it('a removed item of the same child does not block a live one, and removed positions do not count', () => {
    const plan = planAgenda(
      [existing('a', AgendaItemStatus.REMOVED, 5, [AgendaRule.REVIEW_DUE]), existing('b', AgendaItemStatus.PENDING, 1, [AgendaRule.REVIEW_DUE])],
      [candidate('c', [AgendaRule.REVIEW_DUE])],
    );
    expect(plan.add.map((add) => [add.childId, add.position])).toEqual([['c', 2]]);
  });
});

import { ChildStatus, EntityKind } from '@mace/shared-domain';
import { LinkedIntelligenceFact, linkedIntelligenceHits } from './linked-intelligence.rule';

const since = new Date('2026-11-26T10:00:00Z');
const early = new Date('2026-10-01T10:00:00Z');
const mid = new Date('2026-11-10T10:00:00Z');
const late = new Date('2026-11-30T10:00:00Z');

const fact = (o: Partial<LinkedIntelligenceFact>): LinkedIntelligenceFact => ({
  childId: 'c',
  status: ChildStatus.OPEN,
  lastDiscussedAt: mid,
  via: EntityKind.PERSON,
  reference: 'INT-2026-000001',
  gradedAt: late,
  ...o,
});

describe('LINKED_INTELLIGENCE: new graded intelligence about a child’s associates or places since last discussed', () => {
  it.each([
    { name: 'about an associate, graded after the last discussion', facts: [fact({})], details: ['New graded intelligence about an associate (INT-2026-000001)'] },
    { name: 'about a place', facts: [fact({ via: EntityKind.LOCATION })], details: ['New graded intelligence about a place (INT-2026-000001)'] },
    { name: 'graded before the last discussion', facts: [fact({ gradedAt: early })], details: [] },
    { name: 'last discussed before the window: the discussion decides', facts: [fact({ lastDiscussedAt: early, gradedAt: mid })], details: ['New graded intelligence about an associate (INT-2026-000001)'] },
    { name: 'never discussed: since the window began', facts: [fact({ lastDiscussedAt: null, gradedAt: mid })], details: [] },
    { name: 'never discussed, graded in the window', facts: [fact({ lastDiscussedAt: null })], details: ['New graded intelligence about an associate (INT-2026-000001)'] },
    { name: 'closed child', facts: [fact({ status: ChildStatus.CLOSED })], details: [] },
    {
      name: 'two reports, associates and places: one item',
      facts: [fact({}), fact({ reference: 'INT-2026-000002', via: EntityKind.LOCATION })],
      details: ['2 new graded intelligence reports about associates and places'],
    },
    {
      name: 'one report reached through two associates',
      facts: [fact({}), fact({})],
      details: ['New graded intelligence about an associate (INT-2026-000001)'],
    },
  ])('$name', ({ facts, details }) => expect(linkedIntelligenceHits(facts, since).map((hit) => hit.detail)).toEqual(details));
});

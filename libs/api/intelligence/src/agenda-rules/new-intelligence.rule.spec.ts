import { AgendaSubjectType, EntityKind, IntelligenceStatus } from '@mace/shared-domain';
import { NewIntelligenceFact, newIntelligenceHits } from './new-intelligence.rule';

const since = new Date('2026-11-26T10:00:00Z');
const before = new Date('2026-11-01T10:00:00Z');
const after = new Date('2026-11-30T10:00:00Z');

const fact = (o: Partial<NewIntelligenceFact>): NewIntelligenceFact => ({
  intelligenceId: 'i1',
  reference: 'INT-2026-000001',
  status: IntelligenceStatus.GRADED,
  submittedAt: before,
  gradedAt: after,
  childIds: [],
  linked: [],
  ...o,
});

const summary = (facts: NewIntelligenceFact[]) =>
  newIntelligenceHits(facts, since)
    .map((hit) => `${hit.subjectType}:${hit.childId ?? hit.personId ?? hit.locationId ?? hit.networkId}:${hit.detail}`)
    .sort();

describe('NEW_INTELLIGENCE: intelligence submitted or graded since the last meeting', () => {
  it.each([
    { name: 'graded since, about a child', facts: [fact({ childIds: ['c'] })], hits: ['CHILD:c:Intelligence INT-2026-000001 graded'] },
    {
      name: 'submitted since, not yet graded',
      facts: [fact({ status: IntelligenceStatus.SUBMITTED, submittedAt: after, gradedAt: null, childIds: ['c'] })],
      hits: ['CHILD:c:Intelligence INT-2026-000001 submitted, awaiting grading'],
    },
    { name: 'submitted and graded before', facts: [fact({ gradedAt: before, childIds: ['c'] })], hits: [] },
    { name: 'closed with no further action', facts: [fact({ status: IntelligenceStatus.NO_FURTHER_ACTION, childIds: ['c'] })], hits: [] },
    {
      name: 'records its links name: person, location, network and a linked child',
      facts: [
        fact({
          linked: [
            { kind: EntityKind.PERSON, id: 'p' },
            { kind: EntityKind.LOCATION, id: 'l' },
            { kind: EntityKind.NETWORK, id: 'n' },
            { kind: EntityKind.CHILD, id: 'c' },
            { kind: EntityKind.VEHICLE, id: 'v' },
          ],
        }),
      ],
      hits: [
        'CHILD:c:Intelligence INT-2026-000001 graded',
        'LOCATION:l:Intelligence INT-2026-000001 graded',
        'NETWORK:n:Intelligence INT-2026-000001 graded',
        'PERSON:p:Intelligence INT-2026-000001 graded',
      ],
    },
    {
      name: 'two reports about one person: one item',
      facts: [
        fact({ linked: [{ kind: EntityKind.PERSON, id: 'p' }] }),
        fact({ intelligenceId: 'i2', reference: 'INT-2026-000002', linked: [{ kind: EntityKind.PERSON, id: 'p' }] }),
      ],
      hits: ['PERSON:p:2 new intelligence reports'],
    },
  ])('$name', ({ facts, hits }) => expect(summary(facts)).toEqual(hits));

  it('sets the record ids and the intelligence on the hit', () => {
    const [hit] = newIntelligenceHits([fact({ linked: [{ kind: EntityKind.NETWORK, id: 'n' }] })], since);
    expect(hit).toMatchObject({ subjectType: AgendaSubjectType.NETWORK, networkId: 'n', personId: null, childId: null, intelligenceId: 'i1' });
  });
});

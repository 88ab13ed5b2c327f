import { IntelligenceStatus } from '@mace/shared-domain';
import { listSearch, queueFirst, readListQuery, toIntelligenceFilter } from './list-query';

describe('intelligence list query', () => {
  it('reads statuses and mine from the address, ignoring unknown values', () => {
    const query = readListQuery(new URLSearchParams('status=SUBMITTED&status=nonsense&status=SUBMITTED&mine=1'));
    expect(query).toEqual({ statuses: [IntelligenceStatus.SUBMITTED], mine: true });
    expect(readListQuery(new URLSearchParams(''))).toEqual({ statuses: [], mine: false });
  });

  it('round-trips through the address', () => {
    const query = { statuses: [IntelligenceStatus.GRADED, IntelligenceStatus.LINKED], mine: false };
    expect(readListQuery(new URLSearchParams(listSearch(query)))).toEqual(query);
  });

  it('sends only the filters in force', () => {
    expect(toIntelligenceFilter({ statuses: [], mine: false })).toEqual({});
    expect(toIntelligenceFilter({ statuses: [IntelligenceStatus.GRADED], mine: true })).toEqual({ status: [IntelligenceStatus.GRADED], mine: true });
  });

  it('puts the grading queue first and keeps the order otherwise', () => {
    const rows = [
      { id: 1, status: IntelligenceStatus.GRADED },
      { id: 2, status: IntelligenceStatus.SUBMITTED },
      { id: 3, status: IntelligenceStatus.LINKED },
      { id: 4, status: IntelligenceStatus.SUBMITTED },
    ];
    expect(queueFirst(rows).map((r) => r.id)).toEqual([2, 4, 1, 3]);
  });
});

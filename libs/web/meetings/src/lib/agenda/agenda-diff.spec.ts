import { addedItems } from './agenda-diff';

describe('what a build added', () => {
  it('lists the new items in agenda order, leaving the kept ones out', () => {
    const before = [{ id: 'a' }, { id: 'b' }];
    const after = [{ id: 'a' }, { id: 'c' }, { id: 'b' }, { id: 'd' }];
    expect(addedItems(before, after).map((item) => item.id)).toEqual(['c', 'd']);
  });

  it('lists nothing when the rules found nothing new', () => {
    expect(addedItems([{ id: 'a' }], [{ id: 'a' }])).toEqual([]);
  });
});

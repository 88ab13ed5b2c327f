import { readAddItemQuery, searchable, writeAddItemQuery } from './add-item-query';

describe('add an item: address', () => {
  it('searches for a child by default, keeping the term', () => {
    const query = readAddItemQuery(new URLSearchParams('term=%20Jaz%20'));
    expect(query).toEqual({ kind: 'child', term: 'Jaz' });
    expect(writeAddItemQuery(query)).toBe('term=Jaz');
  });

  it('drops the term for a theme', () => {
    expect(writeAddItemQuery({ kind: 'theme', term: 'Jaz' })).toBe('kind=theme');
    expect(readAddItemQuery(new URLSearchParams('kind=theme')).kind).toBe('theme');
  });

  it('searches from two characters', () => {
    expect(searchable(' J ')).toBe(false);
    expect(searchable('Ja')).toBe(true);
  });
});

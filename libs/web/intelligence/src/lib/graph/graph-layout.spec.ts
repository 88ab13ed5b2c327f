import { LinkRelation } from '@mace/shared-domain';
import { filterLinks, polygonPoints, radialLayout } from './graph-layout';

describe('radial layout', () => {
  it('puts the centre in the middle and ring 1 around it', () => {
    const placed = radialLayout('c', [{ key: 'a', depth: 1 }, { key: 'b', depth: 1 }], [], 400);
    expect(placed.get('c')).toMatchObject({ x: 200, y: 200 });
    // Two nodes: straight above and straight below, at 34% of the size.
    expect(placed.get('a')).toMatchObject({ x: 200, y: 64 });
    expect(placed.get('b')).toMatchObject({ x: 200, y: 336 });
  });

  it('puts ring 2 further out, grouped by the ring 1 node it hangs from', () => {
    const nodes = [
      { key: 'a', depth: 1 },
      { key: 'b', depth: 1 },
      { key: 'x', depth: 2 },
      { key: 'y', depth: 2 },
    ];
    // y hangs from a (first), x from b: y comes first on the outer ring.
    const placed = radialLayout('c', nodes, [{ from: 'b', to: 'x' }, { from: 'y', to: 'a' }], 1000);
    const distance = (key: string) => Math.hypot(placed.get(key)!.x - 500, placed.get(key)!.y - 500);
    expect(distance('a')).toBeCloseTo(220, 0);
    expect(distance('x')).toBeCloseTo(420, 0);
    // Turned half a ring 1 slot (90° for two), off the line through a, the centre and b.
    expect(placed.get('y')).toMatchObject({ x: 920, y: 500 });
    expect(placed.get('x')).toMatchObject({ x: 80, y: 500 });
  });

  it('places every node once, the centre included even if listed', () => {
    const placed = radialLayout('c', [{ key: 'c', depth: 0 }, { key: 'a', depth: 1 }], [], 100);
    expect([...placed.keys()].sort()).toEqual(['a', 'c']);
  });
});

describe('graph filters', () => {
  const links = [
    { id: 1, relation: LinkRelation.FOUND_AT, validFrom: '2026-01-01', validTo: '2026-01-31' },
    { id: 2, relation: LinkRelation.USES_VEHICLE, validFrom: null, validTo: null },
    { id: 3, relation: LinkRelation.FOUND_AT, validFrom: '2026-03-01', validTo: null },
  ];
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

  it('keeps the chosen relations, or all', () => {
    expect(ids(filterLinks(links, [], undefined, undefined))).toEqual([1, 2, 3]);
    expect(ids(filterLinks(links, [LinkRelation.USES_VEHICLE], undefined, undefined))).toEqual([2]);
  });

  it('keeps links valid at any time in the range; undated links always', () => {
    expect(ids(filterLinks(links, [], '2026-02-01', undefined))).toEqual([2, 3]);
    expect(ids(filterLinks(links, [], undefined, '2026-02-01'))).toEqual([1, 2]);
    expect(ids(filterLinks(links, [], '2026-01-31', '2026-03-01'))).toEqual([1, 2, 3]);
  });

  it('draws regular polygons', () => {
    expect(polygonPoints(0, 0, 10, 4)).toBe('0,-10 10,0 0,10 -10,0');
  });
});

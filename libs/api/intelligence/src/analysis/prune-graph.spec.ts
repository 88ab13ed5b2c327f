import { GraphEdge, pruneGraph } from './prune-graph';

const e = (id: string, from: string, to: string): GraphEdge => ({ id, from, to });

describe('pruneGraph: what the caller sees of a neighbourhood', () => {
  const edges = [e('1', 'C', 'P'), e('2', 'P', 'H'), e('3', 'C', 'X'), e('4', 'X', 'Y'), e('5', 'H', 'Z'), e('6', 'P', 'Y')];

  it.each<{ name: string; hidden: string[]; depth: number; depths: Record<string, number>; links: string[] }>([
    {
      name: 'everything visible, two hops',
      hidden: [],
      depth: 2,
      depths: { C: 0, P: 1, X: 1, H: 2, Y: 2 },
      links: ['1', '2', '3', '4', '6'],
    },
    { name: 'one hop', hidden: [], depth: 1, depths: { C: 0, P: 1, X: 1 }, links: ['1', '3'] },
    {
      name: 'a hidden record drops its links and what hangs only off it',
      hidden: ['X'],
      depth: 2,
      depths: { C: 0, P: 1, H: 2, Y: 2 },
      links: ['1', '2', '6'],
    },
    { name: 'hidden person: the hotel behind it goes too', hidden: ['P'], depth: 2, depths: { C: 0, X: 1, Y: 2 }, links: ['3', '4'] },
    { name: 'hidden centre: nothing', hidden: ['C'], depth: 2, depths: {}, links: [] },
  ])('$name', ({ hidden, depth, depths, links }) => {
    const result = pruneGraph('C', edges, (key) => !hidden.includes(key), depth);
    expect(Object.fromEntries(result.depths)).toEqual(depths);
    expect(result.edges.map((edge) => edge.id).sort()).toEqual(links);
  });
});

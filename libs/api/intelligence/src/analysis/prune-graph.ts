/** A link reduced to its two ends, by refKey. */
export interface GraphEdge {
  id: string;
  from: string;
  to: string;
}

/**
 * What is left of a neighbourhood once the records the caller may not see are taken out: the
 * records still reachable from the centre through visible records only, each at its distance
 * (breadth-first, at most `maxDepth`), and the links between two of them. A record reachable
 * only through a hidden one disappears with it. Pure; unit-tested.
 */
export function pruneGraph(
  centre: string,
  edges: readonly GraphEdge[],
  isVisible: (key: string) => boolean,
  maxDepth: number,
): { depths: Map<string, number>; edges: GraphEdge[] } {
  const depths = new Map<string, number>();
  if (!isVisible(centre)) return { depths, edges: [] };
  const usable = edges.filter((edge) => isVisible(edge.from) && isVisible(edge.to));
  const neighbours = new Map<string, string[]>();
  for (const edge of usable) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  depths.set(centre, 0);
  let frontier = [centre];
  for (let depth = 1; depth <= maxDepth && frontier.length; depth++) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const other of neighbours.get(key) ?? []) {
        if (depths.has(other)) continue;
        depths.set(other, depth);
        next.push(other);
      }
    }
    frontier = next;
  }
  // Links that touch a record nearer than the edge of the graph (links between two records at the
  // outer distance were not walked, so are not shown).
  const kept = usable.filter((edge) => {
    const a = depths.get(edge.from);
    const b = depths.get(edge.to);
    return a !== undefined && b !== undefined && Math.min(a, b) < maxDepth;
  });
  return { depths, edges: kept };
}

import { EntityKind, type LinkRelation } from '@mace/shared-domain';

export interface LayoutNode {
  key: string;
  depth: number;
}

export interface PlacedNode extends LayoutNode {
  x: number;
  y: number;
}

export const refKey = (ref: { kind: EntityKind; id: string }) => `${ref.kind}:${ref.id}`;

/**
 * A radial layout: the centre in the middle, depth 1 on an inner ring, depth 2 on an outer ring.
 * Ring 2 nodes are ordered by the ring 1 node they hang from, so their edges do not cross the picture.
 */
export function radialLayout(
  centreKey: string,
  nodes: readonly LayoutNode[],
  edges: readonly { from: string; to: string }[],
  size: number,
): Map<string, PlacedNode> {
  const c = size / 2;
  const placed = new Map<string, PlacedNode>([[centreKey, { key: centreKey, depth: 0, x: c, y: c }]]);
  const ring1 = nodes.filter((n) => n.depth === 1 && n.key !== centreKey);
  const ring2 = nodes.filter((n) => n.depth >= 2 && n.key !== centreKey);
  const r1 = ring2.length > 0 ? size * 0.22 : size * 0.34;
  const r2 = size * 0.42;

  ring1.forEach((node, index) => placed.set(node.key, { ...node, ...onRing(c, r1, index, ring1.length) }));

  // A ring 2 node's parent: the first ring 1 node it is linked to.
  const parentIndex = (key: string) => {
    for (const edge of edges) {
      const other = edge.from === key ? edge.to : edge.to === key ? edge.from : undefined;
      const at = other === undefined ? -1 : ring1.findIndex((n) => n.key === other);
      if (at >= 0) return at;
    }
    return ring1.length;
  };
  const ordered = ring2.map((node, i) => ({ node, parent: parentIndex(node.key), i })).sort((a, b) => a.parent - b.parent || a.i - b.i);
  // Ring 2 is turned half a ring 1 slot, so an outer node never sits on the ray through a ring 1 node and the
  // centre: its lines to other records then ran straight through both, and their labels piled up on one spot.
  const turn = Math.PI / Math.max(ring1.length, 1);
  ordered.forEach(({ node }, index) => placed.set(node.key, { ...node, ...onRing(c, r2, index, ordered.length, turn) }));
  return placed;
}

function onRing(c: number, r: number, index: number, count: number, turn = 0): { x: number; y: number } {
  // Start at the top (turned clockwise by `turn`) and go clockwise; a lone ring 1 node sits straight above the centre.
  const angle = -Math.PI / 2 + turn + (2 * Math.PI * index) / Math.max(count, 1);
  return { x: round(c + r * Math.cos(angle)), y: round(c + r * Math.sin(angle)) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Links valid at any time in [from, to] (yyyy-mm-dd, either open) with one of the relations (all when none chosen). */
export function filterLinks<T extends { relation: LinkRelation; validFrom?: string | null; validTo?: string | null }>(
  links: readonly T[],
  relations: readonly LinkRelation[],
  from: string | undefined,
  to: string | undefined,
): T[] {
  return links.filter(
    (link) =>
      (relations.length === 0 || relations.includes(link.relation)) &&
      (!from || !link.validTo || link.validTo >= from) &&
      (!to || !link.validFrom || link.validFrom <= to),
  );
}

/** The shape of each kind, so kinds differ by more than colour. */
export const NODE_SHAPES: Record<EntityKind, 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'pill'> = {
  [EntityKind.CHILD]: 'circle',
  [EntityKind.PERSON]: 'square',
  [EntityKind.LOCATION]: 'triangle',
  [EntityKind.VEHICLE]: 'pill',
  [EntityKind.IDENTIFIER]: 'diamond',
  [EntityKind.NETWORK]: 'hexagon',
};

/** SVG points of a regular polygon of `sides` around (x, y), the first vertex straight up. */
export function polygonPoints(x: number, y: number, r: number, sides: number, rotate = 0): string {
  return Array.from({ length: sides }, (_, i) => {
    const a = -Math.PI / 2 + rotate + (2 * Math.PI * i) / sides;
    return `${round(x + r * Math.cos(a))},${round(y + r * Math.sin(a))}`;
  }).join(' ');
}

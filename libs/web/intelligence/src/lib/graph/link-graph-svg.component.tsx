import { EntityKind, LinkConfidence } from '@mace/shared-domain';
import type { EntityRefFieldsFragment, LinkFieldsFragment } from '@mace/web-data-access';
import { Link } from 'react-router';
import { confidenceLabel, kindLabel, relationLabel } from '../common/intelligence-labels';
import { recordPath } from '../common/intelligence-paths';
import { NODE_SHAPES, polygonPoints, radialLayout, refKey } from './graph-layout';

const SIZE = 800;
const R = 18;

/** Each kind's fill; the shape and the label say the kind too, so colour is never the only sign. */
const FILLS: Record<EntityKind, string> = {
  [EntityKind.CHILD]: '#1d70b8',
  [EntityKind.PERSON]: '#d4351c',
  [EntityKind.LOCATION]: '#00703c',
  [EntityKind.VEHICLE]: '#4c2c92',
  [EntityKind.IDENTIFIER]: '#f47738',
  [EntityKind.NETWORK]: '#912b88',
};

export interface LinkGraphSvgProps {
  centre: EntityRefFieldsFragment;
  nodes: readonly { ref: EntityRefFieldsFragment; depth: number }[];
  links: readonly LinkFieldsFragment[];
}

/**
 * The link graph drawn as SVG (cytoscape is not installed): the centre, ring 1 and ring 2, nodes
 * shaped by kind and linking to their records, edges titled with their relation. The table beside
 * it carries the same data for anyone who cannot use the picture.
 */
export function LinkGraphSvg({ centre, nodes, links }: LinkGraphSvgProps) {
  const edges = links.map((l) => ({ from: refKey(l.from), to: refKey(l.to) }));
  const placed = radialLayout(refKey(centre), nodes.map((n) => ({ key: refKey(n.ref), depth: n.depth })), edges, SIZE);
  const refs = new Map<string, EntityRefFieldsFragment>([[refKey(centre), centre], ...nodes.map((n) => [refKey(n.ref), n.ref] as const)]);

  return (
    // A group, not an image: its nodes are links, and an image may hold nothing interactive (axe nested-interactive).
    <svg className="app-intel-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-labelledby="graph-title" aria-describedby="graph-desc">
      <title id="graph-title">Link graph of {centre.label}</title>
      <desc id="graph-desc">
        {refs.size} records and {links.length} links. The same links are listed in the table below.
      </desc>
      <g>
        {links.map((link) => {
          const a = placed.get(refKey(link.from));
          const b = placed.get(refKey(link.to));
          if (!a || !b) return null;
          const possible = link.confidence === LinkConfidence.POSSIBLE;
          return (
            <g key={link.id}>
              <title>{`${link.from.label} – ${relationLabel(link.relation)} – ${link.to.label} (${confidenceLabel(link.confidence)})`}</title>
              <line className={possible ? 'app-intel-graph__edge app-intel-graph__edge--possible' : 'app-intel-graph__edge'} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              <text className="app-intel-graph__edge-label" x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 4} textAnchor="middle" aria-hidden="true">
                {relationLabel(link.relation)}
              </text>
            </g>
          );
        })}
      </g>
      <g>
        {[...placed.values()].map((node) => {
          const ref = refs.get(node.key);
          if (!ref) return null;
          const r = node.depth === 0 ? R * 1.4 : R;
          return (
            <Link key={node.key} to={recordPath(ref)} aria-label={`${ref.label}, ${kindLabel(ref.kind)}`}>
              <title>{`${ref.label} (${kindLabel(ref.kind)})`}</title>
              <NodeShape kind={ref.kind} x={node.x} y={node.y} r={r} />
              <text className="app-intel-graph__label" {...labelPlace(node.x, r)} y={node.y + r + 18}>
                {ref.label.length > 28 ? `${ref.label.slice(0, 27)}…` : ref.label}
              </text>
            </Link>
          );
        })}
      </g>
    </svg>
  );
}

/** Centred under its node, except near a side, where it grows inwards so a long name is not cut off by the frame. */
function labelPlace(x: number, r: number): { x: number; textAnchor: 'start' | 'middle' | 'end' } {
  if (x > SIZE * 0.7) return { x: x + r, textAnchor: 'end' };
  if (x < SIZE * 0.3) return { x: x - r, textAnchor: 'start' };
  return { x, textAnchor: 'middle' };
}

function NodeShape({ kind, x, y, r }: { kind: EntityKind; x: number; y: number; r: number }) {
  const fill = FILLS[kind];
  const stroke = { stroke: '#0b0c0c', strokeWidth: 1.5 };
  switch (NODE_SHAPES[kind]) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={fill} {...stroke} />;
    case 'square':
      return <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} fill={fill} {...stroke} />;
    case 'pill':
      return <rect x={x - r * 1.3} y={y - r * 0.7} width={r * 2.6} height={r * 1.4} rx={r * 0.7} fill={fill} {...stroke} />;
    case 'triangle':
      return <polygon points={polygonPoints(x, y, r * 1.2, 3)} fill={fill} {...stroke} />;
    case 'diamond':
      return <polygon points={polygonPoints(x, y, r * 1.1, 4)} fill={fill} {...stroke} />;
    case 'hexagon':
      return <polygon points={polygonPoints(x, y, r * 1.1, 6)} fill={fill} {...stroke} />;
  }
}

/** The key to the shapes, in words. */
export function GraphKey() {
  return (
    <ul className="govuk-list govuk-body-s">
      {(Object.keys(NODE_SHAPES) as EntityKind[]).map((kind) => (
        <li key={kind}>
          <svg width="28" height="24" aria-hidden="true" focusable="false">
            <NodeShape kind={kind} x={14} y={12} r={8} />
          </svg>{' '}
          {kindLabel(kind)}: {NODE_SHAPES[kind]}
        </li>
      ))}
      <li>Dashed line: possible link</li>
    </ul>
  );
}

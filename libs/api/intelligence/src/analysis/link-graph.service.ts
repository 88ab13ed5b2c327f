import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { recordConsultation } from '@mace/api-children';
import { AuditSubjectType, EntityKind } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { EntityRefInput, RefKey, refKey } from '../refs/entity-ref.model';
import { EntityRefsService } from '../refs/entity-refs.service';
import { traversable, visibilityParams, visibilityValues } from './analysis-sql';
import { LinkGraphFilterInput, LinkGraphModel } from './analysis.models';
import { LINK_COLUMNS, LinkRow, toLinkModel } from './link-rows';
import { pruneGraph } from './prune-graph';

/** The most records a graph shows; beyond it the nearest are shown and the graph says it is truncated. */
export const GRAPH_NODE_CAP = 300;

/** The link filter on `alias`: relations $1, dates $2..$3 (a link valid at any time in the range). */
const linkFilter = (alias: string) => `($1::text[] IS NULL OR ${alias}.relation = ANY($1::text[]))
  AND ($2::date IS NULL OR ${alias}.valid_to IS NULL OR ${alias}.valid_to >= $2::date)
  AND ($3::date IS NULL OR ${alias}.valid_from IS NULL OR ${alias}.valid_from <= $3::date)`;

const VIS = { d: 6, a: 7, o: 8, r: 9 };

/**
 * The records within one or two hops of the centre, walking only through records the caller may
 * see. Set-based, one index lookup per hop: $4 centre, $5 depth, $10 cap + 1.
 */
const NODES_SQL = `
  WITH hop1 AS (
    SELECT DISTINCT n.kind, n.id FROM (
      SELECT l.to_kind AS kind, l.to_id AS id FROM link l WHERE l.from_id = $4::uuid AND ${linkFilter('l')}
      UNION ALL
      SELECT l.from_kind, l.from_id FROM link l WHERE l.to_id = $4::uuid AND ${linkFilter('l')}
    ) n WHERE ${traversable('n.kind', 'n.id', VIS)}
  ),
  hop2 AS (
    SELECT DISTINCT n.kind, n.id FROM (
      SELECT l.to_kind AS kind, l.to_id AS id FROM link l JOIN hop1 h ON l.from_id = h.id WHERE $5::int = 2 AND ${linkFilter('l')}
      UNION ALL
      SELECT l.from_kind, l.from_id FROM link l JOIN hop1 h ON l.to_id = h.id WHERE $5::int = 2 AND ${linkFilter('l')}
    ) n WHERE n.id <> $4::uuid AND NOT EXISTS (SELECT 1 FROM hop1 WHERE hop1.id = n.id) AND ${traversable('n.kind', 'n.id', VIS)}
  )
  SELECT kind, id::text AS id, depth FROM (
    SELECT kind, id, 1 AS depth FROM hop1 UNION ALL SELECT kind, id, 2 FROM hop2
  ) nodes ORDER BY depth, id LIMIT $10::int`;

/** The links walked: between the centre or a first-hop record ($4) and any record of the graph ($5). */
const LINKS_SQL = `
  SELECT ${LINK_COLUMNS} FROM link l
  WHERE ${linkFilter('l')}
    AND ((l.from_id = ANY($4::uuid[]) AND l.to_id = ANY($5::uuid[])) OR (l.to_id = ANY($4::uuid[]) AND l.from_id = ANY($5::uuid[])))
  ORDER BY l.created_at, l.id`;

/**
 * linkGraph: the links within two hops of a record in a fixed number of statements, whatever the
 * size of the neighbourhood: one for the records in reach, one for the links between them, one
 * EntityRefsService.visible call (one query per kind present), and one CONSULTATION event for the
 * children shown.
 */
@Injectable()
export class LinkGraphService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refs: EntityRefsService,
    private readonly audit: AuditService,
  ) {}

  async graph(actor: Actor, requestId: string, subject: EntityRefInput, depth: number, filter: LinkGraphFilterInput | null | undefined): Promise<LinkGraphModel> {
    const manager = this.dataSource.manager;
    const filterValues = [filter?.relations?.length ? filter.relations : null, filter?.from ?? null, filter?.to ?? null];
    const nodes: { kind: EntityKind; id: string; depth: number }[] = await manager.query(NODES_SQL, [
      ...filterValues,
      subject.id,
      depth,
      ...visibilityValues(visibilityParams(actor)),
      GRAPH_NODE_CAP + 1,
    ]);
    const truncated = nodes.length > GRAPH_NODE_CAP;
    const shown = nodes.slice(0, GRAPH_NODE_CAP);
    const near = [subject.id, ...shown.filter((node) => node.depth === 1).map((node) => node.id)];
    const all = [subject.id, ...shown.map((node) => node.id)];
    const rows: LinkRow[] = await manager.query(LINKS_SQL, [...filterValues, near, all]);

    const keys: RefKey[] = [{ kind: subject.kind, id: subject.id }, ...shown.map(({ kind, id }) => ({ kind, id }))];
    const visible = await this.refs.visible(actor, keys, manager);
    const centre = visible.get(refKey(subject));
    if (!centre) throw new NotFoundError('Record');

    const byId = new Map(rows.map((row) => [row.id, row]));
    const pruned = pruneGraph(
      refKey(subject),
      rows.map((row) => ({ id: row.id, from: refKey({ kind: row.from_kind, id: row.from_id }), to: refKey({ kind: row.to_kind, id: row.to_id }) })),
      (key) => visible.has(key),
      depth,
    );
    const graphNodes = [...pruned.depths].map(([key, nodeDepth]) => ({ ref: visible.get(key)!, depth: nodeDepth }));
    const links = pruned.edges.flatMap((edge) => {
      const link = toLinkModel(byId.get(edge.id)!, visible);
      return link ? [link] : [];
    });
    const children = graphNodes.filter((node) => node.ref.kind === EntityKind.CHILD).map((node) => node.ref.id);
    await recordConsultation(this.audit, manager, {
      actor,
      requestId,
      subjectType: AuditSubjectType.CHILD,
      read: children.map((id) => ({ id, justification: `link graph around ${subject.kind.toLowerCase()} ${subject.id}` })),
    });
    return { centre, nodes: graphNodes, links, truncated };
  }
}

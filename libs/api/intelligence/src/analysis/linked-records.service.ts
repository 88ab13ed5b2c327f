import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { recordConsultation } from '@mace/api-children';
import { AuditSubjectType, EntityKind } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { EntityRefInput, EntityRefModel, refKey } from '../refs/entity-ref.model';
import { EntityRefsService } from '../refs/entity-refs.service';
import { traversable, visibilityParams, visibilityValues } from './analysis-sql';
import { NetworkSummaryModel, SharedContextModel } from './analysis.models';
import { EDGES } from './link-edges';

const VIS = { d: 3, a: 4, o: 5, r: 6 };

/**
 * The persons and children around each subject ($1): persons and children linked to it, and for
 * networks ($2) also the children linked to its (visible) persons.
 */
const AROUND_SQL = `
  SELECT e.a_id::text AS subject_id, e.b_kind AS kind, e.b_id::text AS id FROM ${EDGES} e
    WHERE e.a_id = ANY($1::uuid[]) AND e.b_kind IN ('PERSON', 'CHILD')
  UNION
  SELECT m.a_id::text, c.b_kind, c.b_id::text FROM ${EDGES} m JOIN ${EDGES} c ON c.a_id = m.b_id
    WHERE m.a_id = ANY($2::uuid[]) AND m.b_kind = 'PERSON' AND c.b_kind = 'CHILD' AND ${traversable("'PERSON'", 'm.b_id', VIS)}`;

/**
 * Contextual safeguarding: children of the district ($1) linked to the same location or person
 * who are not linked to each other and do not share a network. Closed children are left out.
 */
const SHARED_SQL = `
  WITH cx AS (
    SELECT DISTINCT e.a_id AS child_id, e.b_kind AS through_kind, e.b_id AS through_id
    FROM ${EDGES} e JOIN child c ON c.id = e.a_id
    WHERE e.a_kind = 'CHILD' AND e.b_kind IN ('LOCATION', 'PERSON') AND c.district_id = $1::uuid AND c.status <> 'CLOSED'
  ),
  pairs AS (
    SELECT a.through_kind, a.through_id, a.child_id AS c1, b.child_id AS c2
    FROM cx a JOIN cx b ON b.through_id = a.through_id AND b.child_id > a.child_id
    WHERE NOT EXISTS (SELECT 1 FROM link l WHERE (l.from_id = a.child_id AND l.to_id = b.child_id) OR (l.from_id = b.child_id AND l.to_id = a.child_id))
      AND NOT EXISTS (
        SELECT 1 FROM ${EDGES} n1 JOIN ${EDGES} n2 ON n2.b_id = n1.b_id
        WHERE n1.a_id = a.child_id AND n1.b_kind = 'NETWORK' AND n2.a_id = b.child_id)
  )
  SELECT through_kind, through_id::text AS through_id, array_agg(DISTINCT child_id::text ORDER BY child_id::text) AS children
  FROM (SELECT through_kind, through_id, c1 AS child_id FROM pairs UNION SELECT through_kind, through_id, c2 FROM pairs) x
  GROUP BY through_kind, through_id ORDER BY through_kind, through_id`;

interface NetworkRow {
  id: string;
  district_id: string;
  name: string;
  model: NetworkSummaryModel['network']['model'];
  status: NetworkSummaryModel['network']['status'];
  group_based_cse: boolean;
  description: string | null;
  version: number;
}

const NETWORKS_SQL = `
  SELECT n.id::text AS id, n.district_id::text AS district_id, n.name, n.model, n.status, n.group_based_cse,
         n.description, n.version
  FROM network n
  WHERE n.group_based_cse AND n.district_id = ANY($1::uuid[]) ORDER BY n.name, n.id`;

const SUBJECT_KINDS = [EntityKind.NETWORK, EntityKind.LOCATION, EntityKind.PERSON];

/** childrenLinkedTo, sharedContexts and groupBasedNetworks: who is connected to what, in a fixed number of statements. */
@Injectable()
export class LinkedRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refs: EntityRefsService,
    private readonly audit: AuditService,
  ) {}

  /** Every child linked to a network (directly or through its persons), a location or a person. */
  async childrenLinkedTo(actor: Actor, requestId: string, subject: EntityRefInput): Promise<EntityRefModel[]> {
    if (!SUBJECT_KINDS.includes(subject.kind)) throw new BadUserInputError({ subject: 'Choose a network, a location or a person' });
    const manager = this.dataSource.manager;
    const rows = await this.around(actor, manager, [subject]);
    const childRows = rows.filter((row) => row.kind === EntityKind.CHILD);
    const visible = await this.refs.visible(actor, [subject, ...childRows], manager);
    if (!visible.has(refKey(subject))) throw new NotFoundError('Record');
    const children = uniqueRefs(childRows.map((row) => visible.get(refKey(row))));
    await this.consulted(actor, requestId, manager, children, `children linked to ${subject.kind.toLowerCase()} ${subject.id}`);
    return sortByLabel(children);
  }

  async sharedContexts(actor: Actor, requestId: string, districtId: string): Promise<SharedContextModel[]> {
    if (!actor.districtIds.includes(districtId)) throw new NotFoundError('District');
    const manager = this.dataSource.manager;
    const rows: { through_kind: EntityKind; through_id: string; children: string[] }[] = await manager.query(SHARED_SQL, [districtId]);
    const visible = await this.refs.visible(
      actor,
      rows.flatMap((row) => [{ kind: row.through_kind, id: row.through_id }, ...row.children.map((id) => ({ kind: EntityKind.CHILD, id }))]),
      manager,
    );
    const contexts: SharedContextModel[] = [];
    for (const row of rows) {
      const through = visible.get(refKey({ kind: row.through_kind, id: row.through_id }));
      const children = uniqueRefs(row.children.map((id) => visible.get(refKey({ kind: EntityKind.CHILD, id }))));
      if (through && children.length >= 2) contexts.push({ through, children: sortByLabel(children) });
    }
    await this.consulted(actor, requestId, manager, contexts.flatMap((context) => context.children), `shared contexts in district ${districtId}`);
    return contexts.sort((a, b) => b.children.length - a.children.length || a.through.label.localeCompare(b.through.label));
  }

  async groupBasedNetworks(actor: Actor, requestId: string, districtId: string | null | undefined): Promise<NetworkSummaryModel[]> {
    if (districtId && !actor.districtIds.includes(districtId)) throw new NotFoundError('District');
    const manager = this.dataSource.manager;
    const networks: NetworkRow[] = await manager.query(NETWORKS_SQL, [districtId ? [districtId] : [...actor.districtIds]]);
    const keys = networks.map((network) => ({ kind: EntityKind.NETWORK, id: network.id }));
    const rows = await this.around(actor, manager, keys);
    const visible = await this.refs.visible(actor, rows, manager);
    const summaries = networks.map((network) => {
      const mine = rows.filter((row) => row.subject_id === network.id);
      const pick = (kind: EntityKind) => sortByLabel(uniqueRefs(mine.filter((row) => row.kind === kind).map((row) => visible.get(refKey(row)))));
      return {
        network: {
          id: network.id,
          districtId: network.district_id,
          name: network.name,
          model: network.model,
          status: network.status,
          groupBasedCse: network.group_based_cse,
          description: network.description,
          version: network.version,
        },
        children: pick(EntityKind.CHILD),
        persons: pick(EntityKind.PERSON),
      };
    });
    await this.consulted(actor, requestId, manager, summaries.flatMap((summary) => summary.children), 'group-based CSE networks report');
    return summaries;
  }

  private async around(actor: Actor, manager: EntityManager, subjects: readonly EntityRefInput[]): Promise<{ subject_id: string; kind: EntityKind; id: string }[]> {
    if (!subjects.length) return [];
    return manager.query(AROUND_SQL, [
      subjects.map((subject) => subject.id),
      subjects.filter((subject) => subject.kind === EntityKind.NETWORK).map((subject) => subject.id),
      ...visibilityValues(visibilityParams(actor)),
    ]);
  }

  private consulted(actor: Actor, requestId: string, manager: EntityManager, children: readonly EntityRefModel[], justification: string): Promise<void> {
    return recordConsultation(this.audit, manager, {
      actor,
      requestId,
      subjectType: AuditSubjectType.CHILD,
      read: children.map((child) => ({ id: child.id, justification })),
    });
  }
}

export function uniqueRefs(refs: readonly (EntityRefModel | undefined)[]): EntityRefModel[] {
  const out = new Map<string, EntityRefModel>();
  for (const ref of refs) if (ref) out.set(refKey(ref), ref);
  return [...out.values()];
}

export function sortByLabel(refs: readonly EntityRefModel[]): EntityRefModel[] {
  return [...refs].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
}

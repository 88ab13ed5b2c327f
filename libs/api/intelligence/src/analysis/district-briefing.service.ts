import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { recordConsultation } from '@mace/api-children';
import { AuditSubjectType, EntityKind, EXPLOITATION_TYPE_LABELS, ExploitationType, RiskLevel } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { refKey } from '../refs/entity-ref.model';
import { EntityRefsService } from '../refs/entity-refs.service';
import { traversable, visibilityParams, visibilityValues } from './analysis-sql';
import { BriefingChildModel, DistrictBriefingModel } from './analysis.models';
import { collectionPlan } from './collection-plan';
import { EDGES } from './link-edges';
import { sortByLabel, uniqueRefs } from './linked-records.service';

/** The district's open children at risk, highest risk first. */
const CHILDREN_SQL = `
  SELECT c.id::text AS id, c.risk_level, c.exploitation_types, d.name AS district_name
  FROM district d LEFT JOIN child c ON c.district_id = d.id AND c.status = 'OPEN' AND c.risk_level <> 'NONE'
  WHERE d.id = $1::uuid
  ORDER BY CASE c.risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, c.family_name, c.given_name, c.id`;

const VIS = { d: 2, a: 3, o: 4, r: 5 };

/**
 * Around each child ($1): its associates (persons linked to it), its places and vehicles (linked
 * to it or to a visible associate).
 */
const AROUND_SQL = `
  SELECT e.a_id::text AS child_id, e.b_kind AS kind, e.b_id::text AS id FROM ${EDGES} e
    WHERE e.a_id = ANY($1::uuid[]) AND e.b_kind IN ('PERSON', 'LOCATION', 'VEHICLE')
  UNION
  SELECT p.a_id::text, x.b_kind, x.b_id::text FROM ${EDGES} p JOIN ${EDGES} x ON x.a_id = p.b_id
    WHERE p.a_id = ANY($1::uuid[]) AND p.b_kind = 'PERSON' AND x.b_kind IN ('LOCATION', 'VEHICLE')
      AND ${traversable("'PERSON'", 'p.b_id', VIS)}`;

/** districtBriefing: the printable police briefing on a district's children at risk. */
@Injectable()
export class DistrictBriefingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refs: EntityRefsService,
    private readonly audit: AuditService,
  ) {}

  async briefing(actor: Actor, requestId: string, districtId: string): Promise<DistrictBriefingModel> {
    if (!actor.districtIds.includes(districtId)) throw new NotFoundError('District');
    const manager = this.dataSource.manager;
    const rows: { id: string | null; risk_level: RiskLevel; exploitation_types: ExploitationType[]; district_name: string }[] =
      await manager.query(CHILDREN_SQL, [districtId]);
    if (!rows.length) throw new NotFoundError('District');
    const children = rows.filter((row) => row.id !== null) as { id: string; risk_level: RiskLevel; exploitation_types: ExploitationType[] }[];
    const around: { child_id: string; kind: EntityKind; id: string }[] = children.length
      ? await manager.query(AROUND_SQL, [children.map((child) => child.id), ...visibilityValues(visibilityParams(actor))])
      : [];
    const visible = await this.refs.visible(actor, [...children.map((child) => ({ kind: EntityKind.CHILD, id: child.id })), ...around], manager);

    const briefed: BriefingChildModel[] = [];
    for (const child of children) {
      const ref = visible.get(refKey({ kind: EntityKind.CHILD, id: child.id }));
      if (!ref) continue;
      const mine = around.filter((row) => row.child_id === child.id);
      const pick = (kind: EntityKind) => sortByLabel(uniqueRefs(mine.filter((row) => row.kind === kind).map((row) => visible.get(refKey(row)))));
      const associates = pick(EntityKind.PERSON);
      const places = pick(EntityKind.LOCATION);
      const vehicles = pick(EntityKind.VEHICLE);
      briefed.push({
        child: ref,
        riskLevel: child.risk_level,
        exploitationTypes: (child.exploitation_types ?? []).map((type) => EXPLOITATION_TYPE_LABELS[type] ?? type),
        associates,
        places,
        vehicles,
        collectionPlan: collectionPlan({ vehicles, places, associates }),
      });
    }
    await recordConsultation(this.audit, manager, {
      actor,
      requestId,
      subjectType: AuditSubjectType.CHILD,
      read: briefed.map((item) => ({ id: item.child.id, justification: `district briefing for district ${districtId}` })),
    });
    return { district: { id: districtId, name: rows[0].district_name }, producedAt: new Date(), children: briefed };
  }
}

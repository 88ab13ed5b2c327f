import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { ChildAccessService } from '@mace/api-children';
import {
  AccessPath,
  EntityKind,
  IDENTIFIER_KIND_LABELS,
  LOCATION_TYPE_LABELS,
  OFFENDING_MODEL_LABELS,
  Permission,
  PLATFORM_LABELS,
  RISK_LEVEL_LABELS,
  IdentifierKind,
  LocationType,
  OffendingModel,
  Platform,
  RiskLevel,
} from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { EntityRefModel, RefKey, refKey } from './entity-ref.model';

interface RefRow {
  kind: EntityKind;
  id: string;
  district_id: string | null;
  label: string;
  detail: string | null;
}

/**
 * The one place that turns (kind, id) pairs into what the caller may see of them, for any mix of
 * kinds in a fixed number of queries (one per kind present, plus one access query for children).
 * Children follow ChildAccessService (oversight or involvement; never break-glass for links);
 * persons, locations and networks are police records of a district (LINKS_READ and the caller's
 * districts); vehicles and identifiers are force-wide police records (LINKS_READ). A ref the caller
 * may not see is left out of the answer: treat it exactly like one that does not exist.
 */
@Injectable()
export class EntityRefsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccessService,
  ) {}

  /** The visible refs of `keys`, keyed by refKey(). */
  async visible(actor: Actor, keys: readonly RefKey[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EntityRefModel>> {
    const out = new Map<string, EntityRefModel>();
    const byKind = new Map<EntityKind, string[]>();
    for (const key of keys) {
      const ids = byKind.get(key.kind) ?? [];
      if (!ids.includes(key.id)) ids.push(key.id);
      byKind.set(key.kind, ids);
    }
    const police = actor.permissions.has(Permission.LINKS_READ);
    for (const [kind, ids] of byKind) {
      if (kind !== EntityKind.CHILD && !police) continue;
      const rows = await this.rows(kind, ids, manager);
      let readableChildren: Set<string> | null = null;
      if (kind === EntityKind.CHILD) {
        const grants = await this.children.readable(actor, rows.map((row) => row.id), manager);
        readableChildren = new Set([...grants].filter(([, grant]) => grant.path !== AccessPath.BREAK_GLASS).map(([id]) => id));
      }
      for (const row of rows) {
        const allowed =
          kind === EntityKind.CHILD
            ? readableChildren?.has(row.id) === true
            : row.district_id === null || actor.districtIds.includes(row.district_id);
        if (!allowed) continue;
        out.set(refKey({ kind, id: row.id }), { kind, id: row.id, label: row.label, detail: row.detail });
      }
    }
    return out;
  }

  /** Whether every one of `keys` exists and is visible to the caller. */
  async allVisible(actor: Actor, keys: readonly RefKey[], manager?: EntityManager): Promise<boolean> {
    const visible = await this.visible(actor, keys, manager);
    return keys.every((key) => visible.has(refKey(key)));
  }

  private async rows(kind: EntityKind, ids: string[], manager: EntityManager): Promise<RefRow[]> {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (uuids.length === 0) return [];
    const raw: (Omit<RefRow, 'kind' | 'detail'> & { detail_code: string | null; extra: string | null })[] = await manager.query(
      REF_SQL[kind],
      [uuids],
    );
    return raw.map((row) => ({ kind, id: row.id, district_id: row.district_id, label: row.label, detail: detailOf(kind, row.detail_code, row.extra) }));
  }
}

const REF_SQL: Record<EntityKind, string> = {
  [EntityKind.CHILD]: `SELECT id, district_id, given_name || ' ' || family_name AS label, risk_level AS detail_code, NULL AS extra
    FROM child WHERE id = ANY($1::uuid[])`,
  [EntityKind.PERSON]: `SELECT id, district_id, given_name || ' ' || family_name AS label, NULL AS detail_code,
    CASE WHEN ocg_nominal THEN 'OCG nominal' END AS extra FROM person_of_concern WHERE id = ANY($1::uuid[])`,
  [EntityKind.LOCATION]: `SELECT id, district_id, name || coalesce(', ' || postcode, '') AS label, type AS detail_code, NULL AS extra
    FROM location WHERE id = ANY($1::uuid[])`,
  [EntityKind.VEHICLE]: `SELECT id, NULL::uuid AS district_id, registration_normalised AS label, NULL AS detail_code,
    nullif(concat_ws(' ', colour, make, model), '') AS extra FROM vehicle WHERE id = ANY($1::uuid[])`,
  [EntityKind.IDENTIFIER]: `SELECT id, NULL::uuid AS district_id, value AS label, kind AS detail_code, platform AS extra
    FROM online_identifier WHERE id = ANY($1::uuid[])`,
  [EntityKind.NETWORK]: `SELECT id, district_id, name AS label, model AS detail_code,
    CASE WHEN group_based_cse THEN 'group-based CSE' END AS extra FROM network WHERE id = ANY($1::uuid[])`,
};

/** The short line under a record's name, from its kind's code and extra column; exported for its unit test. */
export function detailOf(kind: EntityKind, code: string | null, extra: string | null): string | null {
  switch (kind) {
    case EntityKind.CHILD:
      // "No risk identified" already says risk; the others are bare levels ("High").
      if (!code) return null;
      return code === RiskLevel.NONE ? RISK_LEVEL_LABELS[RiskLevel.NONE] : `${RISK_LEVEL_LABELS[code as RiskLevel]} risk`;
    case EntityKind.PERSON:
      return extra;
    case EntityKind.LOCATION:
      return code ? LOCATION_TYPE_LABELS[code as LocationType] : null;
    case EntityKind.VEHICLE:
      return extra;
    case EntityKind.IDENTIFIER:
      return extra ? PLATFORM_LABELS[extra as Platform] : code ? IDENTIFIER_KIND_LABELS[code as IdentifierKind] : null;
    case EntityKind.NETWORK:
      return [code ? OFFENDING_MODEL_LABELS[code as OffendingModel] : null, extra].filter(Boolean).join(', ') || null;
  }
}

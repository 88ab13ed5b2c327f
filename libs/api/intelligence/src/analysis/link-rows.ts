import { Actor } from '@mace/api-core';
import { EntityKind, LinkConfidence, LinkRelation, Permission } from '@mace/shared-domain';
import { EntityRefModel, refKey } from '../refs/entity-ref.model';
import { LinkModel } from './record-models';

/** A link as the analysis queries read it, with its creator's name and supporting intelligence. */
export interface LinkRow {
  id: string;
  from_kind: EntityKind;
  from_id: string;
  to_kind: EntityKind;
  to_id: string;
  relation: LinkRelation;
  valid_from: string | null;
  valid_to: string | null;
  confidence: LinkConfidence;
  note: string | null;
  created_by: string;
  created_at: Date;
  intelligence_reference: string | null;
  intelligence_district_id: string | null;
}

/** The columns of a LinkRow, for a query over `link l`. */
export const LINK_COLUMNS = `l.id, l.from_kind, l.from_id::text AS from_id, l.to_kind, l.to_id::text AS to_id, l.relation,
  to_char(l.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(l.valid_to, 'YYYY-MM-DD') AS valid_to, l.confidence, l.note,
  u.display_name AS created_by, l.created_at, i.reference AS intelligence_reference, i.district_id::text AS intelligence_district_id`;

export const LINK_JOINS = `JOIN user_account u ON u.id = l.created_by_user_id LEFT JOIN intelligence i ON i.id = l.intelligence_id`;

/** A link whose both ends the caller sees; the intelligence reference only for police of its district. */
export function toLinkModel(actor: Actor, row: LinkRow, refs: Map<string, EntityRefModel>): LinkModel | null {
  const from = refs.get(refKey({ kind: row.from_kind, id: row.from_id }));
  const to = refs.get(refKey({ kind: row.to_kind, id: row.to_id }));
  if (!from || !to) return null;
  const fullIntelligence =
    row.intelligence_district_id !== null &&
    actor.permissions.has(Permission.INTEL_READ_FULL) &&
    actor.districtIds.includes(row.intelligence_district_id);
  return {
    id: row.id,
    from,
    to,
    relation: row.relation,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    confidence: row.confidence,
    intelligenceReference: fullIntelligence ? row.intelligence_reference : null,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

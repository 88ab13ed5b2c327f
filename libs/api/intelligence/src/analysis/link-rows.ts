import { EntityKind, LinkConfidence, LinkRelation } from '@mace/shared-domain';
import { EntityRefModel, refKey } from '../refs/entity-ref.model';
import { LinkModel } from '../links/link.model';

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
  created_by_user_id: string;
  created_at: Date;
  intelligence_id: string | null;
}

/** The columns of a LinkRow, for a query over `link l`. */
export const LINK_COLUMNS = `l.id, l.from_kind, l.from_id::text AS from_id, l.to_kind, l.to_id::text AS to_id, l.relation,
  to_char(l.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(l.valid_to, 'YYYY-MM-DD') AS valid_to, l.confidence, l.note,
  l.created_by_user_id::text AS created_by_user_id, l.created_at, l.intelligence_id::text AS intelligence_id`;


/** A link whose both ends the caller sees (null otherwise), in the shape the Link resolvers complete. */
export function toLinkModel(row: LinkRow, refs: Map<string, EntityRefModel>): LinkModel | null {
  const from = refs.get(refKey({ kind: row.from_kind, id: row.from_id }));
  const to = refs.get(refKey({ kind: row.to_kind, id: row.to_id }));
  if (!from || !to) return null;
  return {
    id: row.id,
    from,
    to,
    relation: row.relation,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    confidence: row.confidence,
    intelligenceId: row.intelligence_id,
    note: row.note,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
  };
}

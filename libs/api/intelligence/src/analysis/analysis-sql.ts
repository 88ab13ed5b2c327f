import { Actor } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';

/**
 * SQL pieces shared by the analysis queries. `traversable` mirrors EntityRefsService's rule so a
 * traversal never walks through a record the caller may not see (what hangs only off it stays
 * hidden); EntityRefsService.visible stays the authority on what is shown and is always called on
 * the result. Parameters are named so each query can place them where it likes.
 */
export interface VisibilityParams {
  districts: string[];
  agency: string;
  childOversight: boolean;
  childRead: boolean;
}

export function visibilityParams(actor: Actor): VisibilityParams {
  return {
    districts: [...actor.districtIds],
    agency: actor.agencyId,
    childOversight: actor.permissions.has(Permission.CHILD_READ_DISTRICT),
    childRead: actor.permissions.has(Permission.CHILD_READ),
  };
}

/**
 * Whether the record (kind, id) may be walked through. `$d` uuid[] districts, `$a` agency,
 * `$o` child oversight, `$r` child read: the positions of the four visibility parameters.
 */
export function traversable(kind: string, id: string, p: { d: number; a: number; o: number; r: number }): string {
  return `(CASE ${kind}
    WHEN 'VEHICLE' THEN true
    WHEN 'IDENTIFIER' THEN true
    WHEN 'PERSON' THEN EXISTS (SELECT 1 FROM person_of_concern vp WHERE vp.id = ${id} AND vp.district_id = ANY($${p.d}::uuid[]))
    WHEN 'LOCATION' THEN EXISTS (SELECT 1 FROM location vl WHERE vl.id = ${id} AND vl.district_id = ANY($${p.d}::uuid[]))
    WHEN 'NETWORK' THEN EXISTS (SELECT 1 FROM network vn WHERE vn.id = ${id} AND vn.district_id = ANY($${p.d}::uuid[]))
    WHEN 'CHILD' THEN $${p.r}::boolean AND EXISTS (SELECT 1 FROM child vc WHERE vc.id = ${id}
      AND (($${p.o}::boolean AND vc.district_id = ANY($${p.d}::uuid[]))
        OR EXISTS (SELECT 1 FROM child_involvement vi WHERE vi.child_id = vc.id AND vi.agency_id = $${p.a}::uuid)))
    ELSE false END)`;
}

/** The visibility parameters in the order `traversable` expects them after `offset` others. */
export function visibilityValues(v: VisibilityParams): unknown[] {
  return [v.districts, v.agency, v.childOversight, v.childRead];
}

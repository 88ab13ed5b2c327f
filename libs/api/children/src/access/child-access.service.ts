import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { AccessPath, InvolvementKind, Permission } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ChildScope, childScopeBrand } from './child-scope';

/** Why the caller may read one child: written as the justification of the CONSULTATION event. */
export interface ChildReadGrant {
  path: AccessPath;
  justification: string;
}

interface AccessRow {
  id: string;
  oversight: boolean;
  kinds: InvolvementKind[] | null;
  break_glass: string | null;
}

/**
 * Need-to-know for children. A practitioner sees a child their agency is involved with (one row
 * per reason in child_involvement); chairs and SPOCs see every child of their districts; an open
 * break-glass lets one user read one record for a while. Every answer is for a set of ids in one
 * query; ids outside it are to be treated exactly like ids that do not exist.
 */
@Injectable()
export class ChildAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The children a caller may list: oversight of their districts and their agency's involvement.
   * Break-glass openings are deliberately left out: they open one record, not a list.
   */
  listScope(actor: Actor): ChildScope {
    if (!actor.permissions.has(Permission.CHILD_READ)) return brand({ actor, where: 'false', params: {} });
    const involved = `EXISTS (SELECT 1 FROM child_involvement scope_i WHERE scope_i.child_id = c.id AND scope_i.agency_id = :scopeAgency)`;
    if (actor.permissions.has(Permission.CHILD_READ_DISTRICT)) {
      return brand({
        actor,
        where: `(c.district_id = ANY(:scopeDistricts) OR ${involved})`,
        params: { scopeDistricts: [...actor.districtIds], scopeAgency: actor.agencyId },
      });
    }
    return brand({ actor, where: involved, params: { scopeAgency: actor.agencyId } });
  }

  /** Of `ids`, the children the caller may read, each with the path that allows it. */
  async readable(actor: Actor, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ChildReadGrant>> {
    const grants = new Map<string, ChildReadGrant>();
    if (ids.length === 0 || !actor.permissions.has(Permission.CHILD_READ)) return grants;
    for (const row of await this.accessRows(actor, ids, manager)) {
      if (row.oversight) {
        grants.set(row.id, { path: AccessPath.DISTRICT_OVERSIGHT, justification: 'district oversight' });
      } else if (row.kinds?.length) {
        grants.set(row.id, { path: AccessPath.INVOLVEMENT, justification: `involvement: ${row.kinds.join(', ')}` });
      } else if (row.break_glass !== null) {
        grants.set(row.id, { path: AccessPath.BREAK_GLASS, justification: `break-glass: ${row.break_glass}` });
      }
    }
    return grants;
  }

  /**
   * Of `ids`, the children the caller may change. `record` (details, risk, status): the chair of
   * the district or the lead agency. `flags`: anyone who may read it other than by break-glass.
   * `grant` (give an agency access, mark restricted): the chair of the district only.
   */
  async changeable(
    actor: Actor,
    ids: readonly string[],
    what: 'record' | 'flags' | 'grant',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const allowed = new Set<string>();
    if (ids.length === 0 || !actor.permissions.has(Permission.CHILD_UPDATE)) return allowed;
    const manages = actor.permissions.has(Permission.CHILD_MANAGE_DISTRICT);
    for (const row of await this.accessRows(actor, ids, manager)) {
      const chair = manages && row.oversight;
      const ok =
        what === 'grant'
          ? chair
          : what === 'record'
            ? chair || (row.kinds ?? []).includes(InvolvementKind.LEAD_AGENCY)
            : row.oversight || (row.kinds?.length ?? 0) > 0;
      if (ok) allowed.add(row.id);
    }
    return allowed;
  }

  private accessRows(actor: Actor, ids: readonly string[], manager: EntityManager): Promise<AccessRow[]> {
    return manager.query(
      `SELECT c.id,
              ($2::boolean AND c.district_id = ANY($3::uuid[])) AS oversight,
              (SELECT array_agg(i.kind ORDER BY i.kind) FROM child_involvement i
                WHERE i.child_id = c.id AND i.agency_id = $4) AS kinds,
              (SELECT b.reason FROM break_glass_access b
                WHERE b.child_id = c.id AND b.user_id = $5 AND b.expires_at > now()
                ORDER BY b.opened_at DESC LIMIT 1) AS break_glass
       FROM child c WHERE c.id::text = ANY($1)`,
      [[...ids], actor.permissions.has(Permission.CHILD_READ_DISTRICT), [...actor.districtIds], actor.agencyId, actor.userId],
    );
  }
}

/** The only place a ChildScope is minted. */
function brand(scope: Omit<ChildScope, typeof childScopeBrand>): ChildScope {
  return scope as ChildScope;
}

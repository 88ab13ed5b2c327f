import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { ChildAccessService, ChildScope } from '@mace/api-children';
import { InvolvementKind, Permission } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** What of an action decides who may update it. */
export interface ActionOwnership {
  districtId: string;
  ownerAgencyId: string;
}

/**
 * Whether the caller may update an action they may already read: `progress` for its owner agency
 * or the chair of its district, `cancel` (and due-date changes) for the chair only. Also the
 * Action.canUpdate / canCancel answers, so the screen offers exactly what the server allows.
 */
export function mayUpdateAction(actor: Actor, action: ActionOwnership, what: 'progress' | 'cancel'): boolean {
  if (!actor.permissions.has(Permission.ACTION_UPDATE)) return false;
  const districtChair = actor.permissions.has(Permission.ACTION_MANAGE_DISTRICT) && actor.districtIds.includes(action.districtId);
  return districtChair || (what === 'progress' && action.ownerAgencyId === actor.agencyId);
}

interface ActionAccessRow {
  id: string;
  child_id: string;
  district_id: string;
  owner_agency_id: string;
}

/**
 * Actions follow their child: a caller sees an action exactly when they may read its child (so
 * the owner agency, which is involved through ACTION_OWNER, always can). Updating is for the owner
 * agency, or any action of the caller's districts for a chair. Ids outside the answer are treated
 * like ids that do not exist.
 */
@Injectable()
export class ActionAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccessService,
  ) {}

  /** The child scope over alias `c`; action lists join `child c` on the action's child. */
  listScope(actor: Actor): ChildScope {
    if (!actor.permissions.has(Permission.ACTION_READ)) return this.children.listScope({ ...actor, permissions: new Set() });
    return this.children.listScope(actor);
  }

  /** Of `ids`, the actions the caller may read, each with the justification of its child's grant. */
  async readable(actor: Actor, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (ids.length === 0 || !actor.permissions.has(Permission.ACTION_READ)) return result;
    const rows = await this.rows(ids, manager);
    const grants = await this.children.readable(actor, [...new Set(rows.map((r) => r.child_id))], manager);
    for (const row of rows) {
      const grant = grants.get(row.child_id);
      if (grant) result.set(row.id, grant.justification);
    }
    return result;
  }

  /**
   * Of `ids`, the actions the caller may update: their own agency's (while they may read the
   * child), or, for a chair, any in their districts. `cancel` is for the chair only.
   */
  async updatable(
    actor: Actor,
    ids: readonly string[],
    what: 'progress' | 'cancel',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const allowed = new Set<string>();
    if (ids.length === 0 || !actor.permissions.has(Permission.ACTION_UPDATE)) return allowed;
    const readable = await this.readable(actor, ids, manager);
    for (const row of await this.rows(ids, manager)) {
      if (readable.has(row.id) && mayUpdateAction(actor, { districtId: row.district_id, ownerAgencyId: row.owner_agency_id }, what)) {
        allowed.add(row.id);
      }
    }
    return allowed;
  }

  /**
   * Whether the caller may set an action on this child: the chair of its district, or a
   * practitioner of its lead agency.
   */
  async maySetFor(actor: Actor, childId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    if (!actor.permissions.has(Permission.ACTION_CREATE)) return false;
    const [row]: { district_id: string; lead: boolean }[] = await manager.query(
      `SELECT c.district_id, EXISTS (SELECT 1 FROM child_involvement i WHERE i.child_id = c.id
         AND i.agency_id = $2 AND i.kind = $3) AS lead
       FROM child c WHERE c.id = $1`,
      [childId, actor.agencyId, InvolvementKind.LEAD_AGENCY],
    );
    if (!row) return false;
    return (actor.permissions.has(Permission.ACTION_MANAGE_DISTRICT) && actor.districtIds.includes(row.district_id)) || row.lead;
  }

  private rows(ids: readonly string[], manager: EntityManager): Promise<ActionAccessRow[]> {
    return manager.query(`SELECT id, child_id, district_id, owner_agency_id FROM action WHERE id::text = ANY($1)`, [[...ids]]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { scopeBrand, UserScope } from './access-scope';

/**
 * Record-level access: for a caller and a set of ids, which may they read or change. One query per
 * set, never one per id. Services call it; ids outside the answer are treated exactly like ids
 * that do not exist. Later domains (children, meetings) add their own rules here.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Administrators manage every account. Chairs and SPOCs read the accounts of their agency and
   * districts (to assign work); everyone reads their own.
   */
  userScope(actor: Actor, mode: 'read' | 'manage'): UserScope {
    if (actor.permissions.has(Permission.USER_MANAGE)) {
      return brand({ actor, mode, where: 'true', params: {} });
    }
    if (mode === 'read' && actor.permissions.has(Permission.USER_READ)) {
      return brand({
        actor,
        mode,
        where: `(u.id = :scopeSelf OR u.agency_id = :scopeAgency OR EXISTS (
          SELECT 1 FROM user_district sd WHERE sd.user_id = u.id AND sd.district_id = ANY(:scopeDistricts)))`,
        params: { scopeSelf: actor.userId, scopeAgency: actor.agencyId, scopeDistricts: [...actor.districtIds] },
      });
    }
    if (mode === 'read') {
      return brand({ actor, mode, where: 'u.id = :scopeSelf', params: { scopeSelf: actor.userId } });
    }
    return brand({ actor, mode, where: 'false', params: {} });
  }

  /** Of `ids`, the users the actor may read or manage. */
  async permittedUserIds(
    actor: Actor,
    ids: readonly string[],
    mode: 'read' | 'manage',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const scope = this.userScope(actor, mode);
    const rows: { id: string }[] = await manager
      .createQueryBuilder()
      .select('u.id', 'id')
      .from('user_account', 'u')
      .where('u.id::text = ANY(:ids)', { ids: [...ids] })
      .andWhere(scope.where, scope.params)
      .getRawMany();
    return new Set(rows.map((row) => row.id));
  }

  /** Of `ids`, the agencies the actor may read (the directory) or manage (administrators). */
  async permittedAgencyIds(
    actor: Actor,
    ids: readonly string[],
    mode: 'read' | 'manage',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const needed = mode === 'manage' ? Permission.AGENCY_MANAGE : Permission.DIRECTORY_READ;
    if (ids.length === 0 || !actor.permissions.has(needed)) return new Set();
    const rows: { id: string }[] = await manager.query(`SELECT id FROM agency WHERE id::text = ANY($1)`, [[...ids]]);
    return new Set(rows.map((row) => row.id));
  }
}

/** The only place a UserScope is minted. */
function brand(scope: Omit<UserScope, typeof scopeBrand>): UserScope {
  return scope as UserScope;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  BadUserInputError,
  Connection,
  decodeCursor,
  NotFoundError,
  PageArgs,
  toConnection,
  updateVersioned,
  withUniqueAsBadInput,
} from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import {
  AccessService,
  AgencyEntity,
  DistrictEntity,
  PasswordService,
  SessionService,
  UserAccountEntity,
  UserDistrictEntity,
  UserScope,
} from '@mace/api-auth';
import { AuditOperation, AuditSubjectType } from '@mace/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateUserInput, SetUserActiveInput, UpdateUserInput, UserFilterInput } from './user.inputs';

const EMAIL_TAKEN = { email: 'A user with this email address already exists' };

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  /** The caller's scope is a required argument: an unscoped directory query does not compile. */
  async list(scope: UserScope, filter: UserFilterInput | undefined, page: PageArgs): Promise<Connection<UserAccountEntity>> {
    const offset = decodeCursor(page.after);
    const query = this.dataSource.getRepository(UserAccountEntity).createQueryBuilder('u').where(scope.where, scope.params);
    if (filter?.agencyId) query.andWhere('u.agency_id = :agency', { agency: filter.agencyId });
    if (filter?.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter?.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (filter?.districtId) {
      query.andWhere('EXISTS (SELECT 1 FROM user_district fd WHERE fd.user_id = u.id AND fd.district_id = :district)', {
        district: filter.districtId,
      });
    }
    if (filter?.search) {
      query.andWhere('(u.display_name ILIKE :search OR u.email ILIKE :search)', { search: `%${escapeLike(filter.search)}%` });
    }
    const [rows, total] = await query.orderBy('u.display_name').addOrderBy('u.id').skip(offset).take(page.first).getManyAndCount();
    return toConnection(rows, total, offset);
  }

  async get(actor: Actor, id: string): Promise<UserAccountEntity> {
    const permitted = await this.access.permittedUserIds(actor, [id], 'read');
    const user = permitted.has(id) ? await this.dataSource.getRepository(UserAccountEntity).findOneBy({ id }) : null;
    if (!user) throw new NotFoundError('User');
    return user;
  }

  create(actor: Actor, input: CreateUserInput, requestId: string): Promise<UserAccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertReferencesExist(manager, input.agencyId, input.districtIds);
      if (await this.emailTaken(manager, input.email)) throw new BadUserInputError(EMAIL_TAKEN);
      const passwordHash = input.password ? await this.passwords.hash(input.password) : null;
      const saved = await withUniqueAsBadInput(EMAIL_TAKEN, () =>
        manager.getRepository(UserAccountEntity).save({
          email: input.email,
          displayName: input.displayName,
          agencyId: input.agencyId,
          roles: input.roles,
          passwordHash,
        }),
      );
      await this.replaceDistricts(manager, saved.id, input.districtIds);
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.USER,
        subjectIds: [saved.id],
        justification: 'user account created',
      });
      return manager.getRepository(UserAccountEntity).findOneByOrFail({ id: saved.id });
    });
  }

  update(actor: Actor, input: UpdateUserInput, requestId: string): Promise<UserAccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertManageable(actor, input.id, manager);
      await this.assertReferencesExist(manager, input.agencyId, input.districtIds ?? []);
      const changes = Object.fromEntries(
        (['displayName', 'agencyId', 'roles'] as const).filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
      );
      await updateVersioned(manager, UserAccountEntity, 'User', input.id, input.version, changes);
      if (input.districtIds) await this.replaceDistricts(manager, input.id, input.districtIds);
      const changed = [...Object.keys(changes), ...(input.districtIds ? ['districtIds'] : [])];
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.USER,
        subjectIds: [input.id],
        justification: `changed: ${changed.join(', ') || 'nothing'}`,
      });
      return manager.getRepository(UserAccountEntity).findOneByOrFail({ id: input.id });
    });
  }

  /** Deactivating ends every session of the user in the same transaction. */
  setActive(actor: Actor, input: SetUserActiveInput, requestId: string): Promise<UserAccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertManageable(actor, input.id, manager);
      if (!input.active && input.id === actor.userId) {
        throw new BadUserInputError({ active: 'You cannot deactivate your own account' });
      }
      await updateVersioned(manager, UserAccountEntity, 'User', input.id, input.version, { active: input.active });
      if (!input.active) await this.sessions.revokeAllForUser(manager, input.id);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.USER,
        subjectIds: [input.id],
        justification: input.active ? 'reactivated' : 'deactivated; sessions ended',
      });
      return manager.getRepository(UserAccountEntity).findOneByOrFail({ id: input.id });
    });
  }

  private async assertManageable(actor: Actor, id: string, manager: EntityManager): Promise<void> {
    const permitted = await this.access.permittedUserIds(actor, [id], 'manage', manager);
    if (!permitted.has(id)) throw new NotFoundError('User');
  }

  private async assertReferencesExist(manager: EntityManager, agencyId: string | undefined, districtIds: string[]): Promise<void> {
    const fields: Record<string, string> = {};
    if (agencyId && !(await manager.getRepository(AgencyEntity).existsBy({ id: agencyId, active: true }))) {
      fields['agencyId'] = 'Choose an active agency that exists';
    }
    if (districtIds.length && (await manager.getRepository(DistrictEntity).countBy({ id: In(districtIds) })) !== districtIds.length) {
      fields['districtIds'] = 'Choose districts that exist';
    }
    if (Object.keys(fields).length) throw new BadUserInputError(fields);
  }

  private emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return manager.getRepository(UserAccountEntity).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
  }

  private async replaceDistricts(manager: EntityManager, userId: string, districtIds: string[]): Promise<void> {
    await manager.getRepository(UserDistrictEntity).delete({ userId });
    if (districtIds.length) {
      await manager.getRepository(UserDistrictEntity).insert(districtIds.map((districtId) => ({ userId, districtId })));
    }
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

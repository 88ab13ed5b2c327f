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
import { AccessService, AgencyEntity, DistrictEntity } from '@mace/api-auth';
import { AuditOperation, AuditSubjectType } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyFilterInput, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';

const NAME_TAKEN = { name: 'An agency with this name already exists' };

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The agency directory is not case data: every role holding DIRECTORY_READ sees all of it. */
  async list(filter: AgencyFilterInput | undefined, page: PageArgs): Promise<Connection<AgencyEntity>> {
    const offset = decodeCursor(page.after);
    const query = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('a');
    if (filter?.districtId) query.andWhere('a.district_id = :district', { district: filter.districtId });
    if (filter?.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    const [rows, total] = await query.orderBy('a.name').addOrderBy('a.id').skip(offset).take(page.first).getManyAndCount();
    return toConnection(rows, total, offset);
  }

  async get(actor: Actor, id: string): Promise<AgencyEntity> {
    const permitted = await this.access.permittedAgencyIds(actor, [id], 'read');
    const agency = permitted.has(id) ? await this.dataSource.getRepository(AgencyEntity).findOneBy({ id }) : null;
    if (!agency) throw new NotFoundError('Agency');
    return agency;
  }

  create(actor: Actor, input: CreateAgencyInput, requestId: string): Promise<AgencyEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertDistrictExists(manager, input.districtId);
      await this.assertNameFree(manager, input.name);
      const saved = await withUniqueAsBadInput(NAME_TAKEN, () =>
        manager.getRepository(AgencyEntity).save({ name: input.name, kind: input.kind, districtId: input.districtId ?? null }),
      );
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENCY,
        subjectIds: [saved.id],
        justification: 'agency created',
      });
      return saved;
    });
  }

  update(actor: Actor, input: UpdateAgencyInput, requestId: string): Promise<AgencyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const permitted = await this.access.permittedAgencyIds(actor, [input.id], 'manage', manager);
      if (!permitted.has(input.id)) throw new NotFoundError('Agency');
      if (input.name !== undefined) await this.assertNameFree(manager, input.name, input.id);
      const changes = Object.fromEntries(
        (['name', 'kind', 'active'] as const).filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
      );
      await withUniqueAsBadInput(NAME_TAKEN, () => updateVersioned(manager, AgencyEntity, 'Agency', input.id, input.version, changes));
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENCY,
        subjectIds: [input.id],
        justification: `changed: ${Object.keys(changes).join(', ') || 'nothing'}`,
      });
      return manager.getRepository(AgencyEntity).findOneByOrFail({ id: input.id });
    });
  }

  private async assertDistrictExists(manager: EntityManager, districtId: string | null | undefined): Promise<void> {
    if (districtId && !(await manager.getRepository(DistrictEntity).existsBy({ id: districtId }))) {
      throw new BadUserInputError({ districtId: 'Choose a district that exists' });
    }
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    const query = manager.getRepository(AgencyEntity).createQueryBuilder('a').where('lower(a.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('a.id <> :id', { id: exceptId });
    if (await query.getExists()) throw new BadUserInputError(NAME_TAKEN);
  }
}

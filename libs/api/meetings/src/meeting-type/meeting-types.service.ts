import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ForbiddenError, NotFoundError, updateVersioned, withUniqueAsBadInput } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, Permission } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingTypeMemberEntity } from '../entities/meeting-type-member.entity';
import { MeetingTypeEntity } from '../entities/meeting-type.entity';
import { CONFIGURE_REFUSAL, mayConfigureDistrict } from './meeting-type-access';
import { CreateMeetingTypeInput, UpdateMeetingTypeInput } from './meeting-type.inputs';

const NAME_TAKEN = { name: 'A meeting type with this name already exists in the district' };

/**
 * Meeting types are configuration: who may list them, create them and change them. Each write is
 * one transaction with its audit event; core members are replaced as a set.
 */
@Injectable()
export class MeetingTypesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Configurers see every type; people who read meetings see the types of their own districts. */
  list(actor: Actor, districtId: string | undefined): Promise<MeetingTypeEntity[]> {
    const query = this.dataSource.getRepository(MeetingTypeEntity).createQueryBuilder('t');
    if (!actor.permissions.has(Permission.MEETING_CONFIGURE)) {
      if (!actor.permissions.has(Permission.MEETING_READ)) throw new ForbiddenError();
      query.where('t.district_id = ANY(:districts)', { districts: [...actor.districtIds] });
    }
    if (districtId) query.andWhere('t.district_id::text = :district', { district: districtId });
    return query.orderBy('t.name').addOrderBy('t.id').getMany();
  }

  create(actor: Actor, input: CreateMeetingTypeInput, requestId: string): Promise<MeetingTypeEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (!mayConfigureDistrict(actor, input.districtId)) throw new ForbiddenError(CONFIGURE_REFUSAL);
      const problems = await this.referenceProblems(manager, input.districtId, input.coreAgencyIds);
      if (await this.nameTaken(manager, input.districtId, input.name, null)) Object.assign(problems, NAME_TAKEN);
      if (Object.keys(problems).length) throw new BadUserInputError(problems);
      const { id } = await withUniqueAsBadInput(NAME_TAKEN, () =>
        manager.getRepository(MeetingTypeEntity).save({
          districtId: input.districtId,
          kind: input.kind,
          name: input.name,
          cadenceDays: input.cadenceDays,
          defaultStartTime: input.defaultStartTime,
          defaultDurationMinutes: input.defaultDurationMinutes,
          defaultTimeboxMinutes: input.defaultTimeboxMinutes,
          agendaRules: input.agendaRules,
          confidentialityStatement: input.confidentialityStatement,
          active: true,
        }),
      );
      await this.replaceMembers(manager, id, input.coreAgencyIds);
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING_TYPE,
        subjectIds: [id],
        justification: 'meeting type created',
      });
      return manager.getRepository(MeetingTypeEntity).findOneByOrFail({ id });
    });
  }

  update(actor: Actor, input: UpdateMeetingTypeInput, requestId: string): Promise<MeetingTypeEntity> {
    const { id, version, coreAgencyIds, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.getRepository(MeetingTypeEntity).findOneBy({ id });
      // Types are configuration every configurer may list, so another district's type is FORBIDDEN, not hidden.
      if (!type) throw new NotFoundError('Meeting type');
      if (!mayConfigureDistrict(actor, type.districtId)) throw new ForbiddenError(CONFIGURE_REFUSAL);
      const problems = coreAgencyIds ? await this.referenceProblems(manager, null, coreAgencyIds) : {};
      if (fields.name !== undefined && (await this.nameTaken(manager, type.districtId, fields.name, id))) Object.assign(problems, NAME_TAKEN);
      if (Object.keys(problems).length) throw new BadUserInputError(problems);
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      const changed = [...Object.keys(changes), ...(coreAgencyIds ? ['coreAgencyIds'] : [])];
      if (changed.length === 0) throw new BadUserInputError({ name: 'Change at least one setting' });
      await withUniqueAsBadInput(NAME_TAKEN, () => updateVersioned(manager, MeetingTypeEntity, 'Meeting type', id, version, changes));
      if (coreAgencyIds) await this.replaceMembers(manager, id, coreAgencyIds);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING_TYPE,
        subjectIds: [id],
        justification: `changed: ${changed.join(', ')}`,
      });
      return manager.getRepository(MeetingTypeEntity).findOneByOrFail({ id });
    });
  }

  /** The district exists; every core agency exists and is active. Reported together, per field. */
  private async referenceProblems(manager: EntityManager, districtId: string | null, agencyIds: readonly string[]): Promise<Record<string, string>> {
    const [row]: { district_ok: boolean; agencies_ok: number }[] = await manager.query(
      `SELECT ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM district WHERE id = $1)) AS district_ok,
              (SELECT count(*)::int FROM agency WHERE id = ANY($2::uuid[]) AND active) AS agencies_ok`,
      [districtId, [...agencyIds]],
    );
    const problems: Record<string, string> = {};
    if (!row.district_ok) problems['districtId'] = 'Choose a district that exists';
    if (row.agencies_ok !== agencyIds.length) problems['coreAgencyIds'] = 'Choose active agencies that exist';
    return problems;
  }

  private async nameTaken(manager: EntityManager, districtId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM meeting_type WHERE district_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
      [districtId, name, exceptId],
    );
    return rows.length > 0;
  }

  private async replaceMembers(manager: EntityManager, typeId: string, agencyIds: readonly string[]): Promise<void> {
    await manager.getRepository(MeetingTypeMemberEntity).delete({ meetingTypeId: typeId });
    await manager.getRepository(MeetingTypeMemberEntity).insert(agencyIds.map((agencyId) => ({ meetingTypeId: typeId, agencyId })));
  }
}

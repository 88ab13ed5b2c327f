import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ConflictError, ForbiddenError, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, MeetingStatus, Permission } from '@mace/shared-domain';
import { DataSource, In } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingMemberEntity } from '../entities/meeting-member.entity';
import { MeetingSeriesEntity } from '../entities/meeting-series.entity';
import { MeetingTypeEntity } from '../entities/meeting-type.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { addLondonDays } from './london-days';
import { CHAIR_ONLY, meetingForChange } from './meeting-for-change';
import { CancelMeetingInput, ScheduleMeetingInput } from './meeting.inputs';

/** Statuses from which a meeting may still be cancelled: it has not started. */
const CANCELLABLE = [MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_LOCKED];

/** Scheduling meetings (single or a series) and cancelling them, by the chair of the type's district. */
@Injectable()
export class MeetingScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every meeting of the request, in order: several make a series (one meeting_series row) at the
   * same Europe/London time of day. Each invites the type's active core agencies.
   */
  schedule(actor: Actor, input: ScheduleMeetingInput, requestId: string): Promise<MeetingEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const type = await manager.getRepository(MeetingTypeEntity).findOneBy({ id: input.meetingTypeId });
      // Types are configuration every chair may list: one of another district is FORBIDDEN, not hidden.
      if (!type) throw new BadUserInputError({ meetingTypeId: 'Choose a meeting type that exists' });
      if (!actor.permissions.has(Permission.MEETING_MANAGE_DISTRICT) || !actor.districtIds.includes(type.districtId)) {
        throw new ForbiddenError('Only a chair of the meeting type’s district can schedule its meetings');
      }
      if (!type.active) throw new BadUserInputError({ meetingTypeId: 'This meeting type is no longer in use' });

      const everyDays = input.everyDays ?? type.cadenceDays;
      let seriesId: string | null = null;
      if (input.repeatCount > 1) {
        seriesId = (await manager.getRepository(MeetingSeriesEntity).save({ meetingTypeId: type.id, everyDays, createdByUserId: actor.userId })).id;
      }
      const members: { agency_id: string }[] = await manager.query(
        `SELECT tm.agency_id FROM meeting_type_member tm JOIN agency a ON a.id = tm.agency_id WHERE tm.meeting_type_id = $1 AND a.active`,
        [type.id],
      );
      const rows = Array.from({ length: input.repeatCount }, (_, index) => ({
        meetingTypeId: type.id,
        districtId: type.districtId,
        seriesId,
        startsAt: addLondonDays(input.startsAt, index * everyDays),
        durationMinutes: input.durationMinutes ?? type.defaultDurationMinutes,
        place: input.place ?? null,
        chairUserId: actor.userId,
        status: MeetingStatus.SCHEDULED,
      }));
      const ids: string[] = (await manager.getRepository(MeetingEntity).insert(rows)).identifiers.map((identifier) => identifier['id']);
      if (members.length) {
        await manager
          .getRepository(MeetingMemberEntity)
          .insert(ids.flatMap((meetingId) => members.map((member) => ({ meetingId, agencyId: member.agency_id, core: true }))));
      }
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: ids,
        justification: seriesId ? `series of ${ids.length} meetings scheduled` : 'meeting scheduled',
      });
      return manager.getRepository(MeetingEntity).find({ where: { id: In(ids) }, order: { startsAt: 'ASC' } });
    });
  }

  /** Cancel a meeting that has not started, with a reason everyone invited reads. */
  cancel(actor: Actor, input: CancelMeetingInput, requestId: string): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting } = await meetingForChange(manager, this.access, actor, input.meetingId, CHAIR_ONLY);
      if (meeting.version !== input.version) throw new ConflictError();
      if (meeting.status === MeetingStatus.CANCELLED) throw new BadUserInputError({ meetingId: 'This meeting is already cancelled' });
      if (!CANCELLABLE.includes(meeting.status)) throw new BadUserInputError({ meetingId: 'A meeting that has started cannot be cancelled' });
      await updateVersioned(manager, MeetingEntity, 'Meeting', meeting.id, input.version, {
        status: MeetingStatus.CANCELLED,
        cancelledReason: input.reason,
      });
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: [meeting.id],
        justification: 'meeting cancelled; changed: status, cancelledReason',
      });
      return manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AttendanceStatus, AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { MeetingMemberEntity } from '../entities/meeting-member.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { toMeetingModel, MeetingModel } from '../meeting/meeting.model';
import { assertStatus, LiveAccess } from './live-access';
import { RecordAttendanceInput } from './live.inputs';
import { MeetingMemberModel } from './live.models';

/**
 * Opening a meeting: the chair starts it (listing earlier meetings' unfinished actions for
 * review), records who came, and each person accepts the confidentiality statement before case
 * details show to them. Each change is one transaction with its audit event; the event for
 * everyone following the meeting goes out after the commit.
 */
@Injectable()
export class MeetingOpeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveAccess,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async start(actor: Actor, meetingId: string, requestId: string): Promise<MeetingModel> {
    const model = await this.dataSource.transaction(async (manager) => {
      const { meeting, grant } = await this.live.managed(manager, actor, meetingId);
      if (meeting.status === MeetingStatus.SCHEDULED) throw new BadUserInputError({ meetingId: 'Lock the agenda before you start the meeting' });
      assertStatus(meeting, [MeetingStatus.AGENDA_LOCKED], 'meetingId', 'start the meeting');
      await manager
        .getRepository(MeetingEntity)
        .update(
          { id: meeting.id },
          { status: MeetingStatus.IN_PROGRESS, startedAt: () => 'now()', startedByUserId: actor.userId, chairUserId: meeting.chairUserId ?? actor.userId, version: () => 'version + 1' } as never,
        );
      // Every action set at an earlier meeting of the type that is still unfinished: the meeting
      // reviews each of them before it may close.
      const listed: { action_id: string }[] = await manager.query(
        `INSERT INTO meeting_action_review (meeting_id, action_id, status_at_start)
         SELECT $1, a.id, a.status FROM action a JOIN meeting earlier ON earlier.id = a.meeting_id
         WHERE earlier.meeting_type_id = $2 AND earlier.id <> $1 AND earlier.starts_at < $3 AND a.status = ANY($4)
         ON CONFLICT DO NOTHING RETURNING action_id`,
        [meeting.id, meeting.meetingTypeId, meeting.startsAt, [...UNFINISHED_ACTION_STATUSES]],
      );
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: [meeting.id],
        justification: `meeting started; ${listed.length} earlier action(s) listed for review`,
      });
      return toMeetingModel(await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id }), grant);
    });
    await this.events.publish(meetingId, MeetingEventKind.MEETING_STARTED, null, actor.userId);
    return model;
  }

  /** Idempotent: a second acceptance changes nothing and writes no second event. */
  acceptConfidentiality(actor: Actor, meetingId: string, requestId: string): Promise<MeetingModel> {
    return this.dataSource.transaction(async (manager) => {
      const { meeting, grant } = await this.live.readable(manager, actor, meetingId);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO meeting_confidentiality (meeting_id, user_id, agency_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [meeting.id, actor.userId, actor.agencyId],
      );
      if (inserted.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.COLLECTION,
          actor,
          requestId,
          subjectType: AuditSubjectType.MEETING,
          subjectIds: [meeting.id],
          justification: 'confidentiality statement accepted',
        });
      }
      return toMeetingModel(meeting, { ...grant, acceptedConfidentiality: true });
    });
  }

  async recordAttendance(actor: Actor, input: RecordAttendanceInput, requestId: string): Promise<MeetingMemberModel> {
    const member = await this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.live.managed(manager, actor, input.meetingId);
      assertStatus(meeting, [MeetingStatus.AGENDA_LOCKED, MeetingStatus.IN_PROGRESS], 'meetingId', 'record attendance');
      const members = manager.getRepository(MeetingMemberEntity);
      if (!(await members.existsBy({ meetingId: meeting.id, agencyId: input.agencyId }))) {
        throw new BadUserInputError({ agencyId: 'Choose an agency invited to this meeting' });
      }
      const recorded = input.attendance !== AttendanceStatus.NOT_RECORDED;
      await members.update(
        { meetingId: meeting.id, agencyId: input.agencyId },
        {
          attendance: input.attendance,
          attendeeNames: recorded ? (input.attendeeNames ?? null) : null,
          attendanceRecordedAt: recorded ? () => 'now()' : null,
        } as never,
      );
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: [meeting.id, input.agencyId],
        justification: `attendance recorded: ${input.attendance}`,
      });
      return members.findOneByOrFail({ meetingId: meeting.id, agencyId: input.agencyId });
    });
    await this.events.publish(input.meetingId, MeetingEventKind.ATTENDANCE_RECORDED, null, actor.userId);
    return toMemberModel(member);
  }
}

export function toMemberModel(entity: MeetingMemberEntity): MeetingMemberModel {
  return {
    meetingId: entity.meetingId,
    agencyId: entity.agencyId,
    core: entity.core,
    attendance: entity.attendance,
    attendeeNames: entity.attendeeNames,
    attendanceRecordedAt: entity.attendanceRecordedAt,
  };
}

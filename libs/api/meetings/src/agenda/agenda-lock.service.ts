import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { NotificationService } from '@mace/api-notifications';
import {
  AgendaItemStatus,
  AgendaSubjectType,
  AuditOperation,
  AuditSubjectType,
  MeetingEventKind,
  MeetingStatus,
  NotificationKind,
} from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { CHAIR_ONLY, meetingForChange } from '../meeting/meeting-for-change';
import { assertAgendaOpen } from './agenda-status';

/**
 * Locking the agenda: the meeting moves to AGENDA_LOCKED and the invited agencies that will see at
 * least one item (a theme, an item shared with the meeting, or a child the agency is involved with)
 * hear about it, so they post their updates. Agencies with only restricted items are not told.
 */
@Injectable()
export class AgendaLockService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async lock(actor: Actor, meetingId: string, requestId: string): Promise<MeetingEntity> {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const { meeting } = await meetingForChange(manager, this.access, actor, meetingId, CHAIR_ONLY);
      assertAgendaOpen(meeting, 'meetingId');
      await updateVersioned(manager, MeetingEntity, 'Meeting', meeting.id, meeting.version, {
        status: MeetingStatus.AGENDA_LOCKED,
        agendaLockedAt: () => 'now()',
        agendaLockedByUserId: actor.userId,
      });
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: [meeting.id],
        justification: 'agenda locked; changed: status, agendaLockedAt',
      });
      const agencyIds = await this.agenciesWithVisibleItems(manager, meeting.id);
      if (agencyIds.length) {
        // No personal data: the words go out by e-mail too; the link leads to the checked meeting.
        await this.notifications.notify(
          manager,
          { agencyIds },
          {
            kind: NotificationKind.AGENDA_LOCKED,
            subjectType: AuditSubjectType.MEETING,
            subjectId: meeting.id,
            message: 'The agenda of a meeting your agency attends is ready: please add your updates',
            link: `/meetings/${meeting.id}`,
            dedupeKey: `agenda-locked:${meeting.id}`,
          },
        );
      }
      return manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    });
    await this.events.publish(meeting.id, MeetingEventKind.AGENDA_LOCKED, null, actor.userId);
    return meeting;
  }

  /** Invited agencies with at least one live item they may see: a non-child subject, a shared item, or an involvement. */
  private async agenciesWithVisibleItems(manager: EntityManager, meetingId: string): Promise<string[]> {
    const rows: { agency_id: string }[] = await manager.query(
      `SELECT mm.agency_id FROM meeting_member mm
       WHERE mm.meeting_id = $1 AND EXISTS (
         SELECT 1 FROM agenda_item ai
         WHERE ai.meeting_id = mm.meeting_id AND ai.status <> $2 AND (
           ai.subject_type <> $3 OR ai.shared_at IS NOT NULL
           OR EXISTS (SELECT 1 FROM child_involvement ci WHERE ci.child_id = ai.child_id AND ci.agency_id = mm.agency_id)))
       ORDER BY mm.agency_id`,
      [meetingId, AgendaItemStatus.REMOVED, AgendaSubjectType.CHILD],
    );
    return rows.map((row) => row.agency_id);
  }
}

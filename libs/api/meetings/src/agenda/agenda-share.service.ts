import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, NotFoundError, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AgendaItemStatus, AgendaSubjectType, AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { CHAIR_ONLY, meetingForChange } from '../meeting/meeting-for-change';

/** A meeting whose items may still be shared: not closed or cancelled. */
const SHAREABLE = [MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_LOCKED, MeetingStatus.IN_PROGRESS];

/**
 * The chair shares a child's item with every agency invited to this meeting, for this meeting
 * only: a DISCLOSURE naming them as recipients. Their attendees then see the item in full.
 */
@Injectable()
export class AgendaShareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async share(actor: Actor, itemId: string, requestId: string): Promise<void> {
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const [row]: { meeting_id: string }[] = await manager.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [itemId]);
      if (!row) throw new NotFoundError('Agenda item');
      const { meeting } = await meetingForChange(manager, this.access, actor, row.meeting_id, CHAIR_ONLY, 'Agenda item');
      const item = await manager.getRepository(AgendaItemEntity).findOneByOrFail({ id: itemId });
      if (!SHAREABLE.includes(meeting.status)) throw new BadUserInputError({ itemId: 'The meeting is over: its items can no longer be shared' });
      if (item.status === AgendaItemStatus.REMOVED) throw new BadUserInputError({ itemId: 'This item has been removed from the agenda' });
      if (item.subjectType !== AgendaSubjectType.CHILD) throw new BadUserInputError({ itemId: 'Every attendee already sees this item' });
      if (item.sharedAt) throw new BadUserInputError({ itemId: 'This item is already shared with the meeting' });
      // The meeting row is locked, so the version just read is current.
      await updateVersioned(manager, AgendaItemEntity, 'Agenda item', item.id, item.version, {
        sharedAt: () => 'now()',
        sharedByUserId: actor.userId,
      });
      const members: { agency_id: string }[] = await manager.query(
        `SELECT agency_id FROM meeting_member WHERE meeting_id = $1 ORDER BY agency_id`,
        [meeting.id],
      );
      await this.audit.record(manager, {
        operation: AuditOperation.DISCLOSURE,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: [item.id, item.childId as string],
        justification: `shared by the chair with the agencies of meeting ${meeting.id}`,
        recipients: members.map((member) => member.agency_id),
      });
      return meeting.id;
    });
    await this.events.publish(meetingId, MeetingEventKind.ITEM_SHARED, itemId, actor.userId);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AgendaItemStatus, AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { MeetingModel, toMeetingModel } from '../meeting/meeting.model';
import { assertStatus, LiveAccess } from './live-access';
import { SetCurrentItemInput } from './live.inputs';

/**
 * The item on everyone's screen. Moving to an item starts its timer the first time
 * (discussion_started_at) and moving away stops it (discussion_ended_at); coming back to an item
 * keeps its first start, so the timer shows the whole time spent on it.
 */
@Injectable()
export class CurrentItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveAccess,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async set(actor: Actor, input: SetCurrentItemInput, requestId: string): Promise<MeetingModel> {
    const itemId = input.itemId ?? null;
    const { model, changed } = await this.dataSource.transaction(async (manager) => {
      const { meeting, grant } = await this.live.managed(manager, actor, input.meetingId);
      assertStatus(meeting, [MeetingStatus.IN_PROGRESS], 'meetingId', 'move between items');
      if (itemId !== null) {
        const item = await manager.getRepository(AgendaItemEntity).findOneBy({ id: itemId, meetingId: meeting.id });
        if (!item || item.status === AgendaItemStatus.REMOVED) throw new BadUserInputError({ itemId: 'Choose an item on this meeting’s agenda' });
      }
      if (meeting.currentItemId === itemId) return { model: toMeetingModel(meeting, grant), changed: false };
      if (meeting.currentItemId) await stamp(manager, meeting.currentItemId, 'discussion_ended_at = now()');
      if (itemId) await stamp(manager, itemId, 'discussion_started_at = coalesce(discussion_started_at, now()), discussion_ended_at = NULL');
      await manager.getRepository(MeetingEntity).update({ id: meeting.id }, { currentItemId: itemId, version: () => 'version + 1' } as never);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: itemId ? [meeting.id, itemId] : [meeting.id],
        justification: itemId ? 'current item set' : 'back to the overview',
      });
      return { model: toMeetingModel(await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id }), grant), changed: true };
    });
    if (changed) await this.events.publish(input.meetingId, MeetingEventKind.CURRENT_ITEM_CHANGED, itemId, actor.userId);
    return model;
  }
}

/** The timer columns of one item; its version moves so a stale edit of the item is still refused. */
async function stamp(manager: EntityManager, itemId: string, set: string): Promise<void> {
  await manager.query(`UPDATE agenda_item SET ${set}, version = version + 1, updated_at = now() WHERE id = $1`, [itemId]);
}

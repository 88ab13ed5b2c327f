import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AgendaItemStatus, AuditOperation, AuditSubjectType, MeetingEventKind } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { ItemVisibility, MeetingAccessService } from '../../access/meeting-access.service';
import { AgendaItemUpdateEntity } from '../../entities/agenda-item-update.entity';
import { AgendaItemEntity } from '../../entities/agenda-item.entity';
import { MeetingEntity } from '../../entities/meeting.entity';
import { MeetingEventsService } from '../../events/meeting-events.service';
import { AgendaItemUpdateModel } from './agenda-item-update.model';
import { SaveAgendaItemUpdateInput } from './agenda-item-update.inputs';
import { UPDATABLE_MEETING, updateRows } from './update-rows';

const ALREADY_POSTED = 'Your agency has already posted an update on this item. Reload it and make your change there';

/**
 * Pre-meeting updates: one per agency per item, by anyone of an invited agency (or overseeing the
 * district) who sees the item in full, until the meeting starts. The first save names no version;
 * of two first saves at once, the second is a CONFLICT (the unique index decides), never a duplicate.
 */
@Injectable()
export class AgendaItemUpdatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async save(actor: Actor, input: SaveAgendaItemUpdateInput, requestId: string): Promise<AgendaItemUpdateModel> {
    const texts = {
      contactSinceLast: input.contactSinceLast ?? null,
      concerns: input.concerns ?? null,
      childVoice: input.childVoice ?? null,
      actionProgress: input.actionProgress ?? null,
    };
    const { id, meetingId } = await this.dataSource
      .transaction(async (manager) => {
        const item = await manager.getRepository(AgendaItemEntity).findOneBy({ id: input.itemId });
        const grants = item ? await this.access.readable(actor, [item.meetingId], manager) : new Map();
        if (!item || !grants.has(item.meetingId)) throw new NotFoundError('Agenda item');
        const visibility = (await this.access.itemVisibility(actor, [item], grants, manager)).get(item.id);
        if (visibility === ItemVisibility.NEEDS_CONFIDENTIALITY) throw new ForbiddenError('Accept the meeting’s confidentiality statement first');
        if (visibility !== ItemVisibility.FULL) throw new ForbiddenError('Only agencies that may see this item can post an update on it');
        const meeting = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: item.meetingId });
        if (!UPDATABLE_MEETING.includes(meeting.status)) throw new BadUserInputError({ itemId: 'The meeting has started: updates can no longer be changed' });
        if (item.status === AgendaItemStatus.REMOVED) throw new BadUserInputError({ itemId: 'This item has been removed from the agenda' });
        if (Object.values(texts).every((text) => text === null)) throw new BadUserInputError({ contactSinceLast: 'Enter at least one part of the update' });

        const existing = await manager.getRepository(AgendaItemUpdateEntity).findOneBy({ agendaItemId: item.id, agencyId: actor.agencyId });
        let id: string;
        if (input.version == null) {
          if (existing) throw new ConflictError(ALREADY_POSTED);
          id = (await manager.getRepository(AgendaItemUpdateEntity).insert({ agendaItemId: item.id, agencyId: actor.agencyId, userId: actor.userId, ...texts }))
            .identifiers[0]['id'];
        } else {
          if (!existing) throw new ConflictError();
          id = existing.id;
          await updateVersioned(manager, AgendaItemUpdateEntity, 'Update', id, input.version, { ...texts, userId: actor.userId });
        }
        await this.audit.record(manager, {
          operation: existing ? AuditOperation.ALTERATION : AuditOperation.COLLECTION,
          actor,
          requestId,
          subjectType: AuditSubjectType.AGENDA_ITEM,
          subjectIds: item.childId ? [item.id, item.childId] : [item.id],
          justification: existing ? 'pre-meeting update changed' : 'pre-meeting update posted',
        });
        return { id, meetingId: item.meetingId };
      })
      .catch((error: unknown) => {
        // A concurrent first save by the same agency lost the race on the unique index.
        if (isUniqueViolation(error)) throw new ConflictError(ALREADY_POSTED);
        throw error;
      });
    await this.events.publish(meetingId, MeetingEventKind.AGENDA_CHANGED, input.itemId, actor.userId);
    const [saved] = await updateRows(this.dataSource.manager, actor, { ids: [id] });
    return saved;
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, BadUserInputError, ForbiddenError, NotFoundError } from '@mace/api-core';
import { MeetingStatus, MEETING_STATUS_LABELS } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { ItemVisibility, MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { meetingForChange } from '../meeting/meeting-for-change';

export const CHAIR_ONLY = 'Only the chair of the district can run this meeting';
export const ACCEPT_FIRST = 'Accept the meeting’s confidentiality statement to see and record case details';
export const NOT_SHARED = 'Your agency has no need to know about this item, and the chair has not shared it';

export interface LockedMeeting {
  meeting: MeetingEntity;
  grant: MeetingGrant;
}

export interface LockedItem extends LockedMeeting {
  item: AgendaItemEntity;
  visibility: ItemVisibility;
}

/**
 * The checks every live operation starts with, inside its transaction: the meeting (or item) row
 * locked, so a concurrent start, close or outcome queues behind this one and then sees its
 * result; NOT_FOUND when the caller may not open the meeting, exactly as for an id that does not
 * exist; FORBIDDEN when they may open it but not do this.
 */
@Injectable()
export class LiveAccess {
  constructor(private readonly access: MeetingAccessService) {}

  /** A meeting the caller may open. */
  async readable(manager: EntityManager, actor: Actor, meetingId: string): Promise<LockedMeeting> {
    const grant = (await this.access.readable(actor, [meetingId], manager)).get(meetingId);
    if (!grant) throw new NotFoundError('Meeting');
    const meeting = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    return { meeting, grant };
  }

  /** A meeting the caller chairs, locked for this transaction. */
  managed(manager: EntityManager, actor: Actor, meetingId: string): Promise<LockedMeeting> {
    return meetingForChange(manager, this.access, actor, meetingId, CHAIR_ONLY);
  }

  /**
   * An item of a meeting the caller chairs, whose case details they see (they accepted the
   * statement, and the child is theirs to know): meeting and item locked in that order.
   */
  async managedItem(manager: EntityManager, actor: Actor, itemId: string): Promise<LockedItem> {
    const found = await manager.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!found) throw new NotFoundError('Agenda item');
    const { meeting, grant } = await meetingForChange(manager, this.access, actor, found.meetingId, CHAIR_ONLY, 'Agenda item');
    const item = await manager
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id: itemId })
      .getOneOrFail();
    const visibility = (await this.access.itemVisibility(actor, [item], new Map([[grant.meetingId, grant]]), manager)).get(item.id);
    if (visibility === ItemVisibility.NEEDS_CONFIDENTIALITY) throw new ForbiddenError(ACCEPT_FIRST);
    if (visibility !== ItemVisibility.FULL) throw new ForbiddenError(NOT_SHARED);
    return { meeting, grant, item, visibility };
  }
}

/** BAD_USER_INPUT unless the meeting is in one of `allowed`; `field` names the input field the form shows it beside. */
export function assertStatus(meeting: MeetingEntity, allowed: readonly MeetingStatus[], field: string, action: string): void {
  if (allowed.includes(meeting.status)) return;
  const now = MEETING_STATUS_LABELS[meeting.status].toLowerCase();
  throw new BadUserInputError({ [field]: `You can ${action} only while the meeting is ${allowed.map((s) => MEETING_STATUS_LABELS[s].toLowerCase()).join(' or ')}; it is ${now}` });
}


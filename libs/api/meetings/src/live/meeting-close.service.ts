import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AgendaItemStatus, AgendaRule, AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaItemEntity, AgendaItemReason } from '../entities/agenda-item.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { MeetingModel, toMeetingModel } from '../meeting/meeting.model';
import { assertStatus, LiveAccess } from './live-access';

/**
 * Closing a meeting. Refused while an earlier action listed at the start is unreviewed. Items not
 * reached become NOT_REACHED and are carried to the next scheduled meeting of the type, if there
 * is one: as a new item that says why and which item it continues, or, where the child is already
 * on that agenda, as one more reason on the item there.
 */
@Injectable()
export class MeetingCloseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveAccess,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async close(actor: Actor, meetingId: string, requestId: string): Promise<MeetingModel> {
    const { model, nextMeetingId } = await this.dataSource.transaction(async (manager) => {
      const { meeting, grant } = await this.live.managed(manager, actor, meetingId);
      assertStatus(meeting, [MeetingStatus.IN_PROGRESS], 'meetingId', 'close the meeting');
      const [{ open }]: { open: number }[] = await manager.query(
        `SELECT count(*)::int AS open FROM meeting_action_review WHERE meeting_id = $1 AND reviewed_at IS NULL`,
        [meeting.id],
      );
      if (open > 0) {
        throw new BadUserInputError({
          meetingId: `${open} action${open === 1 ? '' : 's'} from earlier meetings still need${open === 1 ? 's' : ''} a review before the meeting can close`,
        });
      }
      const notReached = await manager.getRepository(AgendaItemEntity).find({
        where: { meetingId: meeting.id, status: AgendaItemStatus.PENDING },
        order: { position: 'ASC' },
      });
      if (notReached.length) {
        await manager.query(`UPDATE agenda_item SET status = $2, version = version + 1, updated_at = now() WHERE id = ANY($1)`, [
          notReached.map((item) => item.id),
          AgendaItemStatus.NOT_REACHED,
        ]);
      }
      const next = notReached.length ? await nextScheduled(manager, meeting) : null;
      const carried = next ? await carryForward(manager, meeting, next, notReached, actor.userId) : [];

      if (meeting.currentItemId) {
        await manager.query(`UPDATE agenda_item SET discussion_ended_at = now() WHERE id = $1 AND discussion_ended_at IS NULL`, [meeting.currentItemId]);
      }
      await manager
        .getRepository(MeetingEntity)
        .update(
          { id: meeting.id },
          { status: MeetingStatus.CLOSED, currentItemId: null, closedAt: () => 'now()', closedByUserId: actor.userId, version: () => 'version + 1' } as never,
        );
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: next ? [meeting.id, next.id] : [meeting.id],
        justification: `meeting closed; ${notReached.length} item(s) not reached, ${next ? `carried to the next meeting` : 'no scheduled meeting to carry them to'}`,
      });
      if (carried.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.COLLECTION,
          actor,
          requestId,
          subjectType: AuditSubjectType.AGENDA_ITEM,
          subjectIds: carried,
          justification: 'carried forward: not reached at the previous meeting',
        });
      }
      const closed = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
      return { model: toMeetingModel(closed, grant), nextMeetingId: carried.length ? next!.id : null };
    });
    await this.events.publish(meetingId, MeetingEventKind.MEETING_CLOSED, null, actor.userId);
    if (nextMeetingId) await this.events.publish(nextMeetingId, MeetingEventKind.AGENDA_CHANGED, null, actor.userId);
    return model;
  }
}

/** The next meeting of the same type still being prepared (scheduled, agenda not locked), soonest first. */
async function nextScheduled(manager: EntityManager, meeting: MeetingEntity): Promise<MeetingEntity | null> {
  return manager
    .getRepository(MeetingEntity)
    .createQueryBuilder('m')
    .setLock('pessimistic_write')
    .where('m.meeting_type_id = :type AND m.status = :scheduled AND m.starts_at > :after AND m.id <> :id', {
      type: meeting.meetingTypeId,
      scheduled: MeetingStatus.SCHEDULED,
      after: meeting.startsAt,
      id: meeting.id,
    })
    .orderBy('m.starts_at', 'ASC')
    .getOne();
}

/**
 * Put each item not reached on the next meeting's agenda; returns the ids of the items written
 * there (new or given one more reason). A child already on that agenda is not added twice.
 */
async function carryForward(
  manager: EntityManager,
  from: MeetingEntity,
  next: MeetingEntity,
  items: AgendaItemEntity[],
  userId: string,
): Promise<string[]> {
  const reason: AgendaItemReason = { rule: AgendaRule.CARRIED_FORWARD, detail: `Not reached at the meeting of ${londonDate(from.startsAt)}` };
  const repo = manager.getRepository(AgendaItemEntity);
  const written: string[] = [];
  for (const item of items) {
    const present = item.childId
      ? await repo
          .createQueryBuilder('i')
          .where('i.meeting_id = :meeting AND i.child_id = :child AND i.status <> :removed', {
            meeting: next.id,
            child: item.childId,
            removed: AgendaItemStatus.REMOVED,
          })
          .getOne()
      : null;
    if (present) {
      const reasons = present.reasons.some((r) => r.rule === AgendaRule.CARRIED_FORWARD) ? present.reasons : [...present.reasons, reason];
      await manager.query(
        `UPDATE agenda_item SET reasons = $2::jsonb, carried_from_item_id = coalesce(carried_from_item_id, $3),
           version = version + 1, updated_at = now() WHERE id = $1`,
        [present.id, JSON.stringify(reasons), item.id],
      );
      written.push(present.id);
      continue;
    }
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO agenda_item (meeting_id, position, subject_type, child_id, theme_title, reasons, presenter_agency_id,
         presenter_user_id, timebox_minutes, status, carried_from_item_id, added_by_user_id)
       SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11 FROM agenda_item WHERE meeting_id = $1
       RETURNING id`,
      [
        next.id,
        item.subjectType,
        item.childId,
        item.themeTitle,
        JSON.stringify([reason]),
        item.presenterAgencyId,
        item.presenterUserId,
        item.timeboxMinutes,
        AgendaItemStatus.PENDING,
        item.id,
        userId,
      ],
    );
    written.push(id);
  }
  return written;
}

/** "3 December 2026", on the Europe/London calendar. */
function londonDate(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

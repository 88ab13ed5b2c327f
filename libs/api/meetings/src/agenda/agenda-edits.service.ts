import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, NotFoundError, updateVersioned, withUniqueAsBadInput } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ChildAccessService, ChildEntity } from '@mace/api-children';
import { AccessPath, AgendaItemStatus, AgendaRule, AgendaSubjectType, AuditOperation, AuditSubjectType, MeetingEventKind } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { CHAIR_ONLY, meetingForChange } from '../meeting/meeting-for-change';
import { AddAgendaItemInput, MoveAgendaItemInput, RemoveAgendaItemInput, UpdateAgendaItemInput } from './agenda-item.inputs';
import { assertAgendaOpen } from './agenda-status';

/**
 * The chair's edits to a scheduled meeting's agenda: add, remove, move, presenter and timebox.
 * Each is one transaction with its audit event, holding the meeting's row lock so positions are
 * renumbered by one edit at a time; AGENDA_CHANGED is published after commit.
 */
@Injectable()
export class AgendaEditsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly children: ChildAccessService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async add(actor: Actor, input: AddAgendaItemInput, requestId: string): Promise<string> {
    const itemId = await this.dataSource.transaction(async (manager) => {
      const { meeting } = await meetingForChange(manager, this.access, actor, input.meetingId, CHAIR_ONLY);
      assertAgendaOpen(meeting, 'meetingId');
      if ((input.childId == null) === (input.themeTitle == null)) {
        throw new BadUserInputError(
          input.childId == null ? { childId: 'Choose a child or enter a theme' } : { themeTitle: 'Choose a child or enter a theme, not both' },
        );
      }
      const child = input.childId ? await this.childForAgenda(manager, actor, meeting, input.childId) : null;
      const taken: { id: string }[] = await manager.query(
        `SELECT id FROM agenda_item WHERE meeting_id = $1 AND status <> $2 AND (child_id = $3 OR lower(theme_title) = lower($4))`,
        [meeting.id, AgendaItemStatus.REMOVED, child?.id ?? null, input.themeTitle ?? null],
      );
      const already: Record<string, string> = child ? { childId: 'This child is already on the agenda' } : { themeTitle: 'This theme is already on the agenda' };
      if (taken.length) throw new BadUserInputError(already);
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1 AND status <> $2`,
        [meeting.id, AgendaItemStatus.REMOVED],
      );
      const [type]: { default_timebox_minutes: number }[] = await manager.query(`SELECT default_timebox_minutes FROM meeting_type WHERE id = $1`, [
        meeting.meetingTypeId,
      ]);
      const presenter = child?.leadAgencyId && (await this.isMember(manager, meeting.id, child.leadAgencyId)) ? child.leadAgencyId : null;
      const { identifiers } = await withUniqueAsBadInput(already, () =>
        manager.getRepository(AgendaItemEntity).insert({
          meetingId: meeting.id,
          position: Number(next),
          subjectType: child ? AgendaSubjectType.CHILD : AgendaSubjectType.THEME,
          childId: child?.id ?? null,
          themeTitle: child ? null : input.themeTitle,
          reasons: [{ rule: AgendaRule.CHAIR_ADDED, detail: input.reason }],
          presenterAgencyId: presenter,
          timeboxMinutes: type.default_timebox_minutes,
          status: AgendaItemStatus.PENDING,
          addedByUserId: actor.userId,
        }),
      );
      const id = identifiers[0]['id'] as string;
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: child ? [id, child.id] : [id],
        justification: `added by the chair to the agenda of meeting ${meeting.id}`,
      });
      return id;
    });
    await this.events.publish(input.meetingId, MeetingEventKind.AGENDA_CHANGED, itemId, actor.userId);
    return itemId;
  }

  async remove(actor: Actor, input: RemoveAgendaItemInput, requestId: string): Promise<void> {
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForChange(manager, actor, input.itemId);
      await updateVersioned(manager, AgendaItemEntity, 'Agenda item', item.id, input.version, {
        status: AgendaItemStatus.REMOVED,
        removedReason: input.reason,
        removedByUserId: actor.userId,
      });
      await this.renumber(manager, meeting.id, null);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: item.childId ? [item.id, item.childId] : [item.id],
        justification: 'removed from the agenda; changed: status, removedReason',
      });
      return meeting.id;
    });
    await this.events.publish(meetingId, MeetingEventKind.AGENDA_CHANGED, input.itemId, actor.userId);
  }

  /** Move one item; the others close up around it. Returns the meeting. */
  async move(actor: Actor, input: MoveAgendaItemInput, requestId: string): Promise<MeetingEntity> {
    const meeting = await this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForChange(manager, actor, input.itemId);
      const live: { id: string }[] = await manager.query(
        `SELECT id FROM agenda_item WHERE meeting_id = $1 AND status <> $2 ORDER BY position, created_at, id`,
        [meeting.id, AgendaItemStatus.REMOVED],
      );
      if (input.position > live.length) throw new BadUserInputError({ position: `Choose a position from 1 to ${live.length}` });
      await updateVersioned(manager, AgendaItemEntity, 'Agenda item', item.id, input.version, { position: input.position });
      const order = live.map((row) => row.id).filter((id) => id !== item.id);
      order.splice(input.position - 1, 0, item.id);
      await this.renumber(manager, meeting.id, order);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: [item.id],
        justification: `moved to position ${input.position}; changed: position`,
      });
      return manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    });
    await this.events.publish(meeting.id, MeetingEventKind.AGENDA_CHANGED, input.itemId, actor.userId);
    return meeting;
  }

  /** Presenter (an invited agency, and optionally one of its people) and timebox. */
  async update(actor: Actor, input: UpdateAgendaItemInput, requestId: string): Promise<void> {
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForChange(manager, actor, input.itemId);
      const changes: Record<string, unknown> = {};
      const agencyId = input.presenterAgencyId !== undefined ? input.presenterAgencyId : item.presenterAgencyId;
      // A new presenting agency drops the person of the old one unless a person is named too.
      const userId = input.presenterUserId !== undefined ? input.presenterUserId : agencyId === item.presenterAgencyId ? item.presenterUserId : null;
      if (agencyId !== item.presenterAgencyId) changes['presenterAgencyId'] = agencyId;
      if (userId !== item.presenterUserId) changes['presenterUserId'] = userId;
      if (input.timeboxMinutes !== undefined && input.timeboxMinutes !== item.timeboxMinutes) changes['timeboxMinutes'] = input.timeboxMinutes;
      await this.checkPresenter(manager, meeting.id, agencyId, userId);
      if (Object.keys(changes).length === 0) throw new BadUserInputError({ timeboxMinutes: 'Change the presenter or the timebox' });
      await updateVersioned(manager, AgendaItemEntity, 'Agenda item', item.id, input.version, changes);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: [item.id],
        justification: `changed: ${Object.keys(changes).join(', ')}`,
      });
      return meeting.id;
    });
    await this.events.publish(meetingId, MeetingEventKind.AGENDA_CHANGED, input.itemId, actor.userId);
  }

  /**
   * The item and its locked meeting, for a chair's edit of a scheduled agenda. An item of a
   * meeting the caller may not open is NOT_FOUND like a missing one; the version is checked by
   * the write itself (updateVersioned), so of two edits from the same version the second is a CONFLICT.
   */
  private async itemForChange(manager: EntityManager, actor: Actor, itemId: string): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity }> {
    const [row]: { meeting_id: string }[] = await manager.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [itemId]);
    if (!row) throw new NotFoundError('Agenda item');
    const { meeting } = await meetingForChange(manager, this.access, actor, row.meeting_id, CHAIR_ONLY, 'Agenda item');
    assertAgendaOpen(meeting, 'itemId');
    const item = await manager.getRepository(AgendaItemEntity).findOneByOrFail({ id: itemId });
    if (item.status === AgendaItemStatus.REMOVED) throw new BadUserInputError({ itemId: 'This item has been removed from the agenda' });
    return { item, meeting };
  }

  /** A child of the meeting's district that the chair may see through oversight or involvement (not break-glass). */
  private async childForAgenda(manager: EntityManager, actor: Actor, meeting: MeetingEntity, childId: string): Promise<ChildEntity> {
    const path = (await this.children.readable(actor, [childId], manager)).get(childId)?.path;
    if (path !== AccessPath.DISTRICT_OVERSIGHT && path !== AccessPath.INVOLVEMENT) throw new NotFoundError('Child');
    const child = await manager.getRepository(ChildEntity).findOneByOrFail({ id: childId });
    if (child.districtId !== meeting.districtId) throw new BadUserInputError({ childId: 'Choose a child of the meeting’s district' });
    return child;
  }

  private async isMember(manager: EntityManager, meetingId: string, agencyId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM meeting_member WHERE meeting_id = $1 AND agency_id = $2`, [meetingId, agencyId]);
    return rows.length > 0;
  }

  /** The presenter agency is invited to the meeting; a named presenter is an active person of it. Reported together. */
  private async checkPresenter(manager: EntityManager, meetingId: string, agencyId: string | null, userId: string | null): Promise<void> {
    const problems: Record<string, string> = {};
    if (agencyId && !(await this.isMember(manager, meetingId, agencyId))) problems['presenterAgencyId'] = 'Choose an agency invited to the meeting';
    if (userId) {
      const rows = agencyId ? await manager.query(`SELECT 1 FROM user_account WHERE id = $1 AND agency_id = $2 AND active`, [userId, agencyId]) : [];
      if (!rows.length) problems['presenterUserId'] = 'Choose an active person of the presenting agency';
    }
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
  }

  /** Positions 1..n for the live items: in `order` when given, else closing the gaps in the current order. */
  private async renumber(manager: EntityManager, meetingId: string, order: string[] | null): Promise<void> {
    if (order) {
      await manager.query(
        `UPDATE agenda_item ai SET position = o.n FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n)
         WHERE ai.id = o.id AND ai.position <> o.n`,
        [order],
      );
      return;
    }
    await manager.query(
      `UPDATE agenda_item ai SET position = r.n
       FROM (SELECT id, row_number() OVER (ORDER BY position, created_at, id) AS n
             FROM agenda_item WHERE meeting_id = $1 AND status <> $2) r
       WHERE ai.id = r.id AND ai.position <> r.n`,
      [meetingId, AgendaItemStatus.REMOVED],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ActionAccessService, ActionEntity, ActionModel, toActionModel } from '@mace/api-actions';
import { ChildLoaders, ChronologyEntryModel, recordConsultation } from '@mace/api-children';
import { AGENDA_RULE_LABELS, AuditSubjectType } from '@mace/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { AgendaItemModel, toAgendaItemModel } from '../agenda/agenda-item.model';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingActionReviewEntity } from '../entities/meeting-action-review.entity';
import { MeetingMemberEntity } from '../entities/meeting-member.entity';
import { OUTCOME_SELECT } from './item-outcome.service';
import { toMemberModel } from './meeting-opening.service';
import { ActionReviewModel, AgendaItemOutcomeModel, MeetingMemberModel } from './live.models';

/** An item whose case details the caller sees (FULL), as the live fields ask for it. */
export interface ShownItem {
  id: string;
  meetingId: string;
  childId: string | null;
}

/** A meeting's current item, with the caller's grant for that meeting. */
export interface CurrentItemKey {
  itemId: string;
  grant: MeetingGrant;
}

/**
 * Batched relations of the live meeting: one query (or one access check and one query) per
 * relation per request, whatever the number of meetings or items asked for. Loaders that return
 * case details (actions, outcomes, chronology) are only reached for items the caller sees in full
 * or meetings whose statement they accepted; they check action access again and write their
 * CONSULTATION events in the same transaction as the read.
 */
@Injectable()
export class LiveLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingAccessService,
    private readonly actionAccess: ActionAccessService,
    private readonly children: ChildLoaders,
    private readonly audit: AuditService,
  ) {}

  /** Invited agencies, core members first, then by name. */
  members(loaders: RequestLoaders) {
    return loaders.get<string, MeetingMemberModel[]>('liveMembers', async (meetingIds) => {
      const rows = await this.dataSource
        .getRepository(MeetingMemberEntity)
        .createQueryBuilder('mm')
        .innerJoin('agency', 'a', 'a.id = mm.agency_id')
        .where('mm.meeting_id IN (:...meetingIds)', { meetingIds })
        .orderBy('mm.core', 'DESC')
        .addOrderBy('a.name', 'ASC')
        .getMany();
      return groupByKeys(meetingIds, rows, (row) => row.meetingId, toMemberModel);
    });
  }

  /** Each meeting's current item as the caller sees it (visibility worked out for all of them at once). */
  currentItem(loaders: RequestLoaders, actor: Actor) {
    return loaders.get<CurrentItemKey, AgendaItemModel | null>('liveCurrentItem', async (keys) => {
      const ids = keys.map((key) => key.itemId);
      const items = await this.dataSource.getRepository(AgendaItemEntity).findBy({ id: In(ids) });
      const grants = new Map(keys.map((key) => [key.grant.meetingId, key.grant]));
      const visibility = await this.meetings.itemVisibility(actor, items, grants);
      const models = items
        .filter((item) => visibility.has(item.id))
        .map((item) => toAgendaItemModel(item, visibility.get(item.id)!, (rule) => AGENDA_RULE_LABELS[rule]));
      return byKeys(ids, models, (model) => model.id);
    });
  }

  /** Actions listed for review and not yet reviewed: every one counts, whoever may read it, as closing waits for all. */
  unreviewedCount(loaders: RequestLoaders) {
    return loaders.get<string, number>('liveUnreviewedCount', async (meetingIds) => {
      const rows: { meetingId: string; open: number }[] = await this.dataSource.query(
        `SELECT meeting_id AS "meetingId", count(*)::int AS open FROM meeting_action_review
         WHERE meeting_id = ANY($1) AND reviewed_at IS NULL GROUP BY meeting_id`,
        [[...meetingIds]],
      );
      return byKeys(meetingIds, rows, (row) => row.meetingId).map((row) => row?.open ?? 0);
    });
  }

  /** Each meeting's action reviews, oldest due first, for the actions the caller may read. */
  actionReviews(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ActionReviewModel[]>('liveActionReviews', (meetingIds) =>
      this.dataSource.transaction(async (manager) => {
        const reviews = await manager.getRepository(MeetingActionReviewEntity).findBy({ meetingId: In([...meetingIds]) });
        if (reviews.length === 0) return meetingIds.map(() => []);
        const actions = await this.readableActions(manager, actor, requestId, { id: In([...new Set(reviews.map((r) => r.actionId))]) });
        const byId = new Map(actions.map((action) => [action.id, action]));
        const shown = reviews
          .filter((review) => byId.has(review.actionId))
          .map((review) => ({
            meetingId: review.meetingId,
            reviewedByUserId: review.reviewedByUserId,
            action: byId.get(review.actionId)!,
            statusAtStart: review.statusAtStart,
            reviewedStatus: review.reviewedStatus,
            reviewedAt: review.reviewedAt,
          }))
          .sort((a, b) => a.action.dueOn.localeCompare(b.action.dueOn) || a.action.id.localeCompare(b.action.id));
        return groupByKeys(meetingIds, shown, (review) => review.meetingId, (review) => review);
      }),
    );
  }

  /** Actions set at each meeting that the caller may read. */
  meetingActions(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ActionModel[]>('liveMeetingActions', (meetingIds) =>
      this.dataSource.transaction(async (manager) => {
        const actions = await this.readableActions(manager, actor, requestId, { meetingId: In([...meetingIds]) });
        return groupByKeys(meetingIds, actions, (action) => action.meetingId!, (action) => action);
      }),
    );
  }

  /** Actions set on each item that the caller may read. */
  itemActions(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ActionModel[]>('liveItemActions', (itemIds) =>
      this.dataSource.transaction(async (manager) => {
        const rows = await manager.getRepository(ActionEntity).find({ where: { agendaItemId: In([...itemIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        const byItem = new Map(rows.map((row) => [row.id, row.agendaItemId!]));
        const actions = await this.consulted(manager, actor, requestId, rows);
        return groupByKeys(itemIds, actions, (action) => byItem.get(action.id)!, (action) => action);
      }),
    );
  }

  /** Each shown item's outcome; reading it is a consultation of the child's record. */
  outcome(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<ShownItem, AgendaItemOutcomeModel | null>('liveOutcome', (items) =>
      this.dataSource.transaction(async (manager) => {
        const rows: AgendaItemOutcomeModel[] = await manager.query(`${OUTCOME_SELECT} WHERE o.agenda_item_id = ANY($1)`, [items.map((i) => i.id)]);
        const found = new Set(rows.map((row) => row.agendaItemId));
        await this.consultChildren(manager, actor, requestId, items.filter((item) => found.has(item.id)));
        return byKeys(
          items.map((item) => item.id),
          rows,
          (row) => row.agendaItemId,
        );
      }),
    );
  }

  /**
   * When each item's subject was last discussed at an earlier meeting of the same type: the time
   * its outcome was recorded (or, failing that, its discussion or that meeting started). Children only.
   */
  lastDiscussedAt(loaders: RequestLoaders) {
    return loaders.get<string, Date | null>('liveLastDiscussedAt', async (itemIds) => {
      const rows: { id: string; last: Date | null }[] = await this.dataSource.query(
        `SELECT i.id,
                (SELECT max(coalesce(o.recorded_at, p.discussion_started_at, pm.started_at))
                 FROM agenda_item p JOIN meeting pm ON pm.id = p.meeting_id
                 LEFT JOIN agenda_item_outcome o ON o.agenda_item_id = p.id
                 WHERE p.child_id = i.child_id AND p.status = 'DISCUSSED'
                   AND pm.meeting_type_id = m.meeting_type_id AND pm.starts_at < m.starts_at) AS last
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = ANY($1)`,
        [[...itemIds]],
      );
      return byKeys(itemIds, rows, (row) => row.id).map((row) => (row?.last ? new Date(row.last) : null));
    });
  }

  /** The child's chronology since the subject was last discussed (all of it if never), newest first. */
  changesSinceLastDiscussion(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<ShownItem, ChronologyEntryModel[]>('liveChangesSince', async (items) => {
      const withChild = items.filter((item) => item.childId);
      const since = await this.lastDiscussedAt(loaders).loadMany(withChild.map((item) => item.id));
      const timelines = await this.children.chronology(loaders).loadMany(withChild.map((item) => item.childId!));
      const changes = new Map<string, ChronologyEntryModel[]>();
      withChild.forEach((item, index) => {
        const from = since[index];
        const timeline = timelines[index];
        if (from instanceof Error) throw from;
        if (timeline instanceof Error) throw timeline;
        changes.set(item.id, from ? timeline.filter((entry) => new Date(entry.at) > from) : timeline);
      });
      await this.dataSource.transaction((manager) => this.consultChildren(manager, actor, requestId, withChild));
      return items.map((item) => changes.get(item.id) ?? []);
    });
  }

  /** Display names of people who reviewed actions. */
  userName(loaders: RequestLoaders) {
    return loaders.get<string, string | null>('liveUserName', async (ids) => {
      const rows: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT id, display_name AS name FROM user_account WHERE id = ANY($1)`,
        [[...ids]],
      );
      return byKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
    });
  }

  /** Actions matching `where` that the caller may read, due soonest first, with their CONSULTATION events. */
  private async readableActions(manager: EntityManager, actor: Actor, requestId: string, where: object): Promise<ActionModel[]> {
    const rows = await manager.getRepository(ActionEntity).find({ where, order: { dueOn: 'ASC', id: 'ASC' } });
    return this.consulted(manager, actor, requestId, rows);
  }

  private async consulted(manager: EntityManager, actor: Actor, requestId: string, rows: ActionEntity[]): Promise<ActionModel[]> {
    if (rows.length === 0) return [];
    const readable = await this.actionAccess.readable(actor, rows.map((row) => row.id), manager);
    const shown = rows.filter((row) => readable.has(row.id));
    await recordConsultation(this.audit, manager, {
      actor,
      requestId,
      subjectType: AuditSubjectType.ACTION,
      read: shown.map((row) => ({ id: row.id, justification: readable.get(row.id)! })),
    });
    return shown.map(toActionModel);
  }

  /** Case details of items shown in full at a meeting: one CONSULTATION per meeting, naming the children. */
  private consultChildren(manager: EntityManager, actor: Actor, requestId: string, items: readonly ShownItem[]): Promise<void> {
    return recordConsultation(this.audit, manager, {
      actor,
      requestId,
      subjectType: AuditSubjectType.CHILD,
      read: items.filter((item) => item.childId).map((item) => ({ id: item.childId!, justification: `meeting ${item.meetingId}: item shown in full` })),
    });
  }
}

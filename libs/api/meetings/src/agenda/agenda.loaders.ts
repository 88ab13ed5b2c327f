import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { UserAccountEntity } from '@mace/api-auth';
import { ChildAccessService, ChildEntity, ChildModel, recordConsultation, toChildModel } from '@mace/api-children';
import { AccessPath, AuditSubjectType } from '@mace/shared-domain';
import { DataSource, In } from 'typeorm';
import { MeetingGrant } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingLoaders } from '../meeting/meeting.loaders';
import { AgendaItemModel } from './agenda-item.model';
import { AgendaItemViews } from './agenda-item-views.service';
import { AgendaItemUpdateModel } from './updates/agenda-item-update.model';
import { updateRows } from './updates/update-rows';

/**
 * Batched reads of agendas: a fixed number of queries per request whatever the number of items, so
 * a 60-child agenda costs what a 10-child one does. Loaders returning child data are only asked
 * for items the caller sees in FULL, and write the CONSULTATION in the same transaction as the read.
 */
@Injectable()
export class AgendaLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: AgendaItemViews,
    private readonly meetings: MeetingLoaders,
    private readonly children: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  /** Each meeting's items by position (removed ones included), each with the caller's visibility. */
  agenda(loaders: RequestLoaders, actor: Actor) {
    return loaders.get<string, AgendaItemModel[]>('meetingAgenda', async (meetingIds) => {
      const grantList = await this.meetings.grant(loaders, actor).loadMany([...meetingIds]);
      const grants = new Map<string, MeetingGrant>();
      for (const grant of grantList) if (grant && !(grant instanceof Error)) grants.set(grant.meetingId, grant);
      const items = await this.dataSource
        .getRepository(AgendaItemEntity)
        .find({ where: { meetingId: In([...grants.keys()]) }, order: { meetingId: 'ASC', position: 'ASC', createdAt: 'ASC' } });
      const models = await this.views.models(actor, items, grants);
      return groupByKeys(meetingIds, models, (model) => model.meetingId, (model) => model);
    });
  }

  /**
   * The child of each FULL item. The CONSULTATION names the meeting and the path: the caller's own
   * access to the child, or the chair's share of the item with the meeting's agencies.
   */
  child(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ChildModel | null>('agendaItemChild', (itemIds) =>
      this.dataSource.transaction(async (manager) => {
        const items: { id: string; meetingId: string; childId: string }[] = await manager.query(
          `SELECT id, meeting_id AS "meetingId", child_id AS "childId" FROM agenda_item WHERE id = ANY($1::uuid[]) AND child_id IS NOT NULL`,
          [[...itemIds]],
        );
        const childIds = [...new Set(items.map((item) => item.childId))];
        const [rows, grants] = childIds.length
          ? await Promise.all([manager.getRepository(ChildEntity).findBy({ id: In(childIds) }), this.children.readable(actor, childIds, manager)])
          : [[], new Map()];
        const byId = new Map(rows.map((row) => [row.id, row]));
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          read: items.map((item) => ({
            id: item.childId,
            justification: `meeting ${item.meetingId} agenda: ${grants.get(item.childId)?.justification ?? 'shared by the chair with the meeting’s agencies'}`,
          })),
        });
        return byKeys(itemIds, items, (item) => item.id).map((item) => {
          const child = item ? byId.get(item.childId) : undefined;
          // Shared for this meeting only: the caller reaches the record through the meeting, not an involvement of its own.
          return child ? toChildModel(child, grants.get(child.id)?.path ?? AccessPath.INVOLVEMENT) : null;
        });
      }),
    );
  }

  /** The lead agency of each child, for "Restricted: known to <agency>" (no case details). */
  leadAgencyId(loaders: RequestLoaders) {
    return loaders.get<string, string | null>('agendaChildLeadAgency', async (childIds) => {
      const rows: { id: string; leadAgencyId: string | null }[] = await this.dataSource.query(
        `SELECT id, lead_agency_id AS "leadAgencyId" FROM child WHERE id = ANY($1::uuid[])`,
        [[...childIds]],
      );
      return byKeys(childIds, rows, (row) => row.id).map((row) => row?.leadAgencyId ?? null);
    });
  }

  /** Pre-meeting updates of each item, by agency name. */
  updates(loaders: RequestLoaders, actor: Actor) {
    return loaders.get<string, AgendaItemUpdateModel[]>('agendaItemUpdates', async (itemIds) => {
      const rows = await updateRows(this.dataSource.manager, actor, { itemIds });
      return groupByKeys(itemIds, rows, (row) => row.agendaItemId, (row) => row);
    });
  }

  /** Presenters: people named on the agenda of a meeting the caller may open. */
  user(loaders: RequestLoaders) {
    return loaders.get<string, UserAccountEntity | null>('agendaPresenterUser', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(UserAccountEntity).findBy({ id: In([...ids]) }), (user) => user.id),
    );
  }
}

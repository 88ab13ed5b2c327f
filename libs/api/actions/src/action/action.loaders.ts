import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ChildAccessService, ChildEntity, ChildModel, recordConsultation, toChildModel } from '@mace/api-children';
import { AuditSubjectType, Permission } from '@mace/shared-domain';
import { DataSource, In } from 'typeorm';
import { ActionEntity } from '../entities/action.entity';
import { ActionUpdateModel } from './action.model';
import { dueSoonestSql } from './action-order';

/**
 * Batched relations of actions, one query per relation per request, whatever the number of
 * actions on the page. The loaders that return child data (the child, a child's actions) check
 * access again and write their CONSULTATION event in the same transaction as the read, so a
 * nested selection is audited like a direct one.
 */
@Injectable()
export class ActionLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The child of each action, as the caller may see it; null where they may not. */
  child(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ChildModel | null>('actionChildById', (ids) =>
      this.dataSource.transaction(async (manager) => {
        const grants = await this.children.readable(actor, ids, manager);
        const readable = [...grants.keys()];
        const rows = readable.length ? await manager.getRepository(ChildEntity).findBy({ id: In(readable) }) : [];
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          read: rows.map((c) => ({ id: c.id, justification: grants.get(c.id)!.justification })),
        });
        return byKeys(
          ids,
          rows.map((c) => toChildModel(c, grants.get(c.id)!.path)),
          (c) => c.id,
        );
      }),
    );
  }

  /**
   * Display names of the people an action names (owner, raiser), deliberately outside the user
   * directory's scope: who owns or raised an action is part of the action the caller may read.
   */
  userName(loaders: RequestLoaders) {
    return loaders.get<string, string | null>('actionUserName', async (ids) => {
      const rows: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT id, display_name AS name FROM user_account WHERE id = ANY($1)`,
        [[...ids]],
      );
      return byKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
    });
  }

  /** Each action's update log, oldest first, with who logged each entry. */
  updates(loaders: RequestLoaders) {
    return loaders.get<string, ActionUpdateModel[]>('actionUpdates', async (ids) => {
      const rows: (ActionUpdateModel & { actionId: string })[] = await this.dataSource.query(
        `SELECT u.action_id AS "actionId", u.id, u.created_at AS at, u.from_status AS "fromStatus", u.to_status AS "toStatus",
                u.note, us.display_name AS by, ag.name AS "agencyName"
         FROM action_update u
         JOIN user_account us ON us.id = u.user_id
         JOIN agency ag ON ag.id = u.agency_id
         WHERE u.action_id = ANY($1) ORDER BY u.action_id, u.seq`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.actionId, ({ actionId: _actionId, ...entry }) => entry);
    });
  }

  /**
   * Each child's actions, due soonest first: only asked for children the caller was shown, and
   * checked again here. Callers without action:read get none.
   */
  actionsOfChild(loaders: RequestLoaders, actor: Actor, requestId: string, today: string) {
    return loaders.get<string, ActionEntity[]>('actionsByChild', (childIds) =>
      this.dataSource.transaction(async (manager) => {
        if (!actor.permissions.has(Permission.ACTION_READ)) return childIds.map(() => []);
        const grants = await this.children.readable(actor, childIds, manager);
        const readable = [...grants.keys()];
        const rows = readable.length
          ? await manager
              .getRepository(ActionEntity)
              .createQueryBuilder('a')
              .where('a.child_id IN (:...childIds)', { childIds: readable })
              .orderBy(dueSoonestSql(':today'), 'ASC')
              .addOrderBy('a.due_on', 'ASC')
              .addOrderBy('a.id', 'ASC')
              .setParameter('today', today)
              .getMany()
          : [];
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.ACTION,
          read: rows.map((a) => ({ id: a.id, justification: grants.get(a.childId!)!.justification })),
        });
        return groupByKeys(childIds, rows, (a) => a.childId!, (a) => a);
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Connection, decodeCursor, NotFoundError, toConnection } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ChildScope, recordConsultation } from '@mace/api-children';
import { ActionOrder, AuditSubjectType } from '@mace/shared-domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ActionAccessService } from '../access/action-access.service';
import { ActionEntity } from '../entities/action.entity';
import { overdueSql } from '../overdue/overdue';
import { dueSoonestSql } from './action-order';
import { ActionFilterInput } from './action.inputs';
import { ActionsArgs } from './actions.args';

/**
 * Reading actions. An action is visible exactly when its child is. Every read writes a
 * CONSULTATION event (subject ACTION, justified by the child's grant) in the same transaction.
 */
@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ActionAccessService,
    private readonly audit: AuditService,
  ) {}

  /** An action the caller may read; missing and out of scope are the same NOT_FOUND. */
  get(actor: Actor, id: string, requestId: string): Promise<ActionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const justification = (await this.access.readable(actor, [id], manager)).get(id);
      const action = justification ? await manager.getRepository(ActionEntity).findOneBy({ id }) : null;
      if (!justification || !action) throw new NotFoundError('Action');
      await recordConsultation(this.audit, manager, { actor, requestId, subjectType: AuditSubjectType.ACTION, read: [{ id, justification }] });
      return action;
    });
  }

  /**
   * The scope (over the child alias `c`) is a required argument: an unscoped action list does not
   * compile. `today` (Europe/London) decides overdue, in the filter and in the order alike.
   */
  list(scope: ChildScope, args: ActionsArgs, today: string, requestId: string): Promise<Connection<ActionEntity>> {
    const { actor } = scope;
    return this.dataSource.transaction(async (manager) => {
      const offset = decodeCursor(args.after);
      const query = filtered(
        manager
          .getRepository(ActionEntity)
          .createQueryBuilder('a')
          .innerJoin('child', 'c', 'c.id = a.child_id')
          .where(scope.where, scope.params)
          .setParameter('today', today),
        args.filter,
      );
      const total = await query.getCount();
      const rows = await ordered(query, args.orderBy).offset(offset).limit(args.first).getMany();
      if (rows.length) {
        const grants = await this.access.readable(actor, rows.map((row) => row.id), manager);
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.ACTION,
          // The scope only lists readable children, so every row has a grant; the fallback names the scope.
          read: rows.map((row) => ({ id: row.id, justification: grants.get(row.id) ?? 'action list scope' })),
        });
      }
      return toConnection(rows, total, offset);
    });
  }
}

function filtered(query: SelectQueryBuilder<ActionEntity>, filter: ActionFilterInput | undefined): SelectQueryBuilder<ActionEntity> {
  if (!filter) return query;
  if (filter.overdue != null) query.andWhere(filter.overdue ? overdueSql(':today') : `NOT ${overdueSql(':today')}`);
  if (filter.ownerAgencyId) query.andWhere('a.owner_agency_id = :fOwnerAgency', { fOwnerAgency: filter.ownerAgencyId });
  if (filter.ownerUserId) query.andWhere('a.owner_user_id = :fOwnerUser', { fOwnerUser: filter.ownerUserId });
  if (filter.statuses?.length) query.andWhere('a.status IN (:...fStatuses)', { fStatuses: filter.statuses });
  if (filter.childId) query.andWhere('a.child_id = :fChild', { fChild: filter.childId });
  if (filter.meetingId) query.andWhere('a.meeting_id = :fMeeting', { fMeeting: filter.meetingId });
  if (filter.districtId) query.andWhere('a.district_id = :fDistrict', { fDistrict: filter.districtId });
  return query;
}

/** Every order ends in the id, so pages never overlap or skip. */
function ordered(query: SelectQueryBuilder<ActionEntity>, order: ActionOrder | null): SelectQueryBuilder<ActionEntity> {
  if (order === ActionOrder.RECENTLY_UPDATED) return query.orderBy('a.updated_at', 'DESC').addOrderBy('a.id', 'ASC');
  return query.orderBy(dueSoonestSql(':today'), 'ASC').addOrderBy('a.due_on', 'ASC').addOrderBy('a.id', 'ASC');
}

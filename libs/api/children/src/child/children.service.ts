import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Connection, decodeCursor, NotFoundError, toConnection } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AccessPath, AuditSubjectType, ChildOrder } from '@mace/shared-domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { ChildScope } from '../access/child-scope';
import { recordConsultation } from '../audit/record-consultation';
import { ChildEntity } from '../entities/child.entity';
import { ChildModel } from '../graphql/child.model';
import { toChildModel } from './child-view';
import { filtered } from './child-filter';
import { ChildrenArgs } from './children.args';

/** The justification of the CONSULTATION event written for a page of the child list. */
export const LIST_JUSTIFICATION = 'list: district oversight or involvement';

const RISK_RANK = `CASE c.risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END`;

/** Reading child records: one record by id, or a page of the list. Every read is audited in its own transaction. */
@Injectable()
export class ChildrenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  /** A child the caller may read; anything else, missing or out of scope, is the same NOT_FOUND. */
  get(actor: Actor, id: string, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      const grant = (await this.access.readable(actor, [id], manager)).get(id);
      const child = grant ? await manager.getRepository(ChildEntity).findOneBy({ id }) : null;
      if (!grant || !child) throw new NotFoundError('Child');
      await recordConsultation(this.audit, manager, {
        actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        read: [{ id, justification: grant.justification }],
      });
      return toChildModel(child, grant.path);
    });
  }

  /** The scope is a required argument: an unscoped child list does not compile. */
  list(scope: ChildScope, args: ChildrenArgs, requestId: string): Promise<Connection<ChildModel>> {
    return this.dataSource.transaction(async (manager) => {
      const offset = decodeCursor(args.after);
      const query = filtered(manager.getRepository(ChildEntity).createQueryBuilder('c').where(scope.where, scope.params), args.filter);
      const total = await query.getCount();
      const rows = await ordered(query, args.orderBy).offset(offset).limit(args.first).getMany();
      const ids = rows.map((row) => row.id);
      const grants = await this.access.readable(scope.actor, ids, manager);
      await recordConsultation(this.audit, manager, {
        actor: scope.actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        read: ids.map((id) => ({ id, justification: LIST_JUSTIFICATION })),
      });
      const nodes = rows.map((row) => toChildModel(row, grants.get(row.id)?.path ?? AccessPath.INVOLVEMENT));
      return toConnection(nodes, total, offset);
    });
  }

  /**
   * The record after a change, returned to the one who made it (audited as the ALTERATION). A
   * change can end the caller's own access (a lead handing over to another agency); they still get
   * back what they just wrote, shown as reached through the district.
   */
  async afterChange(manager: EntityManager, actor: Actor, id: string): Promise<ChildModel> {
    const grant = (await this.access.readable(actor, [id], manager)).get(id);
    const child = await manager.getRepository(ChildEntity).findOneByOrFail({ id });
    return toChildModel(child, grant?.path ?? AccessPath.DISTRICT_OVERSIGHT);
  }
}

/** Every order ends in the id, so pages never overlap or skip. */
function ordered(query: SelectQueryBuilder<ChildEntity>, order: ChildOrder): SelectQueryBuilder<ChildEntity> {
  const byName = (q: SelectQueryBuilder<ChildEntity>) => q.addOrderBy('c.family_name', 'ASC').addOrderBy('c.given_name', 'ASC');
  switch (order) {
    case ChildOrder.NAME:
      byName(query.orderBy());
      break;
    case ChildOrder.NEXT_REVIEW:
      byName(query.orderBy('c.next_review_on', 'ASC', 'NULLS LAST').addOrderBy(RISK_RANK, 'ASC'));
      break;
    case ChildOrder.RECENTLY_UPDATED:
      query.orderBy('c.updated_at', 'DESC');
      break;
    default:
      byName(query.orderBy(RISK_RANK, 'ASC').addOrderBy('c.next_review_on', 'ASC', 'NULLS LAST'));
  }
  return query.addOrderBy('c.id', 'ASC');
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CurrentActor, decodeKeyCursor, encodeKeyCursor, pageComplexity, RequestId, RequirePermission } from '@mace/api-core';
import { AuditOperation, AuditSubjectType, Permission } from '@mace/shared-domain';
import { Brackets, DataSource } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventsArgs } from './audit-events.args';
import { AuditChainReportModel, AuditEventConnection, AuditEventModel } from './audit-event.model';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventModel)
export class AuditEventsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Reading the trail is itself a consultation, recorded with the filter used (ids and dates only). */
  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first. Auditors only.', complexity: pageComplexity })
  auditEvents(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args() args: AuditEventsArgs,
  ): Promise<AuditEventConnection> {
    const { filter } = args;
    return this.dataSource.transaction(async (manager) => {
      const query = manager.getRepository(AuditEventEntity).createQueryBuilder('e').where(
        new Brackets((where) => {
          where.where('true');
          if (filter?.operation) where.andWhere('e.operation = :operation', { operation: filter.operation });
          if (filter?.actorUserId) where.andWhere('e.actor_user_id = :actor', { actor: filter.actorUserId });
          if (filter?.subjectId) where.andWhere(':subject = ANY(e.subject_ids)', { subject: filter.subjectId });
          if (filter?.subjectType) where.andWhere('e.subject_type = :type', { type: filter.subjectType });
          if (filter?.from) where.andWhere('e.occurred_at >= :from', { from: filter.from });
          if (filter?.to) where.andWhere('e.occurred_at < :to', { to: filter.to });
        }),
      );
      const totalCount = await query.getCount();
      // Keyset, not offset: every read appends an event at the top, which shifts offset pages into repeats.
      const before = decodeKeyCursor(args.after);
      if (before) query.andWhere('e.seq < :before', { before });
      const rows = await query.orderBy('e.seq', 'DESC').take(args.first + 1).getMany();
      const nodes = rows.slice(0, args.first);
      await this.audit.record(manager, {
        operation: AuditOperation.CONSULTATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AUDIT_TRAIL,
        subjectIds: [filter?.subjectId, filter?.actorUserId].filter((id): id is string => Boolean(id)),
        justification: `audit review${filter?.operation ? ` of ${filter.operation}` : ''}`,
      });
      const endCursor = nodes.length ? encodeKeyCursor(nodes[nodes.length - 1].seq) : null;
      return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor } };
    });
  }

  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => AuditChainReportModel, { description: 'Check the hash chain of the whole audit trail' })
  verifyAuditChain(): Promise<AuditChainReportModel> {
    return this.audit.verifyChain();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, BadUserInputError, Connection, decodeCursor, NotFoundError, PageArgs, toConnection } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AccessPath, AuditOperation, AuditSubjectType } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { recordConsultation } from '../audit/record-consultation';
import { toChildModel } from '../child/child-view';
import { BreakGlassAccessEntity } from '../entities/break-glass-access.entity';
import { ChildEntity } from '../entities/child.entity';
import { ChildModel } from '../graphql/child.model';
import { BreakGlassAccessModel } from './break-glass-access.model';
import { BreakGlassInput } from './break-glass.inputs';

/**
 * Opening a record outside one's involvement, for a while, with a written reason that goes into
 * the audit trail; and the list of such openings for auditors.
 */
@Injectable()
export class BreakGlassService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** A restricted child is answered like a missing one: break-glass never reveals that it exists. */
  open(actor: Actor, input: BreakGlassInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      if ((await this.access.readable(actor, [input.childId], manager)).has(input.childId)) {
        throw new BadUserInputError({ reason: 'You can already see this record' });
      }
      const child = await manager.getRepository(ChildEntity).findOneBy({ id: input.childId });
      if (!child || child.restricted) throw new NotFoundError('Child');
      await manager.query(
        `INSERT INTO break_glass_access (child_id, user_id, agency_id, reason, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
        [child.id, actor.userId, actor.agencyId, input.reason, this.config.BREAK_GLASS_MINUTES],
      );
      await recordConsultation(this.audit, manager, {
        actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        read: [{ id: child.id, justification: `break-glass: ${input.reason}` }],
      });
      return toChildModel(child, AccessPath.BREAK_GLASS);
    });
  }

  /** Newest first. Reading the list is itself a consultation of the audit trail. */
  list(actor: Actor, page: PageArgs, requestId: string): Promise<Connection<BreakGlassAccessModel>> {
    return this.dataSource.transaction(async (manager) => {
      const offset = decodeCursor(page.after);
      const [rows, total] = await manager
        .getRepository(BreakGlassAccessEntity)
        .createQueryBuilder('b')
        .orderBy('b.opened_at', 'DESC')
        .addOrderBy('b.id', 'ASC')
        .offset(offset)
        .limit(page.first)
        .getManyAndCount();
      await this.audit.record(manager, {
        operation: AuditOperation.CONSULTATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AUDIT_TRAIL,
        subjectIds: [],
        justification: 'audit review of break-glass openings',
      });
      const nodes = rows.map((row) => ({
        id: row.id,
        childRef: row.childId,
        userId: row.userId,
        agencyId: row.agencyId,
        reason: row.reason,
        openedAt: row.openedAt,
        expiresAt: row.expiresAt,
      }));
      return toConnection(nodes, total, offset);
    });
  }
}

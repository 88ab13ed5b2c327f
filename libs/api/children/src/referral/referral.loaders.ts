import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { UserAccountEntity } from '@mace/api-auth';
import { AuditSubjectType } from '@mace/shared-domain';
import { DataSource, In } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { ChildEntity } from '../entities/child.entity';
import { ReferralEntity } from '../entities/referral.entity';
import { ScreeningToolEntity } from '../entities/screening-tool.entity';
import { ChildModel } from '../graphql/child.model';
import { recordConsultation } from '../audit/record-consultation';
import { toChildModel } from '../child/child-view';

/**
 * Batched relations of referrals, one query per relation per request. The loaders that return
 * child data check access again and write their CONSULTATION event in the same transaction as the
 * read, so a nested selection is audited like a direct one.
 */
@Injectable()
export class ReferralLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  tool(loaders: RequestLoaders) {
    return loaders.get<string, ScreeningToolEntity | null>('screeningToolById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(ScreeningToolEntity).findBy({ id: In([...ids]) }), (t) => t.id),
    );
  }

  /**
   * Users by id, deliberately outside the user-directory scope: who referred or decided is part
   * of the referral, which the caller has already been allowed to read.
   */
  user(loaders: RequestLoaders) {
    return loaders.get<string, UserAccountEntity | null>('referralUserById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(UserAccountEntity).findBy({ id: In([...ids]) }), (u) => u.id),
    );
  }

  /** The child of each referral, as the caller may see it; null where they may not. */
  child(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ChildModel | null>('referralChildById', (ids) =>
      this.dataSource.transaction(async (manager) => {
        const grants = await this.access.readable(actor, ids, manager);
        const readable = [...grants.keys()];
        const children = readable.length ? await manager.getRepository(ChildEntity).findBy({ id: In(readable) }) : [];
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          read: children.map((c) => ({ id: c.id, justification: grants.get(c.id)!.justification })),
        });
        return byKeys(
          ids,
          children.map((c) => toChildModel(c, grants.get(c.id)!.path)),
          (c) => c.id,
        );
      }),
    );
  }

  /** Each child's referrals, newest first: only asked for children the caller was shown. */
  referralsOfChild(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ReferralEntity[]>('referralsByChild', (childIds) =>
      this.dataSource.transaction(async (manager) => {
        const grants = await this.access.readable(actor, childIds, manager);
        const readable = [...grants.keys()];
        const rows = readable.length
          ? await manager.getRepository(ReferralEntity).find({ where: { childId: In(readable) }, order: { submittedAt: 'DESC', id: 'DESC' } })
          : [];
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.REFERRAL,
          read: rows.map((r) => ({ id: r.id, justification: grants.get(r.childId)!.justification })),
        });
        return groupByKeys(childIds, rows, (r) => r.childId, (r) => r);
      }),
    );
  }
}

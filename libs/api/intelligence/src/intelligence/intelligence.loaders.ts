import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ChildAccessService, ChildEntity, ChildModel, recordConsultation, toChildModel } from '@mace/api-children';
import { AccessPath, AuditSubjectType } from '@mace/shared-domain';
import { DataSource, In } from 'typeorm';

/**
 * Batched relations of intelligence items, one query per relation per request. Only reached from
 * Intelligence field resolvers, so from items whose read was already allowed and audited.
 */
@Injectable()
export class IntelligenceLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly childAccess: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The children each item is about that the caller may see (not by break-glass), each read a CONSULTATION. */
  children(loaders: RequestLoaders, actor: Actor, requestId: string) {
    return loaders.get<string, ChildModel[]>('intelligenceChildren', (ids) =>
      this.dataSource.transaction(async (manager) => {
        const links: { intelligenceId: string; childId: string }[] = await manager.query(
          `SELECT intelligence_id AS "intelligenceId", child_id AS "childId" FROM intelligence_child WHERE intelligence_id = ANY($1::uuid[])`,
          [[...ids]],
        );
        const grants = await this.childAccess.readable(actor, [...new Set(links.map((l) => l.childId))], manager);
        const readable = [...grants].filter(([, grant]) => grant.path !== AccessPath.BREAK_GLASS).map(([id]) => id);
        const rows = readable.length ? await manager.getRepository(ChildEntity).find({ where: { id: In(readable) }, order: { familyName: 'ASC', givenName: 'ASC' } }) : [];
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          read: rows.map((c) => ({ id: c.id, justification: grants.get(c.id)!.justification })),
        });
        const models = new Map(rows.map((c) => [c.id, toChildModel(c, grants.get(c.id)!.path)]));
        return groupByKeys(
          ids,
          links.filter((l) => models.has(l.childId)),
          (l) => l.intelligenceId,
          (l) => models.get(l.childId)!,
        );
      }),
    );
  }

  /** Display names of the people an item names (submitter, grader): police only, by the model's rule. */
  userName(loaders: RequestLoaders) {
    return loaders.get<string, string | null>('intelligenceUserName', async (ids) => {
      const rows: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT id, display_name AS name FROM user_account WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return byKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? null);
    });
  }
}

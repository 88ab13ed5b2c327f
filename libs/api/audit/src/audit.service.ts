import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@mace/api-core';
import { AuditOperation } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

export interface AuditRecord {
  operation: AuditOperation;
  actor?: Pick<Actor, 'userId' | 'agencyId' | 'roles'> | null;
  subjectType: string;
  subjectIds?: readonly string[];
  /** Why: the access path or reason. Never free-text personal data. */
  justification?: string;
  /** Agency ids a disclosure went to. */
  recipients?: readonly string[];
  requestId?: string;
}

export interface AuditChainReport {
  intact: boolean;
  checkedCount: number;
  firstBrokenSeq: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Append one event using the caller's transaction, so the event and the change it records
   * commit or roll back together. Numbering, time and hashes are set by the database trigger.
   */
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (operation, actor_user_id, actor_agency_id, actor_roles, subject_type, subject_ids,
         justification, recipients, request_id, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '', '')`,
      [
        event.operation,
        event.actor?.userId ?? null,
        event.actor?.agencyId ?? null,
        event.actor?.roles ?? [],
        event.subjectType,
        event.subjectIds ?? [],
        event.justification ?? null,
        event.recipients ?? [],
        event.requestId || null,
      ],
    );
  }

  /** Record outside any business transaction (sign-in events, refusals). */
  recordAlone(event: AuditRecord): Promise<void> {
    return this.dataSource.transaction((manager) => this.record(manager, event));
  }

  /**
   * Recompute every row's digest from its content and its predecessor's stored hash; report the
   * first row where either the link or the content does not match.
   */
  async verifyChain(manager: EntityManager = this.dataSource.manager): Promise<AuditChainReport> {
    const [row] = await manager.query(`
      WITH chain AS (
        SELECT e.seq, e.prev_hash, e.hash,
               coalesce(lag(e.hash) OVER (ORDER BY e.seq), 'GENESIS') AS expected_prev,
               audit_event_digest(e, e.prev_hash) AS expected_hash
        FROM audit_event e
      )
      SELECT (SELECT count(*) FROM chain)::int AS checked,
             (SELECT seq::text FROM chain WHERE prev_hash <> expected_prev OR hash <> expected_hash
               ORDER BY seq LIMIT 1) AS first_broken`);
    return { intact: row.first_broken === null, checkedCount: row.checked, firstBrokenSeq: row.first_broken };
  }
}

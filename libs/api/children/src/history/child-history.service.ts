import { Injectable } from '@nestjs/common';
import { Actor, AppConfig } from '@mace/api-core';
import { ChildStatus, RiskLevel, RiskSource } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { ChildRiskEntity } from '../entities/child-risk.entity';
import { ChildStatusChangeEntity } from '../entities/child-status-change.entity';
import { ChildEntity } from '../entities/child.entity';

/**
 * The one way a child's risk level or status changes, so the history, the current value on the
 * child row and the next review date always agree. Callers pass their transaction and have
 * already checked access and the version; auditing stays with the caller, who knows the operation.
 */
@Injectable()
export class ChildHistoryService {
  constructor(private readonly config: AppConfig) {}

  /** Days until the next review for a level: the configured cadence; no review for "none". */
  reviewDaysFor(level: RiskLevel): number | null {
    switch (level) {
      case RiskLevel.HIGH:
        return this.config.REVIEW_DAYS_HIGH;
      case RiskLevel.MEDIUM:
        return this.config.REVIEW_DAYS_MEDIUM;
      case RiskLevel.LOW:
        return this.config.REVIEW_DAYS_LOW;
      default:
        return null;
    }
  }

  /**
   * Append a risk entry and make it current. The next review date is `nextReviewOn` when given,
   * otherwise today in Europe/London plus the cadence of the level (a date, so no clock shift
   * can move it).
   */
  async recordRisk(
    manager: EntityManager,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    childId: string,
    change: { level: RiskLevel; rationale: string; source: RiskSource; nextReviewOn?: string | null },
  ): Promise<ChildRiskEntity> {
    const next = await this.nextReviewFrom(manager, change.level, change.nextReviewOn ?? null);
    const entry = await manager.getRepository(ChildRiskEntity).save({
      childId,
      level: change.level,
      rationale: change.rationale,
      source: change.source,
      nextReviewOn: next,
      setByUserId: actor?.userId ?? null,
      setByAgencyId: actor?.agencyId ?? null,
    });
    await manager.getRepository(ChildEntity).update({ id: childId }, { riskLevel: change.level, nextReviewOn: next });
    return entry;
  }

  /** Append a status change and make it current; a closure keeps its reason on the child. */
  async recordStatus(
    manager: EntityManager,
    actor: Pick<Actor, 'userId' | 'agencyId'> | null,
    childId: string,
    change: { status: ChildStatus; reason?: string | null },
  ): Promise<ChildStatusChangeEntity> {
    const entry = await manager.getRepository(ChildStatusChangeEntity).save({
      childId,
      status: change.status,
      reason: change.reason ?? null,
      changedByUserId: actor?.userId ?? null,
      changedByAgencyId: actor?.agencyId ?? null,
    });
    await manager
      .getRepository(ChildEntity)
      .update({ id: childId }, { status: change.status, closureReason: change.status === ChildStatus.CLOSED ? (change.reason ?? null) : null });
    // The MACE reviews only the children it holds: stepping down or closing ends the review
    // schedule; coming back starts it again from the current level's cadence.
    if (change.status === ChildStatus.CLOSED || change.status === ChildStatus.STEPPED_DOWN) {
      await manager.getRepository(ChildEntity).update({ id: childId }, { nextReviewOn: null });
    } else {
      const child = await manager.getRepository(ChildEntity).findOneByOrFail({ id: childId });
      if (child.nextReviewOn === null) {
        const next = await this.nextReviewFrom(manager, child.riskLevel, null);
        await manager.getRepository(ChildEntity).update({ id: childId }, { nextReviewOn: next });
      }
    }
    return entry;
  }

  /** `given`, or today in Europe/London plus the cadence of `level` (none for "no risk identified"). */
  private async nextReviewFrom(manager: EntityManager, level: RiskLevel, given: string | null): Promise<string | null> {
    const [{ next }]: { next: string | null }[] = await manager.query(
      `SELECT coalesce($1::date, CASE WHEN $2::int IS NULL THEN NULL
                ELSE ((now() AT TIME ZONE 'Europe/London')::date + $2::int) END)::text AS next`,
      [given, this.reviewDaysFor(level)],
    );
    return next;
  }
}

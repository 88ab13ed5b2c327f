import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ConflictError, ForbiddenError, NotFoundError, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AgencyEntity } from '@mace/api-auth';
import { NotificationService } from '@mace/api-notifications';
import {
  AuditOperation,
  AuditSubjectType,
  ChildStatus,
  InvolvementKind,
  NotificationKind,
  Permission,
  ReferralStatus,
  RiskSource,
  TriageDecision,
} from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { ChildEntity } from '../entities/child.entity';
import { ReferralEntity } from '../entities/referral.entity';
import { ChildHistoryService } from '../history/child-history.service';
import { DecideReferralInput } from './referral.inputs';

/** Why a referred child is closed when triage does not take them to MACE. */
const CLOSURE_REASONS: Record<Exclude<TriageDecision, TriageDecision.ACCEPTED>, string> = {
  [TriageDecision.SIGNPOSTED]: 'Signposted at triage',
  [TriageDecision.NO_FURTHER_ACTION]: 'No further action at triage',
  [TriageDecision.STRATEGY_MEETING]: 'Sent to a strategy meeting / children’s social care at triage',
};

/** Referral statuses that keep a referred child open: another referral still waiting, or one accepted. */
const LIVE_REFERRAL = [ReferralStatus.AWAITING_TRIAGE, ReferralStatus.ACCEPTED];

/** The daily triage: the chair of the referral's district decides it, once. */
@Injectable()
export class ReferralTriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly history: ChildHistoryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  decide(actor: Actor, input: DecideReferralInput, requestId: string): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.getRepository(ReferralEntity).findOneBy({ id: input.referralId });
      const grants = referral ? await this.access.readable(actor, [referral.childId], manager) : new Map();
      if (!referral || !grants.has(referral.childId)) throw new NotFoundError('Referral');
      if (!actor.districtIds.includes(referral.districtId) || !actor.permissions.has(Permission.CHILD_MANAGE_DISTRICT)) {
        throw new ForbiddenError('Only the MACE chair of the referral’s district can decide it');
      }
      // A stale version first: of two chairs deciding at once, the loser hears that someone else
      // changed it, whether or not the winner has committed yet.
      if (referral.version !== input.version) throw new ConflictError();
      if (referral.status !== ReferralStatus.AWAITING_TRIAGE) {
        throw new BadUserInputError({ decision: 'This referral has already been decided' });
      }
      await this.checkDecision(manager, input);

      // Lock the child before looking at its other referrals, so two decisions about one child
      // cannot both conclude the other keeps it open.
      const child = await manager
        .getRepository(ChildEntity)
        .findOneOrFail({ where: { id: referral.childId }, lock: { mode: 'pessimistic_write' } });
      await updateVersioned(manager, ReferralEntity, 'Referral', referral.id, input.version, {
        status: input.decision,
        decisionRationale: input.rationale,
        provisionalLevel: input.decision === TriageDecision.ACCEPTED ? input.provisionalLevel : null,
        decidedByUserId: actor.userId,
        decidedAt: () => 'now()',
      });

      const childChanges =
        input.decision === TriageDecision.ACCEPTED ? await this.accept(manager, actor, child, input) : await this.decline(manager, actor, child, input);
      if (childChanges.length) await manager.query(`UPDATE child SET version = version + 1 WHERE id = $1`, [child.id]);

      const referralChanges = ['status', 'decisionRationale', ...(input.decision === TriageDecision.ACCEPTED ? ['provisionalLevel'] : [])];
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.REFERRAL,
        subjectIds: [referral.id],
        justification: `triage decision; changed: ${[...referralChanges, 'decidedBy', 'decidedAt'].join(', ')}`,
      });
      if (childChanges.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.ALTERATION,
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          subjectIds: [child.id],
          justification: `triage decision; changed: ${childChanges.join(', ')}`,
        });
      }
      // The referrer hears that it was decided, not what: the decision is read on the referral itself.
      await this.notifications.notify(
        manager,
        { userIds: [referral.referrerUserId] },
        {
          kind: NotificationKind.REFERRAL_DECIDED,
          subjectType: AuditSubjectType.REFERRAL,
          subjectId: referral.id,
          message: 'A referral you made has been decided',
          link: '/referrals',
          dedupeKey: `decided:${referral.id}`,
        },
      );
      return manager.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id });
    });
  }

  /** Accepted to MACE: the provisional level with the triage rationale, open, and perhaps a lead agency. */
  private async accept(manager: EntityManager, actor: Actor, child: ChildEntity, input: DecideReferralInput): Promise<string[]> {
    const changed = ['riskLevel', 'nextReviewOn'];
    await this.history.recordRisk(manager, actor, child.id, {
      level: input.provisionalLevel!,
      source: RiskSource.TRIAGE,
      rationale: input.rationale,
      nextReviewOn: input.nextReviewOn ?? null,
    });
    if (child.status !== ChildStatus.OPEN) {
      await this.history.recordStatus(manager, actor, child.id, { status: ChildStatus.OPEN, reason: 'Accepted to MACE at triage' });
      changed.push('status');
      if (child.closureReason !== null) changed.push('closureReason');
    }
    if (input.leadAgencyId && input.leadAgencyId !== child.leadAgencyId) {
      await manager.getRepository(ChildEntity).update({ id: child.id }, { leadAgencyId: input.leadAgencyId });
      // One lead at a time: the previous lead keeps any other involvement it has, not this one.
      await manager.query(`DELETE FROM child_involvement WHERE child_id = $1 AND kind = $2 AND agency_id <> $3`, [
        child.id,
        InvolvementKind.LEAD_AGENCY,
        input.leadAgencyId,
      ]);
      await manager.query(
        `INSERT INTO child_involvement (child_id, agency_id, kind, granted_by_user_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [child.id, input.leadAgencyId, InvolvementKind.LEAD_AGENCY, actor.userId],
      );
      changed.push('leadAgency');
    }
    return changed;
  }

  /**
   * Not taken to MACE: a child who is only here because of referrals, none of them still waiting
   * or accepted, is closed with the decision as the reason. A child already open stays open.
   */
  private async decline(manager: EntityManager, actor: Actor, child: ChildEntity, input: DecideReferralInput): Promise<string[]> {
    if (child.status !== ChildStatus.REFERRED) return [];
    const [{ live }]: { live: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM referral WHERE child_id = $1 AND id <> $2 AND status = ANY($3)) AS live`,
      [child.id, input.referralId, LIVE_REFERRAL],
    );
    if (live) return [];
    const reason = CLOSURE_REASONS[input.decision as keyof typeof CLOSURE_REASONS];
    await this.history.recordStatus(manager, actor, child.id, { status: ChildStatus.CLOSED, reason });
    return ['status', 'closureReason'];
  }

  /** What only makes sense for some decisions, and the lead agency, reported together. */
  private async checkDecision(manager: EntityManager, input: DecideReferralInput): Promise<void> {
    const problems: Record<string, string> = {};
    if (input.decision === TriageDecision.ACCEPTED) {
      if (input.leadAgencyId && !(await manager.getRepository(AgencyEntity).existsBy({ id: input.leadAgencyId, active: true }))) {
        problems['leadAgencyId'] = 'Choose an active agency that exists';
      }
    } else {
      if (input.provisionalLevel != null) problems['provisionalLevel'] = 'Only give a provisional risk level when accepting to MACE';
      if (input.nextReviewOn != null) problems['nextReviewOn'] = 'Only give a next review date when accepting to MACE';
      if (input.leadAgencyId != null) problems['leadAgencyId'] = 'Only choose a lead agency when accepting to MACE';
    }
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
  }
}

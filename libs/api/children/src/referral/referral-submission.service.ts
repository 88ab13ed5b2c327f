import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { DistrictEntity } from '@mace/api-auth';
import { AuditOperation, AuditSubjectType, ChildStatus, InvolvementKind, ReferralStatus, RiskLevel, RiskSource } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { ChildAliasEntity } from '../entities/child-alias.entity';
import { ChildEntity } from '../entities/child.entity';
import { ReferralEntity } from '../entities/referral.entity';
import { ScreeningToolEntity } from '../entities/screening-tool.entity';
import { ChildHistoryService } from '../history/child-history.service';
import { scoreScreening, ScreeningSuggestion } from '../screening/score-screening';
import { answerProblems, ScreeningService, UNKNOWN_SCREENING_VERSION } from '../screening/screening.service';
import { NewChildInput, SubmitReferralInput } from './referral.inputs';
import { riskPhrase } from './risk-wording';

/** Statuses a new referral re-opens: the child goes back to the triage board. */
const REOPENED_BY_REFERRAL = [ChildStatus.CLOSED, ChildStatus.STEPPED_DOWN];

/**
 * A practitioner refers a child: a new one, or one they can already see. Everything is written in
 * one transaction, so a refused referral leaves nothing behind.
 */
@Injectable()
export class ReferralSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly history: ChildHistoryService,
    private readonly screening: ScreeningService,
    private readonly audit: AuditService,
  ) {}

  submit(actor: Actor, input: SubmitReferralInput, requestId: string): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const existing = input.childId ? await this.readableChildForUpdate(actor, input.childId, manager) : null;
      const { tool, suggestion } = await this.checkInput(manager, input);
      const overriding = input.referrerLevel !== suggestion.level;

      const child = existing ?? (await this.createChild(manager, actor, input.newChild!));
      await manager.query(
        `INSERT INTO child_involvement (child_id, agency_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [child.id, actor.agencyId, InvolvementKind.REFERRER],
      );

      // A child already open to MACE keeps the level the partnership agreed: the referral's own
      // levels wait for triage. Anyone else takes the referrer's judgement as their current level.
      const changed: string[] = [];
      if (!existing || existing.status !== ChildStatus.OPEN) {
        await this.history.recordRisk(manager, actor, child.id, {
          level: input.referrerLevel,
          source: RiskSource.SCREENING,
          rationale: screeningRationale(tool, suggestion, input.referrerLevel, overriding ? input.overrideReason : null),
        });
        changed.push('riskLevel', 'nextReviewOn');
      }
      if (!existing) {
        await this.history.recordStatus(manager, actor, child.id, { status: ChildStatus.REFERRED });
      } else if (REOPENED_BY_REFERRAL.includes(existing.status)) {
        await this.history.recordStatus(manager, actor, child.id, { status: ChildStatus.REFERRED, reason: 'Referred again' });
        changed.push('status', 'closureReason');
      }
      // Someone editing the record from before this referral must reload it.
      if (existing && changed.length) await manager.query(`UPDATE child SET version = version + 1 WHERE id = $1`, [child.id]);

      const referral = await manager.getRepository(ReferralEntity).save({
        childId: child.id,
        districtId: child.districtId,
        referrerUserId: actor.userId,
        referrerAgencyId: actor.agencyId,
        concerns: input.concerns,
        screeningToolId: tool.id,
        // Stored in the tool's question order, so every reader sees them as the form asked them.
        answers: tool.definition.questions.map((q) => {
          const answer = input.answers.find((a) => a.questionKey === q.key)!;
          return { questionKey: q.key, lastSixMonths: answer.lastSixMonths, earlier: answer.earlier };
        }),
        suggestedLevel: suggestion.level,
        suggestedBecause: suggestion.because,
        referrerLevel: input.referrerLevel,
        overrideReason: overriding ? (input.overrideReason ?? null) : null,
        dangerStatement: input.dangerStatement,
        safetyGoal: input.safetyGoal,
        childVoice: input.childVoice,
        strengths: input.strengths,
        childAware: input.childAware,
        familyAware: input.familyAware,
        lawfulBasis: input.lawfulBasis,
        status: ReferralStatus.AWAITING_TRIAGE,
      });

      if (!existing) {
        await this.audit.record(manager, {
          operation: AuditOperation.COLLECTION,
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          subjectIds: [child.id],
          justification: 'new child recorded by a referral',
        });
      } else if (changed.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.ALTERATION,
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          subjectIds: [child.id],
          justification: `changed by a referral: ${changed.join(', ')}`,
        });
      }
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.REFERRAL,
        subjectIds: [referral.id, child.id],
        justification: 'referral submitted',
      });
      return manager.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id });
    });
  }

  /** An existing child the caller can read, locked so a concurrent triage or edit waits for us. */
  private async readableChildForUpdate(actor: Actor, childId: string, manager: EntityManager): Promise<ChildEntity> {
    const grants = await this.access.readable(actor, [childId], manager);
    const child = grants.has(childId)
      ? await manager.getRepository(ChildEntity).findOne({ where: { id: childId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!child) throw new NotFoundError('Child');
    return child;
  }

  /**
   * The checks that need the database, reported together: the tool version, every question
   * answered exactly once, the district of a new child, and a reason when the referrer's level
   * differs from the suggestion (recomputed here, never taken from the client).
   */
  private async checkInput(
    manager: EntityManager,
    input: SubmitReferralInput,
  ): Promise<{ tool: ScreeningToolEntity; suggestion: ScreeningSuggestion }> {
    const problems: Record<string, string> = {};
    const tool = await this.screening.byVersion(input.screeningToolVersion, manager);
    if (!tool) problems['screeningToolVersion'] = UNKNOWN_SCREENING_VERSION;
    else if (tool.retiredAt) problems['screeningToolVersion'] = 'This version of the screening tool has been retired. Start the screening again';
    else Object.assign(problems, answerProblems(tool, input.answers, true));
    if (input.newChild && !(await manager.getRepository(DistrictEntity).existsBy({ id: input.newChild.districtId }))) {
      problems['newChild.districtId'] = 'Choose a district that exists';
    }
    const suggestion = tool && !Object.keys(problems).some(isScreeningField) ? scoreScreening(tool.definition, input.answers) : null;
    if (suggestion && input.referrerLevel !== suggestion.level && !input.overrideReason) {
      problems['overrideReason'] =
        `Explain why you judge ${riskPhrase(input.referrerLevel)} when the screening tool suggests ${riskPhrase(suggestion.level)}`;
    }
    if (!tool || !suggestion || Object.keys(problems).length) throw new BadUserInputError(problems);
    return { tool, suggestion };
  }

  private async createChild(manager: EntityManager, actor: Actor, input: NewChildInput): Promise<ChildEntity> {
    const child = await manager.getRepository(ChildEntity).save({
      districtId: input.districtId,
      givenName: input.givenName,
      familyName: input.familyName,
      dateOfBirth: input.dateOfBirth,
      gender: input.gender,
      ethnicitySelfDefined: input.ethnicitySelfDefined,
      ethnicityObserved: input.ethnicityObserved,
      address: input.address ?? null,
      postcode: input.postcode ?? null,
      educationStatus: input.educationStatus,
      schoolName: input.schoolName ?? null,
      lookedAfterStatus: input.lookedAfterStatus,
      socialWorkerName: input.socialWorkerName ?? null,
      exploitationTypes: input.exploitationTypes,
      offendingModels: input.offendingModels,
      vulnerabilities: input.vulnerabilities,
      riskLevel: RiskLevel.NONE,
      status: ChildStatus.REFERRED,
      createdByUserId: actor.userId,
    });
    if (input.knownAs.length) {
      await manager.getRepository(ChildAliasEntity).insert(input.knownAs.map((name) => ({ childId: child.id, name })));
    }
    return child;
  }
}

function isScreeningField(field: string): boolean {
  return field === 'screeningToolVersion' || field.startsWith('answers.');
}

/** The risk history entry of a referral: what the tool suggested, and the referrer's judgement. */
function screeningRationale(tool: ScreeningToolEntity, suggestion: ScreeningSuggestion, level: RiskLevel, overrideReason?: string | null): string {
  const suggested = `Referral screening (tool version ${tool.version}) suggested ${riskPhrase(suggestion.level)}, score ${suggestion.score}`;
  return overrideReason
    ? `${suggested}. The referrer judged ${riskPhrase(level)}: ${overrideReason}`
    : `${suggested}; the referrer agreed.`;
}

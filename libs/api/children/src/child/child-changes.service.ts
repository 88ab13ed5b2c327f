import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ForbiddenError, NotFoundError, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AgencyEntity } from '@mace/api-auth';
import { AuditOperation, AuditSubjectType, InvolvementKind } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { ChildAliasEntity } from '../entities/child-alias.entity';
import { ChildFlagEntity } from '../entities/child-flag.entity';
import { ChildInvolvementEntity } from '../entities/child-involvement.entity';
import { ChildEntity } from '../entities/child.entity';
import { ChildModel } from '../graphql/child.model';
import { ChildHistoryService } from '../history/child-history.service';
import {
  AddChildFlagInput,
  GrantChildAccessInput,
  RemoveChildFlagInput,
  SetChildRiskInput,
  SetChildStatusInput,
  UpdateChildInput,
} from './child.inputs';
import { ChildrenService } from './children.service';

type ChangeKind = 'record' | 'flags' | 'grant';

/** Told to someone who may read the record but not make this change. */
const REFUSALS: Record<ChangeKind, string> = {
  record: 'Only the chair of the district or the lead agency can change this child’s record',
  flags: 'Only agencies involved with this child can set or remove flags',
  grant: 'Only the chair of the district can give access to this record or restrict it',
};

/** Columns of the child row an update may set, by input field. */
const RECORD_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'gender',
  'ethnicitySelfDefined',
  'ethnicityObserved',
  'address',
  'postcode',
  'educationStatus',
  'schoolName',
  'lookedAfterStatus',
  'socialWorkerName',
  'leadAgencyId',
  'leadProfessionalName',
  'exploitationTypes',
  'offendingModels',
  'vulnerabilities',
  'restricted',
] as const;

/**
 * Changes to child records. Each is one transaction: the access check, the versioned write (the
 * child row first, so concurrent editors queue on its lock and all but one see a stale version),
 * the history rows and one ALTERATION event naming what changed, never the values.
 */
@Injectable()
export class ChildChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly history: ChildHistoryService,
    private readonly children: ChildrenService,
    private readonly audit: AuditService,
  ) {}

  update(actor: Actor, input: UpdateChildInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertChangeable(manager, actor, input.id, 'record');
      if (input.restricted !== undefined) await this.assertChangeable(manager, actor, input.id, 'grant');
      if (input.leadAgencyId) await this.assertActiveAgency(manager, input.leadAgencyId, 'leadAgencyId');
      const changes = Object.fromEntries(RECORD_FIELDS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]));
      const before = await manager.getRepository(ChildEntity).findOneByOrFail({ id: input.id });
      await updateVersioned(manager, ChildEntity, 'Child', input.id, input.version, changes);
      if (input.knownAs !== undefined) await this.replaceAliases(manager, input.id, input.knownAs);
      if (input.leadAgencyId !== undefined && input.leadAgencyId !== before.leadAgencyId) {
        await this.moveLead(manager, input.id, input.leadAgencyId ?? null);
      }
      const changed = [...Object.keys(changes), ...(input.knownAs !== undefined ? ['knownAs'] : [])];
      await this.recordAlteration(manager, actor, requestId, input.id, `changed: ${changed.join(', ') || 'nothing'}`);
      return this.children.afterChange(manager, actor, input.id);
    });
  }

  /** Risk changes only through the history service; the version is checked and bumped on the child row first. */
  setRisk(actor: Actor, input: SetChildRiskInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertChangeable(manager, actor, input.childId, 'record');
      await updateVersioned(manager, ChildEntity, 'Child', input.childId, input.version, {});
      await this.history.recordRisk(manager, actor, input.childId, {
        level: input.level,
        rationale: input.rationale,
        source: input.source,
        nextReviewOn: input.nextReviewOn ?? null,
      });
      await this.recordAlteration(manager, actor, requestId, input.childId, 'risk: set');
      return this.children.afterChange(manager, actor, input.childId);
    });
  }

  setStatus(actor: Actor, input: SetChildStatusInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertChangeable(manager, actor, input.childId, 'record');
      await updateVersioned(manager, ChildEntity, 'Child', input.childId, input.version, {});
      await this.history.recordStatus(manager, actor, input.childId, { status: input.status, reason: input.reason ?? null });
      await this.recordAlteration(manager, actor, requestId, input.childId, 'status: set');
      return this.children.afterChange(manager, actor, input.childId);
    });
  }

  /** Flags are rows of their own: adding one does not touch the child's version, so it never conflicts with an edit. */
  addFlag(actor: Actor, input: AddChildFlagInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertChangeable(manager, actor, input.childId, 'flags');
      await manager.getRepository(ChildFlagEntity).insert({
        childId: input.childId,
        label: input.label,
        reason: input.reason,
        expiresOn: input.expiresOn ?? null,
        setByUserId: actor.userId,
        setByAgencyId: actor.agencyId,
      });
      await this.recordAlteration(manager, actor, requestId, input.childId, 'flag added');
      return this.children.afterChange(manager, actor, input.childId);
    });
  }

  /** A flag of a child the caller cannot see is answered like a flag that does not exist. */
  removeFlag(actor: Actor, input: RemoveChildFlagInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      const flag = await manager
        .getRepository(ChildFlagEntity)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :id', { id: input.flagId })
        .getOne();
      if (!flag || !(await this.access.readable(actor, [flag.childId], manager)).has(flag.childId)) throw new NotFoundError('Flag');
      await this.assertChangeable(manager, actor, flag.childId, 'flags');
      if (flag.removedAt) throw new BadUserInputError({ flagId: 'This flag has already been removed' });
      await manager
        .getRepository(ChildFlagEntity)
        .update({ id: flag.id }, { removedAt: () => 'now()', removedByUserId: actor.userId, removalReason: input.reason } as never);
      await this.recordAlteration(manager, actor, requestId, flag.childId, 'flag removed');
      return this.children.afterChange(manager, actor, flag.childId);
    });
  }

  grantAccess(actor: Actor, input: GrantChildAccessInput, requestId: string): Promise<ChildModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertChangeable(manager, actor, input.childId, 'grant');
      await this.assertActiveAgency(manager, input.agencyId, 'agencyId');
      const involvements = manager.getRepository(ChildInvolvementEntity);
      if (await involvements.existsBy({ childId: input.childId, agencyId: input.agencyId, kind: InvolvementKind.GRANTED })) {
        throw new BadUserInputError({ agencyId: 'This agency has already been given access' });
      }
      await involvements.insert({
        childId: input.childId,
        agencyId: input.agencyId,
        kind: InvolvementKind.GRANTED,
        reason: input.reason,
        grantedByUserId: actor.userId,
      });
      await this.recordAlteration(manager, actor, requestId, input.childId, `access granted to agency ${input.agencyId}`);
      return this.children.afterChange(manager, actor, input.childId);
    });
  }

  /**
   * Not changeable: FORBIDDEN with the reason when the caller can read the record (they know it
   * exists), otherwise NOT_FOUND exactly as for an id that does not exist.
   */
  private async assertChangeable(manager: EntityManager, actor: Actor, id: string, what: ChangeKind): Promise<void> {
    if ((await this.access.changeable(actor, [id], what, manager)).has(id)) return;
    if ((await this.access.readable(actor, [id], manager)).has(id)) throw new ForbiddenError(REFUSALS[what]);
    throw new NotFoundError('Child');
  }

  private async assertActiveAgency(manager: EntityManager, agencyId: string, field: string): Promise<void> {
    if (!(await manager.getRepository(AgencyEntity).existsBy({ id: agencyId, active: true }))) {
      throw new BadUserInputError({ [field]: 'Choose an active agency that exists' });
    }
  }

  /** "Known as" is replaced as a whole, keeping the order given (oldest first is the order sent). */
  private async replaceAliases(manager: EntityManager, childId: string, names: string[]): Promise<void> {
    await manager.getRepository(ChildAliasEntity).delete({ childId });
    for (const name of names) {
      // One insert each so created_at (and so "oldest first") follows the order given.
      await manager.query(`INSERT INTO child_alias (child_id, name, created_at) VALUES ($1, $2, clock_timestamp())`, [childId, name]);
    }
  }

  /** The lead agency is also an involvement (it is why the lead may see the child): move that row with it. */
  private async moveLead(manager: EntityManager, childId: string, leadAgencyId: string | null): Promise<void> {
    await manager.getRepository(ChildInvolvementEntity).delete({ childId, kind: InvolvementKind.LEAD_AGENCY });
    if (leadAgencyId) {
      await manager.getRepository(ChildInvolvementEntity).insert({ childId, agencyId: leadAgencyId, kind: InvolvementKind.LEAD_AGENCY });
    }
  }

  private recordAlteration(manager: EntityManager, actor: Actor, requestId: string, childId: string, justification: string): Promise<void> {
    return this.audit.record(manager, {
      operation: AuditOperation.ALTERATION,
      actor,
      requestId,
      subjectType: AuditSubjectType.CHILD,
      subjectIds: [childId],
      justification,
    });
  }
}

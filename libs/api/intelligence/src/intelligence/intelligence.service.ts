import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  BadUserInputError,
  Connection,
  decodeCursor,
  ForbiddenError,
  NotFoundError,
  toConnection,
  updateVersioned,
} from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { NotificationService } from '@mace/api-notifications';
import { ChildAccessService, todayInLondon } from '@mace/api-children';
import { AccessPath, AuditOperation, AuditSubjectType, HandlingCode, IntelligenceStatus, NotificationKind, Permission } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { IntelligenceEntity } from '../entities/intelligence.entity';
import { mayMoveTo } from './intelligence-status';
import { intelligenceView, IntelligenceView, VIEW_JUSTIFICATION } from './intelligence-view';
import {
  GradeIntelligenceInput,
  IntelligenceReportsArgs,
  SetIntelligenceStatusInput,
  SubmitIntelligenceInput,
} from './intelligence.inputs';
import { IntelligenceModel, toIntelligenceModel } from './intelligence.model';

/** Serialises reference numbering within a year (PGlite has one connection; on Postgres this lock does it). */
const REFERENCE_LOCK = 727_306;

/**
 * Intelligence: partners and police submit, the district's SPOC grades (3x5x2) and writes the
 * sanitised text, and each reader sees the fields their view allows (intelligence-view.ts). Every
 * read is a CONSULTATION; a partner shown the sanitised text is a DISCLOSURE to their agency.
 */
@Injectable()
export class IntelligenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly children: ChildAccessService,
    private readonly notifications: NotificationService,
  ) {}

  /** The item as the caller may see it; NOT_FOUND when they may not (exactly as for an unknown id). */
  get(actor: Actor, id: string, requestId: string): Promise<IntelligenceModel> {
    return this.dataSource.transaction(async (manager) => {
      const [model] = await this.views(manager, actor, await manager.getRepository(IntelligenceEntity).findBy({ id }));
      if (!model) throw new NotFoundError('Intelligence');
      await this.recordReads(manager, actor, [model], requestId);
      return model;
    });
  }

  list(actor: Actor, args: IntelligenceReportsArgs, requestId: string): Promise<Connection<IntelligenceModel>> {
    const offset = decodeCursor(args.after);
    const filter = args.filter ?? {};
    return this.dataSource.transaction(async (manager) => {
      const scope = this.children.listScope(actor);
      const query = manager
        .getRepository(IntelligenceEntity)
        .createQueryBuilder('i')
        // The same rule as intelligenceView, in SQL, so paging and totalCount count only visible items.
        .where(
          `((:fullRead AND i.district_id = ANY(:fullDistricts))
            OR (i.status = 'SUBMITTED' AND i.submitted_by_agency_id = :callerAgency)
            OR (i.status <> 'SUBMITTED' AND i.handling_code IN ('P', 'C') AND (
              (NOT EXISTS (SELECT 1 FROM intelligence_child x WHERE x.intelligence_id = i.id) AND i.submitted_by_agency_id = :callerAgency)
              OR (EXISTS (SELECT 1 FROM intelligence_child x WHERE x.intelligence_id = i.id)
                  AND NOT EXISTS (SELECT 1 FROM intelligence_child x JOIN child c ON c.id = x.child_id
                                  WHERE x.intelligence_id = i.id AND NOT (${scope.where}))))))`,
          {
            ...scope.params,
            fullRead: actor.permissions.has(Permission.INTEL_READ_FULL),
            fullDistricts: [...actor.districtIds],
            callerAgency: actor.agencyId,
          },
        );
      if (filter.districtId) query.andWhere('i.district_id = :districtId', { districtId: filter.districtId });
      if (filter.status?.length) query.andWhere('i.status IN (:...statuses)', { statuses: filter.status });
      if (filter.childId) {
        query.andWhere('EXISTS (SELECT 1 FROM intelligence_child f WHERE f.intelligence_id = i.id AND f.child_id = :childId)', {
          childId: filter.childId,
        });
      }
      if (filter.mine !== undefined && filter.mine !== null) {
        query.andWhere(filter.mine ? 'i.submitted_by_agency_id = :callerAgency' : 'i.submitted_by_agency_id <> :callerAgency');
      }
      const [rows, total] = await query.orderBy('i.submitted_at', 'DESC').addOrderBy('i.id').skip(offset).take(args.first).getManyAndCount();
      const models = await this.views(manager, actor, rows);
      await this.recordReads(manager, actor, models, requestId);
      return toConnection(models, total, offset);
    });
  }

  submit(actor: Actor, input: SubmitIntelligenceInput, requestId: string): Promise<IntelligenceModel> {
    return this.dataSource.transaction(async (manager) => {
      const grants = await this.children.readable(actor, input.childIds, manager);
      if (input.childIds.some((id) => !grants.has(id) || grants.get(id)?.path === AccessPath.BREAK_GLASS)) throw new NotFoundError('Child');
      if (!(await this.maySubmitTo(manager, actor, input.districtId, input.childIds))) {
        throw new ForbiddenError('You can submit intelligence only to your own district');
      }
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [REFERENCE_LOCK]);
      const prefix = `INT-${todayInLondon().slice(0, 4)}-`;
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(right(reference, 6)::int), 0) + 1 AS next FROM intelligence WHERE reference ~ $1`,
        [`^${prefix}[0-9]{6}$`],
      );
      const { id } = await manager.getRepository(IntelligenceEntity).save({
        reference: `${prefix}${String(next).padStart(6, '0')}`,
        districtId: input.districtId,
        submittedByUserId: actor.userId,
        submittedByAgencyId: actor.agencyId,
        what: input.what,
        occurredOn: input.occurredOn ?? null,
        occurredTime: input.occurredTime ?? null,
        place: input.place ?? null,
        who: input.who ?? null,
        provenance: input.provenance,
        provenanceDetail: input.provenanceDetail ?? null,
        status: IntelligenceStatus.SUBMITTED,
      });
      if (input.childIds.length) {
        await manager.query(`INSERT INTO intelligence_child (intelligence_id, child_id) SELECT $1, unnest($2::uuid[])`, [id, input.childIds]);
      }
      await this.audit.record(manager, {
        operation: AuditOperation.COLLECTION,
        actor,
        requestId,
        subjectType: AuditSubjectType.INTELLIGENCE,
        subjectIds: [id],
        justification: 'intelligence submitted',
      });
      if (input.childIds.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.COLLECTION,
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          subjectIds: input.childIds,
          justification: `intelligence submitted: ${id}`,
        });
      }
      // The district's SPOCs grade it; the message is also the e-mail, so it holds no personal data.
      await this.notifications.notify(
        manager,
        { spocsOfDistrictIds: [input.districtId] },
        {
          kind: NotificationKind.INTELLIGENCE_SUBMITTED,
          subjectType: AuditSubjectType.INTELLIGENCE,
          subjectId: id,
          message: 'New intelligence is waiting to be graded',
          link: `/intelligence/${id}`,
          dedupeKey: `intelligence-submitted:${id}`,
        },
      );
      return this.reload(manager, actor, id);
    });
  }

  grade(actor: Actor, input: GradeIntelligenceInput, requestId: string): Promise<IntelligenceModel> {
    if (input.handlingCode === HandlingCode.C && !input.handlingConditions) {
      throw new BadUserInputError({ handlingConditions: 'Enter the handling conditions of a C code' });
    }
    return this.dataSource.transaction(async (manager) => {
      const item = await this.forGrading(manager, actor, input.id);
      await updateVersioned(manager, IntelligenceEntity, 'Intelligence', item.id, input.version, {
        sourceEvaluation: input.sourceEvaluation,
        intelligenceAssessment: input.intelligenceAssessment,
        handlingCode: input.handlingCode,
        // Conditions belong to a C code only: a P item is shared without them.
        handlingConditions: input.handlingCode === HandlingCode.C ? input.handlingConditions : null,
        sanitisedText: input.sanitisedText,
        gradedByUserId: actor.userId,
        gradedAt: () => 'now()',
        status: item.status === IntelligenceStatus.SUBMITTED ? IntelligenceStatus.GRADED : item.status,
      });
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.INTELLIGENCE,
        subjectIds: [item.id],
        justification: `graded ${input.sourceEvaluation}/${input.intelligenceAssessment}/${input.handlingCode}`,
      });
      return this.reload(manager, actor, item.id);
    });
  }

  setStatus(actor: Actor, input: SetIntelligenceStatusInput, requestId: string): Promise<IntelligenceModel> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.forGrading(manager, actor, input.id);
      if (!mayMoveTo(item.status, input.status)) {
        throw new BadUserInputError({ status: `Intelligence cannot move from ${item.status} to ${input.status}` });
      }
      await updateVersioned(manager, IntelligenceEntity, 'Intelligence', item.id, input.version, { status: input.status });
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.INTELLIGENCE,
        subjectIds: [item.id],
        justification: `status: ${item.status} → ${input.status}`,
      });
      return this.reload(manager, actor, item.id);
    });
  }

  /**
   * The item in full (police of its district), or NOT_FOUND / FORBIDDEN: for grading, status and
   * linking. Someone who may see it as a partner is refused, not told it does not exist.
   */
  async inFull(manager: EntityManager, actor: Actor, id: string): Promise<IntelligenceEntity> {
    const item = await manager.getRepository(IntelligenceEntity).findOneBy({ id });
    const [model] = item ? await this.views(manager, actor, [item]) : [];
    if (!item || !model) throw new NotFoundError('Intelligence');
    if (model.view !== IntelligenceView.FULL) throw new ForbiddenError('Only the police of the district can do this');
    return item;
  }

  /** The models of `items` the caller may see, in order; items they may not see are left out. */
  async views(manager: EntityManager, actor: Actor, items: IntelligenceEntity[]): Promise<IntelligenceModel[]> {
    if (items.length === 0) return [];
    const links: { intelligence_id: string; child_id: string }[] = await manager.query(
      `SELECT intelligence_id, child_id FROM intelligence_child WHERE intelligence_id = ANY($1::uuid[])`,
      [items.map((item) => item.id)],
    );
    const grants = await this.children.readable(actor, [...new Set(links.map((l) => l.child_id))], manager);
    const readable = new Set([...grants].filter(([, grant]) => grant.path !== AccessPath.BREAK_GLASS).map(([id]) => id));
    const viewer = { agencyId: actor.agencyId, districtIds: actor.districtIds, fullRead: actor.permissions.has(Permission.INTEL_READ_FULL) };
    return items.flatMap((item) => {
      const childIds = links.filter((l) => l.intelligence_id === item.id).map((l) => l.child_id);
      const view = intelligenceView(viewer, { ...item, childIds }, readable);
      return view ? [toIntelligenceModel(item, view, actor.agencyId)] : [];
    });
  }

  private async forGrading(manager: EntityManager, actor: Actor, id: string): Promise<IntelligenceEntity> {
    return this.inFull(manager, actor, id);
  }

  private async reload(manager: EntityManager, actor: Actor, id: string): Promise<IntelligenceModel> {
    const [model] = await this.views(manager, actor, await manager.getRepository(IntelligenceEntity).findBy({ id }));
    if (!model) throw new Error(`intelligence ${id} not visible to the caller who just wrote it`);
    return model;
  }

  /**
   * One of the caller's districts; a practitioner without districts may submit to their agency's
   * district or a district of the children they name.
   */
  private async maySubmitTo(manager: EntityManager, actor: Actor, districtId: string, childIds: string[]): Promise<boolean> {
    if (actor.districtIds.length) return actor.districtIds.includes(districtId);
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM agency WHERE id = $1 AND district_id = $2
       UNION ALL SELECT 1 FROM child WHERE id = ANY($3::uuid[]) AND district_id = $2`,
      [actor.agencyId, districtId, childIds],
    );
    return rows.length > 0;
  }

  /** CONSULTATION per view, and a DISCLOSURE naming the caller's agency for each sanitised text shown to a partner. */
  private async recordReads(manager: EntityManager, actor: Actor, models: IntelligenceModel[], requestId: string): Promise<void> {
    for (const view of Object.values(IntelligenceView)) {
      const ids = models.filter((m) => m.view === view).map((m) => m.id);
      if (ids.length === 0) continue;
      await this.audit.record(manager, {
        operation: AuditOperation.CONSULTATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.INTELLIGENCE,
        subjectIds: ids,
        justification: VIEW_JUSTIFICATION[view],
      });
    }
    const disclosed = models.filter((m) => m.view === IntelligenceView.SHARED && m.sanitisedText !== null).map((m) => m.id);
    if (disclosed.length) {
      await this.audit.record(manager, {
        operation: AuditOperation.DISCLOSURE,
        actor,
        requestId,
        subjectType: AuditSubjectType.INTELLIGENCE,
        subjectIds: disclosed,
        justification: 'sanitised intelligence shared under its handling code',
        recipients: [actor.agencyId],
      });
    }
  }
}

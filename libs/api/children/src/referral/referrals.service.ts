import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Connection, decodeCursor, NotFoundError, PageArgs, toConnection } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditSubjectType, ReferralStatus } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import type { ChildScope } from '../access/child-scope';
import { ReferralEntity } from '../entities/referral.entity';
import { recordConsultation } from '../audit/record-consultation';
import { ReferralFilterInput } from './referral.inputs';

/**
 * Reading referrals. A referral is visible exactly when its child is: the referral is the child's
 * data. Every read writes a CONSULTATION event in the same transaction as the read.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  get(actor: Actor, id: string, requestId: string): Promise<ReferralEntity> {
    return this.dataSource.transaction(async (manager) => {
      const referral = isUuid(id) ? await manager.getRepository(ReferralEntity).findOneBy({ id }) : null;
      const grant = referral ? (await this.access.readable(actor, [referral.childId], manager)).get(referral.childId) : undefined;
      if (!referral || !grant) throw new NotFoundError('Referral');
      await recordConsultation(this.audit, manager, {
        actor,
        requestId,
        subjectType: AuditSubjectType.REFERRAL,
        read: [{ id: referral.id, justification: grant.justification }],
      });
      return referral;
    });
  }

  /**
   * The caller's scope is a required argument: a referral list that forgets it does not compile.
   * The triage board (exactly "awaiting triage") reads oldest first, as referrals are worked
   * through; every other list reads newest first.
   */
  list(scope: ChildScope, filter: ReferralFilterInput | undefined, page: PageArgs, requestId: string): Promise<Connection<ReferralEntity>> {
    const { actor } = scope;
    return this.dataSource.transaction(async (manager) => {
      const offset = decodeCursor(page.after);
      const query = manager
        .getRepository(ReferralEntity)
        .createQueryBuilder('r')
        .innerJoin('child', 'c', 'c.id = r.child_id')
        .where(scope.where, scope.params);
      if (filter?.districtId) query.andWhere('r.district_id = :filterDistrict', { filterDistrict: filter.districtId });
      if (filter?.statuses?.length) query.andWhere('r.status IN (:...filterStatuses)', { filterStatuses: filter.statuses });
      if (filter?.mine) query.andWhere('r.referrer_agency_id = :filterAgency', { filterAgency: actor.agencyId });
      const triageBoard = filter?.statuses?.length === 1 && filter.statuses[0] === ReferralStatus.AWAITING_TRIAGE;
      const direction = triageBoard ? 'ASC' : 'DESC';
      const [rows, total] = await query
        .orderBy('r.submitted_at', direction)
        .addOrderBy('r.id', direction)
        .offset(offset)
        .limit(page.first)
        .getManyAndCount();

      if (rows.length) {
        const grants = await this.access.readable(actor, [...new Set(rows.map((r) => r.childId))], manager);
        await recordConsultation(this.audit, manager, {
          actor,
          requestId,
          subjectType: AuditSubjectType.REFERRAL,
          // The scope only lists readable children, so every row has a grant; the fallback names the scope.
          read: rows.map((r) => ({ id: r.id, justification: grants.get(r.childId)?.justification ?? 'child list scope' })),
        });
      }
      return toConnection(rows, total, offset);
    });
  }
}

/** Malformed ids answer like unknown ones, without a database error. */
function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

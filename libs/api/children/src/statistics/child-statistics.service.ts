import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Connection, decodeCursor, ForbiddenError, toConnection } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { DistrictModel } from '@mace/api-auth';
import { AuditSubjectType, ChildStatus, RiskLevel } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { recordConsultation } from '../audit/record-consultation';
import { filtered } from '../child/child-filter';
import { ChildEntity } from '../entities/child.entity';
import { ChildStatisticsModel } from './child-statistics.model';
import { PseudonymisedChildModel } from './pseudonymised-child.model';
import { PseudonymisedChildrenArgs } from './pseudonymised-children.args';

const LEVELS_HIGHEST_FIRST = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE];
const OTHER_DISTRICT = 'You can only see figures for your own districts';

interface CountRow {
  district_id: string;
  risk_level: RiskLevel;
  status: ChildStatus;
  n: number;
  overdue: number;
}

/**
 * Figures for analysts and chairs, over the caller's districts only. Nothing here selects a
 * name, a date of birth or an address: ages are worked out in SQL and children carry their
 * random pseudonym.
 */
@Injectable()
export class ChildStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async statistics(actor: Actor, districtId: string | undefined): Promise<ChildStatisticsModel> {
    const districtIds = this.districtsOf(actor, districtId);
    const districts: DistrictModel[] = await this.dataSource.query(
      `SELECT id, name FROM district WHERE id = ANY($1) ORDER BY name, id`,
      [districtIds],
    );
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT c.district_id, c.risk_level, c.status, count(*)::int AS n,
              (count(*) FILTER (WHERE c.next_review_on < (now() AT TIME ZONE 'Europe/London')::date))::int AS overdue
       FROM child c WHERE c.district_id = ANY($1) GROUP BY c.district_id, c.risk_level, c.status`,
      [districtIds],
    );
    const sum = (keep: (row: CountRow) => boolean) => rows.filter(keep).reduce((total, row) => total + row.n, 0);
    return {
      total: sum(() => true),
      byRisk: LEVELS_HIGHEST_FIRST.map((riskLevel) => ({ riskLevel, count: sum((row) => row.risk_level === riskLevel) })),
      byStatus: Object.values(ChildStatus).map((status) => ({ status, count: sum((row) => row.status === status) })),
      byDistrict: districts.map((district) => ({ district, count: sum((row) => row.district_id === district.id) })),
      reviewOverdue: rows.reduce((total, row) => total + row.overdue, 0),
    };
  }

  /** Audited as a consultation of the children listed, under their pseudonyms. */
  pseudonymised(actor: Actor, args: PseudonymisedChildrenArgs, requestId: string): Promise<Connection<PseudonymisedChildModel>> {
    const districtIds = this.districtsOf(actor, args.filter?.districtId);
    return this.dataSource.transaction(async (manager) => {
      const offset = decodeCursor(args.after);
      const query = filtered(
        manager.getRepository(ChildEntity).createQueryBuilder('c').where('c.district_id = ANY(:districts)', { districts: districtIds }),
        args.filter,
      );
      const total = await query.getCount();
      const rows: (Omit<PseudonymisedChildModel, 'district'> & { id: string; districtId: string; districtName: string })[] = await query
        .innerJoin('district', 'd', 'd.id = c.district_id')
        .select([
          'c.id AS "id"',
          'c.pseudonym AS "pseudonym"',
          'c.district_id AS "districtId"',
          'd.name AS "districtName"',
          `date_part('year', age((now() AT TIME ZONE 'Europe/London')::date, c.date_of_birth))::int AS "ageInYears"`,
          'c.gender AS "gender"',
          'c.ethnicity_self_defined AS "ethnicitySelfDefined"',
          'c.risk_level AS "riskLevel"',
          'c.status AS "status"',
          'c.exploitation_types AS "exploitationTypes"',
        ])
        .orderBy('c.pseudonym', 'ASC')
        .offset(offset)
        .limit(args.first)
        .getRawMany();
      await recordConsultation(this.audit, manager, {
        actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        read: rows.map((row) => ({ id: row.id, justification: 'pseudonymised list' })),
      });
      const nodes: PseudonymisedChildModel[] = rows.map(({ id: _id, districtId, districtName, ...child }) => ({
        ...child,
        district: { id: districtId, name: districtName },
      }));
      return toConnection(nodes, total, offset);
    });
  }

  /** The caller's districts, or the one asked for if it is one of them. */
  private districtsOf(actor: Actor, districtId: string | undefined): string[] {
    if (!districtId) return [...actor.districtIds];
    if (!actor.districtIds.includes(districtId)) throw new ForbiddenError(OTHER_DISTRICT);
    return [districtId];
  }
}


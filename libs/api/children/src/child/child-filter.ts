import { SelectQueryBuilder } from 'typeorm';
import { ChildEntity } from '../entities/child.entity';
import { ChildFilterInput } from './child.inputs';

const LONDON_TODAY = `(now() AT TIME ZONE 'Europe/London')::date`;

/** The list filter over alias `c`, shared by the child list and the pseudonymised list. */
export function filtered(query: SelectQueryBuilder<ChildEntity>, filter: ChildFilterInput | undefined): SelectQueryBuilder<ChildEntity> {
  if (filter?.districtId) query.andWhere('c.district_id = :filterDistrict', { filterDistrict: filter.districtId });
  if (filter?.riskLevels?.length) query.andWhere('c.risk_level = ANY(:filterRisks)', { filterRisks: filter.riskLevels });
  if (filter?.statuses?.length) query.andWhere('c.status = ANY(:filterStatuses)', { filterStatuses: filter.statuses });
  if (filter?.reviewDue === true) query.andWhere(`c.next_review_on <= ${LONDON_TODAY}`);
  if (filter?.reviewDue === false) query.andWhere(`(c.next_review_on IS NULL OR c.next_review_on > ${LONDON_TODAY})`);
  return query;
}


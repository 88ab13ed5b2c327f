import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DistrictModel } from '@mace/api-auth';
import { ChildStatus, RiskLevel } from '@mace/shared-domain';
import '../graphql/child-enums';

@ObjectType('CountByRisk')
export class CountByRiskModel {
  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => Int)
  count: number;
}

@ObjectType('CountByStatus')
export class CountByStatusModel {
  @Field(() => ChildStatus)
  status: ChildStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('CountByDistrict')
export class CountByDistrictModel {
  @Field(() => DistrictModel)
  district: DistrictModel;

  @Field(() => Int)
  count: number;
}

/** Counts over the children of the caller's districts: never a name, a date of birth or an address. */
@ObjectType('ChildStatistics')
export class ChildStatisticsModel {
  @Field(() => Int)
  total: number;

  @Field(() => [CountByRiskModel], { description: 'Every level, highest first, zero counts included' })
  byRisk: CountByRiskModel[];

  @Field(() => [CountByStatusModel], { description: 'Every status, zero counts included' })
  byStatus: CountByStatusModel[];

  @Field(() => [CountByDistrictModel], { description: 'Every district counted, by name' })
  byDistrict: CountByDistrictModel[];

  @Field(() => Int, { description: 'Next review date before today (Europe/London)' })
  reviewOverdue: number;
}

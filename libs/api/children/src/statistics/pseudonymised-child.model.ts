import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { DistrictModel } from '@mace/api-auth';
import { ChildStatus, Ethnicity, ExploitationType, Gender, RiskLevel } from '@mace/shared-domain';
import '../graphql/child-enums';

/** A child as analysts see one: a random pseudonym and coded facts, nothing that identifies them. */
@ObjectType('PseudonymisedChild')
export class PseudonymisedChildModel {
  @Field()
  pseudonym: string;

  @Field(() => DistrictModel)
  district: DistrictModel;

  @Field(() => Int)
  ageInYears: number;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Ethnicity)
  ethnicitySelfDefined: Ethnicity;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => ChildStatus)
  status: ChildStatus;

  @Field(() => [ExploitationType])
  exploitationTypes: ExploitationType[];
}

@ObjectType('PseudonymisedChildConnection')
export class PseudonymisedChildConnection extends ConnectionType(PseudonymisedChildModel) {}

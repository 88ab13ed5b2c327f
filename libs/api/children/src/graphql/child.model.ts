import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AccessPath,
  ChildStatus,
  EducationStatus,
  Ethnicity,
  ExploitationType,
  Gender,
  LookedAfterStatus,
  OffendingModel,
  RiskLevel,
  Vulnerability,
} from '@mace/shared-domain';
import './child-enums';

/**
 * A child record as the caller may see it. Only ever built by services that checked access and
 * wrote the CONSULTATION event; relations (district, lead agency, aliases, histories) are field
 * resolvers over DataLoaders.
 */
@ObjectType('Child')
export class ChildModel {
  @Field(() => ID)
  id: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field({ description: 'Date of birth, yyyy-mm-dd' })
  dateOfBirth: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Ethnicity, { description: 'As the child defines it' })
  ethnicitySelfDefined: Ethnicity;

  @Field(() => Ethnicity, { description: 'As observed by a professional' })
  ethnicityObserved: Ethnicity;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Field(() => EducationStatus)
  educationStatus: EducationStatus;

  @Field(() => String, { nullable: true })
  schoolName: string | null;

  @Field(() => LookedAfterStatus)
  lookedAfterStatus: LookedAfterStatus;

  @Field(() => String, { nullable: true, description: 'Allocated social worker' })
  socialWorkerName: string | null;

  /** Resolved to District by a field resolver. */
  districtId: string;

  /** Resolved to Agency by a field resolver. */
  leadAgencyId: string | null;

  @Field(() => String, { nullable: true })
  leadProfessionalName: string | null;

  @Field(() => [ExploitationType])
  exploitationTypes: ExploitationType[];

  @Field(() => [OffendingModel])
  offendingModels: OffendingModel[];

  @Field(() => [Vulnerability])
  vulnerabilities: Vulnerability[];

  @Field(() => RiskLevel, { description: 'The latest entry of the risk history' })
  riskLevel: RiskLevel;

  @Field(() => String, { nullable: true, description: 'Next review date by the cadence of the current level, yyyy-mm-dd' })
  nextReviewOn: string | null;

  @Field(() => ChildStatus)
  status: ChildStatus;

  @Field(() => String, { nullable: true })
  closureReason: string | null;

  @Field({ description: 'Restricted children never appear in existence-only search results' })
  restricted: boolean;

  @Field(() => AccessPath, { description: 'How you may see this record' })
  accessPath: AccessPath;

  @Field(() => Int, { description: 'Send back with an update; a stale one is refused with CONFLICT' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

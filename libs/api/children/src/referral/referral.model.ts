import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Awareness, LawfulBasis, ReferralStatus, RiskLevel, ScreeningAnswer } from '@mace/shared-domain';
import '../graphql/child-enums';
import type { ScreeningResponse } from '../screening/screening-tool-definition';
import { ReferralEntity } from '../entities/referral.entity';

@ObjectType('ScreeningAnswerRecord')
export class ScreeningAnswerRecordModel {
  @Field()
  questionKey: string;

  @Field({ description: 'The question as worded in the version answered' })
  questionText: string;

  @Field(() => ScreeningAnswer)
  lastSixMonths: ScreeningAnswer;

  @Field(() => ScreeningAnswer)
  earlier: ScreeningAnswer;
}

/**
 * A referral as the caller may see it: only built after checking that its child is readable.
 * Child, district, people and agencies, the tool version and the answers' wording are field
 * resolvers over DataLoaders.
 */
@ObjectType('Referral')
export class ReferralModel {
  @Field(() => ID)
  id: string;

  childId: string;
  districtId: string;
  referrerUserId: string;
  referrerAgencyId: string;
  screeningToolId: string;
  /** The answers as stored; resolved with the question wording as `answers`. */
  responses: ScreeningResponse[];
  decidedByUserId: string | null;

  @Field()
  concerns: string;

  @Field(() => RiskLevel, { description: 'What the screening tool suggested (recomputed by the server)' })
  suggestedLevel: RiskLevel;

  @Field(() => [String])
  suggestedBecause: string[];

  @Field(() => RiskLevel, { description: 'The level the referrer judged' })
  referrerLevel: RiskLevel;

  @Field(() => String, { nullable: true })
  overrideReason: string | null;

  @Field()
  dangerStatement: string;

  @Field()
  safetyGoal: string;

  @Field()
  childVoice: string;

  @Field()
  strengths: string;

  @Field(() => Awareness)
  childAware: Awareness;

  @Field(() => Awareness)
  familyAware: Awareness;

  @Field(() => LawfulBasis)
  lawfulBasis: LawfulBasis;

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => String, { nullable: true })
  decisionRationale: string | null;

  @Field(() => RiskLevel, { nullable: true })
  provisionalLevel: RiskLevel | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  submittedAt: Date;

  @Field(() => Int, { description: 'Send back with a decision; a stale one is refused with CONFLICT' })
  version: number;
}

export function toReferralModel(entity: ReferralEntity): ReferralModel {
  return {
    id: entity.id,
    childId: entity.childId,
    districtId: entity.districtId,
    referrerUserId: entity.referrerUserId,
    referrerAgencyId: entity.referrerAgencyId,
    screeningToolId: entity.screeningToolId,
    responses: entity.answers,
    decidedByUserId: entity.decidedByUserId,
    concerns: entity.concerns,
    suggestedLevel: entity.suggestedLevel,
    suggestedBecause: entity.suggestedBecause,
    referrerLevel: entity.referrerLevel,
    overrideReason: entity.overrideReason,
    dangerStatement: entity.dangerStatement,
    safetyGoal: entity.safetyGoal,
    childVoice: entity.childVoice,
    strengths: entity.strengths,
    childAware: entity.childAware,
    familyAware: entity.familyAware,
    lawfulBasis: entity.lawfulBasis,
    status: entity.status,
    decisionRationale: entity.decisionRationale,
    provisionalLevel: entity.provisionalLevel,
    decidedAt: entity.decidedAt,
    submittedAt: entity.submittedAt,
    version: entity.version,
  };
}

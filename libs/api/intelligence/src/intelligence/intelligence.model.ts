import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { HandlingCode, IntelligenceAssessment, IntelligenceProvenance, IntelligenceStatus, SourceEvaluation } from '@mace/shared-domain';
import '../graphql/intelligence-enums';
import { IntelligenceEntity } from '../entities/intelligence.entity';
import { IntelligenceView } from './intelligence-view';

const POLICE_ONLY = 'Police of the district only (null for everyone else)';

/**
 * One intelligence item as the caller may see it (see IntelligenceView). The police-only fields are
 * filled for the FULL view only; toIntelligenceModel is the one place that decides, so a field
 * cannot leak by being forgotten in a resolver.
 */
@ObjectType('Intelligence')
export class IntelligenceModel {
  @Field(() => ID)
  id: string;

  view: IntelligenceView;
  districtId: string;
  submittedByAgencyId: string;
  /** FULL only. */
  submittedByUserId: string | null;
  gradedByUserId: string | null;

  @Field({ description: 'e.g. INT-2026-000123' })
  reference: string;

  @Field(() => IntelligenceStatus)
  status: IntelligenceStatus;

  @Field()
  submittedAt: Date;

  @Field({ description: 'Submitted by the caller’s agency' })
  mine: boolean;

  @Field(() => String, { nullable: true, description: 'Partners: once graded, where the handling code allows; police: once graded' })
  sanitisedText: string | null;

  @Field(() => String, { nullable: true, description: 'The conditions of a C handling code, shown beside the sanitised text' })
  handlingConditions: string | null;

  @Field(() => String, { nullable: true, description: POLICE_ONLY })
  what: string | null;

  @Field(() => String, { nullable: true, description: `yyyy-mm-dd. ${POLICE_ONLY}` })
  occurredOn: string | null;

  @Field(() => String, { nullable: true, description: POLICE_ONLY })
  occurredTime: string | null;

  @Field(() => String, { nullable: true, description: POLICE_ONLY })
  place: string | null;

  @Field(() => String, { nullable: true, description: POLICE_ONLY })
  who: string | null;

  @Field(() => IntelligenceProvenance, { nullable: true, description: POLICE_ONLY })
  provenance: IntelligenceProvenance | null;

  @Field(() => String, { nullable: true, description: POLICE_ONLY })
  provenanceDetail: string | null;

  @Field(() => SourceEvaluation, { nullable: true, description: POLICE_ONLY })
  sourceEvaluation: SourceEvaluation | null;

  @Field(() => IntelligenceAssessment, { nullable: true, description: POLICE_ONLY })
  intelligenceAssessment: IntelligenceAssessment | null;

  @Field(() => HandlingCode, { nullable: true, description: POLICE_ONLY })
  handlingCode: HandlingCode | null;

  @Field(() => Date, { nullable: true, description: POLICE_ONLY })
  gradedAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('IntelligenceConnection')
export class IntelligenceConnection extends ConnectionType(IntelligenceModel) {}

export function toIntelligenceModel(e: IntelligenceEntity, view: IntelligenceView, callerAgencyId: string): IntelligenceModel {
  const full = view === IntelligenceView.FULL;
  const shared = full || view === IntelligenceView.SHARED;
  return {
    id: e.id,
    view,
    districtId: e.districtId,
    submittedByAgencyId: e.submittedByAgencyId,
    submittedByUserId: full ? e.submittedByUserId : null,
    gradedByUserId: full ? e.gradedByUserId : null,
    reference: e.reference,
    status: e.status,
    submittedAt: e.submittedAt,
    mine: e.submittedByAgencyId === callerAgencyId,
    sanitisedText: shared ? e.sanitisedText : null,
    handlingConditions: shared ? e.handlingConditions : null,
    what: full ? e.what : null,
    occurredOn: full ? e.occurredOn : null,
    occurredTime: full ? e.occurredTime : null,
    place: full ? e.place : null,
    who: full ? e.who : null,
    provenance: full ? e.provenance : null,
    provenanceDetail: full ? e.provenanceDetail : null,
    sourceEvaluation: full ? e.sourceEvaluation : null,
    intelligenceAssessment: full ? e.intelligenceAssessment : null,
    handlingCode: full ? e.handlingCode : null,
    gradedAt: full ? e.gradedAt : null,
    version: e.version,
  };
}

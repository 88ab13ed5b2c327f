import { registerEnumType } from '@nestjs/graphql';
import {
  AccessPath,
  Awareness,
  ChildStatus,
  EducationStatus,
  Ethnicity,
  ExploitationType,
  Gender,
  InvolvementKind,
  LawfulBasis,
  LookedAfterStatus,
  OffendingModel,
  ReferralStatus,
  RiskLevel,
  RiskSource,
  ScreeningAnswer,
  TriageDecision,
  Vulnerability,
} from '@mace/shared-domain';

// Every child and referral code, under the name the shared domain gives it. Imported by the
// models so registration happens before the schema is built.
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(RiskSource, { name: 'RiskSource' });
registerEnumType(ChildStatus, { name: 'ChildStatus' });
registerEnumType(ExploitationType, { name: 'ExploitationType' });
registerEnumType(OffendingModel, { name: 'OffendingModel' });
registerEnumType(Vulnerability, { name: 'Vulnerability' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(Ethnicity, { name: 'Ethnicity', description: 'ONS 2021 categories; not yet recorded, not stated and refused kept apart' });
registerEnumType(EducationStatus, { name: 'EducationStatus' });
registerEnumType(LookedAfterStatus, { name: 'LookedAfterStatus' });
registerEnumType(InvolvementKind, { name: 'InvolvementKind' });
registerEnumType(AccessPath, { name: 'AccessPath', description: 'How the caller may see a child record' });
registerEnumType(ScreeningAnswer, { name: 'ScreeningAnswer' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(TriageDecision, { name: 'TriageDecision' });
registerEnumType(LawfulBasis, { name: 'LawfulBasis' });
registerEnumType(Awareness, { name: 'Awareness' });

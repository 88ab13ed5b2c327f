import { registerEnumType } from '@nestjs/graphql';
import {
  EntityKind,
  HandlingCode,
  IdentifierKind,
  IntelligenceAssessment,
  IntelligenceProvenance,
  IntelligenceStatus,
  LinkConfidence,
  LinkRelation,
  LocationType,
  MakesafeStatus,
  NetworkStatus,
  PersonRiskMarker,
  Platform,
  SourceEvaluation,
} from '@mace/shared-domain';

// Every intelligence code, under the name the shared domain gives it. Imported by the models and
// inputs so registration happens before the schema is built. OffendingModel is registered by children.
registerEnumType(EntityKind, { name: 'EntityKind' });
registerEnumType(PersonRiskMarker, { name: 'PersonRiskMarker' });
registerEnumType(LocationType, { name: 'LocationType' });
registerEnumType(MakesafeStatus, { name: 'MakesafeStatus' });
registerEnumType(IdentifierKind, { name: 'IdentifierKind' });
registerEnumType(Platform, { name: 'Platform' });
registerEnumType(NetworkStatus, { name: 'NetworkStatus' });
registerEnumType(LinkRelation, { name: 'LinkRelation' });
registerEnumType(LinkConfidence, { name: 'LinkConfidence' });
registerEnumType(SourceEvaluation, { name: 'SourceEvaluation' });
registerEnumType(IntelligenceAssessment, { name: 'IntelligenceAssessment' });
registerEnumType(HandlingCode, { name: 'HandlingCode' });
registerEnumType(IntelligenceStatus, { name: 'IntelligenceStatus' });
registerEnumType(IntelligenceProvenance, { name: 'IntelligenceProvenance' });

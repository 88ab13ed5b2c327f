import { AccessPath } from '@mace/shared-domain';
import { ChildEntity } from '../entities/child.entity';
import { ChildModel } from '../graphql/child.model';

/** The record as the caller sees it, with how they reach it. */
export function toChildModel(entity: ChildEntity, accessPath: AccessPath): ChildModel {
  return {
    id: entity.id,
    givenName: entity.givenName,
    familyName: entity.familyName,
    dateOfBirth: entity.dateOfBirth,
    gender: entity.gender,
    ethnicitySelfDefined: entity.ethnicitySelfDefined,
    ethnicityObserved: entity.ethnicityObserved,
    address: entity.address,
    postcode: entity.postcode,
    educationStatus: entity.educationStatus,
    schoolName: entity.schoolName,
    lookedAfterStatus: entity.lookedAfterStatus,
    socialWorkerName: entity.socialWorkerName,
    districtId: entity.districtId,
    leadAgencyId: entity.leadAgencyId,
    leadProfessionalName: entity.leadProfessionalName,
    exploitationTypes: entity.exploitationTypes,
    offendingModels: entity.offendingModels,
    vulnerabilities: entity.vulnerabilities,
    riskLevel: entity.riskLevel,
    nextReviewOn: entity.nextReviewOn,
    status: entity.status,
    closureReason: entity.closureReason,
    restricted: entity.restricted,
    accessPath,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

import { AccessPath } from '@mace/shared-domain';
import { ChildEntity } from '../entities/child.entity';
import { ChildModel } from '../graphql/child.model';

/** The child of a referral as the caller sees it; `accessPath` comes from ChildAccessService.readable. */
export function toChildModel(child: ChildEntity, accessPath: AccessPath): ChildModel {
  return {
    id: child.id,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
    gender: child.gender,
    ethnicitySelfDefined: child.ethnicitySelfDefined,
    ethnicityObserved: child.ethnicityObserved,
    address: child.address,
    postcode: child.postcode,
    educationStatus: child.educationStatus,
    schoolName: child.schoolName,
    lookedAfterStatus: child.lookedAfterStatus,
    socialWorkerName: child.socialWorkerName,
    districtId: child.districtId,
    leadAgencyId: child.leadAgencyId,
    leadProfessionalName: child.leadProfessionalName,
    exploitationTypes: child.exploitationTypes,
    offendingModels: child.offendingModels,
    vulnerabilities: child.vulnerabilities,
    riskLevel: child.riskLevel,
    nextReviewOn: child.nextReviewOn,
    status: child.status,
    closureReason: child.closureReason,
    restricted: child.restricted,
    accessPath,
    version: child.version,
    createdAt: child.createdAt,
    updatedAt: child.updatedAt,
  };
}

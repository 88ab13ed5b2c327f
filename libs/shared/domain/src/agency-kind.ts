export enum AgencyKind {
  POLICE = 'POLICE',
  CHILDRENS_SOCIAL_CARE = 'CHILDRENS_SOCIAL_CARE',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  YOUTH_JUSTICE = 'YOUTH_JUSTICE',
  PROBATION = 'PROBATION',
  HOUSING = 'HOUSING',
  LICENSING = 'LICENSING',
  CHARITY = 'CHARITY',
  OTHER = 'OTHER',
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  [AgencyKind.POLICE]: 'Police',
  [AgencyKind.CHILDRENS_SOCIAL_CARE]: "Children's social care",
  [AgencyKind.EDUCATION]: 'Education',
  [AgencyKind.HEALTH]: 'Health',
  [AgencyKind.YOUTH_JUSTICE]: 'Youth justice',
  [AgencyKind.PROBATION]: 'Probation',
  [AgencyKind.HOUSING]: 'Housing',
  [AgencyKind.LICENSING]: 'Licensing',
  [AgencyKind.CHARITY]: 'Charity',
  [AgencyKind.OTHER]: 'Other',
};

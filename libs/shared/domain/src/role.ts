/** The roles a user can hold. Code checks permissions, never these names. */
export enum Role {
  MACE_CHAIR = 'MACE_CHAIR',
  AGENCY_PRACTITIONER = 'AGENCY_PRACTITIONER',
  POLICE_SPOC = 'POLICE_SPOC',
  ANALYST = 'ANALYST',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.MACE_CHAIR]: 'MACE chair',
  [Role.AGENCY_PRACTITIONER]: 'Agency practitioner',
  [Role.POLICE_SPOC]: 'Police SPOC',
  [Role.ANALYST]: 'Analyst',
  [Role.AUDITOR]: 'Auditor',
  [Role.ADMIN]: 'Administrator',
};

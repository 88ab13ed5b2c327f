import { Permission } from './permission';
import { Role } from './role';

/**
 * The one role-to-permission matrix. An administrator manages agencies and users but holds no
 * case-data permission; an auditor reads the audit trail and nothing else.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.MACE_CHAIR]: [
    Permission.SELF_READ,
    Permission.DIRECTORY_READ,
    Permission.USER_READ,
    Permission.CHILD_READ,
    Permission.CHILD_READ_DISTRICT,
    Permission.CHILD_UPDATE,
    Permission.CHILD_MANAGE_DISTRICT,
    Permission.CHILD_BREAK_GLASS,
    Permission.CHILD_STATISTICS,
    Permission.REFERRAL_SUBMIT,
    Permission.REFERRAL_TRIAGE,
    Permission.ACTION_READ,
    Permission.ACTION_CREATE,
    Permission.ACTION_UPDATE,
    Permission.ACTION_MANAGE_DISTRICT,
    Permission.MEETING_READ,
    Permission.MEETING_READ_DISTRICT,
    Permission.MEETING_CONTRIBUTE,
    Permission.MEETING_MANAGE_DISTRICT,
    Permission.MEETING_CONFIGURE,
    Permission.INTEL_SUBMIT,
    Permission.INTEL_READ,
  ],
  [Role.AGENCY_PRACTITIONER]: [
    Permission.SELF_READ,
    Permission.DIRECTORY_READ,
    Permission.CHILD_READ,
    Permission.CHILD_UPDATE,
    Permission.CHILD_BREAK_GLASS,
    Permission.REFERRAL_SUBMIT,
    Permission.ACTION_READ,
    Permission.ACTION_CREATE,
    Permission.ACTION_UPDATE,
    Permission.MEETING_READ,
    Permission.MEETING_CONTRIBUTE,
    Permission.INTEL_SUBMIT,
    Permission.INTEL_READ,
  ],
  [Role.POLICE_SPOC]: [
    Permission.SELF_READ,
    Permission.DIRECTORY_READ,
    Permission.USER_READ,
    Permission.CHILD_READ,
    Permission.CHILD_READ_DISTRICT,
    Permission.CHILD_UPDATE,
    Permission.CHILD_BREAK_GLASS,
    Permission.REFERRAL_SUBMIT,
    Permission.ACTION_READ,
    Permission.ACTION_CREATE,
    Permission.ACTION_UPDATE,
    Permission.MEETING_READ,
    Permission.MEETING_READ_DISTRICT,
    Permission.MEETING_CONTRIBUTE,
    Permission.INTEL_SUBMIT,
    Permission.INTEL_READ,
    Permission.INTEL_READ_FULL,
    Permission.INTEL_GRADE,
    Permission.LINKS_MANAGE,
    Permission.LINKS_READ,
  ],
  [Role.ANALYST]: [Permission.SELF_READ, Permission.DIRECTORY_READ, Permission.CHILD_STATISTICS],
  [Role.AUDITOR]: [Permission.SELF_READ, Permission.DIRECTORY_READ, Permission.AUDIT_READ],
  [Role.ADMIN]: [
    Permission.SELF_READ,
    Permission.DIRECTORY_READ,
    Permission.USER_READ,
    Permission.USER_MANAGE,
    Permission.AGENCY_MANAGE,
    Permission.MEETING_CONFIGURE,
  ],
};

export function permissionsForRoles(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}

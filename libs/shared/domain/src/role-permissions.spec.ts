import { Permission } from './permission';
import { Role } from './role';
import { hasPermission, permissionsForRoles, ROLE_PERMISSIONS } from './role-permissions';

describe('role to permission matrix', () => {
  it('gives every role a row, and every role can read its own profile', () => {
    for (const role of Object.values(Role)) {
      expect(ROLE_PERMISSIONS[role]).toContain(Permission.SELF_READ);
    }
  });

  it('lets only administrators manage users and agencies', () => {
    const managers = Object.values(Role).filter((role) => hasPermission([role], Permission.USER_MANAGE));
    expect(managers).toEqual([Role.ADMIN]);
    expect(Object.values(Role).filter((role) => hasPermission([role], Permission.AGENCY_MANAGE))).toEqual([Role.ADMIN]);
  });

  it('lets only auditors read the audit trail', () => {
    expect(Object.values(Role).filter((role) => hasPermission([role], Permission.AUDIT_READ))).toEqual([Role.AUDITOR]);
  });

  it('gives administrators, auditors and analysts no child record', () => {
    const childReaders = Object.values(Role).filter((role) => hasPermission([role], Permission.CHILD_READ));
    expect(childReaders).toEqual([Role.MACE_CHAIR, Role.AGENCY_PRACTITIONER, Role.POLICE_SPOC]);
    expect(hasPermission([Role.ANALYST], Permission.CHILD_STATISTICS)).toBe(true);
  });

  it('lets only chairs triage referrals and manage every child of a district', () => {
    for (const permission of [Permission.REFERRAL_TRIAGE, Permission.CHILD_MANAGE_DISTRICT]) {
      expect(Object.values(Role).filter((role) => hasPermission([role], permission))).toEqual([Role.MACE_CHAIR]);
    }
  });

  it('unions the permissions of several roles', () => {
    const union = permissionsForRoles([Role.AUDITOR, Role.ADMIN]);
    expect(union.has(Permission.AUDIT_READ)).toBe(true);
    expect(union.has(Permission.USER_MANAGE)).toBe(true);
  });
});

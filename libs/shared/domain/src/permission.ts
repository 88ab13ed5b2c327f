/**
 * Every permission the API checks. Resolvers declare one of these; the role matrix grants them.
 * Named `area:verb` so a reviewer reading the declaration snapshot sees what each operation needs.
 */
export enum Permission {
  /** Read your own profile and end your own session. Every signed-in user has it. */
  SELF_READ = 'self:read',
  DIRECTORY_READ = 'directory:read',
  AGENCY_MANAGE = 'agency:manage',
  USER_READ = 'user:read',
  USER_MANAGE = 'user:manage',
  AUDIT_READ = 'audit:read',
}

import { ROLE_LABELS, type Role } from '@mace/shared-domain';

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

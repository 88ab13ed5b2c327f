import type { CurrentUserFragment } from '@mace/web-data-access';
import type { HeaderUser } from '@mace/web-ui';
import { roleLabel } from './role-labels';

export function toHeaderUser(user: CurrentUserFragment): HeaderUser {
  return { name: user.displayName, agency: user.agency.name, roles: user.roles.map(roleLabel).join(', ') };
}

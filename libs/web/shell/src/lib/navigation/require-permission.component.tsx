import { Outlet } from 'react-router';
import type { Permission } from '@mace/shared-domain';
import { useHasPermission } from '../session/use-permissions.hook';
import { ForbiddenPage } from '../forbidden/forbidden.page';

/** Renders its child routes only for users holding `permission`; the API would refuse the rest anyway. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const has = useHasPermission();
  return has(permission) ? <Outlet /> : <ForbiddenPage />;
}

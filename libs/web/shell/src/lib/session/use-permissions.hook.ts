import { useMemo } from 'react';
import type { Permission } from '@mace/shared-domain';
import { useCurrentUser } from './current-user.context';

/** Whether the signed-in user holds a permission, as the API reported it in `me { permissions }`. */
export function useHasPermission(): (permission: Permission) => boolean {
  const user = useCurrentUser();
  return useMemo(() => {
    const held = new Set(user.permissions);
    return (permission: Permission) => held.has(permission);
  }, [user.permissions]);
}

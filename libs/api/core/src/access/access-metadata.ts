import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@mace/shared-domain';

export const PERMISSION_KEY = 'mace:permission';
export const PUBLIC_KEY = 'mace:public';

/** The permission an operation needs. Every resolver method declares one, or is marked @Public(). */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

/** Opt out of the session requirement. Only sign-in and health checks use it. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

import type { AgencyKind, Permission, Role } from '@mace/shared-domain';

/** Who is asking: resolved from the session once per request by the session guard. */
export interface Actor {
  readonly userId: string;
  readonly sessionId: string;
  readonly agencyId: string;
  readonly agencyKind: AgencyKind;
  readonly roles: readonly Role[];
  readonly districtIds: readonly string[];
  readonly permissions: ReadonlySet<Permission>;
}

import { Actor } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';

/**
 * Who configures meeting types where. A chair (who manages their districts' meetings) configures
 * their own districts' types; a configurer who chairs no district, the administrator, any district's.
 */
export function mayConfigureDistrict(actor: Actor, districtId: string): boolean {
  if (!actor.permissions.has(Permission.MEETING_CONFIGURE)) return false;
  if (!actor.permissions.has(Permission.MEETING_MANAGE_DISTRICT)) return true;
  return actor.districtIds.includes(districtId);
}

export const CONFIGURE_REFUSAL = 'You can configure meeting types only for your own districts';

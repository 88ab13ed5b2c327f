import type { AgendaItemRowFragment } from '@mace/web-data-access';

/** "Police: Sam Jones", "Police", or "Not set". */
export function presenterLabel(item: Pick<AgendaItemRowFragment, 'presenterAgency' | 'presenterUser'>): string {
  if (!item.presenterAgency) return 'Not set';
  return item.presenterUser ? `${item.presenterAgency.name}: ${item.presenterUser.displayName}` : item.presenterAgency.name;
}

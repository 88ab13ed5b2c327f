import { AgendaItemStatus, MeetingStatus } from '@mace/shared-domain';
import type { TagColour } from '@mace/web-ui';

/** "45 minutes", "1 hour", "2 hours 30 minutes" */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 && `${hours} ${hours === 1 ? 'hour' : 'hours'}`, (rest > 0 || hours === 0) && `${rest} ${rest === 1 ? 'minute' : 'minutes'}`];
  return parts.filter(Boolean).join(' ');
}

/** "Every day", "Every week", "Every 2 weeks", "Every 10 days" */
export function cadenceLabel(days: number): string {
  if (days === 1) return 'Every day';
  if (days === 7) return 'Every week';
  if (days % 7 === 0) return `Every ${days / 7} weeks`;
  return `Every ${days} days`;
}

/** The colour of a meeting's status tag; the tag's text says the status. */
export const MEETING_STATUS_COLOURS: Record<MeetingStatus, TagColour> = {
  [MeetingStatus.SCHEDULED]: 'blue',
  [MeetingStatus.AGENDA_LOCKED]: 'purple',
  [MeetingStatus.IN_PROGRESS]: 'green',
  [MeetingStatus.CLOSED]: 'grey',
  [MeetingStatus.CANCELLED]: 'red',
};

export const AGENDA_ITEM_STATUS_COLOURS: Record<AgendaItemStatus, TagColour> = {
  [AgendaItemStatus.PENDING]: 'blue',
  [AgendaItemStatus.DISCUSSED]: 'green',
  [AgendaItemStatus.NOT_REACHED]: 'yellow',
  [AgendaItemStatus.REMOVED]: 'grey',
};

/** "1 meeting", "3 meetings" */
export function countLabel(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

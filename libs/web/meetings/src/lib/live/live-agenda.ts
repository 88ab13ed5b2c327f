import { AgendaItemStatus, MeetingEventKind } from '@mace/shared-domain';

/** What navigation and announcements need of an agenda item. */
export interface AgendaEntry {
  id: string;
  position: number;
  status: AgendaItemStatus;
}

/** The items the meeting runs through, in agenda order: removed items are not discussed. */
export function runningOrder<T extends AgendaEntry>(agenda: readonly T[]): T[] {
  return agenda.filter((item) => item.status !== AgendaItemStatus.REMOVED).sort((a, b) => a.position - b.position);
}

/** "Item 3" as everyone in the meeting counts it: the place in the running order, from 1. Null if not on it. */
export function itemNumber(agenda: readonly AgendaEntry[], itemId: string | null | undefined): number | null {
  if (!itemId) return null;
  const index = runningOrder(agenda).findIndex((item) => item.id === itemId);
  return index < 0 ? null : index + 1;
}

/**
 * The item `step` places from `fromId` in the running order (1: next, -1: previous), or null past
 * either end. From no item (the overview), "next" is the first item not yet discussed, else the first.
 */
export function adjacentItemId(agenda: readonly AgendaEntry[], fromId: string | null | undefined, step: 1 | -1): string | null {
  const order = runningOrder(agenda);
  if (!fromId) {
    if (step === -1) return null;
    return (order.find((item) => item.status === AgendaItemStatus.PENDING) ?? order[0])?.id ?? null;
  }
  const index = order.findIndex((item) => item.id === fromId);
  if (index < 0) return null;
  return order[index + step]?.id ?? null;
}

/** The words the follow view's live region says for an event; null for events it keeps quiet about. */
export function announcementFor(event: { kind: MeetingEventKind; itemId?: string | null }, agenda: readonly AgendaEntry[]): string | null {
  const number = itemNumber(agenda, event.itemId);
  switch (event.kind) {
    case MeetingEventKind.MEETING_STARTED:
      return 'The meeting has started';
    case MeetingEventKind.CURRENT_ITEM_CHANGED:
      if (!event.itemId) return 'Back to the meeting overview';
      return number ? `Now discussing item ${number}` : 'Now discussing the next item';
    case MeetingEventKind.OUTCOME_RECORDED:
      return number ? `Outcome recorded for item ${number}` : 'An outcome was recorded';
    case MeetingEventKind.MEETING_CLOSED:
      return 'The meeting has closed';
    default:
      return null;
  }
}

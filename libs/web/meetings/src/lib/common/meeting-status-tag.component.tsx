import { AGENDA_ITEM_STATUS_LABELS, MEETING_STATUS_LABELS, type AgendaItemStatus, type MeetingStatus } from '@mace/shared-domain';
import { Tag } from '@mace/web-ui';
import { AGENDA_ITEM_STATUS_COLOURS, MEETING_STATUS_COLOURS } from './meeting-labels';

/** The meeting's status as a tag; the colour only repeats the text. */
export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag colour={MEETING_STATUS_COLOURS[status]}>{MEETING_STATUS_LABELS[status]}</Tag>;
}

/** An agenda item's status; in the live meeting, the item on screen says so instead. */
export function AgendaItemStatusTag({ status, current = false }: { status: AgendaItemStatus; current?: boolean }) {
  if (current) return <Tag colour="blue">Discussing now</Tag>;
  return <Tag colour={AGENDA_ITEM_STATUS_COLOURS[status]}>{AGENDA_ITEM_STATUS_LABELS[status]}</Tag>;
}

import { AGENDA_ITEM_STATUS_LABELS, AgendaItemStatus, MEETING_STATUS_LABELS, MeetingStatus } from '@mace/shared-domain';
import { Tag, type TagColour } from '@mace/web-ui';

const MEETING_COLOURS: Record<MeetingStatus, TagColour> = {
  [MeetingStatus.SCHEDULED]: 'grey',
  [MeetingStatus.AGENDA_LOCKED]: 'blue',
  [MeetingStatus.IN_PROGRESS]: 'green',
  [MeetingStatus.CLOSED]: 'purple',
  [MeetingStatus.CANCELLED]: 'red',
};

const ITEM_COLOURS: Record<AgendaItemStatus, TagColour> = {
  [AgendaItemStatus.PENDING]: 'grey',
  [AgendaItemStatus.DISCUSSED]: 'green',
  [AgendaItemStatus.NOT_REACHED]: 'yellow',
  [AgendaItemStatus.REMOVED]: 'red',
};

/** The meeting's status as a tag; the colour only repeats the text. */
export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag colour={MEETING_COLOURS[status]}>{MEETING_STATUS_LABELS[status]}</Tag>;
}

export function ItemStatusTag({ status, current = false }: { status: AgendaItemStatus; current?: boolean }) {
  if (current) return <Tag colour="blue">Discussing now</Tag>;
  return <Tag colour={ITEM_COLOURS[status]}>{AGENDA_ITEM_STATUS_LABELS[status]}</Tag>;
}

import { AGENDA_ITEM_STATUS_LABELS, MEETING_STATUS_LABELS, type AgendaItemStatus, type MeetingStatus } from '@mace/shared-domain';
import { Tag } from '@mace/web-ui';
import { AGENDA_ITEM_STATUS_COLOURS, MEETING_STATUS_COLOURS } from './meeting-labels';

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <Tag colour={MEETING_STATUS_COLOURS[status]}>{MEETING_STATUS_LABELS[status]}</Tag>;
}

export function AgendaItemStatusTag({ status }: { status: AgendaItemStatus }) {
  return <Tag colour={AGENDA_ITEM_STATUS_COLOURS[status]}>{AGENDA_ITEM_STATUS_LABELS[status]}</Tag>;
}

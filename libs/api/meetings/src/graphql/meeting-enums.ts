import { registerEnumType } from '@nestjs/graphql';
import {
  AgendaItemStatus,
  AgendaRule,
  AgendaSubjectType,
  AttendanceStatus,
  MeetingDecision,
  MeetingEventKind,
  MeetingKind,
  MeetingStatus,
  MinutesStatus,
  PackKind,
} from '@mace/shared-domain';
import { ItemVisibility } from '../access/meeting-access.service';

// Every meeting code, under the name the shared domain gives it. Imported by the models and inputs
// so registration happens before the schema is built.
registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AgendaSubjectType, { name: 'AgendaSubjectType' });
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });
registerEnumType(AgendaRule, { name: 'AgendaRule' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(MeetingDecision, { name: 'MeetingDecision' });
registerEnumType(MinutesStatus, { name: 'MinutesStatus' });
registerEnumType(MeetingEventKind, { name: 'MeetingEventKind' });
registerEnumType(PackKind, { name: 'PackKind' });
registerEnumType(ItemVisibility, {
  name: 'ItemVisibility',
  description:
    'FULL: case details; NEEDS_CONFIDENTIALITY: accept the meeting’s confidentiality statement first; RESTRICTED: your agency has no need to know and the chair has not shared it',
});

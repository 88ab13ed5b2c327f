import { AgendaItemEntity, AgendaItemReason, MeetingEntity, MeetingMemberEntity, MeetingTypeEntity, MeetingTypeMemberEntity } from '@mace/api-meetings';
import { AgendaItemStatus, AgendaRule, AgendaSubjectType, MeetingKind, MeetingStatus } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './factories';

export interface CreateMeetingTypeOptions {
  districtId: string;
  /** Core member agencies: invited to every meeting of the type. */
  coreAgencyIds: string[];
  kind?: MeetingKind;
  name?: string;
  cadenceDays?: number;
  agendaRules?: AgendaRule[];
}

/** A meeting type inserted directly: the configuration a test starts from. */
export async function createMeetingType(dataSource: DataSource, options: CreateMeetingTypeOptions): Promise<MeetingTypeEntity> {
  const type = await dataSource.getRepository(MeetingTypeEntity).save({
    districtId: options.districtId,
    kind: options.kind ?? MeetingKind.MACE,
    name: options.name ?? `Test MACE ${uniqueSuffix()}`,
    cadenceDays: options.cadenceDays ?? 7,
    defaultStartTime: '10:00',
    defaultDurationMinutes: 120,
    defaultTimeboxMinutes: 10,
    agendaRules: options.agendaRules ?? [
      AgendaRule.NEW_REFERRAL,
      AgendaRule.REVIEW_DUE,
      AgendaRule.RISK_INCREASED,
      AgendaRule.OVERDUE_ACTIONS,
      AgendaRule.CARRIED_FORWARD,
    ],
    confidentialityStatement: 'What is said here stays here: an invented statement for a test.',
    active: true,
  });
  if (options.coreAgencyIds.length) {
    await dataSource
      .getRepository(MeetingTypeMemberEntity)
      .insert(options.coreAgencyIds.map((agencyId) => ({ meetingTypeId: type.id, agencyId })));
  }
  return type;
}

export interface CreateMeetingOptions {
  type: MeetingTypeEntity;
  startsAt?: Date;
  status?: MeetingStatus;
  /** Member agencies (default: the type's core members). */
  memberAgencyIds?: string[];
  chairUserId?: string | null;
}

/**
 * A meeting inserted directly in the given status, with its member agencies. Timestamps that the
 * status implies (locked, started, closed) are set so the row passes the table's checks.
 */
export async function createMeeting(dataSource: DataSource, options: CreateMeetingOptions): Promise<MeetingEntity> {
  const status = options.status ?? MeetingStatus.SCHEDULED;
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const started = status === MeetingStatus.IN_PROGRESS || status === MeetingStatus.CLOSED;
  const meeting = await dataSource.getRepository(MeetingEntity).save({
    meetingTypeId: options.type.id,
    districtId: options.type.districtId,
    startsAt,
    durationMinutes: options.type.defaultDurationMinutes,
    place: 'Invented meeting room',
    chairUserId: options.chairUserId ?? null,
    status,
    cancelledReason: status === MeetingStatus.CANCELLED ? 'Cancelled by a test' : null,
    agendaLockedAt: status === MeetingStatus.SCHEDULED || status === MeetingStatus.CANCELLED ? null : startsAt,
    startedAt: started ? startsAt : null,
    closedAt: status === MeetingStatus.CLOSED ? new Date(startsAt.getTime() + 3600 * 1000) : null,
  });
  let members = options.memberAgencyIds;
  if (!members) {
    const core = await dataSource.getRepository(MeetingTypeMemberEntity).findBy({ meetingTypeId: options.type.id });
    members = core.map((member) => member.agencyId);
  }
  if (members.length) {
    await dataSource.getRepository(MeetingMemberEntity).insert(members.map((agencyId) => ({ meetingId: meeting.id, agencyId, core: true })));
  }
  return meeting;
}

/** A child item appended to a meeting's agenda, inserted directly. */
export async function createAgendaItem(
  dataSource: DataSource,
  options: { meetingId: string; childId: string; reasons?: AgendaItemReason[]; status?: AgendaItemStatus; sharedAt?: Date | null },
): Promise<AgendaItemEntity> {
  const [{ next }]: { next: number }[] = await dataSource.query(
    `SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1`,
    [options.meetingId],
  );
  const status = options.status ?? AgendaItemStatus.PENDING;
  return dataSource.getRepository(AgendaItemEntity).save({
    meetingId: options.meetingId,
    position: Number(next),
    subjectType: AgendaSubjectType.CHILD,
    childId: options.childId,
    reasons: options.reasons ?? [{ rule: AgendaRule.CHAIR_ADDED, detail: 'Added by a test' }],
    timeboxMinutes: 10,
    status,
    removedReason: status === AgendaItemStatus.REMOVED ? 'Removed by a test' : null,
    sharedAt: options.sharedAt ?? null,
  });
}

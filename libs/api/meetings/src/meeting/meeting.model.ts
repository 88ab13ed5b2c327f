import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeetingStatus } from '@mace/shared-domain';
import '../graphql/meeting-enums';
import { MeetingGrant } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';

/**
 * A meeting as the caller may see it: only built after MeetingAccessService granted it. The type,
 * district, agenda, attendance, live state and minutes are field resolvers, each in the part of
 * the lib that owns it (agenda/, live/, minutes/).
 */
@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id: string;

  meetingTypeId: string;
  districtId: string;
  currentItemId: string | null;
  chairUserId: string | null;
  /** What the caller may do here; the resolvers below expose it. */
  grant: MeetingGrant;

  @Field(() => ID, { nullable: true, description: 'Set when scheduled as part of a series' })
  seriesId: string | null;

  @Field()
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  cancelledReason: string | null;

  @Field(() => Date, { nullable: true })
  agendaBuiltAt: Date | null;

  @Field(() => Date, { nullable: true })
  agendaLockedAt: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field({ description: 'The caller chairs meetings of this district: agenda, running, minutes' })
  canManage: boolean;

  @Field({ description: 'The caller may post pre-meeting updates and add addenda' })
  canContribute: boolean;

  @Field({ description: 'The caller accepted this meeting’s confidentiality statement (case details show after)' })
  acceptedConfidentiality: boolean;
}

export function toMeetingModel(entity: MeetingEntity, grant: MeetingGrant): MeetingModel {
  const model = new MeetingModel();
  Object.assign(model, {
    id: entity.id,
    meetingTypeId: entity.meetingTypeId,
    districtId: entity.districtId,
    currentItemId: entity.currentItemId,
    chairUserId: entity.chairUserId,
    grant,
    seriesId: entity.seriesId,
    startsAt: entity.startsAt,
    durationMinutes: entity.durationMinutes,
    place: entity.place,
    status: entity.status,
    cancelledReason: entity.cancelledReason,
    agendaBuiltAt: entity.agendaBuiltAt,
    agendaLockedAt: entity.agendaLockedAt,
    startedAt: entity.startedAt,
    closedAt: entity.closedAt,
    version: entity.version,
    canManage: grant.manage,
    canContribute: grant.contribute && (grant.member || grant.oversight),
    acceptedConfidentiality: grant.acceptedConfidentiality,
  });
  return model;
}

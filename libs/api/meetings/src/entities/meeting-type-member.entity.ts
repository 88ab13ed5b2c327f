import { Entity, PrimaryColumn } from 'typeorm';

/** A core member agency of a meeting type: invited to every meeting of the type. */
@Entity('meeting_type_member')
export class MeetingTypeMemberEntity {
  @PrimaryColumn({ name: 'meeting_type_id', type: 'uuid' })
  meetingTypeId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}

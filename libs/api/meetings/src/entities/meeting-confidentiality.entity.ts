import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One person's acceptance of a meeting's confidentiality statement. */
@Entity('meeting_confidentiality')
export class MeetingConfidentialityEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;
}

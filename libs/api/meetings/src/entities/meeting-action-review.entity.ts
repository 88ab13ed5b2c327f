import { ActionStatus } from '@mace/shared-domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An earlier meeting's unfinished action, listed when this meeting started, and its review. */
@Entity('meeting_action_review')
export class MeetingActionReviewEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @Column({ name: 'status_at_start', type: 'text' })
  statusAtStart: ActionStatus;

  @Column({ name: 'reviewed_status', type: 'text', nullable: true })
  reviewedStatus: ActionStatus | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId: string | null;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Meetings scheduled together at a fixed interval; each meeting stays its own record. */
@Entity('meeting_series')
export class MeetingSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_type_id', type: 'uuid' })
  meetingTypeId: string;

  @Column({ name: 'every_days', type: 'integer' })
  everyDays: number;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { MeetingStatus } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One meeting of a type: its schedule, where it is in its life, and the item on screen. */
@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_type_id', type: 'uuid' })
  meetingTypeId: string;

  /** The type's district, copied so district scoping needs no join. */
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'chair_user_id', type: 'uuid', nullable: true })
  chairUserId: string | null;

  @Column('text')
  status: MeetingStatus;

  @Column({ name: 'cancelled_reason', type: 'text', nullable: true })
  cancelledReason: string | null;

  @Column({ name: 'agenda_built_at', type: 'timestamptz', nullable: true })
  agendaBuiltAt: Date | null;

  @Column({ name: 'agenda_locked_at', type: 'timestamptz', nullable: true })
  agendaLockedAt: Date | null;

  @Column({ name: 'agenda_locked_by_user_id', type: 'uuid', nullable: true })
  agendaLockedByUserId: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'started_by_user_id', type: 'uuid', nullable: true })
  startedByUserId: string | null;

  /** The item everyone's screen follows while the meeting is in progress. */
  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  currentItemId: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by_user_id', type: 'uuid', nullable: true })
  closedByUserId: string | null;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

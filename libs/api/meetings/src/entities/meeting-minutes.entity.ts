import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One section of the minutes: drafted from what was recorded live, edited by the chair. */
export interface MinutesSection {
  /** 'attendance', 'actions-review', 'item:<agenda item id>', ... */
  key: string;
  heading: string;
  body: string;
}

/** A meeting's minutes: a draft until the chair approves them, then frozen (the database refuses changes). */
@Entity('meeting_minutes')
export class MeetingMinutesEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'jsonb' })
  sections: MinutesSection[];

  @Column('text')
  status: 'DRAFT' | 'APPROVED';

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by_user_id', type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

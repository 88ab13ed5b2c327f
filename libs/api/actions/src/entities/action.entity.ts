import { ActionCategory, ActionSource, ActionStatus } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Something an agency agreed to do for a subject (a child today). Overdue is derived, never stored. */
@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: 'CHILD';

  @Column({ name: 'child_id', type: 'uuid', nullable: true })
  childId: string | null;

  /** The subject's district, copied so district lists and figures need no join. */
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column('text')
  description: string;

  @Column('text')
  category: ActionCategory;

  @Column({ name: 'owner_agency_id', type: 'uuid' })
  ownerAgencyId: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  /** yyyy-mm-dd; overdue from the day after, in Europe/London. */
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column('text')
  status: ActionStatus;

  /** Why it was not possible, not done or cancelled. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column('text')
  source: ActionSource;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @Column({ name: 'raised_by_user_id', type: 'uuid' })
  raisedByUserId: string;

  @Column({ name: 'raised_by_agency_id', type: 'uuid' })
  raisedByAgencyId: string;

  /** When it reached a final status: "done on time" compares its London date with dueOn. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The escalation job's own bookkeeping: the day it told the owner agency / the chair. */
  @Column({ name: 'overdue_notified_on', type: 'date', nullable: true })
  overdueNotifiedOn: string | null;

  @Column({ name: 'escalated_on', type: 'date', nullable: true })
  escalatedOn: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

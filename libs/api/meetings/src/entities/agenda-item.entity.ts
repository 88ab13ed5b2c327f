import { AgendaItemStatus, AgendaRule, AgendaSubjectType } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Why an item is on the agenda: the rule and a short detail without personal data. */
export interface AgendaItemReason {
  rule: AgendaRule;
  detail: string;
}

/** One item of a meeting's agenda: its subject, why it is there, presenter, timebox, progress. */
@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column('integer')
  position: number;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: AgendaSubjectType;

  @Column({ name: 'child_id', type: 'uuid', nullable: true })
  childId: string | null;

  @Column({ name: 'theme_title', type: 'text', nullable: true })
  themeTitle: string | null;

  /** CETG items about a person of concern, a location or a network (intelligence). */
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId: string | null;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  /** The intelligence report a NEW_INTELLIGENCE item was added for. */
  @Column({ name: 'intelligence_id', type: 'uuid', nullable: true })
  intelligenceId: string | null;

  @Column({ type: 'jsonb' })
  reasons: AgendaItemReason[];

  @Column({ name: 'presenter_agency_id', type: 'uuid', nullable: true })
  presenterAgencyId: string | null;

  @Column({ name: 'presenter_user_id', type: 'uuid', nullable: true })
  presenterUserId: string | null;

  @Column({ name: 'timebox_minutes', type: 'integer' })
  timeboxMinutes: number;

  @Column('text')
  status: AgendaItemStatus;

  @Column({ name: 'removed_reason', type: 'text', nullable: true })
  removedReason: string | null;

  @Column({ name: 'removed_by_user_id', type: 'uuid', nullable: true })
  removedByUserId: string | null;

  /** The item of an earlier meeting this one continues (not reached there). */
  @Column({ name: 'carried_from_item_id', type: 'uuid', nullable: true })
  carriedFromItemId: string | null;

  /** Shared by the chair with every attendee of this meeting (a DISCLOSURE), whatever their involvement. */
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;

  @Column({ name: 'shared_by_user_id', type: 'uuid', nullable: true })
  sharedByUserId: string | null;

  @Column({ name: 'discussion_started_at', type: 'timestamptz', nullable: true })
  discussionStartedAt: Date | null;

  @Column({ name: 'discussion_ended_at', type: 'timestamptz', nullable: true })
  discussionEndedAt: Date | null;

  @Column({ name: 'added_by_user_id', type: 'uuid', nullable: true })
  addedByUserId: string | null;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

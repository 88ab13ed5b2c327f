import { MeetingDecision, RiskLevel } from '@mace/shared-domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What the meeting recorded for one item; the note is edited live with its version. */
@Entity('agenda_item_outcome')
export class AgendaItemOutcomeEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @Column({ name: 'discussion_summary', type: 'text', nullable: true })
  discussionSummary: string | null;

  @Column({ name: 'agreed_risk_level', type: 'text', nullable: true })
  agreedRiskLevel: RiskLevel | null;

  @Column({ name: 'risk_rationale', type: 'text', nullable: true })
  riskRationale: string | null;

  @Column({ type: 'text', array: true })
  decisions: MeetingDecision[];

  @Column({ name: 'decision_notes', type: 'text', nullable: true })
  decisionNotes: string | null;

  /** yyyy-mm-dd */
  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  /** Set when the chair records the outcome (the note may be saved before). */
  @Column({ name: 'recorded_at', type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import {
  HandlingCode,
  IntelligenceAssessment,
  IntelligenceProvenance,
  IntelligenceStatus,
  SourceEvaluation,
} from '@mace/shared-domain';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One intelligence submission. `what`, `who`, `place`, the provenance, the submitter and the
 * grading are police-only fields; partners read `sanitisedText` where the handling code allows.
 */
@Entity('intelligence')
export class IntelligenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Human reference, e.g. "INT-2026-000123". */
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'submitted_by_user_id', type: 'uuid' })
  submittedByUserId: string;

  @Column({ name: 'submitted_by_agency_id', type: 'uuid' })
  submittedByAgencyId: string;

  @Column('text')
  what: string;

  /** yyyy-mm-dd */
  @Column({ name: 'occurred_on', type: 'date', nullable: true })
  occurredOn: string | null;

  @Column({ name: 'occurred_time', type: 'text', nullable: true })
  occurredTime: string | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text', nullable: true })
  who: string | null;

  @Column('text')
  provenance: IntelligenceProvenance;

  @Column({ name: 'provenance_detail', type: 'text', nullable: true })
  provenanceDetail: string | null;

  @Column('text')
  status: IntelligenceStatus;

  @Column({ name: 'source_evaluation', type: 'text', nullable: true })
  sourceEvaluation: SourceEvaluation | null;

  @Column({ name: 'intelligence_assessment', type: 'text', nullable: true })
  intelligenceAssessment: IntelligenceAssessment | null;

  @Column({ name: 'handling_code', type: 'text', nullable: true })
  handlingCode: HandlingCode | null;

  @Column({ name: 'handling_conditions', type: 'text', nullable: true })
  handlingConditions: string | null;

  @Column({ name: 'sanitised_text', type: 'text', nullable: true })
  sanitisedText: string | null;

  @Column({ name: 'graded_by_user_id', type: 'uuid', nullable: true })
  gradedByUserId: string | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

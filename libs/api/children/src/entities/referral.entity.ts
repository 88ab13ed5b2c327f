import { Awareness, LawfulBasis, ReferralStatus, RiskLevel } from '@mace/shared-domain';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn, CreateDateColumn } from 'typeorm';
import type { ScreeningResponse } from '../screening/screening-tool-definition';

@Entity('referral')
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'referrer_user_id', type: 'uuid' })
  referrerUserId: string;

  @Column({ name: 'referrer_agency_id', type: 'uuid' })
  referrerAgencyId: string;

  @Column('text')
  concerns: string;

  @Column({ name: 'screening_tool_id', type: 'uuid' })
  screeningToolId: string;

  @Column('jsonb')
  answers: ScreeningResponse[];

  @Column({ name: 'suggested_level', type: 'text' })
  suggestedLevel: RiskLevel;

  /** Plain-language reasons the tool gave for its suggestion. */
  @Column({ name: 'suggested_because', type: 'jsonb' })
  suggestedBecause: string[];

  @Column({ name: 'referrer_level', type: 'text' })
  referrerLevel: RiskLevel;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ name: 'danger_statement', type: 'text' })
  dangerStatement: string;

  @Column({ name: 'safety_goal', type: 'text' })
  safetyGoal: string;

  @Column({ name: 'child_voice', type: 'text' })
  childVoice: string;

  @Column('text')
  strengths: string;

  @Column({ name: 'child_aware', type: 'text' })
  childAware: Awareness;

  @Column({ name: 'family_aware', type: 'text' })
  familyAware: Awareness;

  @Column({ name: 'lawful_basis', type: 'text' })
  lawfulBasis: LawfulBasis;

  @Column('text')
  status: ReferralStatus;

  @Column({ name: 'decision_rationale', type: 'text', nullable: true })
  decisionRationale: string | null;

  @Column({ name: 'provisional_level', type: 'text', nullable: true })
  provisionalLevel: RiskLevel | null;

  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

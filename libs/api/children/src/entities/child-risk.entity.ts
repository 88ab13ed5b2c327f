import { RiskLevel, RiskSource } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of a child's risk history; never updated, only appended. */
@Entity('child_risk')
export class ChildRiskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column('text')
  level: RiskLevel;

  @Column('text')
  rationale: string;

  @Column('text')
  source: RiskSource;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column({ name: 'set_by_user_id', type: 'uuid', nullable: true })
  setByUserId: string | null;

  @Column({ name: 'set_by_agency_id', type: 'uuid', nullable: true })
  setByAgencyId: string | null;

  @CreateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}

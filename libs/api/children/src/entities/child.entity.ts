import {
  ChildStatus,
  EducationStatus,
  Ethnicity,
  ExploitationType,
  Gender,
  LookedAfterStatus,
  OffendingModel,
  RiskLevel,
  Vulnerability,
} from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('child')
export class ChildEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  /** ISO date (yyyy-mm-dd); a date, not an instant, so no time zone can shift it. */
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Column('text')
  gender: Gender;

  @Column({ name: 'ethnicity_self_defined', type: 'text' })
  ethnicitySelfDefined: Ethnicity;

  @Column({ name: 'ethnicity_observed', type: 'text' })
  ethnicityObserved: Ethnicity;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ name: 'education_status', type: 'text' })
  educationStatus: EducationStatus;

  @Column({ name: 'school_name', type: 'text', nullable: true })
  schoolName: string | null;

  @Column({ name: 'looked_after_status', type: 'text' })
  lookedAfterStatus: LookedAfterStatus;

  @Column({ name: 'social_worker_name', type: 'text', nullable: true })
  socialWorkerName: string | null;

  @Column({ name: 'lead_agency_id', type: 'uuid', nullable: true })
  leadAgencyId: string | null;

  @Column({ name: 'lead_professional_name', type: 'text', nullable: true })
  leadProfessionalName: string | null;

  @Column({ name: 'exploitation_types', type: 'text', array: true })
  exploitationTypes: ExploitationType[];

  @Column({ name: 'offending_models', type: 'text', array: true })
  offendingModels: OffendingModel[];

  @Column({ type: 'text', array: true })
  vulnerabilities: Vulnerability[];

  /** The latest entry of child_risk, kept here so lists filter and sort without a join. */
  @Column({ name: 'risk_level', type: 'text' })
  riskLevel: RiskLevel;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column('text')
  status: ChildStatus;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: string | null;

  /** Restricted children never appear in existence-only search results. */
  @Column({ type: 'boolean', default: false })
  restricted: boolean;

  /** Shown to analysts instead of a name; random, set by the database. */
  @Column({ type: 'text', insert: false, update: false })
  pseudonym: string;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { PersonRiskMarker } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A suspect or associate the police record: police-only. */
@Entity('person_of_concern')
export class PersonOfConcernEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName: string;

  @Column({ type: 'text', array: true })
  aliases: string[];

  /** yyyy-mm-dd */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ name: 'risk_markers', type: 'text', array: true })
  riskMarkers: PersonRiskMarker[];

  /** An organised crime group nominal. */
  @Column({ name: 'ocg_nominal', type: 'boolean' })
  ocgNominal: boolean;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

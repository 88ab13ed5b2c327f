import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A vehicle, found by its registration whatever the spacing and case. */
@Entity('vehicle')
export class VehicleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** As entered. */
  @Column('text')
  registration: string;

  /** Upper case, letters and digits only (unique). */
  @Column({ name: 'registration_normalised', type: 'text' })
  registrationNormalised: string;

  @Column({ type: 'text', nullable: true })
  make: string | null;

  @Column({ type: 'text', nullable: true })
  model: string | null;

  @Column({ type: 'text', nullable: true })
  colour: string | null;

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

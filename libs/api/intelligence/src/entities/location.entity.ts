import { LocationType, MakesafeStatus } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A place that matters: hotel, takeaway, park, house in multiple occupation, address, school, taxi firm. */
@Entity('location')
export class LocationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column('text')
  type: LocationType;

  @Column('text')
  name: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  /** Upper case without spaces. */
  @Column({ name: 'postcode_normalised', type: 'text', nullable: true })
  postcodeNormalised: string | null;

  /** Hotels only. */
  @Column({ name: 'makesafe_status', type: 'text', nullable: true })
  makesafeStatus: MakesafeStatus | null;

  /** yyyy-mm-dd, hotels only. */
  @Column({ name: 'makesafe_checked_on', type: 'date', nullable: true })
  makesafeCheckedOn: string | null;

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

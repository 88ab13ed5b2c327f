import { NetworkStatus, OffendingModel } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A network or group; group-based child sexual exploitation is flagged so it can be counted. */
@Entity('network')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column('text')
  name: string;

  @Column('text')
  model: OffendingModel;

  @Column('text')
  status: NetworkStatus;

  @Column({ name: 'group_based_cse', type: 'boolean' })
  groupBasedCse: boolean;

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

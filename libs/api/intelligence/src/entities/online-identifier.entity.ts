import { IdentifierKind, Platform } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A phone number, e-mail address or online account (platform + handle). */
@Entity('online_identifier')
export class OnlineIdentifierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: IdentifierKind;

  /** Handles only. */
  @Column({ type: 'text', nullable: true })
  platform: Platform | null;

  /** As entered. */
  @Column('text')
  value: string;

  /** Phones +44…, e-mail and handles lower case without a leading @ (unique per kind and platform). */
  @Column({ name: 'value_normalised', type: 'text' })
  valueNormalised: string;

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

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A flag or tag on a child: why, who set it, an optional expiry; removal is recorded, not deleted. */
@Entity('child_flag')
export class ChildFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId: string;

  @Column('text')
  label: string;

  @Column('text')
  reason: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'set_by_user_id', type: 'uuid', nullable: true })
  setByUserId: string | null;

  @Column({ name: 'set_by_agency_id', type: 'uuid', nullable: true })
  setByAgencyId: string | null;

  @CreateDateColumn({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ name: 'removed_by_user_id', type: 'uuid', nullable: true })
  removedByUserId: string | null;

  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;
}

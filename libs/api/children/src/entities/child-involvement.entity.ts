import { InvolvementKind } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One reason an agency may see a child (need to know). */
@Entity('child_involvement')
export class ChildInvolvementEntity {
  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @PrimaryColumn('text')
  kind: InvolvementKind;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'granted_by_user_id', type: 'uuid', nullable: true })
  grantedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

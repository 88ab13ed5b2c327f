import { AuditOperation } from '@mace/shared-domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read-side mapping of the append-only audit table; rows are only ever inserted by AuditService. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column('uuid')
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column('text')
  operation: AuditOperation;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid', nullable: true })
  actorAgencyId: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles: string[];

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_ids', type: 'text', array: true })
  subjectIds: string[];

  @Column({ type: 'text', nullable: true })
  justification: string | null;

  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column('text')
  hash: string;
}

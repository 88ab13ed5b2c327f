import { ActionStatus } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of an action's update log: who, when, what (status change and/or note). */
@Entity('action_update')
export class ActionUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  /** Entry order (entries written in one transaction share created_at). */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ActionStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ActionStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

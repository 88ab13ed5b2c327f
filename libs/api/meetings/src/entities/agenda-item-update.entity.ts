import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An agency's structured pre-meeting update on one item (one per agency, edited with its version). */
@Entity('agenda_item_update')
export class AgendaItemUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'contact_since_last', type: 'text', nullable: true })
  contactSinceLast: string | null;

  @Column({ type: 'text', nullable: true })
  concerns: string | null;

  @Column({ name: 'child_voice', type: 'text', nullable: true })
  childVoice: string | null;

  @Column({ name: 'action_progress', type: 'text', nullable: true })
  actionProgress: string | null;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

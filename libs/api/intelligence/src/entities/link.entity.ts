import { EntityKind, LinkConfidence, LinkRelation } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A dated, sourced link between two records of any kind (never a record to itself). */
@Entity('link')
export class LinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_kind', type: 'text' })
  fromKind: EntityKind;

  @Column({ name: 'from_id', type: 'uuid' })
  fromId: string;

  @Column({ name: 'to_kind', type: 'text' })
  toKind: EntityKind;

  @Column({ name: 'to_id', type: 'uuid' })
  toId: string;

  @Column('text')
  relation: LinkRelation;

  /** yyyy-mm-dd */
  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  /** yyyy-mm-dd */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column('text')
  confidence: LinkConfidence;

  /** The intelligence that supports the link. */
  @Column({ name: 'intelligence_id', type: 'uuid', nullable: true })
  intelligenceId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

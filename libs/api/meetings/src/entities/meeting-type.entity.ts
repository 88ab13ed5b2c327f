import { AgendaRule, MeetingKind } from '@mace/shared-domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A district's configured kind of meeting: cadence, agenda rules, confidentiality statement. */
@Entity('meeting_type')
export class MeetingTypeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column('text')
  kind: MeetingKind;

  @Column('text')
  name: string;

  @Column({ name: 'cadence_days', type: 'integer' })
  cadenceDays: number;

  /** hh:mm:ss, local time in Europe/London. */
  @Column({ name: 'default_start_time', type: 'time' })
  defaultStartTime: string;

  @Column({ name: 'default_duration_minutes', type: 'integer' })
  defaultDurationMinutes: number;

  @Column({ name: 'default_timebox_minutes', type: 'integer' })
  defaultTimeboxMinutes: number;

  @Column({ name: 'agenda_rules', type: 'text', array: true })
  agendaRules: AgendaRule[];

  @Column({ name: 'confidentiality_statement', type: 'text' })
  confidentialityStatement: string;

  @Column('boolean')
  active: boolean;

  /** Read by every edit and checked by updateVersioned: a stale one is a CONFLICT. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

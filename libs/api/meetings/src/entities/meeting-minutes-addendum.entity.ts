import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A correction to approved minutes, with its author and time; the minutes themselves never change. */
@Entity('meeting_minutes_addendum')
export class MeetingMinutesAddendumEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column('text')
  body: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'author_agency_id', type: 'uuid' })
  authorAgencyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
